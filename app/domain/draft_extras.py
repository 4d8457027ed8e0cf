"""What an answer from the profile adds besides the answer itself: the writer's pet or child by name where
the answer welcomes them, an invitation after a yes to getting in, the days open later than the writer is
free, the thing they want delivered, a wish beside the question a profile field answers, and where to send
the details of a request for a proposal."""

from __future__ import annotations

import re

from app.domain.articles import article
from app.domain.draft_asked import AMOUNT, PRICE_ASKED
from app.domain.draft_base import DraftBase
from app.domain.draft_booking import asks_room
from app.domain.draft_counts import group_size
from app.domain.draft_day_parts import part_of_day_open
from app.domain.draft_days import days_said, hours_on, named_part
from app.domain.draft_fact_matching import fact_matching
from app.domain.draft_fact_score import fields_named, pointed_to, sources
from app.domain.draft_fact_words import fact_words, week_days
from app.domain.draft_facts import asks_faq_topic, fits_after_is, is_clause, is_pet, key_words
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_limits import limit_missed
from app.domain.draft_month_closed import closed_in_month
from app.domain.draft_places import outside_area, place_asked
from app.domain.draft_price_faq import priced_part
from app.domain.draft_purpose import purpose_of, sought_for, wished_with, work_wanted
from app.domain.draft_questions import WH_ASKED
from app.domain.draft_questions_about import asked_about
from app.domain.draft_range_fit import fit_asked
from app.domain.draft_same_words import same_words
from app.domain.draft_text import after_colon
from app.domain.draft_word_match import similar
from app.domain.draft_writer_time import free_from, open_later, open_later_line
from app.domain.draft_yes_lead import YES_LEAD, without_yes
from app.domain.replies import open_slots
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import possessive_alternation, stop_words

# A service delivered where the writer is ('op locatie', 'aan huis', 'bij ons thuis', 'bij mensen thuis', 'een
# thuisbezoek'), not at the address: the address, the parking and the way in do not answer it.
ON_SITE = re.compile(
    r"\bop\s+locatie\b|\baan\s+huis\b|\bbij\s+(?:[^\W\d_]+\s+){1,2}thuis\b|\b(?:thuis|huis)bezoek\w*"
    r"|\bthuis\s+(?:knippen|kappen|komen|langs)\b|\bat\s+(?:home|her\s+home|his\s+home)\b",
    re.I,
)
AT_PLACE = frozenset({"address", "accessibility", "parking"})


# An answer that speaks of booking already; one that says the day asked is closed ('De zaak is op 31 december helaas
# dicht', not the week's hours 'We zijn open: wo–zo ...; ma en di gesloten') or full ('vol, alleen wachtlijst').
_BOOKING_SAID = re.compile(r"\breserv\w*|\bafspra\w*|\bboek\w*", re.I)
_CLOSED_THEN = re.compile(
    r"^\W*(?:helaas|sorry)\b|\b(?:is|zijn)\b[^.;:]*\b(?:dicht|gesloten)\b|\b(?:vol|volzet|volgeboekt|wachtlijst)\b",
    re.I,
)
# An answer that speaks of booking already, or of being closed.
_BOOKED = re.compile(r"\breserv\w*|\bafspra\w*|\bgesloten\b|\bdicht\b|\bniet open\b", re.I)


# Where a sentence of a profile value ends: '... €3,50. Taarten minimaal ...'.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


