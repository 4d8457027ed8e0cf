"""Safety complaint drafts (allergy, injury, food poisoning, hazards, hygiene): care first, what the
writer named (the allergen, the part that failed, who got hurt), sorry once, and always a call."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_allergen_traces import traces_fact
from app.domain.draft_apology import APOLOGY
from app.domain.draft_events import EVERYONES_DAYS
from app.domain.draft_found import found_in, found_thing, mouldy_thing, near_found
from app.domain.draft_grave import grave, opens_lightly
from app.domain.draft_harm_now import (
    costs_asked,
    doctor_asked,
    harm_words,
    kept_it,
    own_infection,
    product_asked,
    statement_asked,
    still_unwell,
    treatment_asked,
    what_now_asked,
    with_own,
)
from app.domain.draft_hurt_whom import first_own_person
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_occasion_ahead import occasion_soon
from app.domain.draft_phrase_cues import LazyPattern, phrase_cues
from app.domain.draft_safety_named import SafetyNamed, _body_parts, broke_on
from app.domain.draft_said import SaidBack
from app.domain.draft_said_once import repeats_feeling
from app.domain.draft_steps import step_for
from app.domain.draft_sting import hurt_named, sting_insect
from app.domain.draft_text import Part, place_before
from app.domain.draft_wellbeing import (
    before_how_are,
    cannot_call,
    hurt_too,
    injured_said,
    instead_of_all_fine,
    near_fall,
    near_miss,
    said_recovered,
    several_hurt,
    theirs_hurt,
    without_how_are,
)
from app.domain.replies import Platform, number, pick, render
from app.domain.topics import TopicAnalysis, shipped_topic_data
from app.domain.words import alternation

Composed = tuple[list[Part], str, str]  # parts, channel, complaint topic id

_FOREIGN = frozenset(
    {
        "plastic",
        "glas",
        "vlieg",
        "made",
        "insect",
        "steentje",
        "metaal",
        "stukje",
        "splinter",
        "haar",
        "wesp",
        "schroefje",
    }
)
# Foreign things that fly about: found in what was bought only when the writer says where ('een wesp in mijn
# limonade'); 'wespen die op de vieze tafels afkwamen' is dirt that draws them, not a thing found in a dish.
_FLYING = frozenset({"wesp", "vlieg", "insect"})
_FLYING_SAY = {"wesp": "wespen", "vlieg": "vliegen", "insect": "insecten"}
_FOUND_INSIDE = re.compile(
    rf"\b(?:{'|'.join(sorted(_FLYING))})\w*\b[^.!?]*?\bin\s+(?:mijn|m'n|mn|ons|onze|de|het|een|zijn|haar)\b"
    rf"|\bin\s+(?:mijn|m'n|mn|ons|onze|de|het|een|zijn|haar)\b[^.!?]*?\b(?:{'|'.join(sorted(_FLYING))})",
    re.I,
)
# What was found in it, as the draft says it back ('Er hoort nooit een haar in ...'); else 'zoiets'.
_FOUND_SAY = {
    **{w: f"een {w}" for w in ("haar", "vlieg", "made", "insect", "steentje", "wesp", "splinter", "schroefje")},
    **{w: w for w in ("glas", "plastic", "metaal")},
}
# Safety concepts of a thing that failed, where someone can also get hurt ('de remmen begaven het').
_HAZARDS = frozenset({"remmen", "gevaar", "breuk"})
# Pests by their lemma, as the reply names them ('muizen' has the lemma 'muiz').
_PESTS = {
    "muis": "een muis",
    "muiz": "muizen",
    "rat": "ongedierte",
    "kakkerlak": "ongedierte",
    "ongedierte": "ongedierte",
}
# Vermin a person or pet caught, by lemma, as the reply names them ('luizen' has the lemma 'luiz').
_CAUGHT = {
    **{w: w for w in ("hoofdluis", "neten", "vlooien", "schurft")},
    **{"luis": "luizen", "luiz": "luizen", "vlo": "vlooien", "bedwants": "bedwantsen", "mijt": "mijten"},
    "teek": "een teek",
}


def _foreign_found(topics: TopicAnalysis, concept: str, text: str, poss: str) -> str:
    """What the writer found in what they bought, as the empathy says it ('een stuk plastiek' in de rijsttaart, 'een
    muizenkeutel' in het brood, 'een metalen krulletje' in de pannenkoek that hurt), or '': not mould, a pest seen
    or vermin caught, nor dirt in general."""
    lemmas = set(topics.lemmas)
    if concept == "letsel":
        return topics.found if any(not p.guessed for p in topics.products) else ""
    other = {"schimmel", "beschimmeld", *_PESTS, *_CAUGHT}  # mould, a pest seen, vermin caught: no foreign thing
    if concept != "hygiene" or not topics.products or topics.infection or other & lemmas:
        return ""
    if _flying_about(topics, text, poss):
        return ""
    if _FOREIGN & lemmas or topics.found:
        return topics.found or next((_FOUND_SAY[w] for w in topics.lemmas if w in _FOUND_SAY), "zoiets")
    return found_thing(text, poss)[0]


def _flying_about(topics: TopicAnalysis, text: str, poss: str) -> bool:
    """Whether the only foreign things named fly about ('aangevallen door wespen die op de vieze tafels afkwamen')
    and nothing says they were in what was bought: no foreign thing found, but dirt that draws them."""
    named = _FOREIGN & set(topics.lemmas)
    if topics.found or not named or not named <= _FLYING:
        return False
    return not (found_in(text, poss) or found_thing(text, poss)[0] or _FOUND_INSIDE.search(text))


class SafetyDrafting(SafetyNamed, SaidBack):
    def _safety(self, topics: TopicAnalysis, plat: Platform, seed: str, tried: list[Part], text: str = "") -> Composed:
        concept = _safety_concept(topics, text)
        cue = self._cue(text, seed)  # what hurt ('een snee in haar oor'), the allergen asked about
        part = theirs_hurt(text, _body_parts())
        # the part of the body in the question how they are, unless the cue names it ('Een buil op zijn hoofd')
        values = self._safety_values(topics, concept, part if part and part not in cue else "", text)
        if several_hurt(text):  # 'VIER van de zes', 'alle drie': ask after everyone, not the first person named
            values = {**values, **self._group(topics, text), "werd": "werden"}
        empathy = self._safety_empathy(topics, concept, values, seed, text)
        empathy = self._with_occasion(topics, empathy, values, seed, text)
        hazard = concept in _HAZARDS or topics.gave_way is not None  # 'brak de stuurpen af': a hazard too
        if hazard and hurt_too(topics, text):  # 'gaf mijn achterrem het op ... geknald': the hazard, and that it hurt
            hurt = {**values, "meervoud": number(values["werd"] == "werden")}
            empathy = before_how_are(empathy, self._line("safety", "injured_too", seed, hurt))
        if said_recovered(text):  # 'Hij is gelukkig weer opgeknapt': no question how he is
            you = {self._you, ""}
            empathy = without_how_are(
                empathy,
                lambda who: self._line(
                    "complaint", "recovered_you" if who in you else "recovered", seed, {"persoon": who}
                ),
            )
        told_hurt = _hurt_told(text)
        wish = self._wish_well(topics, values, seed)
        wished = told_hurt or (hazard and hurt_too(topics, text))
        said = f"{empathy} {wish}" if wished else empathy
        # after a grave outcome (an ambulance, a broken collarbone) no fright at all: 'daar schrik je van' is light
        avoid = f"{said} schrik" if grave(text) else said
        if cue and repeats_feeling(cue, avoid):  # 'Wat een schrik ...': not 'daar schrik je van' after it
            cue = self._cue(text, seed, avoid=avoid)
        if cue and topics.infection and topics.infection.split()[-1] in empathy and topics.infection in cue:
            cue = ""  # 'Dat je nu een huidinfectie hebt': not 'En dan ook nog een huidinfectie' after it
        # who got hurt and how ('met een gebroken sleutelbeen'), who rode along: said before the question how
        # they are; the question whether everyone is fine becomes a wish to get well
        # and before the gladness that all is well again ('Gelukkig gaat het weer goed met Daan'): now comes last
        first = told_hurt or _aboard(text) or said_recovered(text)
        empathy = before_how_are(empathy, cue) if cue and first else f"{empathy} {cue}".strip()
        if wished:
            empathy = instead_of_all_fine(empathy, wish)
        cannot = cannot_call(text) and "mail" not in topics.tried  # 'Ik ben doof': mail, with a written answer
        channel_tried = (*topics.tried, "telefoon") if cannot else topics.tried
        # no 'mail your number, we call you' to a writer who cannot call
        contact, channel = self._channel(plat, seed, urgent=not cannot, tried=channel_tried, deaf=cannot)
        # sympathy is no admission: every safety reply says sorry, once; beside a line on a mail or call that
        # went unanswered (said without sorry then), as plain excuses
        sorry = "sorry_alt" if any(APOLOGY.search(p.text) for p in tried) else "sorry"
        parts = [
            Part("empathy", f"{empathy} {topics.advice}".strip(), True, self._line("safety", "short", seed)),
            # the harm goes on ('het is nu nog altijd open', 'nog steeds niet bovenop'): see the GP, costs a slot
            *self._doctor(text, seed),
            Part("apology", self._line("safety", sorry, seed), True, ""),
            *tried,
            Part("care", self._line("safety", "care", seed), False),
            *([Part("today", self._line("safety", "today_asked", seed), True, "")] if TODAY_ASKED.search(text) else []),
            contact,
        ]
        parts = self._after_care(parts, topics, concept, seed, text)
        topic = next((t for t in self.t.complaint_topics if t.id == topics.topic), None)
        return parts, channel, topic.id if topic else "veiligheid"

    def _doctor(self, text: str, seed: str) -> list[Part]:
        """The GP: a plain yes to a writer who asks whether to see a doctor ('Moet ik dit laten verzorgen bij den
        dokter?'), else advice when the harm goes on ('het is nu nog altijd open'); and the costs promised to a
        writer who asks who pays ('Wie betaalt dit??'); nothing otherwise."""
        # 'ik heb een verklaring nodig voor de verzekering': promised, with a slot for when and how
        statement = [Part("statement", self._line("safety", "statement_asked", seed), True)]
        statement = statement if statement_asked(text) else []
        if product_asked(text):  # 'ik wil weten welk product er gebruikt is': answered, with a slot for it
            product = Part("product", self._line("safety", "product_asked", seed), True)
            # no 'neem contact op met de huisarts' to a writer whose doctor named the reaction already
            return [product, *[p for p in self._doctor_only(text, seed) if p.key != "advice"], *statement]
        return [*self._doctor_only(text, seed), *statement]

    def _doctor_only(self, text: str, seed: str) -> list[Part]:
        """The GP and the costs of :meth:`_doctor`, without a product asked."""
        if doctor_asked(text):  # its line leaves the costs open already
            return [Part("doctor", self._line("safety", "doctor_asked", seed), True)]
        if treatment_asked(text):  # 'Wat kan ik er het beste op doen?': the GP or the pharmacist advises
            return [Part("doctor", self._line("safety", "treatment_asked", seed), True)]
        if what_now_asked(text):  # 'Wat nu??': the GP's advice for now, what we do in a slot
            return [Part("doctor", self._line("safety", "what_now_asked", seed), True)]
        # 'Wie betaalt dit??': the costs promised, with a slot for how
        costs = [Part("costs", self._line("safety", "costs_asked", seed), True)] if costs_asked(text) else []
        advice = [Part("advice", self._line("safety", "doctor", seed), False)] if _see_doctor(text) else []
        return [*advice, *costs]

    def _with_occasion(self, topics: TopicAnalysis, empathy: str, values: dict[str, str], seed: str, text: str) -> str:
        """The empathy with the writer's occasion it happened on ('voor de 80ste verjaardag van mijn moeder ... zes
        van de negen gasten ziek': on that day of all days), before the question how they are; not a day of everyone
        ('vaderdag') after a grave outcome (an ambulance, an epipen), where 'extra naar' for it makes light of it."""
        if not _own_occasion(topics, empathy, text) or (grave(text) and topics.occasion in EVERYONES_DAYS):
            return empathy
        occasion = {**values, "onderwerp": self._occasion_phrase(topics)}
        return before_how_are(empathy, self._line("safety", _occasion_key(topics, text), seed, occasion))

    def _wish_well(self, topics: TopicAnalysis, values: dict[str, str], seed: str) -> str:
        """The wish to get well, to the writer, not to their knee ('Hoe gaat het nu met je knie?' asks after it)."""
        whole = bool(topics.body) and values["persoon"] == f"{self._poss} {topics.body}"
        return self._line("safety", "get_well", seed, {**values, "persoon": self._you} if whole else values)

    def _after_care(self, parts: list[Part], topics: TopicAnalysis, concept: str, seed: str, text: str) -> list[Part]:
        """The parts with, after the care line, the request to keep a foreign thing found in what was bought and
        what it was in ('een stuk plastiek in de rijsttaart'), so the business can trace where it came from; the
        profile's word on traces of an allergen nothing was shown about, before the apology; then the step."""
        if found := _foreign_found(topics, concept, text, self._poss):
            where = self._found_in(topics, text, found) or found_thing(text, self._poss)[1]
            key, values = ("keep", {"onderwerp": where}) if where else ("keep_in_it", {})
            if kept_it(text):  # 'Ik heb het stuk bijgehouden': thanks, no 'gooi het niet weg'
                key, values = "kept", {}
            at = next((i + 1 for i, p in enumerate(parts) if p.key == "care"), len(parts) - 1)
            parts = [*parts[:at], Part("keep", self._line("safety", key, seed, values), False, ""), *parts[at:]]
        if concept == "allergie" and (traces := traces_fact(self.profile, text)):  # 'nergens staat iets over noten'
            line = Part("traces", self._line("safety", "traces_unlabelled", seed, {"waarde": traces}), True, "")
            parts = place_before(parts, line, "apology")
        return self._with_step(parts, topics, concept, text)

    def _ill(self, topics: TopicAnalysis, concept: str, values: dict[str, str], seed: str, text: str) -> str:
        """' We vinden het heel naar dat je vrouw ziek werd. ...' after a hygiene line when someone also fell ill
        ('een muis ... mijn vrouw heeft heel de nacht overgegeven'); '' otherwise."""
        if concept != "hygiene" or not _ill_too(topics, text):
            return ""
        return f" {self._line('safety', 'ill_too', seed, values)}"

    def _with_step(self, parts: list[Part], topics: TopicAnalysis, concept: str, text: str) -> list[Part]:
        """The parts with the step for this hazard after the care line (resources/harm.toml [[step]]): what the
        business does now; none after a hazard whose advice is said already, no line the draft says already."""
        if topics.advice:
            return parts
        # every safety concept of the comment: a part that gave way and hurt someone is an injury and a hazard
        concepts = (concept, *topics.safety, *(("gevaar",) if topics.gave_way is not None else ()))
        if concept == "hygiene" and _only_disgust(text):  # disgusted at the find: no check on who else fell ill
            concepts = tuple(c for c in concepts if c != "vergiftiging")
        if sting_insect(text):  # 'we wisten niet of ze allergisch was' after a wasp sting: no allergen to check
            concepts = tuple(c for c in concepts if c != "allergie")
        # 'een nieuwe fiets voor onze Jana ... ze is voorover gevallen': not 'Rijdt u er niet meer op' to her father
        other = bool(topics.kin or topics.people)
        lines = step_for(concepts, self.profile, text, " ".join(p.text for p in parts), other)
        if not lines:
            return parts
        step = Part("step", " ".join(render(line, self.tone) for line in lines), False, "")
        at = next((i + 1 for i, p in enumerate(parts) if p.key == "care"), len(parts) - 1)
        return [*parts[:at], step, *parts[at:]]

    def _safety_empathy(
        self, topics: TopicAnalysis, concept: str, values: dict[str, str], seed: str, text: str = ""
    ) -> str:
        """The line for what happened, and after a hygiene line that someone also fell ill (:meth:`_ill`)."""
        if concept == "vergiftiging" and {"schimmel", "beschimmeld"} & set(topics.lemmas) and topics.products:
            # 'onderin zat groene schimmel ... heeft twee keer overgegeven': the mould on what was sold first (the
            # cause the writer names), then that someone fell ill from it
            ill = self._line("safety", "ill_too", seed, values)
            return f"{self._mould(topics, values, seed, text)} {ill}"
        ill = self._ill(topics, concept, values, seed, text)
        feeling = self._safety_feeling(topics, concept, values, seed, text)
        if concept == "hygiene" and not ill and topics.duration and "wachttijd" in topics.problems:
            # 'Anderhalf uur op het terras gezeten, 3x gevraagd waar ons eten bleef ... wespen': the wait too
            feeling += " " + self._line("safety", "waited_too", seed, {**values, "waarde": topics.duration})
        return feeling + ill

    def _seen(self, topics: TopicAnalysis, values: dict[str, str], seed: str, text: str) -> str:
        """A pest the writer saw ('er liep een muis door het restaurant'), not dirty things; or, beside what was
        bought, wasps or flies drawn by dirt ('wespen die op de vieze tafels afkwamen'), not found in it; or ''."""
        pest = next((said for word, said in _PESTS.items() if word in topics.lemmas), "")
        if pest:
            plural = number(pest[-1] == "n")
            return self._line("safety", "pest", seed, {**values, "onderwerp": pest, "meervoud": plural})
        if topics.products and _flying_about(topics, text, self._poss):
            said = _FLYING_SAY[next(w for w in topics.lemmas if w in _FLYING)]
            return self._line("safety", "flying", seed, {**values, "onderwerp": said})
        return ""

    def _safety_feeling(
        self, topics: TopicAnalysis, concept: str, values: dict[str, str], seed: str, text: str = ""
    ) -> str:
        lemmas = set(topics.lemmas)
        # an infection the writer caught ('een schimmelinfectie') or vermin ('hoofdluis')
        caught = topics.infection or next((_CAUGHT[w] for w in topics.lemmas if w in _CAUGHT), "")
        if concept == "hygiene" and caught:
            return self._caught(topics, caught, values, seed, text)
        seen = self._seen(topics, values, seed, text) if concept == "hygiene" else ""
        if seen:
            return seen
        if concept == "hygiene" and topics.products:
            thing = self._np(topics.products[0])
            if {"schimmel", "beschimmeld"} & lemmas:
                return self._mould(topics, values, seed, text)
            if _FOREIGN & lemmas or topics.found:
                # 'een stukje plastic in het ijsje': never in it; the dish as said ('in mijn crème brûlée'); what
                # was found as the writer named it ('een blauwe pleister mee ingebakken': 'een pleister')
                found = topics.found or next((_FOUND_SAY[w] for w in topics.lemmas if w in _FOUND_SAY), "zoiets")
                line = self._foreign(topics, text, found, values, seed)
                # 'het ijsje van mijn dochter', 'Onze Jules (5) had het al in zijne mond': one of the writer's own
                who = [*topics.people, *topics.kin]
                if who and near_found(text, who[0]):
                    line += " " + self._line("safety", _foreign_person_key(text), seed, values)
                elif not who and topics.body and broke_on(topics.body, text):
                    # 'Ne stuk van mijne kies is eraf ... Maandag naar de tandarts': the writer's own part, hurt on it
                    key = "foreign_self_dentist" if _DENTIST.search(text) else "foreign_self_part"
                    line += " " + self._line("safety", key, seed, {**values, "waarde": topics.body})
                return line
            thing, where = found_thing(text, self._poss)
            if thing:  # 'er zat een muizenkeutel in het brood': what was found, in what, as the writer said it
                return self._line("safety", "foreign", seed, {**values, "onderwerp": where, "waarde": thing})
            # 'De douche en de handdoek horen gewoon schoon te zijn.'
            things = self._things(topics)
            plural = " en " in things or topics.products[0].plural
            values = {**values, "onderwerp": things[:1].upper() + things[1:], "meervoud": number(plural)}
            return self._line("safety", "hygiene_about", seed, values)
        food = next((p for p in topics.products if not p.guessed), None)
        if concept == "letsel" and topics.found and food is not None:
            # 'een scherp metalen krulletje in de pannenkoek ... bloed aan zijn tandvlees': what was in the food
            # hurt, so the reply names it and the dish, then asks after who got hurt
            line = self._foreign(topics, text, topics.found, values, seed)
            return f"{line} {self._line('safety', _foreign_person_key(text), seed, values)}"
        key = "letsel_bijna" if concept == "letsel" and near_fall(topics, text) else concept  # nobody got hurt
        if concept == "letsel":  # the thing in the throat, a wasp sting, a tooth broken on the bean: named as such
            key, values = hurt_named(key, values, text, self._you, self._poss)
        if concept == "allergie":
            # it went well just in time ('gelukkig op tijd gezien'): no 'allergic reaction' happened
            key = "allergie_bijna" if near_miss(topics, text) else "allergie"
            if key == "allergie" and _intolerance(text):
                key = "intolerantie"  # coeliakie: ill from gluten, no allergic reaction
            on = {"allergie_bijna": "voor", "intolerantie": "van"}.get(key, "op")
            said = f" {on} {topics.allergen}" if topics.allergen else ""
            values = {**values, "onderwerp": said}  # 'een allergische reactie op sesam'
            dish = values["na"].removeprefix(" na ")
            if key == "allergie_bijna" and dish != values["na"]:
                # nobody ate it, so not 'after' the dish: what should not have been in it was in the krentenwegge
                key, values = "allergie_bijna_in", {**values, "waarde": dish}
        return self._safety_line(key, seed, values, text)

    def _caught(self, topics: TopicAnalysis, caught: str, values: dict[str, str], seed: str, text: str) -> str:
        """'nu zit hij onder de hoofdluis': what the writer's person caught, and hygiene as the cause; 'nu heb ik
        uitslag in mijn nek ... een schimmelinfectie': the writer caught it, not the son named later."""
        together = with_own(text, topics.infection, topics.people) if topics.infection else ""
        if together:  # 'een schimmelinfectie op mijn hoofd ..., en mijn dochter ook': the writer and the daughter
            writer = "jij" if self._you == "je" else self._you
            values = {**values, "persoon_subject": f"{writer} en {self._poss} {together}", "werd": "werden"}
        elif topics.infection and own_infection(text, topics.infection, topics.people):
            values = {**values, "persoon_subject": self._you, "werd": "werd"}
        elif topics.infection and (whose := first_own_person(text, topics.people)):
            # 'Mijn dochter (5) ... tussen de kinderen door': the daughter caught it, not 'the children'
            values = {**values, "persoon_subject": f"{self._poss} {whose}", "werd": "werd"}
        you = values["persoon_subject"] == self._you
        has = "hebben" if values["werd"] == "werden" else "hebt" if you else "heeft"
        return self._line("safety", "caught", seed, {**values, "onderwerp": caught, "waarde": has})

    def _foreign(self, topics: TopicAnalysis, text: str, found: str, values: dict[str, str], seed: str) -> str:
        """'Dat u een stuk glas in uw soep vond': what was found in what it was in, as the writer said it; the
        thing it was in is never the found thing itself ('een stuk metaal in de metaal') and is named before it
        (the thing bought, not the dentist after); 'Dat er een stuk metaal in zat' when no such thing is named."""
        thing = self._found_in(topics, text, found)
        if not thing:
            return self._line("safety", "foreign_in_it", seed, {**values, "waarde": found})
        return self._line("safety", "foreign", seed, {**values, "onderwerp": thing, "waarde": found})

    def _found_in(self, topics: TopicAnalysis, text: str, found: str) -> str:
        """What ``found`` was in, as the writer said it ('uw crème brûlée'), else the thing named before it or
        right after 'in' in its sentence ('de rijsttaart'), never the found thing itself; or ''."""
        thing = found_in(text, self._poss)
        if not thing:
            own = set(re.findall(r"\w+", found.lower()))
            at = text.lower().find(found.rsplit(maxsplit=1)[-1].lower()) if found.strip() else -1
            before = [p for p in topics.products if p.text.lower() not in own and 0 <= text.find(p.text) < at]
            # 'twee nietjes in mijn salade': the thing it was in, said right after 'in' in the same sentence
            rest = re.split(r"[.!?]", text[at:], maxsplit=1)[0] if at >= 0 else ""
            inside = [
                p
                for p in topics.products
                if p.text.lower() not in own and re.search(rf"\bin\s+(?:\S+\s+){{0,2}}{re.escape(p.text)}", rest, re.I)
            ]
            named = before or inside
            thing = self._np(named[0]) if named else ""
        return thing

    def _mould(self, topics: TopicAnalysis, values: dict[str, str], seed: str, text: str) -> str:
        """'kaas die beschimmeld was': not about cleaning, it should never have been sold; the thing said with the
        mould, not the first thing named ('pistolets en kramieken ... de ene kramiek zag groen'), in its number."""
        mouldy = mouldy_thing(topics.products, text)
        said = {"onderwerp": self._np(mouldy), "meervoud": number(mouldy.plural)}
        return self._line("safety", "mould", seed, {**values, **said})

    def _safety_line(self, key: str, seed: str, values: dict[str, str], text: str) -> str:
        """The line of a safety concept; after a grave outcome (an ambulance, an epipen, stitches:
        resources/severity.toml) one that opens seriously, never 'Wat schrikken'."""
        if not grave(text):
            return self._line("safety", key, seed, values)
        sections = self.t.sections["safety"]
        options = [*sections[key], *sections.get(f"ernstig_{key}", ())]
        serious = [o for o in options if not opens_lightly(render(o, self.tone, values))]
        chosen = pick(serious, seed, f"safety.{key}") if serious else pick(sections["ernstig"], seed, "safety.ernstig")
        return render(chosen, self.tone, values)


_INTOLERANT = re.compile(r"\b(?:coeliak\w*|\w*intoleran\w*)", re.I)


# The writer asks for someone or something today ('Ik wil dat er vandaag nog iemand naar kijkt', 'kan er nog vandaag
# iemand komen?', 'someone today please'): answered with a promise and a slot for when. The words are in
# resources/phrase_cues.toml (today_*).
@cache
def _today_asked() -> re.Pattern[str]:
    cues = phrase_cues()
    wanting, coming, today = (
        alternation(cues.today_wanting),
        alternation(cues.today_coming),
        alternation(cues.today_said, spaced=True),
    )
    english, someone = alternation(cues.today_english), alternation(cues.today_someone)
    # without 'nog': 'Ik wil dat iemand hier vandaag naar kijkt' (a wish, today, and what is to happen)
    plain = alternation(cues.today_plain_wanting), alternation(cues.today_plain), alternation(cues.today_doing)
    return re.compile(
        rf"\b(?:{wanting})\b[^.!?]{{0,40}}\b(?:{today})\b|\b(?:{today})\b[^.!?]{{0,30}}\b(?:{coming})\b"
        rf"|\b(?:{plain[0]})\b[^.!?]{{0,40}}\b(?:{plain[1]})\b[^.!?]{{0,25}}\b(?:{plain[2]})\b"
        rf"|\b(?:{english})\b[^.!?]*\?|\b(?:{someone})\b[^.!?]{{0,30}}\b(?:{english})\b",
        re.I,
    )


TODAY_ASKED = LazyPattern(_today_asked)


def _intolerance(text: str) -> bool:
    """Whether the condition the writer names is an intolerance ('heeft coeliakie', 'met een
    lactose-intolerantie'; complaint_cues.toml condition_named) and no allergy is said: the person got ill,
    which a reply does not call an allergic reaction."""
    if "allergi" in text.lower():
        return False
    named = any(cue.id == "condition_named" and cue.values(text) is not None for cue in shipped_complaint_cues())
    return named or _INTOLERANT.search(text) is not None


# Cues (complaint_cues.toml) that tell who got hurt and how, or who rode along when it happened.
_HURT_CUES = frozenset(
    {"injury", "injuries", "hurt_part", "hospital", "hospital_self", "drip", "doctor_visit", "doctor_self"}
)
_CARED_CUES = frozenset({"hospital", "hospital_self", "drip", "doctor_self"})
_ABOARD_CUES = frozenset({"child_on_board", "children_on_board"})


def _hurt_told(text: str) -> bool:
    """Whether the writer told how someone got hurt ('een gebroken sleutelbeen', 'een brandwonde in mijn nek',
    'mijn moeder is opgenomen'): then nobody asks whether everyone is fine."""
    return any(cue.id in _HURT_CUES and cue.values(text) is not None for cue in shipped_complaint_cues())


# The dentist the writer names ('Zijn kroon is afgebroken, maandag moet hij naar de tandarts'), also Flemish.
_DENTIST = re.compile(r"\b(?:tandarts|tandartsen|tandartspraktijk|orthodontist|kaakchirurg|dentist)\b", re.I)


def _foreign_person_key(text: str) -> str:
    """The line that hopes the writer's person is well after biting on what was in the food: with the dentist they
    must go to when the writer names one ('... moet hij naar de tandarts'), else plain."""
    return "foreign_person_dentist" if _DENTIST.search(text) else "foreign_person"


def _see_doctor(text: str) -> bool:
    """Whether the reply advises the GP: the harm goes on and nobody lies in hospital already."""
    cared = any(c.id in _CARED_CUES and c.values(text) is not None for c in shipped_complaint_cues())
    return still_unwell(text) and not cared and not said_recovered(text)


def _aboard(text: str) -> bool:
    """Whether the writer's children rode along ('met twee kinderen in de bak')."""
    return any(cue.id in _ABOARD_CUES and cue.values(text) is not None for cue in shipped_complaint_cues())


def _safety_concept(topics: TopicAnalysis, text: str) -> str:
    """The safety concept the draft speaks of: the first found, corrected by what the writer says happened."""
    concept = topics.safety[0] if topics.safety else "hygiene"
    if concept == "hoofdhuid" and (topics.people or topics.body) and not {"huid", "hoofdhuid"} & set(topics.lemmas):
        concept = "letsel"  # 'blaren op de vingers van mijn zoontje', 'mijn oor verbrand': no skin reaction
    if concept in ("allergie", "hygiene") and sting_insect(text):
        concept = "letsel"  # 'in haar lip gestoken ... dikke lip', by a wasp on the tart: a sting, no allergy
    if concept == "allergie" and _too_tight(text):
        concept = "letsel"  # 'box braids zo strak ... bultjes langs mijn haarlijn': the pull hurt, no allergy
    if topics.infection and not injured_said(topics) and not _infection_beside(topics, text):
        # 'kam van de grond ... een schimmelinfectie': caught, with hygiene as the cause (not after a fall or cut)
        concept = "hygiene"
    if concept == "vergiftiging" and "hygiene" in topics.safety and _only_disgust(text):
        concept = "hygiene"  # 'een lang zwart haar ingebakken ... Ik ben echt misselijk': disgusted, not ill
    return concept


def _ill_too(topics: TopicAnalysis, text: str) -> bool:
    """Whether someone fell ill beside the hygiene find or the pest the reply names ('Een muis onder de tafels ...
    Mijn vrouw heeft heel de nacht overgegeven'): food poisoning said with more than disgust, no infection caught."""
    return "vergiftiging" in topics.safety and not topics.infection and not _only_disgust(text)


def _only_disgust(text: str) -> bool:
    """Whether the only words of food poisoning in the text say disgust ('Ik ben echt misselijk', harm.toml
    [lists] disgust): after a find (a hair, droppings) that is what the writer saw, no illness after eating."""
    concept = shipped_topic_data().concept("vergiftiging")
    lower = text.lower()
    said = {t for t in concept.terms if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", lower)} if concept else set()
    return bool(said) and said <= harm_words("disgust")


def _infection_beside(topics: TopicAnalysis, text: str) -> bool:
    """Whether the infection comes beside something graver that keeps its own concept: an allergy the writer
    names ('ook een allergische reactie op de verf'), a swelling, breath or sight ('mijn oog is opgezwollen, ik kan
    amper zien'), or a foreign body or a part that gave way as the cause ('een stuk bot in de soep')."""
    words = set(re.findall(r"[\w']+", text.lower()))
    named = any(w.startswith(tuple(harm_words("allergy_named"))) for w in words)
    found = bool(found_thing(text, "")[0]) or bool({"in", "op"} & words and words & harm_words("found_in_it"))
    cause = bool(topics.found) or topics.gave_way is not None or found
    return "allergie" in topics.safety or named or bool(words & harm_words("infection_grave")) or cause


def _too_tight(text: str) -> bool:
    """Whether braids or extensions were set too tight (complaint_cues.toml too_tight) and no allergy is named:
    bumps and pain from the pull, no allergic reaction."""
    if "allergi" in text.lower():
        return False
    return any(cue.id == "too_tight" and cue.values(text) is not None for cue in shipped_complaint_cues())


def _occasion_key(topics: TopicAnalysis, text: str = "") -> str:
    """'op moederdag' for a day everyone has, 'bij de 80ste verjaardag van uw moeder' for a person's occasion, and
    'met de bruiloft van uw dochter al zo dichtbij' for one still to come ('volgende week zaterdag is de bruiloft')."""
    if topics.occasion not in EVERYONES_DAYS and occasion_soon(text, topics.occasion_words):
        return "occasion_soon"
    return "occasion_day" if topics.occasion in EVERYONES_DAYS else "occasion"


def _own_occasion(topics: TopicAnalysis, empathy: str, text: str) -> bool:
    """Whether the writer's occasion ('de 80ste verjaardag van mijn moeder', 'onze bruiloft') is to be named
    besides the harm: theirs or their person's, not yet in the empathy, not a funeral (said otherwise)."""
    words = topics.occasion_words
    # the occasion as the writer wrote it ('de 80ste verjaardag'), not one read from an age ('mijn zoontje van 5')
    if not words or words in empathy or topics.occasion == "rouw" or words.split()[-1].lower() not in text.lower():
        return False
    return (
        bool(topics.owner)
        or topics.occasion in EVERYONES_DAYS  # 'Op Moederdag ... vier van ons doodziek': the day it went wrong on
        or re.search(rf"\b(?:ons|onze|mijn|m'n)\s+(?:[\w-]+\s+)?{re.escape(words)}", text, re.I) is not None
    )
