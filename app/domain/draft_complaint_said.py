"""What the writer said, said back in a complaint's empathy: the amount and the price they were told, how long
they waited and on what, a wrong charge, the person or occasion it happened to, and a second point."""

from __future__ import annotations

import re

from app.domain.draft_amounts import (
    AMOUNT,
    amount_euros,
    amount_for,
    charged_twice,
    price_nouns,
    quoted_and_billed,
    sum_named,
    told_for,
    wrong_bill,
)
from app.domain.draft_complaint_price import unasked_amount
from app.domain.draft_counts import counted_instead, property_instead, text_instead
from app.domain.draft_cues import draft_cues
from app.domain.draft_event_day import event_day
from app.domain.draft_events import day_of, effort_clause, effort_made, named_owner, occasion_whose, own_occasion
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_safety import SafetyDrafting
from app.domain.draft_said import LAST_CUES, REMARK_WORDS, came_with
from app.domain.draft_text import amount_for_after, sentence_of
from app.domain.draft_times import (
    TOOK,
    agreed_and_delivered,
    booked_and_served,
    booked_for,
    said_ahead,
    still_at_shop,
)
from app.domain.draft_wait_place import wait_place
from app.domain.replies import Topic
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis, article_of
from app.domain.words import possessive_alternation, word_regex

# Complaints about time, where a thing named with 'in de', 'aan de' is only where the writer was.
TIME_TOPICS = frozenset({"afspraak", "wachttijd"})
# What an amount was for, said with half a word ('voor een binnen- en buitenband'): not read back.
_HALF_WORD = re.compile(r"\s*voor\s+(?:\S+\s+){0,2}?\w+-(?:\s|$)")


def _sentence_at(text: str, at: int) -> str:
    """The sentence around position ``at``, lower case."""
    start = max(text.rfind(c, 0, at) for c in ".!?") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?") if i >= 0]
    return text[start : min(ends) if ends else len(text)].lower()


def _said_at(text: str, duration: str) -> re.Match[str] | None:
    """Where the writer said ``duration``: '45 minuten' as '45 min' too."""
    if not duration:
        return None
    *amount, unit = duration.split()
    if not amount:
        return re.search(re.escape(duration), text, re.IGNORECASE)
    return re.search(rf"\b{re.escape(' '.join(amount))}\s+{re.escape(unit[:3])}\w*", text, re.IGNORECASE)


def wait_over(text: str, duration: str) -> bool:
    """Whether the wait of ``duration`` is over ('40 minuten aan de bar gestaan, daarna een tafel'): told in the
    past, and nothing in the comment says it still goes on ('drie weken later nog niet klaar')."""
    said, cues = _said_at(text, duration), draft_cues()
    return said is not None and bool(cues.over.search(sentence_of(text, said))) and not cues.ongoing.search(text)