class AnswerExtras(DraftBase):
    def _faq_extras(self, topics: TopicAnalysis, answer: str, text: str, asked: tuple[str, ...], seed: str) -> str:
        """A FAQ answer and what follows it: someone named, a later day, a wish beside the question, a proposal."""
        extra = (
            answer,
            self._named_welcome(topics, answer, text, seed),
            self._open_later(answer, text, seed),
            self._field_besides(text, asked, answer, seed) or self._field_in_clause(asked, answer, seed),
            self._group_besides(answer, asked, text),
            self._proposal(text, seed),
            self._get_well(topics, text, answer, seed),
        )
        return " ".join(p for p in extra if p)

    def _with_purpose(
        self, answer: str, asked: tuple[str, ...], text: str, topics: TopicAnalysis, seed: str
    ) -> tuple[str, bool]:
        """(answer, whether the occasion is said in it) with what the writer comes for said back after it ('Zijn
        jullie maandag open? ... wil graag vlechtjes' → 'Vlechtjes voor de communie van je dochter: alvast veel
        plezier!'), unless the answer or the FAQ says it already (``_faq_purpose``)."""
        occasion = self._occasion_phrase(topics) if topics.occasion_words else ""
        said = purpose_of(text, topics, occasion)
        thing = normalise(said.split(" voor ")[0]).removeprefix("een ")
        work = "" if said or open_slots(answer) else work_wanted(text, self._poss)  # 'wil m'n X laten nakijken'
        if work and work.split()[1] not in normalise(answer) and not self._faq_purpose(asked, text):
            return f"{answer} {self._line('question', 'work_noted', seed, {'onderwerp': work})}".strip(), False
        if not said and (sought := self._sought(topics, answer, text, seed)):
            return f"{answer} {sought}".strip(), False
        if not said or thing in normalise(answer) or self._faq_purpose(asked, text):
            return answer, False
        if topics.occasion == "rouw":  # 'de koffietafel na de begrafenis van mijn schoonvader': no 'fijne dag' wished
            return answer, False
        line = self._line("question", "purpose_noted", seed, {"onderwerp": said})
        return f"{answer} {line}".strip(), bool(occasion) and occasion in said

    def _wished(self, answer: str, text: str, seed: str) -> str:
        """'En een kookworkshop erbij: [vul in: ...].' for what a question or request would like to have with it
        ('liefst met een kookworkshop erbij'); '' when it wishes nothing with it or the answer names it already."""
        wished = wished_with(text)
        # (not when the answer names a thing of it already: 'Wat de workshop betreft: ...')
        named = [w for w in re.findall(r"[^\W\d_]{4,}", wished.lower()) if w not in stop_words()]
        if not wished or any(w in answer.lower() for w in named):
            return ""
        return self._line("question", "wished_with", seed, {"onderwerp": wished})

    def _sought(self, topics: TopicAnalysis, answer: str, text: str, seed: str) -> str:
        """What the writer looks for and for whom, said back as a welcome after the answer or its open place ('Zoek
        een degelijke omafiets voor m'n kleindochter' → 'En een degelijke omafiets voor je kleindochter: kom gerust
        langs, dan kijken we samen wat er past.'); '' when not said, or when the answer names the thing already."""
        sought = sought_for(text, topics, self._poss)
        if not sought or sought.split(" voor ")[0].split()[-1] in normalise(answer):
            return ""
        return self._line("question", "sought_noted", seed, {"onderwerp": sought})

    def _get_well(self, topics: TopicAnalysis, text: str, answer: str, seed: str) -> str:
        """'Alvast heel veel beterschap!' after the answer when the writer says they are ill ('sinds vannacht flink
        ziek (koorts), krijg ik mijn aanbetaling terug?'); '' when they do not, or when it is about safety (ill from
        what they ate here) or the answer wishes it already."""
        words = set(re.findall(r"[^\W\d_]+", text.lower()))
        ate = bool(_ATE.search(text))  # 'ziek van jullie kip', 'na het eten misselijk': safety, no wish
        if ate or not words & fact_words().ill_words or "beter" in answer.lower():
            return ""
        return self._line("question", "get_well", seed)

    def _field_extras(self, topics: TopicAnalysis, field: str, value: str, answer: str, text: str, seed: str) -> str:
        """An answer from a profile field with what goes around it: the thing to deliver before it, a later
        day and an invitation after it."""
        if field == "accessibility":
            answer = self._access_said(value, seed) or answer
            # (not for an aid of a size the profile says nothing of: 'een kinderwagen (zo'n brede duo)')
            aid = _aid_named(text) if not _NOT_SO.search(value) and not fit_asked(text) else ""
            if aid and aid not in answer.lower():  # 'in een rolstoel': the answer says it can come in with it
                answer = f"{self._line('question', 'access_aid', seed, {'waarde': aid})} {answer}"
        lead = self._delivered(text, seed) if field == "delivery_terms" else ""
        place = place_asked(text) if field == "delivery_terms" else ""
        if outside_area(place, value):  # 'naar Noordwijk?' and the area names only Leiden and two more: said by name
            lead = " ".join(p for p in (self._line("question", "place_outside", seed, {"waarde": place}), lead) if p)
        # coming to the house answered, the FAQ entry the rest of the comment is about too ('iets met de motor ...
        # aan huis komen bekijken?' ~ 'aan motor en batterij werken wij niet')
        about = pointed_to(text, self.profile, self._lemmas_of) if field == "delivery_terms" else None
        answer = f"{answer} {without_yes(about[1])}" if about and about[1] not in answer else answer
        # the whole opening hours hold the late day too, but do not single it out for the writer
        later = self._open_later("" if field == "opening_hours" else answer, text, seed)
        # 'Bent u open in juli?' and the business closes for part of July: that closing too
        shut = closed_in_month(self.profile.holiday_entries(), text) if field == "opening_hours" else ""
        shut = shut and self._line("question", "closed_after", seed, {"waarde": shut})
        later = " ".join(p for p in (later, shut) if p)
        # someone the writer brings ('met mijn moeder') is welcomed by the reason line of the draft
        person = any(not is_pet(p) and _comes_with(p, text) for p in topics.people)
        after = (later, self._welcome_in(field, value, seed, with_person=person))
        return " ".join(p for p in (lead, answer, *after) if p)

    def _named_welcome(self, topics: TopicAnalysis, answer: str, text: str, seed: str) -> str:
        """'Max is dus van harte welkom op het terras.': the writer's own one asked about by name ('mag onze
        Max mee?', 'met onze Noor van 3'), welcomed where the answer says they are welcome; '' when the
        answer says no, names them already, or nobody named comes along."""
        if not answer or _NO_LEAD.match(answer) or (not _WELCOME.search(answer) and not YES_LEAD.match(answer)):
            return ""
        # 'onze labrador Bobbie': a pet's name after the pet, also when the topic finder took it for no one's
        # (a pet only where the answer speaks of pets: not after 'Ja, kindermenu € 14' to 'Hebt ge een kindermenu, en
        # mag ons hond Rocky mee?', whose dog the answer to its own question welcomes)
        pets = any(is_pet(w) for w in (*re.findall(r"[^\W\d_]+", answer.lower()), *self._lemmas_of(answer)))
        pet_names = [m[2] for m in _PET_NAME.finditer(text) if is_pet(m[1])]
        named = [n for n in (*topics.kin, *pet_names) if pets or n not in pet_names]
        name = next((n for n in named if n not in answer and _comes_with(n, text)), "")
        if not name or any(not is_pet(p) for p in topics.people):
            # 'met onze dochter Fleur': the person word is welcomed (drafting's reason), not twice
            return ""
        where = _WELCOME.search(answer)
        values = {"persoon": name, "waarde": f" {where.group('waar')}" if where and where.group("waar") else ""}
        return self._line("question", "welcome_named", seed, values)

    def _group_besides(self, answer: str, asked: tuple[str, ...], text: str) -> str:
        """The FAQ answer about groups after another answer, when the comment tells of a group ('met zo'n 25 man')
        and one of its questions only points at it ('Kan dat bij u, en kan er ook een glutenvrije pizza komen?')."""
        clauses = [c for q in asked for c in re.split(r",\s*(?:en|of|maar)\s+", q)]
        if not group_size(text) or len(clauses) < 2 or all(key_words(c, self._lemmas_of) for c in clauses):
            return ""
        groups = (
            s.answer for s in sources(self.profile, self._lemmas_of) if not s.field and "groep" in s.asks | s.says
        )
        return next((g for g in groups if g not in answer), "")

    def _faq_purpose(self, asked: tuple[str, ...], text: str) -> list[str]:
        """The FAQ answer to what the writer says to come for beside a day asked about ('open op 11 november? wil
        ne keer een proefrit doen' ~ 'Kan ik een proefrit maken?'): a sentence that asks nothing and holds a word
        of wanting (fact_words.toml ``purpose_words``) and names the FAQ question's whole topic and its verb; a
        FAQ asking more ('Wat kost knippen?' after 'wil nog even knippen') is not what was asked, but the part of a
        price answer that prices just what is said is ('band laten plakken' ~ 'Een band plakken kost € 12'), and an
        answer that names a price the comment does not ask is not either."""
        wanted = fact_words().purpose_words
        told = [s for s in re.split(r"(?<=[.!?\n])\s*", text) if "?" not in s and wanted & set(normalise(s).split())]
        found: list[str] = []
        for sentence in (s for s in told if s.strip() not in asked):
            lemmas = self._lemmas_of(sentence)
            for source in (s for s in sources(self.profile, self._lemmas_of) if not s.field):
                verbs_said = all(any(similar(v, w) for w in key_words(sentence, self._lemmas_of)) for v in source.verbs)
                # an answer with a price the writer did not ask ('Mijn dochter wil nog geknipt worden' ~ 'Knippen
                # jullie kinderen? Ja, … voor € 17,50'): no price rides along with the answer to a day
                # (a sentence that asks without its question mark asks it: 'En vanaf wanneer verkopen jullie ...')
                unasked = AMOUNT.search(source.answer) and not PRICE_ASKED.search(text) and not WH_ASKED.match(sentence)
                if verbs_said and not unasked and asks_faq_topic(lemmas, source.question, self._lemmas_of, whole=True):
                    found.append(source.answer)
            # 'Wil m'n band laten plakken' ~ 'Wat kost een lekke band plakken?': the price of just that
            found += [part] if not found and (part := priced_part(sentence, self.profile, self._lemmas_of)) else []
        return list(dict.fromkeys(found))[:1]

    def _access_said(self, value: str, seed: str) -> str:
        """The accessibility field when it cannot follow 'Onze zaak is': a sentence of its own ('restaurant en
        toilet zijn rolstoeltoegankelijk') as it is, a thing ('een tillift bij het bad') after 'Goed om te
        weten:'; '' when the frame fits ('drempelvrij, met een invalidentoilet')."""
        value = value.strip().rstrip(".")
        if is_clause(value):
            return f"{value[:1].upper()}{value[1:]}."
        return "" if fits_after_is(value) else self._line("question", "field_plain", seed, {"waarde": value})

    def _welcome_in(self, field: str, value: str, seed: str, *, with_person: bool = False) -> str:
        """'Je bent van harte welkom; plan gerust een afspraak in.' after the profile says a writer who asked
        whether they can get in (a wheelchair, a pram) can: the answer is an invitation, not only a fact.
        A business that works by appointment (a treatment) asks to book; '' when the profile says no.
        ``with_person``: someone the writer brings is welcomed already, so only the booking is said."""
        if field != "accessibility" or _NOT_SO.search(value):
            return ""
        kind = shipped_kinds().of(self.profile)
        booked = kind is not None and "behandeling" in (kind.services or ())
        if with_person:
            return self._line("question", "book_plain", seed) if booked else ""
        return self._line("question", "welcome_book" if booked else "welcome_in", seed)

    def _field_besides(self, text: str, asked: tuple[str, ...], answer: str, seed: str) -> str:
        """'Goed om te weten: ophaal- en terugbrengdienst binnen Mechelen voor € 12.' when the writer names,
        outside the question, a wish a profile field answers ('bij voorkeur met ophaling op kantoor') and
        the answer does not say it yet; by the words resources/synonyms.toml gives the field. A place to deliver to that
        the delivery area does not name ('kunt ge die leveren in Kaprijke?') is said to be outside it instead of the
        whole area (the place_outside line, as for a delivery question of its own)."""
        outside = " ".join(text.replace(q, " ") for q in asked) if asked else text
        named = set(same_words(self._lemmas_of(outside)))
        for qt in self.t.question_topics:
            value = self.profile.value(qt.field).strip().rstrip(".")
            # or asks it be done at home ('Kunnen jullie dat aan huis komen bekijken?') and a FAQ answered the rest
            home = qt.field == "delivery_terms" and bool(ON_SITE.search(" ".join(asked)))
            if (qt.id in named or home) and value and not self._says_all(answer, value) and qt.field != "opening_hours":
                # (the place asked in a question of its own: '... bestellen en bezorgen jullie ook in Drouwen?')
                places = (place_asked(q) for q in (text, *asked)) if qt.field == "delivery_terms" else iter(())
                place = next((p for p in places if p), "")
                if outside_area(place, value):  # 'leveren in Kaprijke?' and the area names other places: said so
                    return self._line("question", "place_outside", seed, {"waarde": place})
                # 'bezorgen jullie ook in Drouwen?': the sentence of the terms that names the place, not the rest
                value = next((s for s in _SENTENCE_END.split(value) if place and place in s), value).rstrip(".")
                return self._line("question", "field_besides", seed, {"waarde": after_colon(value)})
        return ""

    def _says_all(self, answer: str, value: str) -> bool:
        """Whether an answer says a profile value already, in its words or all its key words ('..., met drie
        maanden garantie' says 'drie maanden garantie op tweedehands fietsen' of a shop that sells only those)."""
        if value in answer:
            return True
        wanted, said = key_words(value, self._lemmas_of), key_words(answer, self._lemmas_of)
        # 'fiets' is said by 'stadsfiets' (a compound's head), 'onderhoudsbeurt' by 'beurt'; 'ophalen' by 'haal ... op'
        split = {f"{p}{s}" for s in said for p in _PARTICLES if re.search(rf"\b{p}\b", answer, re.I)}
        held = [
            w
            for w in wanted
            if any(similar(w, s) or (len(w) > 3 and s.endswith(w)) or (len(s) > 3 and w.endswith(s)) for s in said)
            or any(similar(w, s) for s in split)
        ]
        if wanted and len(held) == len(wanted):
            return True
        # the same amounts and distances, and most of its words: the same fact in other words ('ophalen en
        # thuisbrengen binnen 15 km voor € 17,50' ~ 'binnen 15 km haal ik de fiets op en breng hem terug voor € 17,50')
        amounts = re.findall(r"\d+(?:[.,]\d+)?", value)
        return len(amounts) >= 2 and all(a in answer for a in amounts) and 3 * len(held) >= 2 * len(wanted)

    def _field_in_clause(self, asked: tuple[str, ...], answer: str, seed: str) -> str:
        """'En je vraag over bezorgen: wij brengen e-bikes naar hotels ... voor € 10 per rit.' when one part of a
        question joined by 'en' ('Brengen jullie de fietsen ook naar het hotel en wat kost dat?') asks what a profile
        field says, by its words or by the words resources/synonyms.toml gives the field, and the FAQ answer to the
        other part does not say it; '' otherwise."""
        clauses = [c for q in asked for c in _AND_ASKS.split(q) if c.strip()]
        if len(clauses) < 2:
            return ""
        facts = [(q.id, self.profile.value(q.field)) for q in self.t.question_topics if self.profile.value(q.field)]
        for clause in clauses:
            lemmas = self._lemmas_of(clause)
            named = set(same_words(lemmas)) | {fact_matching(lemmas, facts, self._lemmas_of) or ""}
            named |= fields_named(clause)  # 'Werkt u ook op rekening?' names the payment field
            for qt in self.t.question_topics:
                value = self.profile.value(qt.field).strip().rstrip(".")
                if qt.id in named and value and not self._says_all(answer, value) and qt.field != "opening_hours":
                    # asked, so answered as such ('En uw vraag over betalen: ...'), not as an extra ('Ook handig: ...')
                    values = {"onderwerp": qt.label, "antwoord": f"{value}."}
                    return self._line("question", "also_about", seed, values)
        return ""

    def _wish_day_open(self, wish: str, seed: str) -> str:
        """'Op zaterdag kunt u bij me terecht: 8:30–12:00.' when a suggestion asks only to be open or come on one
        weekday ('om ook op zaterdag te komen', 'om op maandag open te zijn') that the opening hours already give
        times; '' when the wish asks for something else on that day ('om op zaterdag speltbrood te bakken')."""
        words = set(re.findall(r"[\w']+", normalise(wish)))
        days = [d for d in week_days() if d in words or f"{d}s" in words]
        # 'op zaterdagavond' asks for a part of the day the hours may not reach
        rest = words - {*days, *(f"{d}s" for d in days)}
        if not rest <= _COME_WORDS:
            return ""
        return self._hours_on_day(days, seed)

    def _wish_day_hours(self, wish: str, seed: str) -> str:
        """'Op donderdag kunt u bij ons terecht: tot 20:30.' when a suggestion the FAQ already says yes to names
        one weekday, or a part of one ('kunnen jullie op donderdagavond ook kinderen knippen?'), that the opening
        hours give times for: the writer hears that the day works too; '' otherwise, also when the hours do not
        reach the part of the day asked for ('op donderdagavond' ~ 'di–vr 9:00–18:00')."""
        words = set(re.findall(r"[\w']+", normalise(wish)))
        parts = fact_words().day_parts | {""}
        days = [d for d in week_days() if any(w.startswith(d) and w[len(d) :] in parts for w in words)]
        line = self._hours_on_day(days, seed)
        times = hours_on(self.profile.value("opening_hours"), days[0]).removeprefix(days[0]) if line else ""
        return line if part_of_day_open(wish, times) else ""

    def _hours_on_day(self, days: list[str], seed: str) -> str:
        hours = self.profile.value("opening_hours")
        times = hours_on(hours, days[0]).removeprefix(days[0]).strip() if len(days) == 1 else ""
        if not times:
            return ""
        return self._line("positive", "suggestion_day", seed, {"feestdag_hoofd": days_said(days), "waarde": times})

    def _group_booking(self, text: str, answer: str, seed: str) -> str:
        """'Met 9 personen reserveer je best even vooraf: 013 31 58 20.' when a group comes to a business where a
        group books ahead (resources/kinds.toml), on a day it is open, and the answer says nothing of booking."""
        size = group_size(text)
        reach = self.profile.phone.strip() or self.profile.email.strip()
        if not size or not reach or _BOOKED.search(answer) or not shipped_kinds().books_groups(self.profile):
            return ""
        if limit_missed(answer, text) is not None:  # 'Voor 36 collega's lukt dat helaas niet: tot 24 personen ...'
            return ""
        return self._line("question", "group_book", seed, {"waarde": str(size), "kanaal": reach})

    def _room_booking(self, asked: tuple[str, ...], answer: str, seed: str) -> str:
        """'Of er dan nog plek is: [vul in: ...]. Vastleggen kan via 077 474 28 91.' when a question asks whether there
        is still room on a day ('Nog plek op vrijdag 31/12?') and the answer (the hours, at most) says nothing of
        booking: the profile does not know the diary, the owner does."""
        reach = self.profile.phone.strip() or self.profile.email.strip()
        rooms = [q for q in asked if asks_room(q)]
        # (closed that day, said first: not a closing after it, 'Let op: van 1 t/m 7 januari is de zaak dicht')
        day_said = sentences(answer)[0] if answer.strip() else ""
        if not reach or not rooms or _BOOKING_SAID.search(answer) or _CLOSED_THEN.search(day_said):
            return ""
        if not shipped_kinds().books_visits(self.profile):  # a table or an appointment, not 40 broodjes
            return ""
        # (nor when the answer holds a place for it already: 'En een tafeltje voor twee: [vul in: ja, …]')
        if any((about := asked_about((q,), self._poss)) and about in answer for q in rooms):
            return ""
        return self._line("question", "room_asked", seed, {"kanaal": reach})

    def _part_hours(self, asked: tuple[str, ...], text: str, seed: str) -> str:
        """'Voor de lunchhoek kunt u terecht op di–za 11:30–14:30.' when a question names a part the opening hours
        give times of its own; 'Op zondag is de lunchhoek niet open; ...' when the comment names a day it is not."""
        name, times = named_part(self.profile.value("opening_hours"), " ".join(asked))
        if not name:
            return ""
        days = [d for d in week_days() if re.search(rf"\b{d}", normalise(text))]
        values = {"onderwerp": f"{article(name)} {name.lower()}", "waarde": times}
        if len(days) == 1 and not hours_on(times, days[0]):
            return self._line("question", "part_closed", seed, {**values, "feestdag": days[0]})
        return self._line("question", "part_open", seed, values)

    def _proposal(self, text: str, seed: str) -> str:
        """Where to send the details when the writer asks for a proposal or a quote ('Graag een voorstel'):
        the profile's mail, else its phone; '' when they ask none or the profile has neither."""
        if not _PROPOSAL.search(text):
            return ""
        email, phone = self.profile.email.strip(), self.profile.phone.strip()
        if not email and not phone:
            return ""
        return self._line("request_channel", "email" if email else "phone", seed, {"kanaal": email or phone})

    def _delivered(self, text: str, seed: str) -> str:
        """'Een ontbijt met broodjes en gebak brengen we graag bij u langs.' before the delivery terms, when
        the writer says what they want delivered ('Ik wil een ontbijt met broodjes en gebak laten
        bezorgen'); '' when they name no thing."""
        found = _DELIVER_WHAT.search(text)
        if found is None:
            return ""
        words = [_OWN.get(w.lower(), w) for w in found.group("what").split()]
        said = " ".join(self._poss if w == "{poss}" else w for w in words)
        return self._line("question", "deliver_what", seed, {"waarde": said[:1].upper() + said[1:]})

    def _open_later(self, answer: str, text: str, seed: str) -> str:
        """'Op donderdag zijn we open tot 20:30, dan kun je ook later nog terecht.' when the writer says
        when they are free ('ik werk tot 18:00') and some days of the opening hours close later than that;
        '' when none does, every day does, or the answer names that time already."""
        after = free_from(text)
        days, until = open_later(self.profile.value("opening_hours"), after)
        # else a holiday line that opens later ('Vanaf dinsdag 1 april op dinsdag en donderdag open tot 20.00')
        head, until = (days_said(days), until) if days else open_later_line(self.profile.value("holidays"), after)
        if not head or until in answer:
            return ""
        values = {"feestdag_hoofd": head, "waarde": until}
        return self._line("question", "open_later", seed, values)


