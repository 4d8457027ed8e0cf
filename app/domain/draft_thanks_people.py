"""The people a compliment names, said back in its thanks: staff by name, the team, the writer's own people, a
crowd, luck wished."""

from __future__ import annotations

import re

from app.domain.draft_dialects import said_in_dutch
from app.domain.draft_events import one_of_team, with_team
from app.domain.draft_luck import luck_with, own_trial, wished_luck
from app.domain.draft_occasion_people import crowd, listed, someone_else
from app.domain.draft_places import town_as_place
from app.domain.draft_praise_people import plain_name, staff_named
from app.domain.draft_text import Part
from app.domain.draft_thanks_said import ThanksSaidBack
from app.domain.topics import TopicAnalysis, article_of


def would_have_been(text: str, person: str) -> bool:
    """Whether the writer says what ``person`` would have been or done ('ons moeke zou trots geweest zijn', 'opa
    zou ervan genoten hebben'): someone who could not be there, no one to greet."""
    participle = r"ge\w{3,}"
    have = rf"(?:{participle}\s+(?:zijn|hebben)|(?:zijn|hebben)\s+{participle})"
    return re.search(rf"\b{re.escape(person)}\s+zou(?:den)?\b[^.!?]*?\b{have}\b", text, re.I) is not None


# What the writer thanks someone for, by name of the deed or thing: 'bedankt voor het mooie inpakken met dat rode lint',
# 'merci voor de goeie tip', 'dank je wel voor de koffie' (up to the end of the clause).
_THANKED_FOR = re.compile(
    r"\b(?:bedankt|dank\s+(?:je|u|jullie)(?:\s+wel)?|dankjewel|dankuwel|merci)\s+(?:ook\s+|nog\s+)?(?:voor|veur|vur)\s+"
    r"(?P<what>(?:het|de|'t|dat|die)\s+[^\W\d_][^.!?,;:\n]{2,60}?)(?=\s*[.!?,;:\n]|\s*[^\w\s'’-]|$)",
    re.I,
)
# How good the writer found it, right after the article: not said back by the business of itself ('het mooie inpakken').
_HOW_GOOD = re.compile(
    r"^(?P<art>het|de|'t|dat|die)\s+(?:(?:super|heel\s+|erg\s+)?(?:mooie|lieve|goede|goeie|snelle|fijne|vlotte|"
    r"prachtige|heerlijke|geweldige|leuke|toffe|zalige|perfecte|sjieke|nette|zorgvuldige)\s+)",
    re.I,
)


def thanked_for(text: str) -> str:
    """What the writer thanks for, as the reply says it back ('bedankt voor het mooie inpakken met dat rode lint' →
    'het inpakken met dat rode lint'); '' when no deed or thing is thanked for by name."""
    found = _THANKED_FOR.search(text)
    if found is None:
        return ""
    what = said_in_dutch(" ".join(found.group("what").split()), text)  # ('mit dat rode lintje': 'met')
    what = _HOW_GOOD.sub(lambda m: f"{m.group('art')} ", what)
    return re.sub(r"^'t\b", "het", what, flags=re.I)


