"""A question's answer found in the profile: the FAQ entry or field it names, the price it asks, the hours of a weekday
and a day with its place."""

from __future__ import annotations

import re

from app.domain.draft_answers import AnswerDrafting
from app.domain.draft_asked import PRICE_ASKED, bare_price, for_grown_up
from app.domain.draft_booking import change_unasked
from app.domain.draft_days import holiday_names, hours_on
from app.domain.draft_deals import other_deal
from app.domain.draft_fact_matching import question_keys, shared_keys
from app.domain.draft_fact_score import checked
from app.domain.draft_fact_words import WEEKDAY, fact_words, invoice_unlisted
from app.domain.draft_facts import asks_faq_topic, match_faq
from app.domain.draft_holiday_lines import entry_lead
from app.domain.draft_offer_lines import held_by, offer_line
from app.domain.draft_order_deadline import order_deadline
from app.domain.draft_people_groups import for_group_unnamed
from app.domain.draft_places import capitalised_names
from app.domain.draft_pointed import pointed_back, said_before
from app.domain.draft_price_faq import price_entry, price_for_other
from app.domain.draft_questions import WH_ASKED
from app.domain.draft_thing_kinds import other_compound
from app.domain.draft_word_match import similar
from app.domain.replies import open_slots
from app.domain.textnorm import normalise
from app.domain.topics import TopicAnalysis

# The words before a thing a question names ('een leenfiets', 'op afspraak'): the word after them is its topic.
_TOPIC_BEFORE = frozenset(
    {"de", "het", "een", "op", "voor", "met", "over", "aan", "van", "in", "bij", "om", "te", "naar", "zonder", "jullie"}
)


# 'kan dat ook op zaterdag?', 'Kan ik dinsdag terecht?': whether something can be on a day.
# (also for the others the writer asks it for, 'kunnen ze ...'; not 'kunnen jullie ...', which asks the business to
# do something: 'Kunnen jullie geen seniorenknip op dinsdag maken?')
_CAN_IT = re.compile(
    r"^\W*(?:en\s+)?(?:kan|kun|kunt|kunnen|mag|mogen|lukt)\s+(?:dat|het|dit|ik|we|wij|je|u|ze|zij)\b", re.I
)


# 'En op maandag zijn jullie dicht denk ik?', 'zijn jullie zondag open?': whether the business is open on a day.
# ('Werk je op maandag?', 'werken jullie zaterdag?': whether the business works that day is whether it is open)
_OPEN_ASKED = re.compile(
    r"\b(?:open|dicht|gesloten|toe)\b|^\W*(?:en\s+)?(?:werk|werkt|werken)\s+(?:je|jij|u|jullie|ge|gij)\b", re.I
)


# A holiday line that opens with its day ('zo 17 juni: ...', '24 december: ...'): said after 'Op'.
_DAY_FIRST = re.compile(rf"^\W*(?:{WEEKDAY}|\d)", re.I)
# A line that says something is not there or not done ('geen bruidskapsels op zondag'): no yes before it.
_NOT_SAID = re.compile(r"\b(?:geen|niet|nooit|gesloten|dicht)\b", re.I)

# An amount of money said in a draft.
_AMOUNT = re.compile(r"€\s*\d")


# A holiday line that is a name only, without a date ('Sinterklaas: kinderfietsen bestellen tot ...'): one to three
# capitalised words.
_NAME_ONLY = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}")