# The words of a wish to be open or come on a day ('om ook op zaterdag te komen'): nothing else is asked.
_COME_WORDS = frozenset(
    {"om", "voor", "ook", "op", "te", "zijn", "open", "komen", "langskomen", "langs", "kunnen", "terecht", "gaan"}
    | {"de", "het", "een", "s", "nog", "extra", "eens", "af", "en", "toe", "wat", "geopend", "werken"}
)
# Where a question joins a second one with 'en' ('... naar het hotel en wat kost dat?', ', en kan ik ...').
# Ill from what was eaten or done here ('ziek van jullie kip', 'na het eten', 'gegeten'): a safety matter.
_ATE = re.compile(
    r"\b(?:van|door|na)\s+(?:jullie|uw|je|het|de|dat|die)\b|\b(?:gegeten|gedronken|opgegeten|at|aten)\b", re.I
)
# Separable particles of Dutch verbs ('haal ... op' is 'ophalen').
_PARTICLES = ("op", "af", "aan", "uit", "in", "mee", "terug", "langs", "thuis")
_AND_ASKS = re.compile(
    r",?\s+en\s+(?=(?:wat|hoe|hoeveel|waar|wanneer|welke|kan|kun|kunt|kunnen|mag|mogen|moet|moeten|is|zijn)\b)", re.I
)