class ComplaintSaidBack(SafetyDrafting):
    """The parts of a complaint's empathy that say back what the writer told."""

    def _waited_on(self, topics: TopicAnalysis, topic: Topic | None, subject: str, seed: str, text: str) -> str:
        """How long the writer waited, and on what, as they said both; only how long when the thing is named
        only after the wait, in another sentence ('' when they did not say how long)."""
        duration = topics.duration
        if topic is None or topic.id != "wachttijd" or not duration or said_ahead(text, duration):
            return ""
        subject = subject or self._left_with(topics, text, duration)
        if not subject:
            return ""
        said = _said_at(text, duration)  # the wait and what it was on, in one sentence
        if said is None:
            return ""
        thing = subject.rsplit(maxsplit=1)[-1].lower()
        if thing not in sentence_of(text, said).lower():
            # '45 min aan de kassa gestaan. Ondertussen ons ticket verlopen': a thing named only after the wait
            # is not what the writer waited on
            at = text.lower().find(thing, said.end())
            # ... unless that sentence says the waiting ('dan 'wachten op een onderdeel'')
            later = thing not in text[: said.start()].lower() and at >= 0 and "wacht" not in _sentence_at(text, at)
            # '40 minuten op het terras gezeten zonder dat er iemand kwam': how long, and where when said there
            place = wait_place(text, said)
            values = {"waarde": duration, "tweede": place}
            return (
                self._line("complaint", "wait_duration_place" if place else "wait_duration", seed, values)
                if later
                else ""
            )
        key = "took_duration" if TOOK.search(text) else "wait_duration_on"
        event = opening_event(text) if key == "wait_duration_on" else ""
        if event:  # 'Spaghettiavond: 45 minuten op ons eten gewacht': the evening it was, said too
            return self._line(
                "complaint", "wait_duration_at", seed, {"waarde": duration, "onderwerp": subject, "tweede": event}
            )
        day, every = day_of(text, sentence_of(text, said)) if key == "wait_duration_on" else ("", False)
        if day:  # 'Elke zondag dezelfde miserie ... 25 minuten gewacht': the day, and that it comes back
            place = "" if every else wait_place(text, said)  # 'zaterdag op het terras': the day and where
            values = {"waarde": duration, "onderwerp": subject, "tweede": f"{day} {place}".strip()}
            return self._line("complaint", "wait_every_day" if every else "wait_on_day", seed, values)
        place = wait_place(text, said) if key == "wait_duration_on" else ""
        if place:  # 'lekker op uw terras gaan zitten. 40 minuten op een drankje gewacht': where, said too
            values = {"waarde": duration, "onderwerp": subject, "tweede": place}
            return self._line("complaint", "wait_at_place", seed, values)
        return self._line("complaint", key, seed, {"waarde": duration, "onderwerp": subject})

    def _left_with(self, topics: TopicAnalysis, text: str, duration: str) -> str:
        """The writer's own thing that has stood at the business as long as they waited ('Mijn fiets staat hier al 3
        weken voor een kleine herstelling ... Ondertussen sta ik op de bus te wachten'): 'uw fiets', or ''."""
        said = _said_at(text, duration)
        if said is None:
            return ""
        sentence = sentence_of(text, said)
        for product in topics.products:
            thing = re.escape(product.text)
            own = rf"\b(?:{possessive_alternation()})\s+{thing}\s+(?:\S+\s+)?(?={draft_cues().left_with.pattern})"
            if product.own and re.search(own, sentence, re.I):
                return f"{self._poss} {product.text}"
        return ""

    def _wrong_charge(self, topic: Topic | None, subject: str, seed: str, text: str) -> str:
        """'Twee keer belast voor het diner', 'Vervelend dat de factuur voor de broodjes niet klopt': a charge
        that is wrong (not a price that is too high), or ''; money not paid back by its name and amount."""
        noun, amount, det = sum_named(text) if topic is not None and topic.id == "terugbetaling" else ("", "", "")
        if noun:  # 'De aanbetaling van € 250 hebben we nog steeds niet terug': that sum, not 'je geld'
            whose = self._poss if det in {"mijn", "m'n", "onze", "ons"} else article_of(noun)
            return self._line("complaint", "money_named", seed, {"onderwerp": f"{whose} {noun} van {amount}"})
        if (topic is None or topic.id in {"prijs", "overig"}) and charged_twice(text):  # money, named or not
            return self._line("complaint", "charged_twice", seed, {"onderwerp": subject or "hetzelfde"})
        # a bill that is wrong is about money, also when the writer names the delivery ('30 geleverd')
        bill = wrong_bill(text) if topic is None or topic.id in {"prijs", "levering", "overig"} else ""
        if bill:  # 'Graag een gecorrigeerde factuur'
            what = f"de {bill} voor {subject}" if subject else f"de {bill}"
            return self._line("complaint", "bill_wrong", seed, {"onderwerp": what})
        return ""

    def _also_named(self, topics: TopicAnalysis, empathy: str, seed: str, text: str, staff_too: bool) -> str:
        """The empathy with what else the writer named: rude staff, their person or pet, their occasion."""
        if staff_too and not has_cue("rude_staff", text):  # 'van de nieuwe verkoopster': that line names her
            remark = REMARK_WORDS & set(topics.lemmas)  # 'een zucht van de verkoper erbij': the remark, as it was
            empathy = f"{empathy} {self._line('complaint', 'also_staff_remark' if remark else 'also_staff', seed)}"
        elif (kin := topics.people_affected) and kin[0] not in empathy and kin[0] not in topics.passing:
            # 'De krabpaal ... Mijn kat durft er niet meer op': the cat is named too; the occasion it was for
            # when the writer named one ('Zaterdag is de bruiloft van mijn zus'): 'Zeker rond de bruiloft van ...'
            occasion = self._occasion_phrase(topics) if topics.occasion_words not in empathy else ""
            person = {"persoon": self._person(topics, kin[0]), "onderwerp": occasion}
            line = self._line("complaint", occasion_key(topics) if occasion else "person_too", seed, person)
            feast = "" if occasion else _feast(topics, empathy)
            if feast:  # 'speculaaspoppen ... voor ons 3 kinderen ... Sinterklaas': the feast, then the children
                line = f"{self._line('complaint', 'occasion_too', seed, {'onderwerp': feast})} {line}"
            empathy = f"{empathy} {line}"
        elif named_owner(topics, text) and topics.occasion_words not in empathy:
            # 'De taart voor het verjaardagsfeestje van Fenna ... pas om half 4': whose occasion, by name
            words, owner = topics.occasion_words, named_owner(topics, text)
            what = {"onderwerp": f"{article_of(words.split()[-1])} {words} van {owner}"}
            empathy = f"{empathy} {self._line('complaint', occasion_key(topics), seed, what)}"
        elif own_occasion(topics, empathy, text):
            # 'Baan gereserveerd voor ons teamuitje ... een uur gewacht': the occasion is named too
            said = occasion_whose(topics, text, self._occasion_phrase(topics))  # 'de 70ste verjaardag'
            line = self._line("complaint", occasion_key(topics), seed, {"onderwerp": said})
            empathy = f"{empathy} {line}"
        elif not topics.occasion and (event := event_day(text)) and event.split()[-1] not in empathy:
            # 'op de Ronde zondag 50 minuten gewacht': the day everyone came, said back once
            empathy = f"{empathy} {self._line('complaint', 'event_too', seed, {'onderwerp': event})}"
        elif _group_waited(topics, empathy):
            # 'met 8 man van onze wielerclub ... 50 minuten gewacht': the group that waited, as the writer named it
            empathy = f"{empathy} {self._line('complaint', 'group_too', seed, {'onderwerp': topics.group})}"
        if name := _kin_unsaid(topics, empathy):
            # 'Onze Jesse (11) ... kwam thuis met opzij bijna kaal': the child it happened to, by name
            empathy = f"{empathy} {self._line('complaint', 'person_too', seed, {'persoon': name})}"
        return empathy

    def _waited_said(self, topics: TopicAnalysis, topic: Topic | None, empathy: str, seed: str, text: str) -> str:
        """``empathy`` with how long the writer waited said back ('staat nu al drie weken bij jullie', '50 minuten
        wachten op onze burgers'); not how long before a booking was made ('drie weken van tevoren gereserveerd')."""
        duration = "" if said_ahead(text, topics.duration) else topics.duration
        # ... or for the writer's thing that still stands here ('al drie weken staat m'n fiets in je werkplaats')
        waited = bool(duration) and (
            (topic is not None and topic.id in {"levering", "afspraak"}) or still_at_shop(text)
        )
        if waited and duration not in empathy:  # 'staat nu al drie weken bij jullie'; '40 minuten gestaan': over
            key = "duration_over" if wait_over(text, duration) else "duration_too"
            empathy = f"{empathy} {self._line('complaint', key, seed, {'waarde': duration})}"
        wait = "wachttijd" in topics.problems and duration and not waited and not topics.is_safety
        if wait and duration not in empathy and "wacht" not in empathy:  # '50 minuten wachten op onze burgers'
            empathy = f"{empathy} {self._line('complaint', 'wait_too', seed, {'waarde': duration})}"
        return empathy

    def _said_back(
        self, topics: TopicAnalysis, topic: Topic | None, empathy: str, seed: str, text: str, tried: bool
    ) -> tuple[str, bool, str]:
        """(empathy, whether it is about an amount the writer finds too high, the cue said): the amount
        ('85 euro voor een binnenband vind ik straf'), how long the writer waited ('al drie weken') and
        the complaint's second point ('niemand heeft mij gebeld') are said back, not skipped."""
        # the largest amount named: 'Offerte was € 60, factuur was € 145' is about the 145
        amounts = list(AMOUNT.finditer(text)) if topic is not None and topic.id == "prijs" else []
        before = price_before(text)  # 'vroeger nog 3 euro, nu bijna 5': the old price is not what the writer paid
        amounts = [a for a in amounts if (a.group("n") or a.group("m")) != before] if before else amounts
        found = max(amounts, key=amount_euros) if amounts else None
        found = (unasked := unasked_amount(text, topic.id if topic else "")) or found  # charged without asking
        # '€ 45 betalen, omdat je een nieuwe buitenband had gelegd': the amount for the thing its sentence names
        said = sentence_of(text, found).lower() if found else ""
        # '38 euro hebben ze gevraagd! Voor een bandje!': the short sentence after it says what it was for
        said = f"{said} {amount_for_after(text, found).lower()}" if found else said
        # 'Pas gezien aan de kassa': where the amount was seen, not what it was for
        near = next((p for p in topics.products if said and not p.place and p.text.lower() in said), None)
        named = [p for p in topics.products if not p.place and not p.guessed]  # 'aan de kassa': no thing named
        if found and not (unasked or found.group("wat") or near is not None or not named):
            found = None  # '18 euro' beside a thing named elsewhere: the empathy names the thing
        thing = f" voor {near.definite}" if near is not None else ""
        amount = found is not None and topics.concept != "teveel"
        if found and amount and not topics.tried:
            said = self._amount_said(topics, found, unasked is not None, thing, text)
            empathy = self._line("complaint", "price_unasked" if unasked else "price_amount", seed, {"waarde": said})
        quoted = self._quoted_price(topics, topic, empathy, seed, text)
        empathy, amount = (quoted, False) if quoted else (empathy, amount)
        empathy = self._waited_said(topics, topic, empathy, seed, text)
        # a booking that was not there when the writer came ('geen tafel voor u'): turned away, not kept waiting
        timed = topic is not None and topic.id in TIME_TOPICS and not has_cue("lost_booking", text)
        first, served = booked_and_served(text) if timed else ("", "")
        if served and "wacht" not in empathy and served not in empathy:  # 'Afspraak om 10:30 ... Om 11:10 pas'
            treatment = booked_for(text)  # 'afspraak om 9u voor box braids': what the writer came for, named
            key, values = ("waited_until_for" if treatment else "waited_until"), {"onderwerp": treatment}
            empathy = f"{empathy} {self._line('complaint', key, seed, {**values, 'waarde': first, 'tweede': served})}"
        agreed, came = agreed_and_delivered(text) if topic is not None and topic.id == "levering" else ("", "")
        if came and agreed not in empathy and came not in empathy:  # 'bezorgen om 10:00 ... om half één binnen'
            empathy = f"{empathy} {self._line('complaint', 'late_until', seed, {'waarde': agreed, 'tweede': came})}"
        empathy = self._got_instead(empathy, seed, text)  # '24 besteld, 18 gekregen'; 'blauw gevraagd, roze gekregen'
        booked = topic is not None and topic.id == "wachttijd" and "afspraak" in topics.lemmas  # the word itself
        if booked and "afspraak" not in empathy:  # 'Afspraak om 10:30 ... om 11:15 zat ik nog te wachten'
            empathy = f"{empathy} {self._line('complaint', 'appointment_too', seed)}"
        empathy = self._effort(topics, topic, empathy, seed, text)
        cue = self._cue(text, seed, empathy, tried)  # with a tried line, no second 'niets gehoord'
        if not cue and not tried:
            cue = self._second_point(topics, empathy, seed, text)
        if not cue and not tried and any(s.pattern.search(text) for s in shipped_complaint_cues() if s.id in LAST_CUES):
            cue = self._line("complaint_cue", "used_to_be_better", seed)  # 'Vroeger was da hier veel beter'
        return (f"{empathy} {cue}" if cue else empathy), amount, cue

    def _amount_said(self, topics: TopicAnalysis, found: re.Match[str], unasked: bool, thing: str, text: str) -> str:
        """The amount and what it was for ('€ 85 voor een binnenband'); charged without asking above what was told,
        with the told amount and what that was for ('€ 138,40 in plaats van € 59 voor de winterbeurt')."""
        # 'voor een binnen- en buitenband plus voorrijden': what it was for, said in a way not read back
        unread = bool(_HALF_WORD.match(text, found.end()))
        # '€ 25 verplaatsingskost': the fee named with the amount, before a thing elsewhere in its sentence
        fee = self._fee_of(text, found.group("n") or found.group("m"))
        wat = amount_for(text, found, {p.text.lower() for p in topics.products})
        what = f" voor {wat}" if wat else fee or ("" if unread else thing)
        said = f"€ {found.group('n') or found.group('m')}"
        told, billed, _ = quoted_and_billed(text) if unasked else ("", "", "")
        if told and said in {billed, told}:  # 'Winterbeurt € 59 ... Rekening: € 138,40. Niemand heeft gebeld'
            # ('zou 69 euro zijn ... een rekening van 131,50': the bill is the amount charged, also when bare)
            said, told_thing = billed, told_for(text, told)
            what = f" in plaats van {told}{f' voor {told_thing}' if told_thing else what}"
        return f"{said}{what}"

    def _got_instead(self, empathy: str, seed: str, text: str) -> str:
        """The empathy with what came instead of what was ordered, said back and owned: a count ('24 krentenbollen
        besteld, er zaten er 18 in') or a colour, flavour or size ('blauw gevraagd, roze gekregen')."""
        got, ordered = counted_instead(text)
        if got and ordered not in empathy:
            return f"{empathy} {self._line('complaint', 'count_short', seed, {'waarde': got, 'tweede': ordered})}"
        asked, came = text_instead(text)  # ''Voor altijd, Tom' besteld ... 'Voor altijd, Tim''
        if came and f"'{came}'" not in empathy:
            return f"{empathy} {self._line('complaint', 'text_short', seed, {'waarde': asked, 'tweede': came})}"
        asked, came = property_instead(text)
        if came and f"{came} gekregen" not in empathy:
            values = {"waarde": asked[:1].upper() + asked[1:], "tweede": came}
            return f"{empathy} {self._line('complaint', 'property_short', seed, values)}"
        return empathy

    def _quoted_price(self, topics: TopicAnalysis, topic: Topic | None, empathy: str, seed: str, text: str) -> str:
        """The empathy for a bill above what the writer was told ('Offerte was € 480 ... € 612 afgerekend'): the two
        amounts in the writer's words ('Volgens de offerte € 60, op de factuur € 85'), not 'de prijs van ...'; for a
        complaint about something else the bill is a second point ('En dan nog € 89 betalen ...'); or ''."""
        price = topic is not None and topic.id == "prijs"
        told, billed, over = quoted_and_billed(text)  # 'Je zei 300 euro, ik moest 420 euro betalen'
        if not price:
            # ('op de site stond 12 euro, aan de kassa ineens 15': the price was written down, the complaint cue
            # says it; not again as told beforehand, 'dat had je vooraf moeten horen')
            differs = has_cue("price_differs", text)
            if over and not differs and over not in empathy:
                # 'de factuur was €340 hoger dan de offerte' beside extras never asked for: the difference too
                return f"{empathy} {self._over_too(over, seed, text)}"
            return (
                f"{empathy} {self._line('complaint', 'price_too', seed, {'waarde': told, 'tweede': billed})}"
                if billed and not differs and f"{billed} in plaats van" not in empathy
                else ""
            )
        if not (billed or over):
            return ""
        key, values = (
            ("price_quoted", {"waarde": told, "tweede": billed}) if billed else ("price_over", {"waarde": over})
        )
        quote, bill = price_nouns(text)
        extra = self._extra_part(text)
        if extra and billed:
            key, values = "price_quoted_extra", {**values, "onderwerp": extra}
        elif quote and billed:  # 'offerte zei € 60 ..., de factuur werd € 85'
            key, values = (
                "price_quoted_words",
                {**values, "onderwerp": f"de {quote}", "tweede": f"op de {bill} {billed}"},
            )
        empathy = self._line("complaint", key, seed, values)
        if topics.occasion_words and topics.occasion != "rouw":  # '... voor het afscheid van uw collega'
            occasion = {"onderwerp": self._occasion_phrase(topics)}
            empathy = f"{empathy} {self._line('complaint', occasion_key(topics), seed, occasion)}"
        return empathy

    def _over_too(self, over: str, seed: str, text: str) -> str:
        """'En dat de factuur ook nog € 340 hoger uitkwam dan de offerte, klopt niet.': a bill above the quote said
        back as a second point, in the writer's words for the bill and the quote ('afgesproken' without one)."""
        quote, bill = price_nouns(text)
        values = {"waarde": over, "onderwerp": f"de {bill}", "tweede": f"de {quote}" if quote else "afgesproken"}
        return self._line("complaint", "price_over_too", seed, values)

    def _effort(self, topics: TopicAnalysis, topic: Topic | None, empathy: str, seed: str, text: str) -> str:
        """The empathy with what it cost the writer to come to an appointment that went wrong ('met de regiotaxi
        gekomen', 'speciaal vrij genomen'); not a means that is the thing the complaint is about ('de fiets')."""
        kind, word, own = effort_made(text) if topic is not None and topic.id in TIME_TOPICS else ("", "", False)
        if not kind or (kind == "by" and any(p.text == word for p in topics.products)):
            return empathy
        clause = effort_clause(kind, word, self._poss if own else article_of(word))
        # no second 'En dat terwijl', nor two lines in a row that open with 'En dat'
        key = "effort_too" if "terwijl" in empathy or empathy.rsplit(". ", 1)[-1].startswith("En dat") else "effort"
        return f"{empathy} {self._line('complaint', key, seed, {'waarde': clause})}"

    def _second_point(self, topics: TopicAnalysis, empathy: str, seed: str, text: str = "") -> str:
        """What the writer judged ('de vis kwam lauw op tafel') after a complaint about something else (the
        wait), or the measure they name ('5 cm kwijt'): said back when the empathy did not say it."""
        if topics.judged and came_with(text, *topics.judged[0]):
            return ""  # 'klaar terwijl je wacht voor een lekke band': what the writer came in for, not the result
        if topics.judged and topics.judged[0][1] not in empathy:
            # 'lauw was en de zalm rauw': a second thing judged is said back too
            # ... not a second thing the empathy names already ('Vervelend dat de kluisjes het niet doen')
            second = len(topics.judged) > 1 and f" {topics.judged[1][0]} " not in f" {empathy} "
            two = " ".join(self._judged(topics, 1)[k] for k in ("onderwerp", "waarde")) if second else ""
            key = "judged_too_two" if two else "judged_too"
            return self._line("complaint", key, seed, {**self._judged(topics), "tweede": two})
        if len(topics.judged) > 1 and f" {topics.judged[1][0]} " not in f" {empathy} ":
            # 'worstenbroodje was koud en de korst helemaal slap': the second thing judged is said back too
            return self._line("complaint", "judged_too", seed, self._judged(topics, 1))
        if topics.measure and topics.measure not in empathy:
            line = self._line("complaint", "measure_too", seed, {"waarde": topics.measure})
            return line[:1].upper() + line[1:]
        return ""


