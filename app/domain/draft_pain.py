"""Pain the writer tells of beside a question ('hoeveel kost zo'n fitting? heb al pijn aan mn knieën', 'mijn rug
doet zeer na een lange rit'): said back in a short caring line, in the draft's register. Only the writer's own
body part (resources/fact_words.toml body_parts) counts; someone else's pain or an injury from what happened here is
the safety drafts' work."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words

_OWN = r"(?:mijn|mijne|m[’']n|mn|me)"
# 'pijn aan mn knieën', 'last van mijn rug', 'klachten in mijn nek'
_PAIN_AT = re.compile(
    rf"\b(?P<pijn>pijn|last|zeer|klachten)\s+(?P<prep>aan|in|van|op)\s+{_OWN}\s+(?P<deel>[^\W\d_]+)", re.I
)
# 'mijn knieën doen pijn', 'mijn rug doet zeer', 'mijn pijnlijke schouder'
_HURTS = re.compile(
    rf"\b{_OWN}\s+(?:(?P<deel>[^\W\d_]+)\s+(?:\w+\s+)?(?:doet|doen|deed|deden)\s+(?:\w+\s+){{0,2}}(?:pijn|zeer)\b"
    rf"|pijnlijke?\s+(?P<deel2>[^\W\d_]+))",
    re.I,
)


def _body_part(word: str) -> bool:
    """'knieën' ~ 'knie', 'schouders' ~ 'schouder': a body part of resources/fact_words.toml, or its plural."""
    word = word.lower().replace("ë", "e")
    parts = fact_words().body_parts
    return word in parts or any(word.startswith(p) and len(word) - len(p) <= 3 for p in parts)


def pain_values(text: str, register: str) -> dict[str, str] | None:
    """{'waarde': 'pijn', 'onderwerp': 'aan je knieën'} for pain in the writer's own body part, the possessive in the
    draft's register ('je' or 'uw'); None when the text tells of none."""
    own = "je" if register == "je" else "uw"
    found = _PAIN_AT.search(text)
    if found and _body_part(found["deel"]):
        return {"waarde": found["pijn"].lower(), "onderwerp": f"{found['prep'].lower()} {own} {found['deel'].lower()}"}
    hurts = _HURTS.search(text)
    part = (hurts["deel"] or hurts["deel2"]) if hurts else ""
    if part and _body_part(part):
        return {"waarde": "pijn", "onderwerp": f"aan {own} {part.lower()}"}
    return None
