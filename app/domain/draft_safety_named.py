"""What a safety reply names: who got hurt and where, the part that failed, the group affected and what happens
after."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_dishes import dish_of_the_ill, named_together
from app.domain.draft_harm_now import first_part, harm_words, only_along, only_brought
from app.domain.draft_hurt_whom import first_own_person, owners_person_hurt, said_together
from app.domain.draft_parts import part_of_whole
from app.domain.draft_praise import a_meal
from app.domain.draft_wellbeing import job_done, near_fall, owner_only, part_of_person, who_has_condition
from app.domain.replies import number, render
from app.domain.textnorm import sentences
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data

AFTER_SERVICES = frozenset({"reparatie", "onderhoud", "behandeling"})  # 'na de reparatie'

# A foreign object as the reply names it, by its lemma: 'met het glas in het brood'.
_FOREIGN_SAY = {"glas": "het glas", "plastic": "het plastic", "metaal": "het metaal", "splinter": "de splinter"}


# Parts that can fail and hurt someone, by lemma: 'wat er met je voorwiel is gebeurd'.
_PARTS = (
    *("voorwiel", "achterwiel", "wiel", "stuur", "zadel", "trapper", "pedaal", "snelspanner", "spaak", "voorvork"),
    *("ketting", "derailleur"),  # 'brak mijn ketting ... op mijn stuur gevallen': the chain, not where they landed
    *("accu", "batterij", "oplader", "stekker", "kabel", "ladder", "stoel", "kruk", "trap"),
)


# Parts of the business's premises, not the writer's: 'de trap', 'de stoel'.
_PREMISES = frozenset({"ladder", "stoel", "kruk", "trap"})


# Safety concepts where someone got hurt in a part of the body.
_INJURIES = frozenset({"letsel", "hoofdhuid", "remmen", "gevaar"})


def _hazard_after(concept: str, named: str, cracked: Mention | None) -> str:
    """' met de accu' for a hazard; for a crack the part that cracked, as the writer named it (' in de velg')."""
    if concept == "breuk":
        return f" in {cracked.article or article_of(cracked.text)} {cracked.text}" if cracked is not None else ""
    return f" met {named}" if named else ""


def _by_part(hurt: str, topics: TopicAnalysis) -> str:
    """' door het losse stuur': a part that gave way made the writer nearly fall, so not ' met het stuur' (they did
    not fall with it); 'losse' when the writer says it came loose."""
    det, _, part = hurt.removeprefix(" met ").partition(" ")
    loose = "los" in topics.lemmas and part
    return f" door {det} losse {part}" if loose else " door" + hurt.removeprefix(" met") if hurt else ""


def _tool(text: str) -> str:
    """The hairdresser's tool that burned or cut, as the writer spelled it ('krultang', 'föhn'; harm.toml [lists]
    tool), the one said first; '' for none."""
    said = ((m.start(), m.group(0)) for w in harm_words("tool") if (m := re.search(rf"\b{w}\b", text.lower())))
    return min(said, default=(0, ""))[1]


def _body_parts() -> tuple[str, ...]:
    known = shipped_topic_data().concept("lichaam")
    return known.terms if known is not None else ()


def _persons() -> tuple[str, ...]:
    known = shipped_topic_data().concept("naaste")
    return known.terms if known is not None else ()


class SafetyNamed(DraftBase):
    """What a safety reply names."""

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
            tool = _tool(text)
            work = job_done(text)[1] if tool and hurt == f" met {article_of(tool)} {tool}" and said == hurt else ""
            said = f" bij het {work}{said}" if work else said  # 'haar laten opsteken ... de krultang': the treatment
            return self._job_after(topics, text) or said
        if named is not None and not named.guessed and named.text not in {"remmen", "rem"}:
            # 'Vier van ons hadden de oesters ... De twee zonder oesters: niks.': the dish only the ill had
            dish = dish_of_the_ill(text, topics.products) if concept == "vergiftiging" else None
            # 'Paaszondag bij de paasbrunch ... de zalm': the dish, at the meal it was part of ('na de zalm bij de
            # paasbrunch'); the meal itself when nothing else is named
            meal = next((m for m in topics.products if a_meal(m)), None) if concept == "vergiftiging" else None
            meal = None if meal is None or named.text == meal.text or (dish and dish.text == meal.text) else meal
            at = f" bij {self._np(meal)}" if meal is not None else ""
            # 'mosselen en de vispan': both dishes, in the writer's order; either may have made them ill
            things = [m for m in topics.products if not m.guessed and not m.place and m is not meal][:2]
            pair = named_together(text, things) if dish is None else []
            return f" na {' en '.join(self._np(m) for m in pair)}{at}" if pair else f" na {self._np(dish or named)}{at}"
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
        if tool := _tool(text):  # 'Het meisje met de krultang kwam tegen mijn nek aan': the tool that hurt
            return f" met {article_of(tool)} {tool}"
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

    def _group(self, topics: TopicAnalysis, text: str = "") -> dict[str, str]:
        """Everyone who got ill: 'u en uw gezelschap', or as the writer named them ('met 14 collega's ... 9 van de 14
        ziek': 'u en uw collega's'; 'vier van ons plat ... Mijn man kon niet werken': 'u, uw man en de anderen')."""
        if any(w.startswith("collega") for w in topics.lemmas) and not topics.people:
            return {
                "persoon": self._phrase("group_colleagues"),
                "persoon_subject": self._phrase("group_colleagues_subject"),
            }
        # one of the writer's own named by themselves ('Mijn man'), not two together ('mijn man en de kinderen')
        own = first_own_person(text, topics.people) if text and not said_together(text, list(topics.people)) else ""
        if own and not own.endswith(("en", "s")) and own != topics.owner:
            return {
                "persoon": self._phrase("group_with", persoon=own),
                "persoon_subject": self._phrase("group_with_subject", persoon=own),
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
        # 'Ik ben voorover gevallen ... met mijn zoontje in het zitje achterop': it happened to the writer
        people = [p for p in people if not only_along(text, p)]
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
        hurt_on_find = concept == "hygiene" and bool(topics.found) and broke_on(part, text)
        if (concept in _INJURIES or hurt_on_find) and (topics.people or topics.kin) and not plural:
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


def broke_on(part: str, text: str) -> bool:
    """Whether the part of the body named is told hurt in its sentence (harm.toml [lists] broke_on): 'een stuk van
    zijn tand op afgebeten' on the wire in the bread, not 'had het al in zijne mond'."""
    if not part:
        return False
    for sentence in sentences(text.lower()):
        if re.search(rf"\b{re.escape(part)}\b", sentence):
            return bool(harm_words("broke_on") & set(re.findall(r"\w+", sentence)))
    return False
