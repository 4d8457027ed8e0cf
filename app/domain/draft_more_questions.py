"""The other questions of a comment: every question gets a word, not only the first. One the profile
answers is answered ('En je andere vraag: ...'), one it cannot is acknowledged ('Over de keuken: dat zoek ik
even voor je uit'). What the profile holds for one question is found in draft_known_answer."""

from __future__ import annotations

import re

from app.domain.draft_answers import PAY_HOW
from app.domain.draft_asked import HOURS_WORDS, PRICE_ASKED, answered_in_kind
from app.domain.draft_bikes import bikes_word
from app.domain.draft_booking import booking_entry, booking_refused, booking_topic, refused_entry
from app.domain.draft_days import days_named, holiday_names, names_in
from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_facts import key_words
from app.domain.draft_faq_trimmed import asked_of_answer
from app.domain.draft_field_part import field_part
from app.domain.draft_known_answer import KnownAnswers
from app.domain.draft_own_range import asks_own_range, rule_about
from app.domain.draft_people_groups import thing_unnamed
from app.domain.draft_pointed import said_before
from app.domain.draft_question_focus import focus_of, focus_said, names_focus
from app.domain.draft_questions import GREETING, WH_ASKED, addressed_question, follow_up_question, last_clause
from app.domain.draft_questions_about import asked_about, there_is
from app.domain.draft_said_in_kind import day_answered, known_said, said_already, said_in_kind, source_asked
from app.domain.draft_thing_kinds import qualities_named
from app.domain.draft_whether_asked import wh_asked, whether_asked
from app.domain.draft_writer_time import free_from, later_until
from app.domain.draft_yes_lead import YES_OR_NO, YES_STOP
from app.domain.replies import open_slots
from app.domain.textnorm import normalise, sentences
from app.domain.topics import article_of

# An answer after 'En dan je vraag:' starts in lower case when it begins with one of these.
_LOWER_AFTER_COLON = frozenset(
    {"ja", "nee", "dat", "het", "de", "een", "we", "wij", "ik", "er", "u", "je", "op", "bij", "voor", "over"}
    | {"in", "tot", "vanaf", "met", "binnen", "meestal"}  # 'In december en januari meestal binnen 2 werkdagen'
)
# 'En hoe lang duurt dat?': a joining word before the question word.
_JOINED = re.compile(r"^\W*(?:en|maar|of|ook|dan)\s+", re.I)
# 'kan ik contant betalen, en ophalen?': one 'kan ik' with two things asked, the second a verb on its own
# (its last word an infinitive), not a question of its own ('..., en kunnen jullie ...').
_JOINED_ASKED = re.compile(
    r"^(?P<head>(?:kan|kun|kunt|mag|moet)\s+(?:ik|je|jij|u|we|wij))\s+(?P<first>[^?,]+?),?\s+en\s+"
    r"(?P<second>(?:(?!\b(?:kan|kun|kunt|kunnen|mag|mogen|ik|je|jij|u|we|wij|jullie)\b)[^?,])+?\w+en)\s*\?*\s*$",
    re.I,
)
# 'En tot hoe laat?', 'vanaf hoe laat dan?', 'tot hoe laat kan ik er terecht?', 'Hoe vroeg kan dat?': a question for
# a time that names no day or thing of its own.
_TIME_ONLY = re.compile(
    r"^\W*(?:en\s+)?(?:(?:tot|vanaf|van)\s+)?(?:hoe\s+laat|hoe\s+vroeg|wanneer)"
    r"(?:\s+(?:dan|dat|ongeveer|juist|nog|kan|kun|kunt|kunnen|is|zijn|zijt|zit|gaat|gaan|ik|je|ge|u|we|wij|jullie|er|d'r"
    r"|daar|het|'t|terecht|open|dicht|binnen|langs|langskomen|komen|begint|beginnen|start|starten))*\W*$",
    re.I,
)
# A question whether something can be ('En kan daar een foto op?', 'Mag er een kaarsje bij?').
_CAN_ASKED = re.compile(r"^\W*(?:(?:en|of|ook)\s+)?(?:kan|kun|kunt|kunnen|mag|mogen)\b", re.I)
# Hours said in a draft: '7:00–12:00', '9u-17u', 'open tot 13:00'.
_HOURS_SAID = re.compile(r"\d{1,2}(?:[:.]\d{2}|u)\s*[–-]\s*\d|\b(?:tot|vanaf)\s+\d{1,2}(?:[:.]\d{2}|u)")
# Words that point at what was said before: a thing said back that opens with one reads badly ('er op een zaterdag
# een proefrit mee').
_POINTING = frozenset({"er", "daar", "hier", "dat", "dit", "die", "het", "ze", "hem"})
# How long a joined follow-up question is at most ('en op tweede paasdag?').
_FOLLOW_UP_WORDS = 4


