"""Checks before a reply is copied: the rules of Google and Meta for business replies."""

from __future__ import annotations

import re

from app.domain.details import EMAIL, PHONE
from app.domain.draft_text import sentences_and_lines
from app.domain.i18n import translated
from app.domain.profile import BusinessProfile
from app.domain.replies import ReplyTemplates, Tone, render, shipped_templates
from app.domain.textnorm import normalise

_ORDER = re.compile(
    r"#\s?\d{3,12}\b|\b(?:bestel(?:ling|nummer)?|order(?:nummer)?|factuur)\s*(?:nr\.?|nummer)?\s*(?:is\s+)?[:#]?\s*"
    r"\d{3,12}(?:-\d{2,8})?\b",
    re.I,
)
_ADDRESS = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|steeg|markt|dreef)\s+\d+[a-z]?\b"
    r"|\b\d{4}\s?[A-Z]{2}\b"
)
_REVIEW = r"(?:review|recensie|beoordeling|sterren|ster|rating|waardering)"
_CHANGE = (
    r"(?:aan\s?(?:te\s)?passen|aanpast|verwijder\w*|weg\s?(?:te\s)?halen|weghaalt|bij\s?(?:te\s)?stellen|"
    r"bijstelt|wijzig\w*|offline\s?(?:te\s)?halen|herzien|verhogen|omhoog)"
)
_ASK_CHANGE = re.compile(
    rf"{_REVIEW}\W+(?:\w+\W+){{0,8}}?{_CHANGE}|{_CHANGE}\W+(?:\w+\W+){{0,4}}?{_REVIEW}"
    rf"|\b(?:pas|past|haal|haalt|stel|stelt)\W+(?:\w+\W+){{0,3}}?{_REVIEW}\w*\W+(?:\w+\W+){{0,2}}?(?:aan|weg|bij)\b",
    re.I,
)
_INCENTIVE = re.compile(
    r"\b(?:korting|tegoedbon|cadeaubon|kortingsbon|waardebon|gratis|vergoeding|cadeau|iets lekkers|op kosten van)\b",
    re.I,
)


# The writer ties the review to something in return: 'als jullie het gratis herstellen pas ik mijn
# review aan', 'krijg ik mijn geld terug, dan maak ik er 4 sterren van', 'I'll update my review if ...'.
_STARS_FROM = re.compile(r"\ber\s+(?:\w+\s+){0,2}sterren?\s+van\b", re.I)
_ENGLISH_CHANGE = re.compile(
    r"\b(?:change|update|edit|remove|delete|raise|bump)\w*\s+(?:\w+\s+){0,3}?(?:review|rating|stars?)\b", re.I
)
_CONDITION = re.compile(
    r"\b(?:als|indien|zodra|mits|wanneer|dan|if|once|in ruil|in exchange)\b"
    r"|^\W*(?:geef|geeft|betaal|betaalt|stort|doe|doet|refund|give|pay)\b",  # 'Geef me korting en ik ...'
    re.I,
)
_RETURN = re.compile(
    r"\b(?:gratis|kosteloos|geld\s+terug|terug\s?(?:krijg|betaal)\w*|terugbetaal\w*|krijg\w*\s+(?:\w+\s+){0,4}?terug|"
    r"vergoed\w*|compensatie|"
    r"korting|tegoedbon|refund\w*|free|money\s+back|compensat\w*)\b",
    re.I,
)


def review_deal(comment: str) -> bool:
    """Does the writer offer to change the review in return for something? The owner is warned:
    a solution may be offered, never as payment for a better review (Google's and Meta's rules)."""
    for sentence in sentences_and_lines(comment):
        change = _ASK_CHANGE.search(sentence) or _STARS_FROM.search(sentence) or _ENGLISH_CHANGE.search(sentence)
        if change and _CONDITION.search(sentence) and _RETURN.search(sentence):
            return True
    return False


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _personal_data(text: str, comment: str, profile: BusinessProfile) -> list[tuple[str, str]]:
    """(kind, value) of the writer's personal data in a reply: order number, phone, e-mail, address."""
    own = {_digits(profile.phone)} | {profile.email.lower().strip()} | {normalise(profile.address)}
    found: list[tuple[str, str]] = [("data_order", _digits(m.group(0))) for m in _ORDER.finditer(text)]
    for match in PHONE.finditer(text):
        if _digits(match.group(0)) not in own and sum(ch.isdigit() for ch in match.group(0)) >= 9:
            found.append(("data_phone", match.group(0).strip()))
    for match in EMAIL.finditer(text):
        if match.group(0).lower() not in own:
            found.append(("data_email", match.group(0)))
    for match in _ADDRESS.finditer(text):
        if normalise(match.group(0)) not in normalise(profile.address):
            found.append(("data_address", match.group(0)))
    for number in {_digits(m.group(0)) for m in _ORDER.finditer(comment)}:
        if number and number in _digits(text) and ("data_order", number) not in found:
            found.append(("data_order", number))
    return found


def comment_personal_data(comment: str, profile: BusinessProfile | None = None) -> list[tuple[str, str]]:
    """(kind, value) of the writer's own personal data in a public comment ('Bestelling nr. 2024-0873',
    'Bel mij: 0478 22 19 03', an address): the owner is warned not to repeat it and to move on privately."""
    return _personal_data(comment, "", profile or BusinessProfile())


def copy_warnings(
    reply: str, comment: str = "", profile: BusinessProfile | None = None, templates: ReplyTemplates | None = None
) -> list[str]:
    """Warnings before a reply is copied (Google's and Meta's rules for business replies):
    personal data of the writer in public, a reward for changing a review, or asking the
    writer to change or remove a review. Open slots are not checked (the copy is refused anyway)."""
    profile = profile or BusinessProfile()
    t = templates or shipped_templates()
    tone = Tone("je", "ik")

    def note(key: str, **values: str) -> str:
        return render(translated("replies.toml", t.lines("notes", key)[0]), tone, values)  # window's language

    text = re.sub(r"\[vul in:[^\]]*\]", " ", reply)
    warnings: list[str] = []
    personal = [note(kind, waarde=value) for kind, value in _personal_data(text, comment, profile)]
    if personal:
        warnings.append(note("copy_personal", gegevens=", ".join(dict.fromkeys(personal))))
    asks = _ASK_CHANGE.search(text)
    if asks and _INCENTIVE.search(text):
        warnings.append(note("copy_incentive"))
    elif asks:
        warnings.append(note("copy_ask_change"))
    return warnings
