"""A complaint about how things are done here (paying, parking, closed on a holiday) answered with the profile's
fact."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_said import parking_fine
from app.domain.draft_dated_closed import dated_closing
from app.domain.draft_days import closed_on, holiday_values, hours_on
from app.domain.draft_events import shut_out_at
from app.domain.draft_fact_words import names_pay_method
from app.domain.draft_facts import refused_outright
from app.domain.draft_later_hours import LATER_WISH, MORE_HOURS, evening_wish, late_hours
from app.domain.draft_terms import fix_asked
from app.domain.draft_text import Part, place_before
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis, shipped_topic_data

_CLOCK = re.compile(r"\b\d{1,2}[.:u]\d{2}\b")
# The time the writer came ('om 18u15', 'om 12.30', 'om 9 uur'): a door found shut then is answered with the hours.
_AT_TIME = re.compile(r"\bom\s+\d{1,2}(?:[.:u]\d{2}|u\b|\s*uur\b)", re.I)

# A letdown about the business's own hours ('Spijtig dat jullie op zaterdag al om 15u sluiten', 'Balen dat jullie
# maandag dicht zijn', 'Jammer dat ge al om 17u toe zijt'): a letdown word and the business closing, in one sentence.
_LETDOWN = re.compile(r"\b(?:spijtig|jammer|balen|zonde|helaas|lastig|onhandig|waarom)\b", re.I)
_OWN_CLOSING = re.compile(
    r"\b(?:jullie|u|ge|gij)\b[^.!?]{0,40}?\b(?:dicht|gesloten|toe|sluiten|sluit|sluitende)\b"
    r"|\b(?:sluiten|sluit)\s+(?:jullie|u|ge|gij)\b",
    re.I,
)
# ... unless the writer says the hours were not kept ('volgens de website open', 'stond op Google'): a mistake.
_NOT_KEPT = re.compile(
    r"\b(?:website|site|google|volgens|zou(?:den)?\s+open|hoort\s+open|op\s+de\s+deur|normaal\s+(?:open|tot))\b", re.I
)
# The writer finds the closing early or needs the evening ('al om 15u', 'tot 18u werken', 'een late avond').
_EARLY = re.compile(
    r"\b(?:al|reeds|nu\s+al)\s+om\s+\d|\bvroeg\b|\bwerk\w*\b[^.!?]{0,30}?\btot\s+(?:\d|half\s|kwart\s)", re.I
)
# The writer works until the business closes and finds it shut after ('Ik werk tot 18.00 ... als ik bel is het altijd
# bezet of bent u al dicht', 'na mijn werk zijn jullie altijd al toe'): the hours are the point, the late evening helps.
_AFTER_WORK_CLOSED = re.compile(
    r"\b(?:werk|werkt|werken|werkte)\b[^.!?]{0,30}?\btot\s+(?:\d|half\s|kwart\s)[\s\S]{0,120}?\b(?:dicht|gesloten|toe)\b"
    r"|\bna\s+(?:mijn|m'n|mn|het|ons|onze)\s+werk\b[^.!?]{0,60}?\b(?:dicht|gesloten|toe)\b",
    re.I,
)


def hours_letdown(topics: TopicAnalysis, text: str) -> str:
    """The words in which the writer regrets the business's regular hours, up to the closing ('Balen dat jullie
    maandag dicht'), or ''; not a door found shut or hours that were not kept (a mistake, not a choice)."""
    if "openingstijden" not in topics.subjects or shut_out_at(text)[0] or _NOT_KEPT.search(text):
        return ""
    for sentence in sentences(text):
        closing = _OWN_CLOSING.search(sentence)
        if closing is not None and _LETDOWN.search(sentence[: closing.end()]):
            return sentence[: closing.end()]  # 'Balen dat jullie maandag dicht', not the rest of the sentence
    return ""


