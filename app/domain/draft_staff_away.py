"""Someone of the business the writer asks for by name ('Kan ik bij Yasmina terecht rond 10 oktober?') who the
profile's holiday lines say is away ('Yasmina is met bevallingsverlof tot eind oktober; Nathalie neemt haar klanten
over.'): that sentence of the holidays, said beside the answer, so the writer does not book in vain."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.textnorm import sentences


def staff_note(holidays: str, text: str, staff: Iterable[str], said: str) -> str:
    """The first sentence of ``holidays`` that starts with someone of ``staff`` the comment ``text`` names too (what
    the holidays say of that person), without its stop; '' when there is none or the answer ``said`` holds it."""
    named = [s for s in staff if s.strip() and re.search(rf"\b{re.escape(s.strip())}\b", text)]
    for sentence in sentences(holidays) if named else []:
        line = sentence.strip().rstrip(".")
        if any(re.match(rf"\W*{re.escape(n.strip())}\b", line) for n in named) and line not in said:
            return line
    return ""
