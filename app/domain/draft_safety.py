"""Safety complaint drafts (allergy, injury, food poisoning, hazards, hygiene): care first, what the
writer named (the allergen, the part that failed, who got hurt), sorry once, and always a call."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_apology import APOLOGY
from app.domain.draft_dishes import dish_of_the_ill, named_together
from app.domain.draft_events import EVERYONES_DAYS
from app.domain.draft_found import found_in, found_thing, mouldy_thing, near_found
from app.domain.draft_grave import grave, opens_lightly
from app.domain.draft_harm_now import first_part, harm_words, only_brought, own_infection, still_unwell, with_own
from app.domain.draft_hurt_whom import first_own_person, owners_person_hurt, said_together
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_parts import part_of_whole
from app.domain.draft_phrase_cues import LazyPattern, phrase_cues
from app.domain.draft_said import SaidBack
from app.domain.draft_said_once import repeats_feeling
from app.domain.draft_steps import step_for
from app.domain.draft_text import Part
from app.domain.draft_wellbeing import (
    before_how_are,
    cannot_call,
    hurt_too,
    injured_said,
    instead_of_all_fine,
    job_done,
    near_fall,
    near_miss,
    owner_only,
    part_of_person,
    said_recovered,
    several_hurt,
    theirs_hurt,
    who_has_condition,
    without_how_are,
)
from app.domain.replies import Platform, number, pick, render
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data
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
# A foreign object as the reply names it, by its lemma: 'met het glas in het brood'.
_FOREIGN_SAY = {"glas": "het glas", "plastic": "het plastic", "metaal": "het metaal", "splinter": "de splinter"}
# What was found in it, as the draft says it back ('Er hoort nooit een haar in ...'); else 'zoiets'.
_FOUND_SAY = {
    **{w: f"een {w}" for w in ("haar", "vlieg", "made", "insect", "steentje", "wesp", "splinter", "schroefje")},
    **{w: w for w in ("glas", "plastic", "metaal")},
}
# Parts that can fail and hurt someone, by lemma: 'wat er met je voorwiel is gebeurd'.
_PARTS = (
    *("voorwiel", "achterwiel", "wiel", "stuur", "zadel", "trapper", "pedaal", "snelspanner", "spaak", "voorvork"),
    *("accu", "batterij", "oplader", "stekker", "kabel", "ladder", "stoel", "kruk", "trap"),
)
# Safety concepts of a thing that failed, where someone can also get hurt ('de remmen begaven het').
_HAZARDS = frozenset({"remmen", "gevaar", "breuk"})
# Parts of the business's premises, not the writer's: 'de trap', 'de stoel'.
_PREMISES = frozenset({"ladder", "stoel", "kruk", "trap"})
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
# Safety concepts where someone got hurt in a part of the body.
_INJURIES = frozenset({"letsel", "hoofdhuid", "remmen", "gevaar"})
AFTER_SERVICES = frozenset({"reparatie", "onderhoud", "behandeling"})  # 'na de reparatie'


class SafetyDrafting(SaidBack):
    def _safety(self, topics: TopicAnalysis, plat: Platform, seed: str, tried: list[Part], text: str = "") -> Composed:
        concept = _safety_concept(topics, text)
        cue = self._cue(text, seed)  # what hurt ('een snee in haar oor'), the allergen asked about
        part = theirs_hurt(text, _body_parts())
        # the part of the body in the question how they are, unless the cue names it ('Een buil op zijn hoofd')
        values = self._safety_values(topics, concept, part if part and part not in cue else "", text)
        if several_hurt(text):  # 'VIER van de zes', 'alle drie': ask after everyone, not the first person named
            values = {**values, **self._group(topics), "werd": "werden"}
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
            *([Part("doctor", self._line("safety", "doctor", seed), False)] if _see_doctor(text) else []),
            Part("apology", self._line("safety", sorry, seed), True, ""),
            *tried,
            Part("care", self._line("safety", "care", seed), False),
            *([Part("today", self._line("safety", "today_asked", seed), True, "")] if TODAY_ASKED.search(text) else []),
            contact,
        ]
        parts = self._with_step(parts, topics, concept, text)
        topic = next((t for t in self.t.complaint_topics if t.id == topics.topic), None)
        return parts, channel, topic.id if topic else "veiligheid"

    def _with_occasion(self, topics: TopicAnalysis, empathy: str, values: dict[str, str], seed: str, text: str) -> str:
        """The empathy with the writer's occasion it happened on ('voor de 80ste verjaardag van mijn moeder ... zes
        van de negen gasten ziek': on that day of all days), before the question how they are; not a day of everyone
        ('vaderdag') after a grave outcome (an ambulance, an epipen), where 'extra naar' for it makes light of it."""
        if not _own_occasion(topics, empathy, text) or (grave(text) and topics.occasion in EVERYONES_DAYS):
            return empathy
        occasion = {**values, "onderwerp": self._occasion_phrase(topics)}
        return before_how_are(empathy, self._line("safety", _occasion_key(topics), seed, occasion))

    def _wish_well(self, topics: TopicAnalysis, values: dict[str, str], seed: str) -> str:
        """The wish to get well, to the writer, not to their knee ('Hoe gaat het nu met je knie?' asks after it)."""
        whole = bool(topics.body) and values["persoon"] == f"{self._poss} {topics.body}"
        return self._line("safety", "get_well", seed, {**values, "persoon": self._you} if whole else values)

    def _with_step(self, parts: list[Part], topics: TopicAnalysis, concept: str, text: str) -> list[Part]:
        """The parts with the step for this hazard after the care line (resources/harm.toml [[step]]): what the
        business does now; none after a hazard whose advice is said already, no line the draft says already."""
        if topics.advice:
            return parts
        # every safety concept of the comment: a part that gave way and hurt someone is an injury and a hazard
        concepts = (concept, *topics.safety, *(("gevaar",) if topics.gave_way is not None else ()))
        lines = step_for(concepts, self.profile, text, " ".join(p.text for p in parts))
        if not lines:
            return parts
        step = Part("step", " ".join(render(line, self.tone) for line in lines), False, "")
        at = next((i + 1 for i, p in enumerate(parts) if p.key == "care"), len(parts) - 1)
        return [*parts[:at], step, *parts[at:]]

    def _safety_after(self, topics: TopicAnalysis, concept: str, text: str = "") -> str:
        """' na de worteltaart', ' na het eten'; for a hazard ' met de accu'. A guessed noun is not named."""
        # the writer's own hair or body is where it happened, not what it came after ('mijn haar laten kleuren')
        named = topics.products[0] if topics.products else None
        named = None if named is not None and named.own and named.text in {"haar", *_body_parts()} else named
        if concept in {"gevaar", "breuk"}:
            # 'de accu van de e-bike': a part named after its thing is what smoked or burned
            said = part_of_whole(topics.products, self._np, text) or self._np(named) if named is not None else ""
            return _hazard_after(concept, said, topics.gave_way)
        if concept == "hoofdhuid":
            # the treatment as the writer named it ('Dinsdag kleuring laten doen': 'na de kleuring'), else 'na de
            # behandeling', never a noun nearby ('na je haar'), whatever it was
            # what the writer had it for is theirs ('laten blonderen voor mijn carnavalspak'): 'na het blonderen'
            plain = named is not None and not (named.guessed or named.place or named.own)
            if named is not None and plain and named.text not in _body_parts():
                return f" na {self._np(named)}"
            work = job_done(text)[1]  # 'Na het verven brandde ... in de stoel': the treatment
            return f" na het {work}" if work else self._phrase("after_treatment")
        service = next((s for s in topics.services if s in AFTER_SERVICES), "")
        if concept == "letsel":
            # 'gevallen, twee dagen nadat jullie zijn fiets hadden gerepareerd': after the repair; a thing named
            # is no moment ('na de telefoon', 'na de verwarming'), so an injury is only placed after a service
            known = shipped_topic_data().concept(service) if service else None
            hurt = self._what_hurt(topics, text)
            if hurt.startswith(" met ") and near_fall(topics, text):  # 'bijna gevallen, het stuur zat los'
                hurt = _by_part(hurt, topics)
            said = (f" {known.say}" if known is not None and known.say else "") + hurt
            return self._job_after(topics, text) or said
        if named is not None and not named.guessed and named.text not in {"remmen", "rem"}:
            # 'Vier van ons hadden de oesters ... De twee zonder oesters: niks.': the dish only the ill had
            dish = dish_of_the_ill(text, topics.products) if concept == "vergiftiging" else None
            # 'mosselen en de vispan': both dishes, in the writer's order; either may have made them ill
            things = [m for m in topics.products if not m.guessed and not m.place][:2]
            pair = named_together(text, things) if dish is None else []
            return f" na {' en '.join(self._np(m) for m in pair)}" if pair else f" na {self._np(dish or named)}"
        if "etentje" in topics.services:
            return self._phrase("after_meal")
        if "behandeling" in topics.services:
            return self._phrase("after_treatment")
        return ""

    def _job_after(self, topics: TopicAnalysis, text: str) -> str:
        """' na het slijpen van de schaatsen': after a near fall, the job the writer had done ('Schaatsen laten
        slijpen ... bijna onderuit gegaan'), with the thing when it is one of theirs; '' otherwise."""
        thing, work = job_done(text) if near_fall(topics, text) else ("", "")
        named = next((p for p in topics.products if p.text == thing and not p.guessed), None)
        return f" na het {work}" + (f" van {self._np(named)}" if named is not None else "") if work else ""

    def _what_hurt(self, topics: TopicAnalysis, text: str = "") -> str:
        """' met het glas in het brood', ' met je voorwiel': the thing that hurt, as the writer named it."""
        if topics.gave_way is not None:  # 'de barkruk brak onder me af': the part that gave way
            failed = next((p for p in topics.products if p.text == topics.gave_way.text), topics.gave_way)
            return f" met {self._np(failed)}"
        lemmas = topics.lemmas
        foreign = next((said for word, said in _FOREIGN_SAY.items() if word in lemmas), "")
        if foreign:
            inside = f" in {self._np(topics.products[0])}" if topics.products and not topics.products[0].guessed else ""
            return f" met {foreign}{inside}"
        # 'schoot de voorrem er doorheen, de kabel zat los': the brake that failed, not its cable
        brakes = [w for w in lemmas if w in harm_words("brake")] if "remmen" in topics.safety else []
        brake = next((w for w in brakes if w not in {"rem", "remmen"}), "")
        part = brake or first_part(text, _PARTS) or next((w for w in lemmas if w in _PARTS), "")
        if not part:
            # 'Schaatsen laten slijpen ... scheef geslepen, bijna onderuit gegaan': the thing the complaint is about
            first = topics.products[0] if topics.products else None
            plain = first is not None and not (first.guessed or first.place or first.occasion or first.wished)
            return f" met {self._np(first)}" if first is not None and plain and first.text not in _body_parts() else ""
        named = next((p for p in topics.products if p.text == part), None)
        if named is not None:
            return f" met {self._np(named)}"
        # a part of the writer's own bike or device ('je voorwiel'); the shop's stairs or chair are 'de trap'
        return f" met {article_of(part)} {part}" if part in _PREMISES else f" met {self._poss} {part}"

    def _group(self, topics: TopicAnalysis) -> dict[str, str]:
        """Everyone who got ill: 'u en uw gezelschap', or as the writer named them ('met 14 collega's ... 9 van de 14
        ziek': 'u en uw collega's')."""
        if any(w.startswith("collega") for w in topics.lemmas) and not topics.people:
            return {
                "persoon": self._phrase("group_colleagues"),
                "persoon_subject": self._phrase("group_colleagues_subject"),
            }
        group = self._phrase("group")
        return {"persoon": group, "persoon_subject": group}

    def _affected(self, topics: TopicAnalysis, text: str = "") -> tuple[str, str, bool]:
        """(who to ask after, who it happened to, plural): 'je dochter', 'u en uw gezelschap' ..."""
        lemmas = set(topics.lemmas)
        # 'het huwelijk van mijn zoon ... mijn voorhoofd opgezwollen', 'voor de bruiloft van mijn broer ... brandde
        # mijn hoofdhuid': the brother named only as whose occasion it was is not the one it happened to
        once = bool(text) and owner_only(topics.owner, text, _body_parts())
        # 'het feest van mijn zus ... haar dochter ... haar lippen zwollen op': the sister's daughter it happened to
        theirs = (
            owners_person_hurt(topics.owner, text, _body_parts(), _persons()) if topics.owner in topics.people else ""
        )
        once = once or bool(theirs)
        people = [p for p in topics.people if not ((topics.body or once) and p == topics.owner)]
        # 'Mijn vriend is met mij naar de spoed gereden': he drove, it happened to the writer
        people = [p for p in people if not only_brought(text, p)]
        # 'het lentefeest van ons Lotte ... mijn neefje at er één': Lotte only owns the feast
        kin = [k for k in topics.kin if not (people and k == topics.owner)]
        if kin:
            person = kin[0]  # 'Onze hond Bruno': 'Hoe gaat het nu met Bruno?'
        elif people:
            person = f"{self._poss} {people[0]}"
        elif topics.body:
            person = f"{self._poss} {topics.body}"  # 'Hoe gaat het nu met uw schouder?'
        elif who_has_condition(text):
            person = f"{self._poss} {who_has_condition(text)}"  # 'dat een collega coeliakie heeft'
        else:
            person = self._you
        if theirs and not kin:
            person = f"{article_of(theirs)} {theirs} van {self._poss} {topics.owner}"
        plural = bool(people) and people[0].endswith(("en", "s")) and people[0] != "man"
        pair = said_together(text, people)
        if pair and not kin:
            # 'mijn man en beide kinderen lagen ziek': all of them, as the writer named them together
            # the second as 'de kinderen' when plural: 'je man en de kinderen'
            second = f"de {pair[1]}" if pair[1].endswith(("en", "s")) else f"{self._poss} {pair[1]}"
            both = f"{self._poss} {pair[0]} en {second}"
            return both, both, True
        if not people and "gezin" in lemmas:
            return person, self._phrase("whole_family"), plural  # 'dat u met het hele gezin ziek werd'
        if not people and "collega" in lemmas:
            return person, self._phrase("colleagues"), True  # 'dat je collega's ziek werden'
        if people and {"allebei", "beiden", "beide"} & lemmas:
            # 'mijn man en ik allebei': both of them
            both = self._phrase("both_subject", persoon=f"{self._poss} {people[0]}")
            return self._phrase("both_person"), both, True
        if not people and not topics.kin and {"gezelschap", "iedereen", "allemaal"} & lemmas:
            group = self._phrase("group")
            return group, group, True  # 'dat u en uw gezelschap ziek werden', 'hoe gaat het nu met jullie?'
        return person, person, plural

    def _safety_values(self, topics: TopicAnalysis, concept: str, part: str = "", text: str = "") -> dict[str, str]:
        """The values of the safety lines; ``part`` is the part of the body of the writer's person that got hurt."""
        data = shipped_topic_data()
        known = data.concept(concept)
        say = render(known.say, self.tone) if known else ""
        services = [data.concept(s) for s in topics.services]
        if concept == "remmen" and services and services[0] is not None:
            say = f"{say} {services[0].say}"
        person, subject, plural = self._affected(topics, text)
        if concept in _INJURIES and (topics.people or topics.kin) and not plural:
            # 'met de schaar in zijn oor geknipt': 'Hoe gaat het nu met het oor van je zoontje?'
            person = part_of_person(part, person)
        if concept == "hoofdhuid":
            skin = "hoofdhuid" if "hoofdhuid" in topics.lemmas else "huid"
            if topics.body and person == f"{self._poss} {topics.body}":
                # 'mijn oren en nek zo dik': the writer's own skin, not 'de hoofdhuid van je oren'
                person = subject = self._you
            # 'Mijn moeder (84) ... een rode, gezwollen hoofdhuid': 'de hoofdhuid van uw moeder'
            say = f"de {skin} van {person}" if person != self._you else f"{self._poss} {skin}"
        return {
            "meervoud": number(concept == "remmen" and "rem " not in f"{say} "),
            "onderwerp": say,
            "persoon": person,
            "persoon_subject": subject,
            "werd": "werden" if plural else "werd",
            "na": self._safety_after(topics, concept, text),
        }

    def _safety_empathy(
        self, topics: TopicAnalysis, concept: str, values: dict[str, str], seed: str, text: str = ""
    ) -> str:
        lemmas = set(topics.lemmas)
        # an infection the writer caught ('een schimmelinfectie') or vermin ('hoofdluis')
        caught = topics.infection or next((_CAUGHT[w] for w in topics.lemmas if w in _CAUGHT), "")
        if concept == "hygiene" and caught:
            return self._caught(topics, caught, values, seed, text)
        pest = next((said for word, said in _PESTS.items() if word in lemmas), "")
        if concept == "hygiene" and pest:
            # 'er liep een muis door het restaurant': the pest is what the writer saw, not dirty things
            return self._line(
                "safety", "pest", seed, {**values, "onderwerp": pest, "meervoud": number(pest[-1] == "n")}
            )
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
                    line += " " + self._line("safety", "foreign_person", seed, values)
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
            return f"{line} {self._line('safety', 'foreign_person', seed, values)}"
        key = "letsel_bijna" if concept == "letsel" and near_fall(topics, text) else concept  # nobody got hurt
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
        if not thing:
            return self._line("safety", "foreign_in_it", seed, {**values, "waarde": found})
        return self._line("safety", "foreign", seed, {**values, "onderwerp": thing, "waarde": found})

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


def _hazard_after(concept: str, named: str, cracked: Mention | None) -> str:
    """' met de accu' for a hazard; for a crack the part that cracked, as the writer named it (' in de velg')."""
    if concept == "breuk":
        return f" in {cracked.article or article_of(cracked.text)} {cracked.text}" if cracked is not None else ""
    return f" met {named}" if named else ""


def _intolerance(text: str) -> bool:
    """Whether the condition the writer names is an intolerance ('heeft coeliakie', 'met een
    lactose-intolerantie'; complaint_cues.toml condition_named) and no allergy is said: the person got ill,
    which a reply does not call an allergic reaction."""
    if "allergi" in text.lower():
        return False
    named = any(cue.id == "condition_named" and cue.values(text) is not None for cue in shipped_complaint_cues())
    return named or _INTOLERANT.search(text) is not None


# Cues (complaint_cues.toml) that tell who got hurt and how, or who rode along when it happened.
_HURT_CUES = frozenset({"injury", "injuries", "hurt_part", "hospital", "hospital_self", "drip", "doctor_visit"})
_CARED_CUES = frozenset({"hospital", "hospital_self", "drip"})
_ABOARD_CUES = frozenset({"child_on_board", "children_on_board"})


def _hurt_told(text: str) -> bool:
    """Whether the writer told how someone got hurt ('een gebroken sleutelbeen', 'een brandwonde in mijn nek',
    'mijn moeder is opgenomen'): then nobody asks whether everyone is fine."""
    return any(cue.id in _HURT_CUES and cue.values(text) is not None for cue in shipped_complaint_cues())


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
    if concept == "allergie" and _too_tight(text):
        concept = "letsel"  # 'box braids zo strak ... bultjes langs mijn haarlijn': the pull hurt, no allergy
    if topics.infection and not injured_said(topics) and not _infection_beside(topics, text):
        # 'kam van de grond ... een schimmelinfectie': caught, with hygiene as the cause (not after a fall or cut)
        concept = "hygiene"
    return concept


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


def _by_part(hurt: str, topics: TopicAnalysis) -> str:
    """' door het losse stuur': a part that gave way made the writer nearly fall, so not ' met het stuur' (they did
    not fall with it); 'losse' when the writer says it came loose."""
    det, _, part = hurt.removeprefix(" met ").partition(" ")
    loose = "los" in topics.lemmas and part
    return f" door {det} losse {part}" if loose else " door" + hurt.removeprefix(" met") if hurt else ""


def _body_parts() -> tuple[str, ...]:
    known = shipped_topic_data().concept("lichaam")
    return known.terms if known is not None else ()


def _persons() -> tuple[str, ...]:
    known = shipped_topic_data().concept("naaste")
    return known.terms if known is not None else ()


def _occasion_key(topics: TopicAnalysis) -> str:
    """'op moederdag' for a day everyone has, 'bij de 80ste verjaardag van uw moeder' for a person's occasion."""
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
