"""The diets and allergies a compliment names: the one dish served for a diet, or that everyone's diets were met."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.datafile import word_list
from app.domain.draft_praise import _TURN
from app.domain.textnorm import sentences
from app.domain.words import stop_words
from app.resources import resource_path

# A diet that was not met or is wished for: 'Eén puntje: ... geen glutenvrij brood', 'zou mooi zijn'.
_LACKED = re.compile(r"\b(?:geen|puntje|zou|zouden|graag|mis|miste|ontbrak|ontbreekt|niks|niets)\b", re.I)


@lru_cache(maxsize=1)
def _diets() -> tuple[str, ...]:
    """The words for diets and allergies (resources/praise.toml 'diets')."""
    return word_list(resource_path("praise.toml"), "diets")


def diet_served(text: str) -> str:
    """The one dish for a diet a compliment names, as written: 'een vegetarisch alternatief' for 'Gert dacht mee
    over een vegetarisch alternatief', 'een glutenvrije taart'; '' when none, two or more diets are named (see
    :func:`diets_met`), or it is a minus point or an idea ('maar geen glutenvrij brood')."""
    if _TURN.search(text) or _LACKED.search(text) or diets_met(text):
        return ""
    # ('de vegetarische optie was eindelijk iets': the dish for a diet named with 'de' too)
    for found in re.finditer(r"\b(?P<art>een|de|het)\s+(?P<diet>[^\W\d_]+)\s+(?P<dish>[^\W\d_]{3,})\b", text, re.I):
        diet, dish = found.group("diet").lower(), found.group("dish").lower()
        # the diet said as an adjective ('vegetarisch', 'glutenvrije', 'vegan'), not 'een dieet volgt'
        said = diet.endswith(("isch", "ische", "vrij", "vrije")) or diet in {"vegan", "halal", "koosjer"}
        if said and any(diet.startswith(d) for d in _diets()) and dish not in stop_words():
            neuter = found.group("art").lower() == "het" and diet.endswith("e")  # 'het glutenvrije brood'
            return f"een {diet[:-1] if neuter else diet} {dish}"
    return ""


def diets_met(text: str) -> bool:
    """Whether a compliment names two or more diets or allergies ('vegetarisch, halal en een glutenallergie'):
    that everyone's wishes were met is what it praises; not in a minus point or an idea ('maar ...')."""
    if _TURN.search(text) or _LACKED.search(text):
        return False
    found = set()
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        diet = max((d for d in _diets() if word.startswith(d)), key=len, default="")  # 'glutenallergie': gluten
        found |= {diet[:5]} if diet else set()  # one diet in any form: 'vegetarisch', 'vegetariërs'
    return len(found) >= 2


# One allergy by name ('notenallergie', 'pinda-allergie'), not the plural of several ('allergieën', see diets_met).
_ALLERGY = re.compile(r"\b[^\W\d_]+-?allergie\b", re.I)
# Who has it, said before it in its sentence: 'onze zoon heeft een notenallergie', 'met mijn glutenallergie'.
_HOLDER = r"\b(?:mijn|m'n|mn|onze|ons)\s+(?P<who>[^\W\d_]+)\s+(?:heeft|had|met)\b"
_MINE = re.compile(r"\b(?:ik\s+(?:heb|had)|mijn|m'n|mn|met\s+mijn)\s+(?:[^\W\d_]+\s+){0,2}$", re.I)


def allergy_cared(text: str, people: tuple[str, ...], poss: str) -> str:
    """The one allergy a compliment says was taken care of, with whose it is as the reply says it ('onze zoon heeft
    een notenallergie en Sem vroeg het na' → 'de notenallergie van uw zoon', 'met mijn pinda-allergie' → 'je
    pinda-allergie', else 'de notenallergie'); '' for none, for two or more, or in a minus point or an idea."""
    if _TURN.search(text) or _LACKED.search(text) or diets_met(text) or diet_served(text):
        return ""
    found = {m.group(0).lower() for m in _ALLERGY.finditer(text)}
    if len(found) != 1:
        return ""
    allergy = found.pop()
    for sentence in sentences(text):
        at = sentence.lower().find(allergy)
        if at < 0:
            continue
        before = sentence[:at]
        holder = re.search(_HOLDER, before, re.I)
        if holder is not None and holder.group("who").lower() in {p.lower() for p in people}:
            return f"de {allergy} van {poss} {holder.group('who').lower()}"
        if _MINE.search(before):
            return f"{poss} {allergy}"
    return f"de {allergy}"
