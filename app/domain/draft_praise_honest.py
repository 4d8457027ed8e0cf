"""The honesty a compliment praises: 'eerlijk advies', 'Eerlijke prijs (€ 85)', 'een correcte prijs', said back
('Eerlijk advies: zo hoort het ook!'); never one denied ('geen eerlijke prijs') or asked about."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation, possessive_alternation


@lru_cache(maxsize=1)
def _honest() -> re.Pattern[str]:
    """'eerlijk advies', 'eerlijke prijzen', 'correcte prijsofferte': an honest adjective before what was honest."""
    adjectives = alternation(praise_list("honest_adjectives"))
    things = alternation(praise_list("honest_things"))
    return re.compile(rf"(?<![\w-])(?P<adj>{adjectives})\s+(?P<ding>[\w-]*?(?:{things}))(?![\w-])", re.I)


def _denied(before: str) -> bool:
    """Whether the words before the match in its sentence deny it ('geen eerlijke prijs', 'niet echt eerlijk')."""
    words = set(re.findall(r"[^\W\d_]+", before.lower())[-3:])
    return bool(words & set(praise_list("honest_not")))


def _turned(after: str) -> bool:
    """Whether the rest of the clause after the match denies it or puts it in the past ('een eerlijke prijs is het
    niet echt', 'eerlijke prijzen waren vroeger'): praise.toml ``honest_not`` and ``honest_past``, up to a ',;' or
    'maar'."""
    rest = re.split(r"[,;:]|\bmaar\b|\bbut\b", after.lower(), maxsplit=1)[0]
    words = alternation((*praise_list("honest_not"), *praise_list("honest_past")), spaced=True)
    return re.search(rf"\b(?:{words})\b", rest) is not None


def honest_said(text: str) -> str:
    """'Eerlijk advies' for '... en eerlijk advies: ...', 'Een eerlijke prijs' for 'Eerlijke prijs (€ 85)', as the
    start of a sentence; '' when the comment praises no honesty, denies it or asks about it."""
    for found in _honest().finditer(text):
        start = max(text.rfind(stop, 0, found.start()) for stop in ".!?\n")
        end = min((i for i in (text.find(s, found.end()) for s in ".!?\n") if i >= 0), default=len(text))
        if _denied(text[start + 1 : found.start()]) or text[end : end + 1] == "?" or _turned(text[found.end() : end]):
            continue
        adj, thing = found.group("adj").lower(), found.group("ding").lower()
        # 'eerlijke prijs' → 'een eerlijke prijs'; 'eerlijk advies' (a het-word, as written), 'eerlijke prijzen' stay
        single = adj.endswith("e") and not thing.endswith("en")
        said = f"{'een ' if single else ''}{adj} {thing}"
        return said[:1].upper() + said[1:]
    return ""


# A dish or thing the writer likens to one of their own people's ('De waterzooi was gelijk bij mijn grootmoeder',
# 'die soep smaakte net zoals bij m'n oma', 'de appeltaart is precies als die van mijn moeder').
# Only the loved cooking kin of praise.toml ``compared_kin`` ('oma', 'bomma', 'mama'), not 'mijn ex'.
@lru_cache(maxsize=1)
def _compared() -> re.Pattern[str]:
    kin = alternation(praise_list("compared_kin"), spaced=True)
    return re.compile(
        r"\b(?P<lid>de|het)\s+(?P<ding>[^\W\d_][\w-]{2,})\s+(?:was|is|smaakte|smaakt|proefde|proeft)\s+"
        r"(?P<tussen>(?:\w+\s+){0,2}?)"
        r"(?:gelijk|net\s+als|net\s+zoals|precies\s+als|precies\s+zoals|zoals|als)\s+(?:bij|die\s+van|dat\s+van)\s+"
        rf"(?:{possessive_alternation()})\s+(?P<wie>{kin})\b",
        re.I,
    )


def _unflattering(found: re.Match[str], text: str) -> bool:
    """Whether the likening is no compliment: denied before it ('was niet zoals bij mijn oma') or turned after it,
    up to the end of the sentence or a 'maar' ('net als bij mijn ex, dus niet zo goed', ': taai haha')."""
    denials = set(praise_list("honest_not"))
    if set(found["tussen"].lower().split()) & denials:
        return True
    rest = re.split(r"[.!?\n]|\bmaar\b", text[found.end() :], maxsplit=1)[0].lower()
    turned = alternation((*praise_list("compared_not"), *denials), spaced=True)
    return re.search(rf"\b(?:{turned})\b", rest) is not None


def compared_said(text: str, poss: str, said: str = "") -> tuple[str, str]:
    """('De waterzooi', 'je grootmoeder') for 'De waterzooi was gelijk bij mijn grootmoeder': the thing and whose
    it was like, said back as the compliment it is (no greeting to the grandmother); 'Net' for the thing when the
    thanks (``said``) names it already ('Net zoals bij je oma'); ('', '') when none."""
    found = _compared().search(text)
    if found is None or _unflattering(found, text):
        return "", ""
    thing = f"{found['lid'].lower()} {found['ding'].lower()}"
    if re.search(rf"\b{re.escape(found['ding'])}\b", said, re.I):
        thing = "net"
    return thing[:1].upper() + thing[1:], f"{poss} {found['wie'].lower()}"
