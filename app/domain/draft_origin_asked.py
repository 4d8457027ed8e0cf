"""A question where a thing comes from ('Is da Sint-Amands bier van de brouwerij hier in het dorp?', 'Komt jullie
vlees van de boer uit de streek?'): an answer that names the thing but not where it comes from (a line that offers
the dish, its price) does not answer it; the business looks it up. The words of an origin are in
resources/draft_cues.toml origin_asked."""

from __future__ import annotations

import re

from app.domain.draft_cues import draft_cues

# 'van' or 'uit', then up to four words to a word of origin ('van de brouwerij', 'uit onze eigen kweek').
_FROM = r"\b(?:van|uit)\s+(?:[^\W\d_]+\s+){0,3}?"


def origin_unsaid(question: str, answer: str) -> bool:
    """Whether a question asks where a thing comes from ('van de brouwerij hier', 'uit de streek') and ``answer``
    names none of the origin words it asks."""
    asked = [m.group(0) for m in draft_cues().origin_asked.finditer(question) if _from_before(question, m.start())]
    said = answer.lower()
    return bool(asked) and not any(a.lower() in said for a in asked)


def _from_before(question: str, at: int) -> bool:
    """Whether the origin word at ``at`` follows 'van' or 'uit' (by up to three words)."""
    return re.search(f"{_FROM}$", question[:at], re.I) is not None


# 'Is da Sint-Amands bier ... van de brouwerij hier?', 'Komt jullie vlees uit de streek?': the verb, then the rest.
_ORIGIN_QUESTION = re.compile(
    r"^\W*(?:(?:en|of)\s+)?(?P<verb>is|zijn|komt|komen)\s+(?P<rest>[^?!]{6,120}?)\s*[?!.]*\W*$", re.I
)
# The writer's words for 'that' and for the business's own, as the business says them back.
_THAT = {"da": "dat", "dees": "deze"}
_YOURS = frozenset({"uw", "jullie", "je", "jouw", "ulder", "ulle"})


def origin_whether(question: str, ours: str) -> str:
    """A question where a thing comes from as a clause after 'of' ('Is da bier van de brouwerij hier?' → 'dat bier
    van de brouwerij hier is'; ``ours``: 'mijn' or 'onze' for the writer's 'uw', 'jullie'); '' for another question."""
    match = _ORIGIN_QUESTION.match(question.strip())
    if match is None or not origin_unsaid(question, ""):
        return ""
    words = [_THAT.get(w.lower(), ours if w.lower() in _YOURS else w) for w in match.group("rest").split()]
    return f"{' '.join(words)} {match.group('verb').lower()}"
