"""A word a complaint is not about, because the writer never says it in their own words: only inside a quote of what
someone said or what stood on an order ('Er stond 'Fijne pensionering Gerit' op'), or only in a comparison ('kraakt
als een oude deur')."""

from __future__ import annotations

import re

# A quote of what someone said or what stood on it ('zegt die idioot 'dan moet ge maar vroeger uit uw bed komen'',
# 'Er stond 'Fijne pensionering Gerit' op'); not the writer's own quote marks ('€ 85 voor een 'balayage'', 'Fiets staat
# al 9 dagen binnen voor 'even een nieuwe ketting'': what it is there for, after 'voor').
_QUOTED = re.compile(
    r"\b(?:zegt|zei|zeiden|zeggen|riep|snauwde|snauwt|antwoordde|reageerde|horen|stond|staat|stonden)\b"
    r"[^.!?'‘\"“]{0,60}?(?<!\bvoor )(?<!\bvoor)(?P<quote>['‘\"“][^'’\"”\n]{3,120}['’\"”])",
    re.I,
)


def quoted_only(text: str, word: str) -> bool:
    """Whether ``word`` is only said inside a quote of what someone said or what stood on an order, never in
    the writer's own words: then it is not what the complaint is about."""
    own = text
    for found in reversed(list(_QUOTED.finditer(text))):  # only the quote, not the words that lead up to it
        own = f"{own[: found.start('quote')]} {own[found.end('quote') :]}"
    said = re.compile(rf"\b{re.escape(word)}\b", re.I)
    return said.search(text) is not None and said.search(own) is None


def simile_only(text: str, word: str) -> bool:
    """Whether ``word`` is only said in a comparison ('kraakt als een oude deur', 'zo hard als een baksteen'), never
    as a thing of its own: then it is not what the complaint is about."""
    said = re.compile(rf"\b{re.escape(word)}\b", re.I)
    like = re.compile(
        rf"\b(?:als|net\s+als|zoals)\s+(?:een|de|het)\s+(?:[a-zà-ÿ-]+\s+){{0,2}}?{re.escape(word)}\b", re.I
    )
    return said.search(text) is not None and said.search(like.sub(" ", text)) is None