def hours_wished(topics: TopicAnalysis, text: str) -> bool:
    """Whether a complaint wishes for other hours ('Kunnen jullie niet één avond per week tot 20u open blijven?',
    'wat langer open'): the regular hours are its point, a choice and no mistake; not a door found shut, nor hours
    that were not kept."""
    if "openingstijden" not in topics.subjects or shut_out_at(text)[0] or _NOT_KEPT.search(text):
        return False
    return evening_wish(text) or MORE_HOURS.search(text) is not None


# The part of the delivery terms in which the business fetches the writer's thing ('ophaal- en terugbrengservice',
# 'haal- en brengservice', 'ik haal en breng je fiets'): a help to one who cannot come in the opening hours.
_FETCHES = re.compile(r"\b(?:ophaal\w*|ophalen|haal|haalt)\b", re.I)


def fetch_service(terms: str) -> str:
    """The clause of the delivery terms that says the business fetches and brings back ('ophaal- en
    terugbrengservice in Diest: €10'), lower-cased at its start and ended with a full stop; '' when it names none."""
    for part in re.split(r";\s*|(?<=[.!?])\s+", terms.strip()):
        clause = part.strip().rstrip(".")
        if _FETCHES.search(clause):
            return f"{clause[:1].lower()}{clause[1:]}." if not clause[:2].isupper() else f"{clause}."
    return ""


def _broke(topics: TopicAnalysis, text: str) -> bool:
    """Whether the complaint says something broke down or did not work ('pinapparaat kapot', 'doet het niet'),
    and nobody refused it outright ('mijn pas werkt vaak niet, en de creditcard werd geweigerd': the rule)."""
    return (topics.concept == "defect" or "defect" in topics.problems) and not refused_outright(text)


