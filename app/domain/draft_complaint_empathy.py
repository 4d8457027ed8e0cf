"""The empathy line of a complaint when what went wrong is an appointment, a concept with a line of its own
(temperature, theft, nuisance, sold out, a defect or damage) or a noise: which [complaint] line, with what values."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_asked import OWN_BOOKING_HOLDS
from app.domain.draft_complaint_subject import meal
from app.domain.draft_events import (
    appointment_event,
    booked_date,
    booked_word,
    day_said,
    ordered_ahead,
    shut_out_at,
)
from app.domain.draft_harm_now import harm_words
from app.domain.draft_safety_named import AFTER_SERVICES
from app.domain.draft_thing_faults import noise_maker_after, noise_said, rusted
from app.domain.draft_times import booked_for
from app.domain.replies import number
from app.domain.topics import TopicAnalysis, article_of, shipped_topic_data

# The writer had the booking confirmed ('een bevestiging in m'n mail', 'de bevestigingsmail', 'bevestigd'), not
# 'geen bevestiging gekregen' or 'nooit bevestigd'.
_CONFIRMED = re.compile(r"\b(?P<before>(?:\S+\s+){0,3})bevestig(?:ing|d|de)\w*", re.I)
_NOT = re.compile(r"\b(?:geen|zonder|nooit|niet|niks|niets)\b", re.I)


def _confirmed(text: str) -> bool:
    """Whether the writer says the booking was confirmed to them, and never that it was not."""
    found = list(_CONFIRMED.finditer(text))
    return bool(found) and not any(_NOT.search(f.group("before")) for f in found)


# Which way the room was wrong: the writer's own word for cold or heat decides; without one, a heating or a stove
# that failed (and a coat kept on) means cold ('de verwarming deed het nie, oma zat met haar jas aan'), anything else
# (an airco that failed, 'snikheet binnen') heat.
_COLD = frozenset({"koud", "kou", "ijskoud", "steenkoud", "fris", "bibberen", "rillen", "vriezen", "cold", "freezing"})
_HOT = frozenset({"warm", "heet", "bloedheet", "snikheet", "benauwd", "zweten", "hitte", "hot"})
_HEATING = frozenset({"verwarming", "kachel", "chauffage", "radiator", "jas", "jassen", "heating", "coat"})


def temperature_key(lemmas: set[str]) -> str:
    """'cold' or 'hot': the [complaint] line for a room that was too cold or too warm."""
    if _COLD & lemmas:
        return "cold"
    return "cold" if _HEATING & lemmas and not _HOT & lemmas else "hot"


# The writer's own ('voor onze lunch'): a meal of theirs the goods were for, not one had at the business.
_OWN = r"(?:onze|ons|mijn|m'n|mn|hun|zijn|haar|our|my)"

# Concepts with a [complaint] line of their own that names the thing ('Balen dat de kast schade heeft').
THING_LINES = {"defect": "defect", "schade": "damage"}


class ComplaintEmpathy(DraftBase):
    """The [complaint] empathy lines that depend on the concept or the event, not on the topic's own wording."""

    def _appointment_empathy(self, topics: TopicAnalysis, seed: str, text: str) -> str:
        """'Wat vervelend dat je afspraak zo op het laatste moment verzet werd. En dan ook nog voor de derde
        keer.': what happened to the appointment, the booking or the thing booked ('de cursus werd afgezegd'),
        named as in the sentence that tells it; '' when that sentence names none of them."""
        # 'staat mijn afspraak nu vast of nie?' asked: a booking still to come, nothing went otherwise yet ('onze
        # reservatie stond niet genoteerd' told is a lost one)
        shut, booked_noun = shut_out_at(text)
        if shut:  # 'stond ik voor een dichte deur': nobody there, said as such, with what the writer had booked
            values = {"onderwerp": f"een {booked_noun}"}  # each of them a de-word
            return self._line("complaint", "shut_door" if booked_noun else "shut_door_plain", seed, values)
        if own := next(filter(None, map(OWN_BOOKING_HOLDS.search, re.findall(r"[^.!?]*\?", text))), None):
            noun = own.group("noun").lower()
            return self._line("complaint", "appointment_unsure", seed, {"onderwerp": f"{self._poss} {noun}"})
        kind, short, nth, sentence = appointment_event(text)
        said = f" {sentence.lower()} "
        named = next((p for p in topics.products if f" {p.text} " in said or f" {p.text}," in said), None)
        # 'gebeld om te reserveren ... Gisteren belt Koen dat ze overboekt zijn': the booking said before the event
        noun, word = booked_word(sentence, nouns=True), booked_word(sentence) or (booked_word(text) if kind else "")
        # ... and what was booked, said there ('Kerstavondmenu gereserveerd ... overboekt'): 'uw reservering voor ...'
        things = [p for p in topics.products if not (p.guessed or p.place)]
        booked = things[0] if things and not booked_word(sentence) else None
        # 'mijn afspraak voor de pedicure'; 'Cursus geboekt ... afgezegd' is the course; 'niet gereserveerd' the booking
        if noun or (word and (named is None or kind == "not_booked")):
            noun = noun or word
            whose = article_of(noun) if noun in {"bezorging", "levering"} else self._poss  # the business delivers
            # 'mijn afspraak voor het communiekapsel ... geannuleerd': what the appointment was for, said with it
            treatment = booked_for(sentence) if noun == "afspraak" and not (booked and not named) else ""
            what, plural = f"{whose} {noun}" + (f" voor {self._np(booked)}" if booked and not named else ""), False
            what += f" voor {treatment.lower()}" if treatment else ""
            what += booked_date(text, noun)  # 'uw afspraak op 31/12': the day it was for, as the writer said it
        elif named is not None:
            what, plural = self._np(named), named.plural
        else:
            return ""
        late = " zo op het laatste moment" if short else ""
        values = {"onderwerp": what, "waarde": late, "meervoud": number(plural)}
        # 'netjes een bevestiging in m'n mail. Kom ik binnen: 'je staat niet in de agenda'': it was confirmed
        confirmed = "_confirmed" if kind == "not_booked" and _confirmed(text) else ""
        empathy = self._line("complaint", f"appointment_{kind}{confirmed}", seed, values)
        if nth:
            empathy = f"{empathy} {self._line('complaint', 'again_nth', seed, {'waarde': nth})}"
        return empathy

    def _empathy_key(
        self, topics: TopicAnalysis, subject: str, values: dict[str, str], text: str = ""
    ) -> tuple[str, dict[str, str]]:
        """The [complaint] line for temperature, nuisance, a defect, a person or nothing named."""
        lemmas = set(topics.lemmas)
        if topics.concept == "temperatuur":
            return temperature_key(lemmas), {}
        if topics.concept == "diefstal":
            # 'Mijn fiets is uit jullie stalling gestolen': what is gone, when the writer named it
            return ("stolen", values) if subject else ("stolen_general", {})
        if topics.concept == "teveel":
            return ("overcharged_product", values) if subject else ("overcharged", {})  # a mistake, not a price
        if topics.concept == "uitverkocht":
            # 'een glutenvrij brood ... alles al op': what the writer came for, named; and the day they came
            day = {"waarde": day_said(text)} if day_said(text) else {}
            key = ("sold_out_named" if subject else "sold_out") + ("_day" if day else "")
            if ordered_ahead(text):  # 'besteld ... alles was uitverkocht': the order was not kept
                key, day = ("sold_out_ordered" if subject else "sold_out_order"), {}
            elif subject and (had_at := self._meal_had(topics, subject, text)):
                # 'Paasbrunch bij gulle ... om 11 uur waren de croissants al op': gone at the meal they sat at
                key, day = "sold_out_meal", {"waarde": had_at}
            return key, ({**values, **day} if subject else day)
        if topics.concept == "overlast":
            return ("overlast_night" if {"nacht", "slapen", "slaap", "nachtrust"} & lemmas else "overlast"), {}
        if subject and topics.concept in THING_LINES:
            # 'm'n trapas kraakt nog altijd': the noise as said, not 'het doet het niet'
            noise = self._noise_key(topics, subject, values, text) if topics.concept == "defect" else None
            # the writer's own word: 'kapot' or 'stuk'
            broken = "kapot" if "kapot" in lemmas else "stuk"
            return noise or (THING_LINES[topics.concept], {**values, "waarde": broken})
        if topics.people_affected:
            return "neutral_person", {"persoon": self._person(topics, topics.people_affected[0])}
        return "neutral", {}

    def _meal_had(self, topics: TopicAnalysis, subject: str, text: str) -> str:
        """The meal the writer had when the goods ran out ('de paasbrunch', 'het ontbijtbuffet'), said with its
        article; '' when none is named, it is the thing gone itself, or the writer's own meal the goods were fetched
        for ('broodjes voor onze lunch')."""
        for product in topics.products:
            word = product.text.lower()
            if product.guessed or product.place or not meal(word) or word in subject.lower():
                continue
            if not re.search(rf"\bvoor\s+{_OWN}\s+(?:\w+\s+)?{re.escape(word)}\b", text, re.I):
                return self._np(product)
        return ""

    def _noise_key(
        self, topics: TopicAnalysis, subject: str, values: dict[str, str], text: str
    ) -> tuple[str, dict[str, str]] | None:
        """A noise is no breakdown: 'Vervelend dat je trapas na de onderhoudsbeurt nog altijd kraakt', the thing
        that makes it (named right before the noise), the service it came after and 'nog altijd' as the writer
        said it; None when the comment names no noise."""
        heard = noise_said(text)
        if heard is None:
            return None
        noise, before = heard
        # what makes the noise: the thing named right before it ('Mijn fiets kraakt ... de ketting valt eraf')
        near = next((p for p in topics.products if p.text in before and not p.guessed), None)
        if near is not None:
            subject = self._np(near)
            values = {**values, "onderwerp": subject, "meervoud": number(near.plural)}
        # only a thing named, a product or a brake ('knarsen de remmen'), never the word after ('kraakt de hele dag')
        det, maker = noise_maker_after(
            text, [*(p.text for p in topics.products if not p.guessed), *harm_words("brake")]
        )
        if maker:  # 'en piepen de schijfremmen': the thing after the verb makes the noise, in the writer's words
            own = det in {"mijn", "m'n", "mn"}
            subject = f"{self._poss if own else det} {maker}"
            # 'zit de ketting vol roest en piepen de schijfremmen': the rust said too, not only the noise
            rust = rusted(text, [p.text for p in topics.products if not p.guessed and p.text != maker])
            thing = next((p for p in topics.products if p.text == rust), None)
            said = f"{self._np(thing)} roest en {subject}" if thing is not None else subject
            values = {**values, "onderwerp": said}
        service = next((shipped_topic_data().concept(s) for s in topics.services if s in AFTER_SERVICES), None)
        after = f" {service.say}" if service is not None and service.say else ""
        if after and subject.rsplit(maxsplit=1)[-1] in after.split():
            # 'Na de onderhoudsbeurt piept het nog steeds': the service is when, not what makes the noise
            if not noise["waarde"].endswith("t"):
                return "neutral", {}  # 'piepen' of things not named: the noise line says it, no 'stuk'
            values = {**values, "onderwerp": "het"}
        return "noise_thing", {**values, **noise, "dienst": after}