class MoreQuestions(KnownAnswers):
    def _known_answers(
        self, questions: list[str], asked: tuple[str, ...], answer: str, seed: str, text: str
    ) -> list[str]:
        """For each question the answer the profile knows for it, '' when none."""
        # an answer counts for a question when it holds at least half of the question's key words
        # (the booking answer to whether to book ahead holds no words of the question: 'zonder afspraak')
        known = [
            k
            if k
            and (
                self._holds(k, q)
                or self._faq_named(q, k)
                or self._field_named(q, k)
                or k == self._booking_known(q)
                or k == self._refused_booking(q, text)
                or self._closed_that_day(q, k, seed)
            )
            else ""
            for q, k in (
                (q, self._refused_booking(q, text) or self._on_day_said(q, text, seed) or self._known_answer(q, seed))
                for q in questions
            )
        ]
        # else the FAQ entry the scorer takes for it, unless the draft says it already ('En is er een glutenvrije
        # optie in het groepsmenu?' is not answered by the group answer given)
        found = [
            k
            or next((s for s in [self._scored(q, text, answer)] if s and not said_already(s, answer)), "")
            or self._range_entry(q)
            or field_part(q, self.profile, self._lemmas_of)  # 'Kunnen we bij jullie aanleggen?' ~ the boat's part
            for q, k in zip(questions, known, strict=True)
        ]
        # a yes or no answers no question that asks when, how or what ('Wanneer moet ik ten laatste reserveren?' is
        # not answered by 'Ja, alleen op afspraak') unless it names the price asked; an answer to 'Is er in de zaal
        # een verschoontafel?' names the verschoontafel, not only the place ('groepsmenu in de achterzaal')
        # (of a price list only the kind the question names: 'Voor kinderen t/m 11 jaar is het € 18.')
        found = [
            asked_of_answer(k, text or q, self._lemmas_of) if k else k for q, k in zip(questions, found, strict=True)
        ]
        return [
            k
            if k
            and k == self._refused_booking(q, text)  # ('kunnen we er eentje reserveren?': 'eentje' is what was asked)
            else ""
            if (WH_ASKED.match(q) and YES_OR_NO.match(k) and self._faq_in(k) and not _priced(q, k))
            or not (self._names_thing(k, q) or self._field_named(q, k))
            or not self._faq_on_focus(q, k)
            # (the people a question asks for may be named in the sentence before it: 'met ons twee manneken (5 en
            # 9) komen knippen. Wat kost da?')
            else self._party_fits(k, (*asked, said_before(q, text)))
            for q, k in zip(questions, found, strict=True)
        ]

    def _refused_booking(self, question: str, text: str) -> str:
        """'En kunnen we er eentje reserveren voor zondag 3 augustus?' and the FAQ says that cannot be booked at all:
        that answer, whatever the day (draft_booking.refused_entry); '' otherwise."""
        return refused_entry(self.profile, question, said_before(question, text), self._lemmas_of)

    def _closed_that_day(self, question: str, answer: str, seed: str) -> bool:
        """Whether an answer says the business is closed on the one weekday a question asks something can be done
        ('Kunnen we de fietsen zondag ophalen?' ~ 'Helaas, ... op zondag gesloten.'): then what would be done that
        day needs no naming."""
        hours = self.profile.value("opening_hours")
        return bool(hours and self._closed_day(hours, question, seed)) and answer == self._weekday_known(question, seed)

    def _on_day_said(self, question: str, text: str, seed: str) -> str:
        """'Wij komen zondag 11 september. ... En vanaf hoe laat is de theesalon open?': the profile's holiday answer
        for the date the comment names elsewhere, when a later question asks when it is open and names no day of
        its own; '' otherwise (the question alone then finds its answer)."""
        if not HOURS_WORDS.search(question) or days_named(question) or _OWN_DAY.search(question) or not text:
            return ""
        day = self._closing_date(text)
        return self._holiday_answer(day, seed) if day else ""

    def _range_entry(self, question: str) -> str:
        """The answer of the one FAQ entry whose answer names the very thing a question asks the business has or
        does ('En hebben jullie ook spijkerbanden?' ~ 'Heb je winterbanden? Ja, spijkerbanden (...) op voorraad'),
        though its question asks it by another name; '' when none or more than one does. The people a thing is for
        are not the thing: 'komt ge ook aan huis voor mijn opa?' is not answered by 'heren € 22' (opa ~ heer), unless
        the question names nothing but people ('Knippen jullie ook heren?')."""
        about = asked_about((question,), self._poss) if asks_own_range(question) else ""
        wanted = key_words(about, self._lemmas_of) - fact_words().number_words if about else set()
        if not wanted:
            return self._sentence_naming(question)
        found = self.analyser(question).people if self.analyser else ()
        people = key_words(" ".join((*found, *fact_words().people_groups)), self._lemmas_of)
        wanted = (wanted - people) or wanted
        hits = [f for f in self.profile.faq if wanted & key_words(f.answer, self._lemmas_of)]
        return hits[0].answer.strip() if len(hits) == 1 else ""

    def _sentence_naming(self, question: str) -> str:
        """The one sentence of a FAQ answer that names the thing a yes/no question asks about, when that entry's own
        question does not ('En kan daar een foto van zijn eerste moto op?' ~ 'Maakt u feesttaarten? Ja, ... Een foto
        op de taart kan voor €6 extra.' → that last sentence); '' when no sentence or more than one names it."""
        # (a question whether a thing can be done or had, not one about the own range, which has its entry above)
        if not _CAN_ASKED.match(question) or asks_own_range(question):
            return ""
        focus = self._focus(question)
        if not focus:
            return ""
        head = set(focus[0])
        # (every thing the question names is in that sentence: 'iets vegan op de wildkaart?' is not answered by the
        # sentence that names the wildkaart and its hare)
        found = [
            said
            for f in self.profile.faq
            if not head & key_words(f.question, self._lemmas_of)
            for said in sentences(f.answer.strip())
            if all(set(things) & key_words(said, self._lemmas_of) for things in focus)
            and qualities_named(question) <= qualities_named(said)  # 'iets vegan op de wildkaart?': vegan too
        ]
        return found[0] if len(found) == 1 else ""

    @property
    def _ours(self) -> str:
        """The business's own, as it says it: 'mijn' or 'onze'."""
        return "mijn" if self.tone.voice == "ik" else "onze"

    def _focus(self, question: str) -> tuple[frozenset[str], ...]:
        """What a question asks about (draft_question_focus.focus_of), and the kind of product it names ('is uw
        keuken ook vegetarisch-vriendelijk?': an answer that speaks of vegetarian dishes names what is asked)."""
        found = focus_of(self._analysis(question, None).nouns, self._lemmas_of)
        kinds = tuple(frozenset(q.split("|")) for q in sorted(qualities_named(question)))
        return (*found, *kinds) if found else found

    def _focus_said(self, question: str) -> str:
        """The first thing a question asks about, as written ('gelatine in onze kerststronken'); '' when none."""
        clause = last_clause(question)
        return focus_said(clause, self._analysis(clause, None).nouns, self._lemmas_of, self._ours, article_of)

    def _faq_on_focus(self, question: str, answer: str) -> bool:
        """Whether a FAQ answer is about a thing a question asks about: its entry names one ('En zit er alcohol in
        de tiramisu?' is not answered by when to order a tiramisu), or the question names the entry's whole topic
        ('kunnen we met 8 reserveren voor de lunch?' ~ 'Kunnen we reserveren?'); true for an answer that is no FAQ
        entry's and for a question that names no thing."""
        entry = next((f for f in self.profile.faq if answer and f.answer.strip() == answer.strip()), None)
        if entry is not None and thing_unnamed(question, entry, self._people(question), self._lemmas_of, self._poss):
            return False  # 'een patroon in de zijkant voor mijn zoon?' ~ 'Knipt u ook kinderen?': only the people
        if entry is None or self._faq_named(question, answer):
            return True
        return names_focus(f"{entry.question} {entry.answer}", self._focus(question), self._lemmas_of)

    def _people(self, question: str) -> tuple[str, ...]:
        """The people a question names ('voor mijn zoon van 9': 'zoon')."""
        return tuple(self.analyser(question).people) if self.analyser else ()

    def _faq_in(self, answer: str) -> bool:
        """Whether an answer is a FAQ entry's (not a line of ours: 'Ja, we zijn op zondag open')."""
        return any(f.answer.strip() in answer for f in self.profile.faq)

    def _other_questions(
        self, asked: tuple[str, ...], answer: str, seed: str, *, answered: bool, text: str
    ) -> list[str]:
        """Every question in the comment gets a word, not only the first: a second question the profile
        answers is answered ('En je andere vraag: ...'), one it cannot answer is acknowledged ('Over de
        keuken: dat zoek ik even voor je uit'). ``answer`` is what the draft says already; ``answered``
        whether it answers one of the questions (the one whose answer it holds, else the first); ``text`` the
        comment, for a question that points back at the sentence before it."""
        # 'En hoe lang duurt dat?': a joining word before the question word
        # 'Zijn jullie open met Pasen? En is alles halal?': joined to a question put to us, it asks us too
        asked = tuple(q for a in asked for q in joined_questions(a))  # 'kan ik pinnen, en ophalen?' asks two things
        followed = {_asking(a) for i, a in enumerate(asked) if follow_up_question(a, asked[:i])}
        clauses = (_asking(a) for a in asked)
        questions = [
            q
            for q in dict.fromkeys(clauses)
            if addressed_question(q) or q in followed or self._joined_day_question(q, asked)
        ][:4]  # three sentences, one of which asked two things
        known = self._known_answers(questions, asked, answer, seed, text)
        covered = self._covered(questions, known, answer)
        # the draft's answer (or its slot) is for the first question, unless that one was no question to us
        # ('Mag ons hondje mee naar binnen?' answered, then 'En kunnen we zaterdag reserveren?')
        first = 0 if questions and asked and questions[0] == _asking(asked[0]) else -1
        covered |= self._answer_covers(questions, known, answer, covered, first) if answered else {first}
        # a question counts as covered only when the draft names what it asks about ('een proefrit op zaterdag' is
        # not covered by the Saturday hours)
        focus = [self._focus(q) for q in questions]
        # (not the first question, whose answer the draft gives or whose slot it holds, nor one with a known answer:
        # that is not said twice)
        slot = bool(open_slots(answer))
        covered = {
            i
            for i in covered
            if not answered or i == first or slot or known[i] or names_focus(answer, focus[i], self._lemmas_of)
        }
        # 'En kan ik hem na m'n werk brengen?' and the draft says on which days the shop is open later: answered
        late = (self.profile.value("opening_hours"), self.profile.value("holidays"))
        covered |= {i for i, q in enumerate(questions) if (u := later_until(*late, free_from(q))) and u in answer}
        lines: list[str] = []
        for i, question in enumerate(questions):
            if i in covered or (known[i] and known_said(known[i], answer, lines)):
                continue
            if i and _TIME_ONLY.match(question) and any(_HOURS_SAID.search(line) for line in lines):
                continue  # 'Wat kost het buffet, hoe laat begint het?' after '... buffet vanaf 17.00 ...': said
            if known[i]:
                lines.append(self._known_line(question, known[i], seed))
            # 'toilet beneden?' ~ 'toilet op de begane grond'; not 'een microfoon in de zaal?' ~ '... in de zaal'
            elif answered and not (
                self._holds(answer, question)
                and self._names_thing(answer, question)
                and names_focus(answer, focus[i], self._lemmas_of)
                and not ((source := source_asked(question)) and not self._held(answer, source))  # 'van 't vat'
            ):
                line = self._acknowledged(question, seed)
                if line in lines:  # two questions we come back on are one promise, said once in the plural
                    lines[lines.index(line)] = self._line("question", "ack_more", seed)
                    continue
                lines.append(line)
        return lines

    def _known_line(self, question: str, known: str, seed: str) -> str:
        """A further question the profile answers, said with what it is about when the answer does not say it."""
        topic = self._faq_topic(question, known)
        entry = booking_entry(self.profile) if known == self._booking_known(question) else None
        if entry is not None:  # 'En je vraag over een afspraak: band plakken doe ik ... zonder afspraak'
            topic = booking_topic(entry, question)
        if self._closed_that_day(question, known, seed):
            return known  # 'Helaas, de zaak is op zondag gesloten.' says what it is about: the day
        if any(
            known == f.answer.strip() and booking_refused((f.answer, 1.0, f.question), (question,))
            for f in self.profile.faq
        ):
            return known  # 'Nee, cuistaxen kun je niet reserveren: ...' says what it is about
        if known == self._thing_line(question, "", seed):
            return known  # 'Op Vaderdag zo 17 juni: barbecuebuffet vanaf 17.00 ...' names the thing asked itself
        if topic:  # 'ja, voor groepen vanaf zes personen' says not what it is about: 'je vraag over reserveren'
            values = {"onderwerp": topic, "antwoord": self._after_colon(known)}
            return self._line("question", "also_about", seed, values)
        return self._also_said(question, known, seed)

    def _answer_covers(
        self, questions: list[str], known: list[str], answer: str, covered: set[int], first: int
    ) -> set[int]:
        """The question the draft's own answer is for: the one it speaks of most, else the first; when other
        answers were said already, the open question it speaks of with words those answers do not hold ('Ja, tot
        40 personen ...' answers 'met 14 personen komen?' besides the payment answer said after it)."""
        held = [self._held(answer, q) for q in questions]
        if not covered:
            chosen = held.index(max(held)) if held and max(held) > held[first] else first
            # a FAQ answer the comment as a whole was given ('met 14 collega's' ~ the group answer) answers no
            # question whose thing it never names ('Is er in de achterzaal een beamer?'): that one is still open
            unnamed = bool(questions) and not known[chosen] and not self._names_thing(answer, questions[chosen])
            # ... nor does any answer a question about the business's own range whose thing it never names ('doen
            # jullie ook baard trimmen? en tot hoe laat ...' answered by the hours): a place for its answer
            # (a thing named, not 'iets wat zij veilig kan eten' nor 'daar ook komen', which the answer may well be)
            thing = asked_about(questions[chosen:][:1], self._poss) if questions and not known[chosen] else ""
            thing = "" if thing.split(" ", 1)[0].lower() in {*_POINTING, "iets", "wat"} else thing
            # (a FAQ answer found for the comment speaks of the range: 'een aparte ruimte' ~ 'de bovenverdieping')
            ranged = bool(thing) and asks_own_range(questions[chosen]) and not self._faq_in(answer)
            ranged = ranged and not self._held(answer, thing)
            return set() if (unnamed and self._faq_in(answer)) or ranged else {chosen}
        said = " ".join(known[i] for i in covered)
        # (not a question whose known answer gives hours the answer does not: 'En op kerstdag?' is not answered by
        # 'Kerststronken voor Kerstmis bestelt u tot ...', which only shares a word with it)
        hours = {i for i, k in enumerate(known) if k and _HOURS_SAID.search(k) and not said_already(k, answer)}
        # (nor one whose own known answer speaks of it with more of its words: 'En knipt u ook op maandagavond?'
        # is not answered by 'Over knippen: dames € 34, ...', but by the line of 'knippen op maandagavond')
        rest = [
            i
            for i in range(len(questions))
            if i not in covered | hours
            and held[i] > self._held(said, questions[i])
            and not (known[i] and held[i] < self._held(known[i], questions[i]))
        ]
        return {max(rest, key=lambda i: held[i])} if rest else set()

    def _acknowledged(self, question: str, seed: str) -> str:
        """A question the profile cannot answer: one about the business's own range or house rules gets a place
        for its answer ('En kinderzitjes: [vul in: ja, … / nee, wel …].'), another the promise to find out."""
        about = asked_about((question,), self._poss) or rule_about(question)  # 'mag de hond mee?': de hond
        if about.split(" ", 1)[0].lower() in _POINTING:  # 'er op een zaterdag een proefrit mee': 'een proefrit'
            about = self._focus_said(question) or about
        whether = "" if about else whether_asked(question, "mij" if self.tone.voice == "ik" else "ons")
        # else the thing it asks about, as written ('En kan ik er een proeverij houden?': 'een proeverij')
        about = about or ("" if whether else self._focus_said(question))
        if whether:  # 'Is het dinsdag rustig bij u?': the business knows, the question said back
            return self._line("question", "whether_slot", seed, {"onderwerp": whether})
        if not about and (wh := wh_asked(question)):  # 'hoe lang duurt het?': 'Hoe lang het duurt: [vul in: …].'
            return self._line("question", "wh_slot", seed, {"onderwerp": f"{wh[:1].upper()}{wh[1:]}"})
        key, values = ("ack_about", {"onderwerp": about}) if about else ("ack", {})
        if about and asks_own_range(question):  # 'En verkopen jullie ook kinderzitjes?': the business knows
            key = "own_range_also"
        return self._line("question", key, seed, values)

    def _covered(self, questions: list[str], known: list[str], answer: str) -> set[int]:
        """The questions the draft's answer covers already: their answer is in it, or it speaks of them with
        more of their words than the entry found for them."""
        covered = {i for i, k in enumerate(known) if k and said_already(k, answer)}
        # 'Zijt ge dan open?' after the day's own answer ('Ja, we zijn op Pinkstermaandag open.'): answered, not with
        # the week's hours again nor with a promise to come back
        covered |= {i for i, q in enumerate(questions) if open_then(q) and day_answered(answer)}
        # 'Zijn jullie met Hemelvaart open? En kan ik dan mijn taart ophalen?' after the day's answer that speaks of it
        # ('... Bestellingen ophalen kan die dag niet, wel op vrijdag 19 mei.'): answered by that day's line, not by
        # another fact that shares as many words with it (the delivery terms)
        covered |= {
            i
            for i, (q, k) in enumerate(zip(questions, known, strict=True))
            if i
            and then_asked(q)
            and day_answered(answer)
            and self._holds(answer, q)
            and self._held(answer, q) >= self._held(k, q)
        }
        # a question the draft's answer speaks of with more of its words than the entry found for it: answered
        # ('En is dat goedkoper als ik er een nieuwe koersfiets bij koop?' after '... € 175; bij aankoop van een
        # nieuwe koersfiets € 95', not the rental price of 'Verhuurt u koersfietsen?')
        covered |= {
            i
            for i, (q, k) in enumerate(zip(questions, known, strict=True))
            if i and k and self._held(answer, q) > max(self._held(k, q), 1) and self._holds(answer, q)
        }
        # how far ahead, a price when it is free, whether to book: said already by its kind (draft_said_in_kind)
        kind = [said_in_kind(q, answer, names_thing=bool(self._focus(q))) for q in questions]
        covered |= {i for i, said in enumerate(kind) if i and said}
        # 'Zijt ge paasmaandag open? En tot hoe laat?': the hours said for that day answer it, not the week's hours
        covered |= {i for i, q in enumerate(questions) if i and _TIME_ONLY.match(q) and _HOURS_SAID.search(answer)}
        # 'Knippen jullie ook haar broertje? Wat kost dat?': the price said with the answer to the question before
        return covered | {
            i
            for i, q in enumerate(questions)
            if i - 1 in covered
            and PRICE_ASKED.search(q)
            and not key_words(PRICE_ASKED.sub(" ", q), self._lemmas_of)
            and "€" in known[i - 1]
        }

    def _also_said(self, question: str, answer: str, seed: str) -> str:
        """A second answer with a lead made from what was asked, not 'En je andere vraag:': a profile field in its
        question topic's frame ('Over parkeren: ...', 'Bij ons betaal je zo: ...'), else the thing the question
        names ('Over een kindermenu: ja, ...'), else the answer on its own."""
        said = answer.strip().rstrip(".")
        place, parking = self._bikes_place(question), self.profile.value("parking").strip().rstrip(".")
        # the bikes' own part of a longer parking fact (the whole fact is said in the parking frame below)
        if said and said == place != parking and bikes_word(question):
            values = {"onderwerp": bikes_word(question), "antwoord": f"{lower_first(said)}."}
            return self._line("question", "bikes_place", seed, values)  # 'Voor uw e-bikes: fietsenstalling ...'
        qt = next(
            (q for q in self.t.question_topics if said and self.profile.value(q.field).strip().rstrip(".") == said),
            None,
        )
        if qt is not None:
            return self._field_said(qt, said, "answer", seed)
        about = asked_about((question,), self._poss)
        if about:
            values = {"onderwerp": about, "antwoord": self._after_colon(answer)}
            return self._line("question", "also_thing", seed, values)
        # a FAQ answer that names nothing of what it answers: the thing first, as on the first question's path
        entry = next((f for f in self.profile.faq if f.answer.strip() == answer.strip()), None)
        if entry is not None:
            answer = self._thing_first(answer, (entry.answer, 1.0, entry.question), (question,))
        if WH_ASKED.match(question):  # 'Wat kost da?' is not answered 'Ja: heren € 24, ...': the yes goes
            answer = YES_STOP.sub("", answer) or answer
        return f"{answer[:1].upper()}{answer[1:]}"

    def _after_colon(self, answer: str) -> str:
        """An answer said after 'En je andere vraag:' in lower case ('Dames knippen € 32' → 'dames knippen € 32'),
        unless its first word is a name: written with a capital inside a sentence of the profile ('pinnen of
        Bancontact'), the business's or a signer's name, or in capitals ('BTW')."""
        first = re.match(r"[^\W\d_]+", answer)
        said = lower_first(answer)
        if first is None or said != answer or not first.group(0)[1:].islower():
            return said
        word = first.group(0)
        texts = [self.profile.name, *self.profile.signers, *(f"{f.question} {f.answer}" for f in self.profile.faq)]
        texts += [self.profile.value(q.field) for q in self.t.question_topics]
        named = any(re.search(rf"(?<![.!?:]\s)(?<!^)\b{re.escape(word)}\b", t) for t in texts if t)
        return (
            answer
            if named or word in " ".join(texts[:1] + list(self.profile.signers))
            else f"{word.lower()}{answer[len(word) :]}"
        )

    def _joined_day_question(self, question: str, asked: tuple[str, ...]) -> bool:
        """'Zijn jullie open met Pasen? En op paasmaandag?': a short question joined to one put to us before it,
        that names a day of its own, asks the same of that day."""
        said = next((a for a in asked if _asking(a) == question), "")
        before = asked[: asked.index(said)] if said else ()
        short = len(question.split()) <= _FOLLOW_UP_WORDS and bool(_JOINED.match(last_clause(said)))
        return short and any(addressed_question(a) for a in before) and bool(self._analysis(question, None).holiday)

    def _held(self, answer: str, question: str) -> int:
        """How many of a question's key words an answer holds (also as part of a word: 'koop' ~ 'aankoop'; not
        a short word inside a long one: 'per' is no part of 'goedkoper')."""
        said = key_words(answer, self._lemmas_of)

        def same(a: str, w: str) -> bool:
            short, long = sorted((a, w), key=len)
            return a[:5] == w[:5] or (len(short) >= 4 and short in long)

        return sum(any(same(a, w) for w in said) for a in key_words(question, self._lemmas_of))

    def _names_thing(self, answer: str, question: str) -> bool:
        """Whether an answer names the thing a question asks is there ('een beamer' of 'Is er in de zaal een
        beamer?'), or the question asks no such thing: where it is ('de zaal') is not what it asks."""
        about = there_is(question)
        return not about or self._held(answer, about) > 0

    def _holds(self, answer: str, question: str) -> bool:
        """Whether an answer speaks of what a question asks: half of the question's key words or more
        are in it ('is er een vegetarische optie in het groepsmenu?' is not answered by 'vanaf 8 personen
        werken we met een groepsmenu')."""
        if PAY_HOW.search(question) and answer.strip().rstrip(".") == self.profile.value("payment").strip().rstrip("."):
            return True  # 'met cash betalen?' is answered by how to pay here ('alleen pinnen')
        holiday = self._analysis(question, None).holiday or self._closing_date(question)
        if holiday and names_in(holiday_names(holiday), normalise(answer)):
            return True  # 'en op paasmaandag?' ~ 'Op paasmaandag zijn we open: 7:00–13:00.'
        if answered_in_kind(question, answer):
            return True  # 'van tevoren regelen?' ~ 'reserveer het een dag van tevoren'; a price ~ '€ 17,50'
        asked = key_words(question, self._lemmas_of)
        said = key_words(answer, self._lemmas_of)
        hits = sum(any(a[:5] == w[:5] or a in w or w in a for w in said) for a in asked)
        return not asked or 2 * hits >= len(asked)