def _feast(topics: TopicAnalysis, empathy: str) -> str:
    """The feast of everyone the complaint happened on, as the writer named it ('Sinterklaas', draft_cues.toml
    feasts), when the empathy does not name it yet; '' otherwise."""
    said = topics.holiday
    if not said or not draft_cues().feasts.fullmatch(said.strip()) or said.lower() in empathy.lower():
        return ""
    return said[:1].upper() + said[1:] if said.lower() in {"sinterklaas", "sint", "pasen"} else said


def _group_waited(topics: TopicAnalysis, empathy: str) -> bool:
    """Whether the writer came as a group they name ('met onze wielerclub', 'met 20 collega's') and the complaint is
    the wait, which the group sat out together; not when the empathy names the group already."""
    group = topics.group
    if not group or topics.topic != "wachttijd" or topics.is_safety:
        return False
    return group.split()[-1].lower() not in empathy.lower()


def occasion_key(topics: TopicAnalysis) -> str:
    """'Juist met het oog op je bruiloft' for an occasion still ahead (an urgent complaint), else 'Juist bij'."""
    return "occasion_soon" if topics.urgent and topics.occasion_words else "occasion_too"


# A comment that opens with the evening or event it is about, as a heading ('Spaghettiavond: ...',
# 'Kerstbrunch - ...'): a compound whose head is a part of the day or an event, not the bare word.
_OPENING_EVENT = re.compile(
    r"^\W*(?P<ev>[a-zà-ÿ]{3,}(?P<head>avond|middag|ochtend|brunch|lunch|buffet|feest))\s*[:–-]", re.I
)


