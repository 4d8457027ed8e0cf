"""A silence or commemoration the business did not keep ('Om 8 uur twee minuten stilte, maar bij jullie ging de muziek
gewoon door'; 'tijdens de minuut stilte bleef de koffiemachine draaien'): the reply names the moment as the writer
did, and admits it plainly, instead of a general line about being treated badly."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_text import Part
from app.domain.textnorm import sentences

_NUMBER = r"(?:een|één|1|twee|2|drie|3|vijf|5)"
# 'twee minuten stilte', 'een minuut stilte', 'de Dodenherdenking', 'de herdenking', 'de stille tocht'
_SILENCE = re.compile(
    rf"\b(?P<silence>{_NUMBER}\s+minu(?:ut|ten)\s+stilte)\b|\b(?P<named>(?:doden)?herdenking|stille\s+tocht)\b",
    re.I,
)
# the day it was kept, when said: '4 mei', '11 november'
_DAY = re.compile(r"\b(?:4|5)\s+mei\b|\b11\s+november\b", re.I)


def kept_moment(text: str) -> str:
    """The moment as the writer names it, with its article and day ('de twee minuten stilte op 4 mei', 'de
    dodenherdenking'); '' when the comment names none."""
    found = _SILENCE.search(text)
    if found is None:
        # 'Gisteravond, 4 mei ... Twee minuten alleen de Waal en een merel': the minutes on the day say the silence
        day = _DAY.search(text)
        minutes = re.search(rf"\b{_NUMBER}\s+minu(?:ut|ten)\b", text, re.I) if day else None
        return kept_moment(f"{minutes.group(0)} stilte {day.group(0)}") if minutes and day else ""
    said = " ".join((found.group("silence") or found.group("named")).lower().split())
    said = re.sub(r"^(?:een|één|1)\s+", "", said)  # 'een minuut stilte' → 'de minuut stilte'
    day = _DAY.search(text)
    return f"de {said}" + (f" op {day.group(0)}" if day and day.group(0) not in said else "")


class CommemorationDrafting(DraftBase):
    """The empathy of a complaint about a silence not kept."""

    def _commemoration(self, parts: list[Part], people: tuple[str, ...], seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy naming the moment not kept, and what it said about the writer's own people;
        unchanged when the comment names no such moment."""
        moment = kept_moment(text)
        if not moment:
            return parts
        line = self._line("complaint", "commemoration", seed, {"onderwerp": moment})
        out = []
        for p in parts:
            if p.key == "empathy":
                # 'Ook voor uw opa is dat natuurlijk niet prettig': the writer's own, kept
                kept = [s for s in sentences(p.text) if any(re.search(rf"\b{re.escape(w)}\b", s) for w in people)]
                out.append(Part("empathy", " ".join([line, *kept]), True, line))
            else:
                out.append(p)
        return out