# Open or closed asked of a day named before: 'Zijt ge dan open?', 'zijn jullie die dag gesloten?'.
_THEN = re.compile(r"\b(?:dan|die dag|op die dag|daarop)\b", re.I)


def open_then(question: str) -> bool:
    """Whether a question asks whether the business is open on a day the comment named before ('Zijt ge dan open?'),
    naming no day of its own."""
    own_day = days_named(question) or re.search(WEEKDAY, question, re.I)
    return bool(HOURS_WORDS.search(question) and _THEN.search(question) and not own_day)


def then_asked(question: str) -> bool:
    """Whether a question asks of a day the comment named before ('En kan ik dan ook mijn taart ophalen?'), naming
    no day of its own."""
    return bool(_THEN.search(question)) and not (days_named(question) or re.search(WEEKDAY, question, re.I))


def joined_questions(question: str) -> tuple[str, ...]:
    """'kan ik contant betalen, en ophalen?': two things asked with one 'kan ik', each its own question ('kan ik
    contant betalen?', 'kan ik ophalen?'); the question alone when what follows 'en' is no short verb phrase."""
    match = _JOINED_ASKED.match(question.strip())
    if match is None:
        return (question,)
    head, first, second = match.group("head", "first", "second")
    if len(second.split()) > _FOLLOW_UP_WORDS or len(first.split()) > 2 * _FOLLOW_UP_WORDS:
        return (question,)
    return (f"{head} {first.strip()}?", f"{head} {second.strip()}?")