def opening_event(text: str) -> str:
    """The event the comment opens with, with its article ('de spaghettiavond'), or ''."""
    found = _OPENING_EVENT.match(text)
    if found is None:
        return ""
    return f"{article_of(found.group('head').lower())} {found.group('ev').lower()}"


def _kin_unsaid(topics: TopicAnalysis, empathy: str) -> str:
    """The name of the writer's own person ('onze Jesse') the empathy does not say yet, or ''."""
    said = empathy.lower()
    return next((k for k in topics.kin if k[:1].isupper() and k.lower() not in said and k not in topics.passing), "")


def has_cue(key: str, text: str) -> bool:
    """Whether the comment has a second point of this kind (resources/complaint_cues.toml; ``key`` with its
    ``key_…`` variants: 'lost_booking' and 'lost_booking_confirmed')."""
    return any((s.id == key or s.id.startswith(f"{key}_")) and s.pattern.search(text) for s in shipped_complaint_cues())


def parking_fine(text: str) -> bool:
    """Whether the writer got a fine for parking (complaint_cues.toml fined, in a sentence with a parking fine by
    name or the car or its place, resources/phrase_cues.toml parked): '60 euro parkeerboete', 'een GAS-boete onder
    mijne ruitenwisser'. Not a fine for something else in a comment that also names parking ('een boete van €5
    voor het breken van een glas?! En de parking was ook al vol')."""
    if not has_cue("fined", text):
        return False
    parked = word_regex(phrase_cues().parked, starts=True)
    return any(has_cue("fined", s) and parked.search(s) for s in sentences(text))


def price_before(text: str) -> str:
    """What the writer says it cost before ('vorig jaar was da nog 1,20' → '1,20'; resources/complaint_cues.toml
    price_was), '' when the comment says no earlier price."""
    for shape in shipped_complaint_cues():
        if shape.id.startswith("price_was") and (found := shape.pattern.search(text)):
            return found.group("tweede")
    return ""