class KnownAnswers(AnswerDrafting):
    """The answers the profile holds for one question (MoreQuestions builds on them)."""

    def _party_fits(self, known: str, asked: tuple[str, ...]) -> str:
        """The known answer, or '' when it is a FAQ answer for a group ('Kunnen we met een groep reserveren?') and
        the writer names no group, party size or people ('moet je reserveren?': no hall and menu for groups), or it
        is an answer for children and the writer asks for a grown-up ('wat kost knippen voor heren?' ~ 'Wat kost een
        kinderknipbeurt?': a wrong price)."""
        entry = next((f for f in self.profile.faq if known and f.answer.strip() == known.strip()), None)
        if entry is not None and for_grown_up(asked, entry, self._lemmas_of):
            return ""
        return "" if entry is not None and for_group_unnamed(" ".join(asked), (), entry) else known

    def _field_named(self, question: str, answer: str) -> bool:
        """Whether ``answer`` is the value of a profile field the question names by its topic ('kan mijn moeder met
        haar rollator bij de wasbak?' ~ the accessibility), though it holds few of the question's words; not the
        opening hours, which answer no question about one day."""
        said = answer.strip().rstrip(".")
        subjects = self._analysis(question, None).subjects
        place = self._bikes_place(question)
        if place and said in {place, self.profile.value("parking").strip().rstrip(".")}:
            return True  # 'waar laten we de e-bikes?' ~ 'fietsenstalling naast het terras', or the whole parking fact
        return any(
            q.id in subjects and q.field != "opening_hours" and self.profile.value(q.field).strip().rstrip(".") == said
            for q in self.t.question_topics
        )

    def _faq_named(self, question: str, answer: str) -> bool:
        """Whether ``answer`` is that of a FAQ entry whose whole topic the question names ('kunnen we met 8
        reserveren?' ~ 'Kunnen we reserveren?'), though the answer itself does not repeat it."""
        lemmas = self._lemmas_of(question)
        return any(
            f.answer.strip() == answer.strip() and asks_faq_topic(lemmas, f.question, self._lemmas_of, whole=True)
            for f in self.profile.faq
        )

    def _faq_topic(self, question: str, answer: str) -> str:
        """The word of a FAQ question the writer's question says too ('reserveren' of 'Kunnen we reserveren?'),
        when ``answer`` is that FAQ's and does not say it itself ('Ja, voor groepen vanaf zes personen'); else ''."""
        entry = next((f for f in self.profile.faq if f.answer.strip() == answer.strip()), None)
        if entry is None:
            return ""
        said = set(self._lemmas_of(question)) - fact_words().auxiliaries - set(self._lemmas_of(answer))
        shared = [w for w in dict.fromkeys(self._lemmas_of(entry.question)) if w in said]
        # the word as the FAQ question writes it ('reserveren', not its lemma 'reserver')
        # a thing or an action: a word after an article or preposition, or a plural or infinitive; not the verb a
        # yes/no question opens with ('Krijg ik een leenfiets?') nor a word such as 'terecht' ('je vraag over krijg')
        said_q = re.findall(r"\w+", entry.question.lower())
        words = [
            w
            for i, w in enumerate(said_q)
            if i and shared and w.startswith(shared[0]) and (said_q[i - 1] in _TOPIC_BEFORE or w.endswith(("en", "s")))
        ]
        said_words = [w for w in said_q if shared and w.startswith(shared[0])]  # 'kost' in 'Wat kost een …?'
        if said_words and PRICE_ASKED.search(question) and PRICE_ASKED.search(f"wat {said_words[0]}"):
            return self._line("question", "price_topic", "")  # 'En je vraag over de prijs: ...', not 'over kost'
        return words[0] if len(shared) == 1 and words else ""

    def _scored(self, question: str, text: str, answer: str = "") -> str:
        """The FAQ answer the scorer takes for a question on its own ('bestellen voor 25 mensen voor een verjaardag'
        ~ 'Doen jullie ook catering voor een feest?'), or with the sentence before it that it points back at ('een
        platte band ... Hoe lang duurt dat, kan ik erop wachten?'); '' when it takes none."""
        context = pointed_back(question, text)
        scored = checked(None, question, *self._by, context) if self.profile.faq else None
        bare = bare_price(question, self._lemmas_of)
        if not (scored and scored[1] >= 0.5) and bare and not _AMOUNT.search(answer):
            # 'een feestkapsel voor oudjaar ... En wat kost dat?': the price of what the sentence before names (unless
            # the draft gives a price already: 'een e-bike lenen? Wat kost dat?' ~ 'Ja, voor € 27,50 per dag')
            before = said_before(question, text)
            # 'op tweede kerstdag komen brunchen ... Wat kost dat?': the price that day's holiday line gives
            day = self._analysis(before, None).holiday if before else ""
            if day and _AMOUNT.search(dated := self._holiday_answer(day, question)) and not open_slots(dated):
                return dated
            priced = price_entry(before, self.profile, self._lemmas_of)
            if priced is None and before:
                # 'fietsen huren. Zijt ge dan open? Wat kost dat voor een dag?': the thing two sentences back
                priced = price_entry(said_before(question, text, back=2), self.profile, self._lemmas_of)
            # 'een bakfiets huren ...? En wat kost dat?' is not priced by a list of other bikes
            other = priced is not None and other_compound(before, f"{priced.question} {priced.answer}", priced=True)
            # ... nor that of a thing the business was asked to have and the entry does not name ('een tandem')
            other = other or (
                priced is not None and self._thing_missed((before,), f"{priced.question} {priced.answer}")
            )
            return priced.answer.strip() if priced is not None and not other else ""
        if scored and PRICE_ASKED.search(question):  # ... nor by the other entry the scorer takes with it
            before = context or said_before(question, text)
            scored = None if other_compound(before or question, f"{scored[2]} {scored[0]}", priced=True) else scored
        if scored and self._thing_missed((context or said_before(question, text),), f"{scored[2]} {scored[0]}"):
            return ""  # 'Verhuren jullie een tandem? En wat kost dat?' is not priced by the bikes' price list
        return scored[0] if scored and scored[1] >= 0.5 else ""

    def _known_answer(self, question: str, seed: str) -> str:
        """An answer without open slots from the holiday days, a close FAQ match or a profile fact."""
        # 'en moet ik een afspraak maken of kan ik gewoon langskomen'; the thing's own entry when it says how to book it
        booking = self._own_booking(question) or self._booking_known(question)
        if booking or (booking := order_deadline(question, self.profile, self._lemmas_of)):
            return booking
        topics = self._analysis(question, None)
        # the day by the name the writer gives it ('paasmaandag', not 'tweede paasdag'; the longest name found, so
        # 'oudejaarsdag' is not cut), else a date the profile's holiday lines name ('open op 11 november?')
        holiday = topics.holiday or self._closing_date(question)
        said = normalise(question)
        day = next((n for n in sorted(holiday_names(holiday), key=len, reverse=True) if n in said), holiday)
        answer = self._holiday_answer(day, seed) if holiday else ""
        if not answer and self.profile.faq:
            answer = self._faq_known(question, topics)
        # 'Wat kost het barbecuebuffet?' and a line of the special days offers it: that line, unless the FAQ entry
        # found says as much of what is asked ('Doen jullie bruidskapsels op zondag?' ~ '... bruidskapsels ook op
        # zondag', not the FAQ's price of a bruidskapsel)
        answer = answer if holiday else (self._thing_line(question, answer, seed) or answer)
        if not answer:
            answer = self._day_and_place(question, seed) or self._weekday_known(question, seed)
        answer = answer or self._named_line(question)  # 'En is er met Black Friday korting?': that line of the days
        if not answer:
            # A profile fact on the subject ('Kan ik hem nog ruilen?' → the return terms); 'betalen'
            # only answers how to pay, not whether something costs money, so it is left out.
            fact = next((f for f in self._question_facts(topics, question) if f), "")
            fact = fact or self._field_said_alone(question)  # 'en is er plek om te spelen?' ~ 'speelhoek ...'
            answer = f"{fact}." if fact else ""
        return answer if answer and not open_slots(answer) else ""

    def _faq_known(self, question: str, topics: TopicAnalysis) -> str:
        """The FAQ answer a question finds when the match is close or names the whole topic, priced when a price
        is asked ("" when none fits)."""
        answer = ""
        if bare_price(question, self._lemmas_of):
            return ""  # 'Wat kost dat voor een dag?' prices what was said before it (_scored), not what shares 'dag'
        faq = match_faq(topics.lemmas, self.profile, self._lemmas_of)
        # another deal is no answer, however close ('kan ik mijn oude fiets inruilen?' ~ 'Kan ik bij u een fiets
        # huren?', 'wat kost een e-bike huren?' ~ 'Repareren jullie e-bikes?')
        # ... nor is a change to a booking ('Knipt u zonder afspraak?' ~ 'Kan ik mijn afspraak annuleren?')
        faq = None if faq is not None and (other_deal(question, faq[2]) or change_unasked(question, faq[2])) else faq
        # ... nor a price list for a question that asks no price and names little of it ('hoelang is de wachttijd,
        # met al die voorjaarsbeurten?' ~ 'Wat kost een voorjaarsbeurt?')
        entry = next((f for f in self.profile.faq if faq is not None and f.question.strip() == faq[2]), None)
        faq = None if entry is not None and price_for_other(question, entry, self._lemmas_of) else faq
        # a close match, or one whose whole topic the question names ('En kunnen we zaterdag met 8
        # reserveren voor ...?' ~ 'Kunnen we reserveren?')
        named = (
            faq is not None
            and faq[1] >= 0.5
            and asks_faq_topic(topics.lemmas, faq[2], self._lemmas_of, whole=True)
            # said, not only related ('allergieën' is said as 'allergie'); the verb a question asks with
            # ('Kunnen we ...') is no topic
            and any(
                similar(a, b) for a in self._lemmas_of(faq[2]) for b in set(topics.lemmas) - fact_words().auxiliaries
            )
        )
        # 'kun je de fiets van mijn moeder ophalen?' asks about picking up (the delivery terms), not how fast a bike
        # is ready: an entry matched below the close mark, whose own question has no subject, yields to the fact of
        # the question's subject
        if faq and (faq[1] >= 0.75 or (named and not self._subject_rather(topics, question, faq[2]))):
            answer = faq[0]
        # a question for a price is answered by an entry with one: 'e-bikes huren en wat kost dat per dag?'
        # ~ 'Ja, e-bikes voor € 30 per dag', not 'E-bikes ja, alle merken' (repairs) that names no amount
        unpriced = not answer or (PRICE_ASKED.search(question) is not None and not _AMOUNT.search(answer))
        priced = price_entry(question, self.profile, self._lemmas_of) if unpriced else None
        answer = priced.answer.strip() if priced is not None else answer  # 'en wat betaal ik daarvoor?'
        return answer

    def _thing_line(self, question: str, answer: str, seed: str) -> str:
        """The line of the profile's special days that offers what a question asks about, by two of its key words or
        one and the price asked (draft_offer_lines.offer_line: 'Wat kost het Vaderdagmenu?' ~ 'Vaderdag zo 10 juni:
        Vaderdagmenu ... €45'), said with its day ('Op Vaderdag zo 10 juni: Vaderdagmenu ... €45.'), or a line
        without a day of its own as the profile writes it, after a yes to a yes/no question ('Ja, van mei t/m
        september bruidskapsels ook op zondag, op afspraak.'); '' when no line holds more of the question than
        ``answer`` (with its FAQ question) does."""
        entries = self.profile.holiday_entries()
        offer, held = offer_line((question,), entries, self._lemmas_of)
        entry = next((f for f in self.profile.faq if answer and f.answer.strip() == answer.strip()), None)
        said = f"{entry.question} {entry.answer}" if entry is not None else answer
        if not offer or (answer and held <= held_by((question,), said, self._lemmas_of)):
            return ""
        # every thing the question names is in the line ('alcoholvrij bier van 't vat?' is not answered by a line of
        # alcoholvrije bieren); the word of a price asked is said by the line's amount ('Wat kost het buffet?')
        keys = question_keys(self._lemmas_of(question))
        priced = bool(PRICE_ASKED.search(question) and _AMOUNT.search(offer))
        missing = keys - shared_keys(keys, offer, self._lemmas_of)
        if any(not (priced and PRICE_ASKED.search(f"wat {w}")) for w in missing):
            return ""
        written, value = next(((w, v) for w, v in entries if offer.startswith(w.strip().rstrip(". "))), ("", ""))
        value = value.strip().rstrip(".")
        if value and (entry_lead(written) or _DAY_FIRST.match(written)):
            return self._line("question", "holiday_thing", seed, {"feestdag": written.strip(), "waarde": value})
        if not WH_ASKED.match(question) and not _NOT_SAID.search(offer):
            return self._line("question", "holiday_thing_yes", seed, {"waarde": f"{offer[:1].lower()}{offer[1:]}"})
        return f"{offer[:1].upper()}{offer[1:]}."

    def _subject_rather(self, topics: TopicAnalysis, question: str, entry: str) -> bool:
        """Whether a question's own subject is a fact field the profile fills in (not the hours) that the FAQ entry's
        question does not have as its subject."""
        subjects = {s for s in topics.subjects if s != "openingstijden"}
        if not subjects or subjects & set(self._analysis(entry, None).subjects):
            return False
        return any(f for f in self._question_facts(topics, question))

    def _named_line(self, question: str) -> str:
        """The profile's line of special days that a question names by the name it opens with ('En is er met Black
        Friday korting op?' ~ 'Black Friday vrijdag 25 november: 20% op kledij ...'), said as the profile says it;
        '' when the question names none, the name is a weekday, or the line says nothing after its day."""
        said = normalise(question)
        for written, value in self.profile.holiday_entries():
            lead = entry_lead(written) or (written.strip() if _NAME_ONLY.fullmatch(written.strip()) else "")
            named = lead and not re.match(WEEKDAY, lead, re.I) and len(lead) >= 4 and value.strip()
            if named and re.search(rf"(?<!\w){re.escape(normalise(lead))}(?!\w)", said):
                return f"{written.strip()}: {value.strip().rstrip('.')}."
        return ""

    def _field_said_alone(self, question: str) -> str:
        """The value of the one field that answers a question no FAQ entry does ('en is er plek om te spelen?' ~
        'volledig gelijkvloers, speelhoek voor kinderen'), or ''."""
        qt = next((q for q in self.t.question_topics if q.id == self._field_answering((question,))), None)
        if qt is None or (qt.field == "payment" and invoice_unlisted(question, self.profile.value("payment"))):
            return ""  # 'kan ik met de Beringse cadeaubon betalen?': the list of cards does not say
        return self.profile.value(qt.field).strip().rstrip(".")

    def _weekday_known(self, question: str, seed: str) -> str:
        """'kan dat ook op zaterdag?' after a question about a service: that day's hours ('We zijn op zaterdag open:
        8:30–16:00.'), or that the business is closed then; '' for a question that asks no 'can it be' of one
        weekday, or hours that do not say."""
        hours = self.profile.value("opening_hours")
        if not hours or not (_CAN_IT.match(question) or _OPEN_ASKED.search(question)):
            return ""
        closed = self._closed_day(hours, question, seed)
        day, _, times = hours_on(hours, question).partition(" ")
        if closed or not times.strip():
            return closed
        return self._line("question", "holiday_open", seed, {"feestdag": f"op {day}", "waarde": times.strip()})

    def _day_and_place(self, question: str, seed: str) -> str:
        """'We zijn op vrijdag open: 8:00–13:00 op de markt in Groenlo.' for a question that names one weekday
        and a place the opening hours name for that day ('de vrijdag erna sta je gewoon in Groenlo?'); else ''."""
        part = hours_on(self.profile.value("opening_hours"), question)
        day, _, times = part.partition(" ")
        named = capitalised_names(question.split(" ", 1)[-1]) & capitalised_names(times)
        if not named or not times.strip():
            return ""
        return self._line("question", "holiday_open", seed, {"feestdag": f"op {day}", "waarde": times.strip()})
