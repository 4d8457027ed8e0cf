"""Whether the occasion a thank-you names is still to come ('onze bruiloft volgende week') or past, read from
the sentences that name it."""

from __future__ import annotations

import re

from app.domain.textnorm import sentences

# An occasion in a thank-you that is still to come ('onze bruiloft volgende week', 'vanaf morgen met pensioen'),
# unless the writer also tells of it as past ('afgelopen zaterdag ... volgend jaar weer'); not the next visit
# said in a goodbye ('Houdoe en tot over zes weken', 'Tot de volgende keer!': the next visit, no day to come), nor
# next year's order ('Volgend jaar bestel ik er twee!').
_SOON = re.compile(
    r"\b(?:(?:volgende|volgend|komende|komend)(?!\s+(?:keer|keertje|kier|maal|bezoek|afspraak)\b)"
    # ... nor the next year's order or visit ('Volgend jaar bestel ik er twee!', 'volgend jaar komen we terug')
    r"(?!\s+jaar\s+(?:[\w']+\s+){0,3}?(?:weer|terug|opnieuw|bestel\w*|kom\w*|zeker)\b)"
    r"|aanstaande|binnenkort|overmorgen"
    # 'morgen', but not the morning ('elke morgen', 'die morgen', 'de hele morgen')
    r"|(?<!\belke )(?<!\biedere )(?<!\bdie )(?<!\bdeze )(?<!\bde )(?<!\bhele )(?<!\bzelfde )morgen)\b"
    r"|(?<!\btot )\bover\s+\w+\s+(?:dagen|weken)\b"
    # 'Zaterdag 20 augustus gaan we trouwen', 'mijn zus gaat in mei trouwen': the day said as planned
    r"|\b(?:ga|gaan|gaat)\b(?:\s+[\w']+){0,4}?\s+(?:trouwen|verloven|vieren)\b",
    re.I,
)


def _occasion_sentences(text: str, words: str) -> str:
    """The sentences of ``text`` that name the occasion (by the first letters of its last word, 'communie' in
    'communietaart'), whose time says whether it is still to come ('zondag was haar communie. Volgend jaar het
    lentefeest van haar broer': the communion is past); the whole text when no sentence names it."""
    last = words.rsplit(maxsplit=1)[-1].lower()[:6] if words.strip() else ""
    found = [s for s in sentences(text) if last and last in s.lower()] if len(last) >= 4 else []
    return " ".join(found) or text


_GONE = re.compile(r"\b(?:vorige|vorig|afgelopen|gisteren|eergisteren|gevierd|vierden|getrouwd)\b", re.I)


def occasion_ahead(text: str, words: str) -> bool:
    """Whether the occasion named by ``words`` is still to come in ``text`` ('Klaar voor mijn bruiloft volgende
    week'): a day to come said in its sentences, and none told as past."""
    said_in = _occasion_sentences(text, words)
    return bool(_SOON.search(said_in)) and not _GONE.search(said_in)


def occasion_soon(text: str, words: str) -> bool:
    """Whether one sentence that names the occasion says it is still to come and tells nothing of it as past ('Nu
    zitten er blaasjes op mijn hoofd en volgende week zaterdag is de bruiloft'), though another sentence names it
    as what the visit was for ('Gisteren mijn haar laten verven voor de bruiloft van mijn dochter')."""
    last = words.rsplit(maxsplit=1)[-1].lower()[:6] if words.strip() else ""
    if len(last) < 4:
        return False
    return any(last in s.lower() and _SOON.search(s) and not _GONE.search(s) for s in sentences(text))
