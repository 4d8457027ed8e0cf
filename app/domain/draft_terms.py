"""The profile's return terms when they offer to put the work right for free ('niet tevreden over je
kleur? Kom binnen een week terug, herstellen is gratis'): said after a complaint about the result."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.words import alternation

# putting it right, also as a separable verb ('bijknippen', 'knippen we gratis bij', 'werken we kosteloos bij')
_FIX = (
    r"\b(?:herstel\w*|bijwerk\w*|bijknip\w*|bijkleur\w*|bijstel\w*|corrig\w*|overdo\w*|opnieuw|aanpas\w*|rechtzet\w*)\b"
    r"|\b[a-zà-ÿ]+\s+(?:we|wij|ik)\s+(?:[a-zà-ÿ]+\s+){0,3}?bij\b"
    # ... or 'passen we het gratis aan', 'zetten we het kosteloos recht'
    r"|\b(?:pas|pass?en|zet|zetten)\s+(?:we|wij|ik)\s+(?:[a-zà-ÿ]+\s+){0,3}?(?:aan|recht)\b"
)
_FREE = r"\b(?:gratis|kosteloos)\b"
_FIXED = re.compile(_FIX, re.I)
_FREE_OF_CHARGE = re.compile(_FREE, re.I)


def free_fix(terms: str) -> str:
    """The terms without their opening question, lower case first ('kom binnen een week terug, herstellen
    is gratis'), or '' when they offer no free fix."""
    if not (_FIXED.search(terms) and _FREE_OF_CHARGE.search(terms)):  # 'knippen we gratis bij': either order
        return ""
    said = terms.rsplit("?", 1)[-1].strip().rstrip(".")
    # only the sentence that offers the fix, not the cancelling rules after it ('Afzeggen kan tot 24 uur ...')
    parts = re.split(r"(?<=[.!])\s+", said)
    fixing = [p for p in parts if _FIXED.search(p)]
    said = " ".join(fixing).rstrip(".") if fixing and len(fixing) < len(parts) else said
    return said[:1].lower() + said[1:]


# A part of the terms that names the kind of thing it is for before a colon ('tweedehands fietsen: ...').
_LABELLED = re.compile(r"^\s*(?P<label>[^\W\d_][\w -]{2,40}?)\s*:\s*(?P<rest>\S.*)$")


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 2)]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) > 2]


def terms_for(terms: str, text: str) -> str:
    """The parts of the terms that fit the comment: a part labelled with the kind of thing it is for
    ('tweedehands fietsen: zes maanden garantie; nieuwe fietsen: garantie volgens het merk') only when the
    comment names that kind by a word of the label no other label has ('mijn tweedehands fiets'; 'fiets'
    does not tell the two apart); unlabelled parts always. '' when every part is labelled for a kind the
    comment does not name (a repair wait, a new bike bought)."""
    words = _words(text)
    parts = [(p, _LABELLED.match(p)) for p in re.split(r"\s*;\s*", terms.strip().rstrip("."))]
    labels = [set(_words(m.group("label"))) if m else set() for _, m in parts]
    kept = []
    for at, (part, labelled) in enumerate(parts):
        if labelled is None:
            kept.append(part)
            continue
        own = labels[at].difference(*(other for i, other in enumerate(labels) if i != at))
        if any(w.startswith(_stem(o)) for o in own for w in words):
            label, rest = labelled.group("label"), labelled.group("rest")
            # 'zes maanden garantie op tweedehands fietsen', not 'Goed om te weten: tweedehands fietsen: ...'
            kept.append(part if re.search(r"\bop\b", rest) else f"{rest} op {label}")
    return "; ".join(p for p in kept if p)


@cache
def _fix_asked() -> re.Pattern[str]:
    done = alternation(phrase_cues().fix_asked, spaced=True)
    # 'kan da nog bijgewerkt worden?', 'kunnen jullie dat nog rechtzetten', in a sentence that ends in a question mark
    return re.compile(rf"\b(?:kan|kunnen|kunt|kunde|kunne)\b[^.!?]{{0,40}}?\b(?:{done})\b[^.!?]{{0,60}}\?", re.I)


def fix_asked(text: str) -> bool:
    """Whether the writer asks if the work can still be put right ('kan het nog gefixt worden voor de kerst?'):
    then a profile's free fix answers it, though the writer named no result they came for."""
    return bool(phrase_cues().fix_asked) and _fix_asked().search(text) is not None


@cache
def _not_fixed() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(phrase_cues().not_fixed, spaced=True)})\b", re.I)


@cache
def _come_back_asked() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(phrase_cues().come_back_asked, spaced=True)})\b", re.I)


@cache
def _new_since() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(phrase_cues().new_since, spaced=True)})(?!\w)", re.I)


def said_not_fixed(text: str) -> bool:
    """Whether the writer says in so many words that the work did not help ('nog altijd lijk voorheen', 'hetzelfde
    probleem', 'niks veranderd'; phrase_cues.toml not_fixed), not by a noise that goes on."""
    return bool(phrase_cues().not_fixed) and _not_fixed().search(text) is not None


def not_fixed(text: str) -> bool:
    """Whether the writer says the trouble is still there as it was before the work ('nu verspringen mijn
    versnellingen nog altijd lijk voorheen', 'hetzelfde probleem', 'niks veranderd'; phrase_cues.toml not_fixed),
    or a noise goes on ('mijn ketting kraakt nog altijd'; complaint_cues.toml noise, with 'nog altijd' or 'nog
    steeds'), or a fault came with the work ('een piep die er eerst niet was'; phrase_cues.toml new_since)."""
    if said_not_fixed(text):
        return True
    if phrase_cues().new_since and _new_since().search(text):  # 'een piep die er eerst niet was': worse since
        return True
    noises = (s.values(text) for s in shipped_complaint_cues() if s.id in {"noise", "noise_many"})
    return any(found is not None and found.get("tweede", "").lower().startswith("nog ") for found in noises)


def come_back_asked(question: str) -> bool:
    """Whether a question asks whether to come back or bring the thing back ('Moet ik nu terugkomen of wa?')."""
    return bool(phrase_cues().come_back_asked) and _come_back_asked().search(question) is not None


# A part of the terms about work done, not about things sold ('3 maanden garantie op herstellingen; 2 jaar op nieuwe
# fietsen' → the first).
_ON_WORK = re.compile(r"\b(?:herstel\w*|reparat\w*|werk\w*|onderhoud\w*|beurt\w*|behandeling\w*)", re.I)


def work_terms(terms: str) -> str:
    """The parts of the terms about work done, when some are and some are not; the terms as they are otherwise."""
    parts = [p for p in re.split(r"\s*;\s*", terms.strip().rstrip(".")) if p]
    on_work = [p for p in parts if _ON_WORK.search(p)]
    return "; ".join(on_work) if on_work and len(on_work) < len(parts) else terms.strip().rstrip(".")
