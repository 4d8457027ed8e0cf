"""Of a FAQ answer only what concerns what the writer asked, the way a shopkeeper answers instead of pasting the
whole entry: of prices side by side for kinds of one thing the price of the kind the writer named ('Gewone fiets
€65, e-bike €95' to a question about an e-bike → 'e-bike €95')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from app.domain.articles import known_articles
from app.domain.draft_dialects import is_french, is_german
from app.domain.draft_fact_spoken import shipped_spoken
from app.domain.draft_facts import key_words
from app.domain.draft_text import Part
from app.domain.draft_word_match import similar

# a kind and its price, a noun of one to three words: 'e-bike €95 (onderdelen apart)'; not a variant of one thing
# ('met proefkapsel vooraf €75') nor a sentence ('Een feestkapsel (opsteken) kost €45')
_EURO = r"€\s*\d+(?:[.,]\d{1,2})?(?:\s+per\s+\w+)?"
_PRICED_ITEM = re.compile(
    r"(?!(?:met|zonder|voor|plus|incl|inclusief|exclusief|extra)\b)"
    r"(?P<thing>[^\W\d_][\w-]*(?:\s+(?:[^\W\d_][\w-]*|(?<=\bmet )\d+)){0,3})"
    r"(?P<age>\s+(?:t/m|tot en met|tot|vanaf|onder|boven)\s+\d+(?:\s*(?:jaar|jr))?)?(?P<aside>\s*\([^()]*\))?\s+"
    rf"(?P<price>(?:{_EURO}(?:\s+of\s+{_EURO})?|(?P<free>gratis))(?:\s*\([^()]*\))?)",
    re.I,
)
# what parts a price list into its kinds: a comma or semicolon outside brackets ('dames € 38, heren € 26; kinderen
# t/m 11 jaar € 18')
_ITEMS = re.compile(r"(?:,(?!\d)|;)\s*(?![^()]*\))")
# the end of a noun in the plural, or of a verb's infinitive ('stoelen', 'e-bikes', 'menu's', 'knippen')
_PLURAL_END = re.compile(r"(?:en|[aeiouy]s|'s|’s)$")
_MIN_HEAD = 4  # the shortest last part of a compound that is trusted as its noun ('kapsel' of 'feestkapsel')
_WORD = re.compile(r"[^\W\d_][\w-]*")
# words that name no kind: an article, and what joins two names of one kind ('communie- of feestkapsel')
_ARTICLES = frozenset({"een", "de", "het", "of", "en", "met"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _names(words: set[str], wanted: set[str]) -> bool:
    return any(similar(w, x) for w in wanted for x in words)


def _priced_kind(sentence: str, comment: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """'Gewone fiets €65, e-bike €95 (onderdelen apart).' → 'e-bike €95 (onderdelen apart).' when the comment names
    the e-bike and no other kind listed; the sentence as it is otherwise."""
    body = sentence.rstrip(".")
    items = [i.strip() for i in _ITEMS.split(body)]
    found = [_PRICED_ITEM.fullmatch(i) for i in items]
    # a group's deal beside the prices ('studenten 10 % korting') is a kind too, not a sentence
    people = shipped_spoken().priced_people
    if len(items) < 2 or not all(f or i.split()[0].lower() in people for f, i in zip(found, items, strict=True)):
        return sentence
    if sum(1 for f in found if f) < 2:
        return sentence
    # the words that tell the kinds apart ('halve', 'hele' of 'een halve zool', 'een hele zool'), every one named by
    # the comment ('e-bike'), not one word of a kind ('gewone fiets' when the writer says 'mijn fiets')
    words = [
        {w for w in _WORD.findall((m.group("thing") if m else i.split()[0]).lower()) if not w.endswith("-")} - _ARTICLES
        for m, i in zip(found, items, strict=True)
    ]
    shared = set.intersection(*words)
    said = set(_WORD.findall(comment.lower()))
    wanted = key_words(comment, lemmas_of)
    named = [
        i
        for i, w in zip(items, words, strict=True)
        if w - shared and all(x in said or _names(key_words(x, lemmas_of), wanted) for x in w - shared)
    ]
    # one kind, or two of three or more ('mijn man en zoontje': heren and kinderen, not the dames)
    if not 0 < len(named) <= min(2, len(items) - 1) or not all(_PRICED_ITEM.fullmatch(n) for n in named):
        return sentence
    kinds = [_kind_said(_PRICED_ITEM.fullmatch(n)) for n in named]
    if len(kinds) == 1:
        return kinds[0]
    first, second = kinds[0].rstrip("."), f"{kinds[1][:1].lower()}{kinds[1][1:]}"
    verb = next((v for v in (" is het ", " kost ", " is ") if v in first and v in second), "")
    return f"{first} en {second.replace(verb, ' ', 1) if verb else second}"


def _kind_said(found: re.Match[str] | None) -> str:
    """'kinderen t/m 11 jaar € 18' → 'Voor kinderen t/m 11 jaar is het € 18.': a price for people (resources/
    spoken.toml priced_people) said as a sentence; a listed noun in the singular too ('bakfiets €35 per dag' → 'Een
    bakfiets kost €35 per dag.'); another price as it is, opening a sentence ('Knippen € 25.')."""
    assert found is not None  # a named item is a priced item
    thing, age = found.group("thing"), f"{found.group('age') or ''}{found.group('aside') or ''}"
    if thing.split()[0].lower() in shipped_spoken().priced_people:
        return f"Voor {thing[:1].lower()}{thing[1:]}{age} is het {found.group('price')}."
    verb = "is" if found.group("free") else "kost"
    head = thing.split()[-1].lower()
    known = known_articles()
    # a listed noun, or a compound of one ('feestkapsel' ~ 'kapsel')
    listed = any(head[i:] in known for i in range(len(head) - _MIN_HEAD + 1))
    if listed and not _PLURAL_END.search(head) and not thing.lower().startswith(("een ", "de ", "het ")):
        return f"Een {thing[:1].lower()}{thing[1:]}{age} {verb} {found.group('price')}."
    return f"{found.group(0)[:1].upper()}{found.group(0)[1:]}."


def _foreign(comment: str) -> bool:
    """Whether a comment is German or French, also when made Dutch only in part ('Nous venons ... dinsdag 26
    februari'): its words for the kinds may not have been made Dutch (resources/spoken.toml foreign_words)."""
    words = set(_WORD.findall(comment.lower()))
    return is_german(comment) or is_french(comment) or bool(words & shipped_spoken().foreign_words)


def asked_of_answer(answer: str, comment: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """``answer`` with only what concerns what ``comment`` asks (see the module)."""
    wanted = key_words(comment, lemmas_of)
    if not wanted or _foreign(comment):  # (a German or French writer names no kind in Dutch)
        return answer
    return " ".join(_priced_kind(s, comment, lemmas_of) for s in _SENTENCE.split(answer.strip()))


# a kind's price as this module says it: 'Voor kinderen t/m 12 jaar is het € 18.', 'Een e-bike kost € 32 per dag.'
_KIND_SAID = re.compile(r"(?:Voor (?P<people>[^.€]+?) is het|Een (?P<thing>[^.€]+?) kost) €[^.]*?\.(?=\s|$)")


def _priced_before(sentence: str, before: str) -> bool:
    """Whether the draft ``before`` a kind's price sentence priced that kind already ('... kinderknipmiddag:
    kinderen t/m 12 jaar € 15)' before 'Voor kinderen t/m 12 jaar is het € 18.'): a day's own price, which the
    list's price would contradict."""
    found = _KIND_SAID.fullmatch(sentence.strip())
    if found is None:
        return False
    kind = re.escape((found.group("people") or found.group("thing")).lower())
    return re.search(rf"\b{kind}\)?:?\s*(?:is het\s*|kost\s*)?€", before.lower()) is not None


def parts_asked(parts: list[Part], comment: str, lemmas_of: Callable[[str], Iterable[str]]) -> list[Part]:
    """Each part of a draft, but its greeting and sign-off, with of a price list only the kind ``comment`` names
    (:func:`asked_of_answer`): a list pasted from the profile by any kind of draft, a rumour's correction too; and
    without a kind's price the draft gave already for the day asked (:func:`_priced_before`)."""
    said: list[Part] = []
    before = ""
    for part in parts:
        text = part.text
        if part.key not in {"greeting", "sign"} and "€" in text:
            text = asked_of_answer(text, comment, lemmas_of)
            sents = _SENTENCE.split(text)
            kept = [s for i, s in enumerate(sents) if not _priced_before(s, f"{before} {' '.join(sents[:i])}")]
            text = " ".join(kept)
        said.append(part if text == part.text else replace(part, text=text))
        before = f"{before} {text}"
    return said