class ComplaintFact(DraftBase):
    """How things are done here, said in answer to a complaint about them."""

    def _with_fact(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """A complaint about how things are done here (paying, parking, closed on a holiday) answered with how it
        is, from the profile, before the contact ('Geen contant geld meer ... Bedankt hoor')."""
        fact = self._fact(topics, refused_in=text if topics.concept is not None else "")
        dated = dated_closing(text, self.profile.holiday_entries())  # 'vrijdag 11 mei ... gesloten deur'
        other = fact is not None and dated is not None and fact[0].strip().rstrip(".") != dated[0]
        if dated is not None and fact is not None and other and _CLOCK.search(fact[1]):
            # ('zondag 28/9 dichte deur ... volgende week zondag wél open?'): that day's closing, then the weekday's
            # hours as ever
            fact = dated[0], f"{dated[1].rstrip('.')}; verder {self._fact_clause(fact).rstrip('.')}."
        elif dated is not None:
            fact = dated
        if fact is not None and fact[0] == self.profile.value("payment").rstrip(".") and not names_pay_method(text):
            fact = None  # 'moest ik wel de helft betalen': a fee, not how paying works here
        if fact is not None and fact[0] == self.profile.value("payment").rstrip(".") and _broke(topics, text):
            fact = None  # 'het apparaat doet het niet': a breakdown, not a rule; the list would read as sarcasm
        if fact is not None and self._only_the_moment(topics, fact[0], text):
            fact = None  # 'Bij het afhalen zei de jongeman ...': where it happened, not the delivery terms
        parking = self.profile.value("parking").rstrip(".")
        if fact is None and parking and "parkeren" in topics.subjects and parking_fine(text):
            # '... mag ge nog maar 15 minuten staan, kiss-and-ride ... een GAS-boete': where to park, for next time
            fact = parking, f"{parking[:1].upper()}{parking[1:]}."
        if fact is None and shut_out_at(text)[0] and _AT_TIME.search(text) and self.profile.opening_hours.strip():
            # 'om 18u15 voor een toe deur', 'om 12u15 op een dinsdag is 't toe': the hours of that day, or the week's
            hours = self.profile.opening_hours.strip().rstrip(".")
            said = hours_on(hours, " ".join((*topics.times, *topics.lemmas))) or hours
            fact = hours, f"{said}."
        if fact is None:
            return parts
        if topics.concept is None and fact == self._holiday_fact(topics):
            return self._closed_holiday(parts, topics, seed, fact[1])
        said = self._fact_clause(fact)  # 'Zo werkt het bij ons: pinnen ...', not '...: bij ons betaal je zo: ...'
        line = self._line("complaint", "fact", seed, {"feit": said})
        parts = place_before(parts, Part("fact", line, True), "channel")
        if topics.concept is None and not fix_asked(text):  # how it works here is the answer; no proposal to fill in
            parts = [p for p in parts if p.key != "solution"]
        return parts

    def _only_the_moment(self, topics: TopicAnalysis, value: str, text: str) -> bool:
        """Whether the profile field of a complaint is named only as the moment something happened ('bij het
        afhalen', 'tijdens het ophalen'): then how it works here is not what the complaint is about."""
        data = shipped_topic_data()
        for subject in topics.subjects:
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            concept = data.concept(subject)
            if qt is None or concept is None or self.profile.value(qt.field).rstrip(".") != value:
                continue
            rest = re.sub(r"\b(?:bij|tijdens|na|voor)\s+het\s+[^\W\d_]+", " ", text, flags=re.I)
            said = [t for t in concept.terms if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.I)]
            return bool(said) and not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", rest, re.I) for t in said)
        return False

    def _closed_holiday(self, parts: list[Part], topics: TopicAnalysis, seed: str, said: str) -> list[Part]:
        """Closed on a holiday the profile lists ('een restaurant dat dicht is met oud en nieuw??'): a choice, not a
        mistake: understanding for the letdown and the day said plainly before the contact, no apology and no
        proposal to fill in."""
        on = holiday_values(topics.holiday, self.profile)
        line = self._line("complaint", "closed_day", seed, on)
        kept = [p for p in parts if p.key not in {"empathy", "apology", "acknowledge", "next", "solution"}]
        kept = place_before(kept, Part("fact", said, True), "channel")
        return [Part("empathy", line, True, self._line("complaint", "short", seed)), *kept]

    def _hours_chosen(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """A letdown about the regular hours ('Spijtig dat jullie op zaterdag al om 15u sluiten'): a choice, not a
        mistake. Understanding instead of an apology and an inquiry, then what the hours do offer: the weekday the
        writer names as the fixed closing day, and the late evening when the writer finds the closing early."""
        sentence = hours_letdown(topics, text)
        wished = hours_wished(topics, text)  # 'Kunnen jullie niet één avond per week tot 20u open blijven?'
        hours = self.profile.opening_hours
        # 'Ik werk tot 18.00 ... bent u al dicht'; not a door found shut, nor hours that were not kept
        after_work = not (shut_out_at(text)[0] or _NOT_KEPT.search(text)) and bool(_AFTER_WORK_CLOSED.search(text))
        if not (sentence or wished or after_work) or not hours or topics.is_safety:
            return parts
        facts = []
        if sentence and (day := closed_on(hours, sentence)):  # 'maandag dicht': the fixed closing day, said as such
            facts.append(self._line("complaint", "hours_closed_day", seed, {"waarde": day.capitalize()}))
        evening, lead, until = late_hours(hours)
        if evening and (_EARLY.search(text) or LATER_WISH.search(text)) and evening not in (sentence or text).lower():
            facts.append(self._line("complaint", "hours_late", seed, {"tweede": lead, "waarde": until}))
        if wished and not facts:  # other hours wished and none to point to: the hours as they are
            said = hours.strip().rstrip(".")
            facts.append(self._line("complaint", "hours_now", seed, {"waarde": said[:1].lower() + said[1:]}))
        if wished and (service := fetch_service(self.profile.value("delivery_terms"))):
            # '... dan moet ik geen halve dag verlof pakken': the business fetches and brings back meanwhile
            facts.append(self._line("complaint", "hours_service", seed, {"feit": service}))
        if not facts:
            return parts
        empathy = self._line("complaint", "hours_chosen", seed)
        kept = [p for p in parts if p.key not in {"empathy", "apology", "acknowledge", "next", "solution", "fact"}]
        kept = place_before(kept, Part("fact", " ".join(facts), True), "channel")
        return [Part("empathy", empathy, True, self._line("complaint", "short", seed)), *kept]