# A pet and its name: 'onze labrador Bobbie', 'mijn hond Max'.
_PET_NAME = re.compile(rf"\b(?:{possessive_alternation()})\s+([a-z]+)\s+([A-Z][a-z]{{1,14}})\b")


# A profile value that says something is not so ('niet rolstoeltoegankelijk', 'helaas een trap', 'geen lift').
# 'geen drempel' says yes: only a missing way in says no.
def _aid_named(text: str) -> str:
    """The first mobility aid a writer names ('rolstoel', also in 'rolstoelen'); '' when none."""
    words = re.findall(r"\w+", text.lower())
    aids = fact_words().mobility_aids
    return next((a for w in words for a in sorted(aids) if w in (a, f"{a}en", f"{a}s")), "")


_NOT_SO = re.compile(
    r"\b(?:niet|helaas|alleen via (?:de |een )?trap|geen (?:lift|toegang|rolstoel\w*|invalidentoilet))\b", re.I
)
# A request for a proposal or a price worked out one to one: 'Graag een voorstel', 'een offerte', 'prijsopgave'.
# a request for a proposal, or a business asking what is possible for it ('Ik hoor graag wat de mogelijkheden zijn',
# 'wij zoeken een vaste partij voor het onderhoud')
_PROPOSAL = re.compile(
    r"\b(?:voorstel|offerte|prijsopgave|prijsofferte|kostenraming|voorstel op maat|vaste partij|vaste leverancier"
    r"|samenwerking|wat de mogelijkheden zijn|de mogelijkheden bespreken)\b",
    re.I,
)
# What the writer wants delivered: 'een ontbijt met broodjes en gebak laten bezorgen', 'mijn taart brengen'; not
# what they cannot bring themselves ('ik kan de fiets niet zelf brengen': a pick-up, no thing to deliver).
_DELIVER_WHAT = re.compile(
    r"\b(?P<what>(?:een|de|het|mijn|m'n|onze|ons)(?:\s+(?!(?:een|de|het|mijn|onze|ons|voor|op|naar|laten|willen|kunnen|even|graag|ook|niet|geen|zelf|nooit)\b)"
    r"[\w-]+){1,6})\s+(?:laten\s+|willen\s+|kunnen\s+)?(?:bezorgen|bezorgd|brengen|gebracht|leveren|geleverd)\b",
    re.I,
)
_OWN = {"mijn": "{poss}", "m'n": "{poss}", "onze": "{poss}", "ons": "{poss}"}
# An answer that says no to coming along ('Nee, ...', 'Helaas ...', 'Honden mogen niet ...').
_NO_LEAD = re.compile(
    r"^\W*(?:nee|helaas|sorry|dat kan niet)\b|^[^.;,]*\b(?:niet|geen)\s+(?:welkom|toegestaan)\b", re.I
)
# Where an answer says one is welcome: 'welkom op het terras en in de bar', 'mogen mee in de winkel'.
_WELCOME = re.compile(
    r"\b(?:welkom|toegestaan|mogen\s+(?:gewoon\s+)?mee|mag\s+(?:gewoon\s+)?mee)\b"
    r"(?:\s+(?P<waar>(?:op|in|aan|bij)\s+(?:het|de|onze|ons)\s+[\w-]+(?:\s+en\s+(?:op|in|aan)\s+(?:het|de)\s+[\w-]+)?))?",
    re.I,
)


def _comes_with(name: str, text: str) -> bool:
    """Whether the writer asks to bring someone they name along: 'mag onze Max mee?', 'met onze Noor (3)',
    'kan ik Bobbie meenemen?'."""
    n = re.escape(name)
    return bool(
        re.search(rf"\b{n}\b[^.?!]{{0,60}}\b(?:mee|meenemen|meekomen|erbij|binnen|welkom)\b", text, re.I)
        or re.search(rf"\b(?:met|mee(?:nemen|brengen)?|neem\w*|breng\w*)\s+(?:\S+\s+){{0,2}}{n}\b", text, re.I)
    )
