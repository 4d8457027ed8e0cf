"""The writer's own thing is with the business ('Mijn fiets staat al 2 weken bij jullie'), read from
resources/phrase_cues.toml (held_verbs, held_places, held_for, brought_in) in one place, two ways: strictly, with
the thing named as the writer's (draft_said.brought_in: after a call in vain the business calls them back), and
loosely, also without it ('heeft hier 5 weken gestaan'), for the loan (draft_loan: the comment says already that
the writer is without their own)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.words import alternation, possessive_alternation


def held(text: str, *, loosely: bool = False) -> bool:
    """Whether the comment says the writer's own thing is at the business: 'Mijn e-bike staat daar nu al 3 weken',
    'staat onze fiets nog altijd bij jullie', 'Mijn e-bike staat er nu 9 dagen'; not 'de fout ligt bij jullie' (no
    thing of theirs). ``loosely``: also without the thing named as theirs ('staat al 2 weken bij jullie', 'heeft
    hier 5 weken gestaan', 'sinds 16 maart binnen is', 'Fiets op 2 mei gebracht') or the writer waiting for their
    own ('Al drie weken wacht ik op mijn fiets')."""
    return _held_mine().search(text) is not None or (loosely and _held_any().search(text) is not None)


@cache
def brought_verbs() -> str:
    """The verbs of a thing brought in to the business ('gebracht', 'binnengezet', 'binnen gezet'; phrase_cues.toml
    brought_in) as one regex alternation, without a group: read here and in draft_said (brought_in, brought_for)."""
    return alternation(phrase_cues().brought_in, spaced=True)


@cache
def _verbs_places() -> tuple[str, str]:
    """The verbs of being somewhere and the places at the business, as regex alternations."""
    cues = phrase_cues()
    return alternation(cues.held_verbs), alternation(cues.held_places, spaced=True)


@cache
def _held_mine() -> re.Pattern[str]:
    """The strict reading: the writer's own thing and a verb, then a place ('mijn fiets staat al 2 weken bij
    jullie'), 'er' with how long ('Mijn e-bike staat er nu 9 dagen'), or a clause after 'die' with the verb last
    ('mijn fiets die er sinds dinsdag staat', 'mijn e-bike die sinds 16 maart binnen is')."""
    verbs, places = _verbs_places()
    mine, gap = possessive_alternation(), r"(?:\s+[\w'-]+){0,4}?"
    there = rf"er(?:\s+(?:nu|al|nog))*\s+(?:\d+|{alternation(phrase_cues().held_for, spaced=True)})\b"
    return re.compile(
        rf"\b(?:(?:{mine})\s+[\w-]+\s+(?:{verbs})|(?:{verbs})\s+(?:{mine})\s+[\w-]+){gap}\s+(?:{places})\b"
        rf"|\b(?:{mine})\s+[\w-]+\s+(?:{verbs})\s+{there}"
        rf"|\b(?:{mine})\s+[\w-]+\s+die\s+(?:{there}|(?:[\w'-]+\s+){{0,4}}?(?:{places})){gap}\s+(?:{verbs}|is)\b",
        re.I,
    )


@cache
def _held_any() -> re.Pattern[str]:
    """The loose reading: a verb and a place in either order, whoever's the thing, a thing brought in, or the
    writer waiting for their own."""
    verbs, places = _verbs_places()
    return re.compile(
        rf"\b(?:(?:{verbs})\b(?:\s+[\w'-]+){{0,4}}?\s+(?:{places})"
        rf"|(?:{places})(?:\s+[\w'-]+){{0,3}}?\s+(?:{verbs})|(?:{places})\s+is"
        rf"|{brought_verbs()}"
        rf"|(?:wacht|wachten|wachtte|gewacht)(?:\s+(?:ik|we|wij|al))*\s+op\s+(?:{possessive_alternation()}))\b",
        re.I,
    )
