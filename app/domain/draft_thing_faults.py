"""What the writer says a thing does wrong, said back in a complaint's empathy: the noise it makes and what makes it
('en piepen de schijfremmen'), and rust ('de ketting zit al vol roest')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_jokes import shipped_complaint_cues


def noise_said(text: str) -> tuple[dict[str, str], list[str]] | None:
    """The noise a thing makes, as the writer said it ('kraakt', with ' nog altijd' when said), from the noise
    shapes of resources/complaint_cues.toml, and the three words before it (what makes it: 'm'n trapas');
    None when the comment names no noise."""
    for shape in shipped_complaint_cues():
        found = shape.pattern.search(text) if shape.id in {"noise", "noise_many"} else None
        if found is not None:
            still = " ".join((found.group("tweede") or "").lower().split())
            said = {"waarde": found.group("waarde").lower(), "tweede": f" {still}" if still else ""}
            clause = re.split(r"[,.;:!?]", text[: found.start()])[-1]  # 'bij nijhuis, €85 betaald, ratelt': none
            return said, re.findall(r"[\w'-]+", clause.lower())[-3:]
    return None


# The thing named right after the noise, as its subject ('en piepen de schijfremmen', 'kraakt mijn trapas'), in
# the noise's own clause and with up to two words between ('kraakt de hele fiets').
_AFTER_NOISE = r"^\s+(?P<det>de|het|mijn|m'n|mn|onze|ons|zijn|haar|die)\s+(?:[^\W\d_]+\s+){{0,2}}?(?P<ding>{things})\b"


def noise_maker_after(text: str, things: Iterable[str]) -> tuple[str, str]:
    """(article, thing) of what makes the noise when the writer names it after the verb ('en piepen de
    schijfremmen' → ('de', 'schijfremmen')), only one of ``things`` (the products the comment names), never a
    word that merely follows ('kraakt de hele dag', 'de laatste tijd'); ('', '') when none does."""
    names = sorted({t.lower() for t in things if t.strip()}, key=len, reverse=True)
    for shape in shipped_complaint_cues():
        found = shape.pattern.search(text) if shape.id in {"noise", "noise_many"} else None
        if found is not None and names:
            said = _AFTER_NOISE.format(things="|".join(re.escape(n) for n in names))
            after = re.search(said, text[found.end() :], re.I)
            return (after.group("det").lower(), after.group("ding").lower()) if after else ("", "")
    return "", ""


# Rust said of a thing ('de ketting zit al vol roest', 'roestige bouten', 'roest op de ketting').
_RUST = r"(?:roest\w*|verroest\w*|rust(?:y|ed|ing)?)"


def rusted(text: str, things: list[str]) -> str:
    """The first of ``things`` the writer says has rusted ('zit de ketting al vol roest'), or ''."""
    for thing in things:
        word = re.escape(thing)
        said = rf"\b{word}\b[^.,;!?]{{0,30}}?\b{_RUST}\b|\b{_RUST}\s+(?:op|aan|on)\s+(?:\w+\s+)?{word}\b"
        if re.search(said, text, re.I):
            return thing
    return ""