class ThanksPeople(ThanksSaidBack):
    """The thanks' lines about people (ThanksDrafting builds on it)."""

    def _self_praised(self, key: str, said: str, seed: str, text: str) -> Part:
        """Glad to, from the one who signs and was praised; for the deed the writer thanked them for by name when
        there is one ('Els, bedankt voor het mooie inpakken met dat rode lint': 'Het inpakken ...? Dat ...')."""
        deed = thanked_for(text)
        if deed and key == "self_praised" and deed.rsplit(maxsplit=1)[-1].lower() not in said.lower():
            return Part("staff", self._line("positive", "self_praised_for", seed, {"onderwerp": deed}), False)
        return Part("staff", self._line("positive", key, seed), False)

    def _people_lines(
        self, topics: TopicAnalysis, author: str, said: str, seed: str, suggestion: bool = False, text: str = ""
    ) -> list[Part]:
        """A greeting to the writer's own people or pet, and praise for staff passed on."""
        author_words = {plain_name(w) for w in re.split(r"[\s_.\-@]+", author) if w}
        own = {plain_name(w) for w in self.profile.name.split()} | {plain_name(s) for s in self.profile.signers}
        where = f"{self.profile.name} {town_as_place(self.profile.address, text)}"  # 'door Gorredijk gereden'
        staff = staff_named(topics, author, where, [self.profile.signer], text, self.profile.faq, self.profile.signers)
        # The writer's own people or pet ('onze Coco', '@coco_de_poedel'; 'mijn kleinkinderen') get a greeting.
        # A handle names whose account it is ('@coco_de_poedel'); a name with spaces is the writer's own
        # ('Hennie Oude Lenferink' ... 'Groeten van Hennie'), never a third person to greet.
        handle = author_words if " " not in author.strip() else set()
        kin = [*topics.kin, *(n for n in topics.names if plain_name(n) in handle and n not in topics.kin)]
        kin = [n for n in kin if plain_name(n) not in own]  # 'Lieve Nadia en Demi': Nadia signs the reply
        parts = []
        grief = topics.occasion == "rouw"
        unsaid = [n for n in kin if n not in said]
        # ('de diamanten bruiloft van uw ouders': the mother is one of the couple named, no greeting of her own)
        couple = topics.occasion == "jubileum" and bool(topics.owner) and topics.owner in said
        if unsaid and kin[0] not in said and not grief:  # 'mijn dochters (Lore en Fien)': both are greeted
            parts.append(Part("kin", self._line("positive", "kin", seed, {"naam": listed(unsaid[:3])}), False))
        elif (
            topics.people
            and topics.people[0] not in said
            and not grief
            and not (couple or would_have_been(text, topics.people[0]))  # 'ons moeke zou trots geweest zijn'
            and (
                not topics.kin or someone_else(topics.people[0], topics.kin)  # 'onze Jonas' ... 'mijn mama van 91'
            )
        ):
            person = "het hele team" if one_of_team(topics.people[0], text) else self._person(topics, topics.people[0])
            parts.append(Part("kin", self._line("positive", "kin", seed, {"naam": person}), False))
        elif topics.group and not re.search(rf"\b{re.escape(topics.group)}\b", said) and not grief and not suggestion:
            # 'met onze fietsclub uit Hasselt', '38 collega's kregen een vlecht': the group is greeted
            # ('alle kinderen' takes no 'je' or 'uw'); '120 gasten' at the writer's feast: a crowd, no one to
            # greet, but glad it went well with them
            group = topics.group if topics.group.startswith("alle ") else f"{self._poss} {topics.group}"
            key, group = ("crowd", topics.group) if crowd(topics.group) else ("kin", group)
            parts.append(Part("kin", self._line("positive", key, seed, {"naam": group}), False))
        luck = wished_luck(text)
        if luck and luck not in said and not grief:  # 'Duimen voor Isa!!': the writer's own, wished luck too
            values = {"naam": luck, "waarde": luck_with(text)}  # '... met haar verkeersexamen!'
            parts.append(
                Part("luck", self._line("positive", "luck_with" if values["waarde"] else "luck", seed, values), False)
            )
        elif (trial := own_trial(text)) and trial not in said and not grief:  # 'naar m'n eerste examen': the writer's
            parts.append(
                Part("luck", self._line("positive", "luck_own", seed, {"waarde": f"{self._poss} {trial}"}), False)
            )
        if staff:
            # every one named gets the praise: 'aan Jelle en Femke'
            parts.append(Part("staff", self._line("positive", "staff", seed, {"naam": listed(staff[:3])}), False))
        elif not grief and plain_name(self.profile.signer or "") in {plain_name(n) for n in topics.names}:
            key = "self_praised_team" if with_team(text) else "self_praised"  # 'Ilona en haar team': not 'ik'
            parts.append(self._self_praised(key, said, seed, text))  # 'Gijs heeft ...', 'bedankt voor het inpakken'
        elif topics.crew and not grief:  # 'chapeau keuken': passed on to the kitchen
            crew = f"{article_of(topics.crew)} {topics.crew}"
            parts.append(Part("staff", self._line("positive", "staff", seed, {"naam": crew}), False))
        return parts
