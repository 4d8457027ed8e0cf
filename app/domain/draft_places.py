"""A question whether the business comes or delivers to a place it names ('Kom je ook naar Geldermalsen?',
'kunnen jullie een taart naar rumbeke brengen?'), the place asked, and whether a delivery area of place names
leaves it out."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise
from app.domain.words import stop_words

# A question whether the business comes or delivers to a place it names ('Kom je ook naar Geldermalsen?').
_COME_TO = re.compile(
    r"(?:^|[.!?]\s*)(?:kom|komt|komen|bezorg|bezorgt|bezorgen|lever|levert|leveren|rijd|rijdt|rijden|breng|brengt"
    r"|brengen|werk|werkt|werken)\s+(?:je|jij|jullie|u|ge|gij)\b[^.!?]{0,30}?\b(?:naar|in|tot|richting|rond)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)[^.!?]*\?",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?\b")


# The same asked with a modal verb, the verb last ('kunnen jullie ook een taart naar rumbeke brengen?').
_COME_TO_LAST = re.compile(
    r"\b(?:kan|kun|kunt|kunnen|wil|wilt|willen|zou|zoudt|zouden)\s+(?:je|jij|jullie|u|ge|gij)\b[^.!?]{0,30}?"
    r"\b(?:naar|in|tot|richting)\s+(?P<name>[a-zà-ÿ]{3,}(?:-[a-zà-ÿ]+)?)\s+(?:\w+\s+){0,2}?"
    r"(?:komen|bezorgen|leveren|rijden|brengen|werken)\b[^.!?]*\?",
    re.I,
)


# ... or with the verb before the place ('kunt ge die leveren in Kaprijke?', 'Kunnen jullie ook bezorgen in Venlo?'):
# a capitalised place only.
_COME_TO_MODAL = re.compile(
    r"\b(?:kan|kun|kunt|kunnen|wil|wilt|willen|zou|zoudt|zouden)\s+(?:je|jij|jullie|u|ge|gij)\b[^.!?]{0,30}?"
    r"\b(?:komen|bezorgen|leveren|rijden|brengen)\s+(?:naar|in|tot|richting)\s+"
    r"(?P<name>(?-i:[A-Z])[a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)[^.!?]*\?",
    re.I,
)


def come_to_names(text: str) -> set[str]:
    """The places a question asks the business to come or deliver to ('Kom je ook naar Geldermalsen?', 'kunnen
    jullie een taart naar rumbeke brengen?'), each capitalised: a word written in lowercase is a place only where
    the profile names it so, which the caller checks against the profile's own capitalised names."""
    found = (m["name"] for pattern in (_COME_TO, _COME_TO_LAST, _COME_TO_MODAL) for m in pattern.finditer(text))
    # a lowercase small word is no place ('kom je ook in een ...?': not 'Een', with which a profile sentence opens)
    names = (n for n in found if n[:1].isupper() or n.lower() not in stop_words())
    return {"-".join(part.capitalize() for part in name.split("-")) for name in names}


def capitalised_names(value: str) -> set[str]:
    """The capitalised names in a profile value ('in Culemborg, Buren en Geldermalsen')."""
    return set(_NAME.findall(value))


def place_asked(text: str) -> str:
    """The place a question asks the business to come or deliver to, capitalised ('Kom je ook naar Geldermalsen?',
    'bezorgen jullie ook naar noordwijk?' → 'Noordwijk'); a lowercase word only where the question ends on it and it
    ends the way a place name does (resources/fact_words.toml place_ends), so 'naar school?' names no place."""
    for m in _COME_TO.finditer(text):
        name = m["name"]
        if name[:1].isupper():
            return name
        ends = fact_words().place_ends
        last = re.search(rf"\b{re.escape(name)}\s*\?$", m.group(0))
        if last and any(name.endswith(e) and len(name) >= len(e) + 3 for e in ends):
            return name.capitalize()
    modal = _COME_TO_MODAL.search(text)  # 'kunt ge die leveren in Kaprijke?'
    return modal["name"] if modal else ""


def outside_area(place: str, area: str) -> bool:
    """Whether a delivery area of place names alone ('in Leiden, Oegstgeest en Leiderdorp') leaves out the place
    asked; False when the area is a radius or region ('binnen 25 km rond Hasselt', 'Mechelen en omgeving'), in which
    a place it does not name may still lie, and when it names fewer than two places."""
    names = capitalised_names(area)
    words = set(re.findall(r"[^\W\d_]+", area.lower()))
    region = words & fact_words().area_words or any(w.endswith(("streek", "land", "gebied")) for w in words)
    return bool(place) and len(names) >= 2 and not region and normalise(place) not in {normalise(n) for n in names}


# The town of an address: the words after the postcode ('8401 BZ Gorredijk', '3770 Riemst').
_TOWN = re.compile(r"\b\d{4}\s*(?:[A-Z]{2}\s+)?(?P<town>[A-ZÀ-Ý][\w'\-]+(?:\s+[A-ZÀ-Ýa-z][\w'\-]+){0,2})\s*$")


def town_of(address: str) -> str:
    """The town the business is in ('Hoofdstraat 88, 8401 BZ Gorredijk' → 'Gorredijk'), '' when the address has
    no postcode and town at its end: a name the writer rode through ('door Gorredijk') is no one to pass praise to."""
    found = _TOWN.search(address.strip().rstrip("."))
    return found["town"] if found else ""


# A place said as a place: 'door Gorredijk', 'in Brecht', 'te Lier', 'naar Ede'.
_AT_PLACE = r"\b(?:in|te|door|naar|uit|rond|richting|through|via)\s+"


def town_as_place(address: str, text: str) -> str:
    """The business's town when the comment says it as a place ('door Gorredijk gereden', 'hier in Riemst'); ''
    otherwise: 'Brecht heeft onze taart versierd' at a bakery in Brecht names the baker, who gets the praise."""
    town = town_of(address)
    return town if town and re.search(_AT_PLACE + re.escape(town) + r"\b", text, re.I) else ""
