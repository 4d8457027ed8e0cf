"""The writer's own thing is with the business ('Mijn fiets staat al 2 weken bij jullie'), read from
resources/phrase_cues.toml (held_verbs, held_places, held_for, brought_in) in one place, two ways: strictly, with
the thing named as the writer's (brought_in: after a call in vain the business calls them back), and loosely, also
without it ('heeft hier 5 weken gestaan'), for the loan (draft_loan: the comment says already that the writer is
without their own); and the job the thing was brought in for ('voor een nieuwe groepset', brought_for)."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_events import ordered_ahead
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.topics import article_of
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


# 'Fiets gebracht voor een nieuwe groepset', 'voor een onderhoudsbeurt binnengebracht': the job a thing was
# brought in for; a time or place after 'voor' ('voor de deur afgegeven', 'voor een week') is no job.
_NO_JOB = r"(?!(?:deur|week|dag|maand|middag|ochtend|avond|zaak|winkel)\b)"
_JOB = rf"(?:een|de|het)\s+(?P<job>(?:nieuwe?\s+)?{_NO_JOB}[a-zà-ÿ-]{{4,}})"


@cache
def _brought_for() -> re.Pattern[str]:
    """The job after or before the verb of bringing in (draft_held.brought_verbs)."""
    brought = f"(?:{brought_verbs()})"
    return re.compile(rf"\b{brought}\s+voor\s+{_JOB}\b|\bvoor\s+{_JOB.replace('job', 'job2')}\s+{brought}\b", re.I)


# The writer's thing is with the business for a job, said otherwise: waited on for its job ('wacht ik op mijn fiets
# voor een onderhoudsbeurt') or to be picked up ('Wanneer kan ik hem komen halen?').
_WITH_US = (
    rf"\bwacht\w*\s+(?:ik\s+|we\s+)?(?:al\s+)?op\s+(?:{possessive_alternation()})\s+[\w-]+\s+voor\s+(?:een|de|het)\s+"
    r"|\b(?:kan|kunnen|mag|mogen)\s+(?:ik|we|wij)\s+(?:hem|haar|het|ze|die|dat|mijn\s+[\w-]+)\s+(?:komen\s+)?(?:op)?halen\b"
)
# A booking the business made for the writer ('de bovenzaal gereserveerd ... bevestiging per mail gekregen'), an
# appointment made ('Telefonisch afspraak gemaakt voor zaterdag') or the writer's own reservation ('m'n reservatie
# via jullie app', '2x gezegd bij de reservatie'); not one still to make ('om te reserveren').
_BOOKED_WITH_US = (
    r"(?:gereserveerd|geboekt|vastgelegd|bevestiging\w*|afspraak\s+(?:gemaakt|ingepland)"
    rf"|(?:bij\s+de|{possessive_alternation()})\s+(?:reservatie|reservering))"
)


def brought_in(text: str, *, loosely: bool = False) -> bool:
    """Whether the writer's thing was brought in to the business ('Speed pedelec op 27 januari gebracht'), is
    with it ('Mijn e-bike staat daar nu al 3 weken', draft_held.held) or a booking was made ('de bovenzaal
    gereserveerd'): the job or booking has their number, so after a call in vain the business calls them. An aside
    in brackets does not part the thing from its verb ('Mijn leasefiets (via de lease) staat sinds 3 januari in hun
    atelier'), and what it says counts too ('(onderhoudsbeurt, binnengebracht op 18 mei)').
    ``loosely``: the thing with the business also without it named as the writer's (draft_held.held; the loan)."""
    for said in (text, re.sub(r"\s*\([^()]*\)", "", text)):
        if re.search(rf"\b(?:{brought_verbs()}|{_BOOKED_WITH_US})\b|{_WITH_US}", said, re.I) is not None:
            return True
        if held(said, loosely=loosely):
            return True
    return False


# The writer's own appointment: 'mijn afspraak', 'had een afspraak', 'een afspraak die ik zelf bij u heb gemaakt'.
_APPOINTMENT = re.compile(
    rf"\b(?:{possessive_alternation()})\s+afspraak\b"
    r"|\b(?:(?:ik|'k|we|wij)\s+(?:had|hadden|heb|hebben)|(?:had|hadden|heb|hebben)\s+(?:ik|'k|we|wij))\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:een|ne|nen)\s+afspraak\b"
    r"|\bafspraak\b(?:\s+[\w'-]+){0,10}?\s+(?:gemaakt|geboekt|ingepland|vastgelegd)\b",
    re.I,
)


def on_record(text: str) -> bool:
    """Whether the business has the writer's details from something of theirs: a thing brought in or a booking
    (brought_in), an order ('8 koffiekoeken besteld', draft_events.ordered_ahead) or their appointment ('met een
    afspraak die ik zelf bij u heb gemaakt'): after a call in vain the business calls them on that number, it
    does not ask for it."""
    return brought_in(text) or ordered_ahead(text) or _APPOINTMENT.search(text) is not None


def brought_for(text: str) -> str:
    """The job the writer brought the thing in for, with its article ('de nieuwe groepset'), or ''."""
    found = _brought_for().search(text)
    if found is None:
        return ""
    job = " ".join((found.group("job") or found.group("job2")).lower().split())
    return f"{article_of(job.split()[-1])} {job}"