def _asking(question: str) -> str:
    """What a question asks, without its joining word ('En hoe lang duurt dat?' → 'hoe lang duurt dat?'); of one
    asked by word order alone, without a question mark, the part before its first comma: what follows says why
    ('En is er een invalidentoilet, mijn vader loopt met een rollator' → 'is er een invalidentoilet')."""
    clause = _JOINED.sub("", last_clause(question))
    clause = GREETING.sub("", clause) or clause  # ('Goeiemiddag, verhuurt u ook e-bikes?': the greeting asks nothing)
    if _ALL_RIGHT.match(clause) and clause.strip() != question.strip():
        return question.strip()  # 'Mijn moeder heeft een schaaldierenallergie, is dat een probleem?': what 'dat' is
    # ('En krijg ik dan een leenfiets want ik moet elke dag naar mijn werk': the part before 'want' too)
    return clause if "?" in clause else _WHY.split(clause, maxsplit=1)[0].strip()


# What follows a question asked by word order alone and says why: a comma, or 'want', 'omdat', 'aangezien'.
_WHY = re.compile(r",|\s(?:want|omdat|aangezien|since|because)\s", re.I)


# 'is dat een probleem', 'geeft dat niks': whether what the clause before it says is all right with us.
_ALL_RIGHT = re.compile(
    r"^\W*(?:is|zou|wordt)\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:een\s+)?(?:probleem|bezwaar|erg|oké|oke|ok)\b"
    r"|^\W*geeft\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:niet|niks|iets)\b",
    re.I,
)


def lower_first(answer: str) -> str:
    """'Ja, tot drie maanden.' → 'ja, tot drie maanden.' after 'En dan je vraag:'."""
    first, _, rest = answer.partition(" ")
    return f"{first.lower()} {rest}" if first.rstrip(",").lower() in _LOWER_AFTER_COLON else answer


# A question that names a day of its own, however said ('zaterdags', 'op zondag', 'eerste paosdag', 'de zaterdag
# erna', 'morgen'): not the date named elsewhere in the comment.
_OWN_DAY = re.compile(r"\w*dag\w*|\b(?:morgen|overmorgen|weekend|erna|daarna)\b", re.I)


def _priced(question: str, answer: str) -> bool:
    """Whether a question asks a price and a yes-or-no answer names one ('wat kost het kindermenu?' ~ 'Ja, voor
    € 13: balletjes ...'): the amount answers it."""
    return bool(PRICE_ASKED.search(question)) and "€" in answer
