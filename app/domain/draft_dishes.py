"""Which dish a safety reply names: the one only the ill had ('wie de oesters nam'), or two named together."""

from __future__ import annotations

import re

from app.domain.topics import Mention


def named_together(text: str, things: list[Mention]) -> list[Mention]:
    """Two things the writer named side by side ('mosselen en de vispan', 'de kibbeling, de garnalen'), in the
    writer's order; [] when there are not two or they stand apart."""
    if len(things) != 2:
        return []
    a, b = (re.escape(m.text) for m in things)
    between = r"(?:\s*,\s*|\s+(?:en|&|of|met)\s+)(?:(?:de|het|een|wat|mijn|m'n|onze|ons|portie|bord)\s+){0,2}"
    found = re.search(rf"\b(?:({a}){between}({b})|({b}){between}({a}))\b", text, re.IGNORECASE)
    if found is None:
        return []
    return things if found.group(1) else things[::-1]


def dish_of_the_ill(text: str, products: tuple[Mention, ...]) -> Mention | None:
    """The dish only those who fell ill had, when the writer singles it out ('Alle vijf hadden de vispan', 'wie
    de oesters nam', 'de twee zonder oesters: niks', 'allemaal hadden ze de garnalencocktail'), or None."""
    for dish in products:
        if dish.guessed or dish.place:
            continue
        word, ate = re.escape(dish.text), r"(?:hadden|aten|namen|kozen|bestelden|had|at|nam|koos|bestelde)"
        # 'Vier van ons hadden de oesters', 'alle vijf hadden de vispan' (a count of them), not 'We aten de kibbeling'
        count = r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)"
        counted = rf"\b{count}\s+(?:\w+\s+){{0,2}}?{ate}\s+(?:de|het)\s+{word}\b"
        who = (
            rf"\bwie\s+(?:de|het)\s+{word}\s+{ate}\b"  # 'wie de zalm nam', not 'mijn schoonvader, die de schnitzel had'
        )
        # 'allemaal hadden ze de garnalencocktail', 'ze hadden allemaal de vispan': what every one of the ill had
        everyone, they = r"(?:allemaal|allen|allebei|beiden|iedereen)", r"(?:ze|zij|we|wij)"
        all_had = (
            rf"\b{everyone}\s+(?:{they}\s+)?{ate}\s+(?:{they}\s+)?(?:de|het)\s+{word}\b(?!\s+met\b)"
            rf"|\b{ate}\s+{they}\s+{everyone}\s+(?:de|het)\s+{word}\b(?!\s+met\b)"
        )  # (not 'het voorgerecht met de garnalen': both are named)
        # 'Het enige wat we allebei hebben gegeten ... waren de oesters': the one dish they had in common
        only = rf"\bhet\s+enige\s+(?:wat|dat|da)\b[^.!?]*?\b{word}\b"
        if re.search(rf"{counted}|{who}|{only}|{all_had}|\bzonder\s+(?:de\s+|het\s+)?{word}\b", text, re.I):
            return dish
    return None
