"""What the writer says a question is for, said back: 'Zijn jullie maandag open? Mijn dochter doet haar communie
en wil graag vlechtjes' → 'Vlechtjes voor de communie van je dochter: alvast veel plezier!'. The answer to the day alone
leaves the service or product the writer comes for unsaid; when the profile answers it, draft_extras'
``_faq_purpose`` does, else this line names it with its occasion and a wish (no slot: what the writer wants is
told, not asked)."""

from __future__ import annotations

import re

from app.domain.draft_fact_words import fact_words
from app.domain.textnorm import normalise
from app.domain.topics import TopicAnalysis
from app.domain.words import possessive_alternation

# the thing wanted right after the word of wanting: 'wil graag vlechtjes', 'wil een suikertaart halen'
_WANTED = re.compile(
    r"\b(?:wil|willen|wilt|wou|wilde|wilden)\s+(?:graag\s+|nog\s+|even\s+|ook\s+)*"
    r"(?P<what>(?:(?:een|de|het|ne|nen)\s+)?[a-zà-ÿ][\w-]*(?:\s+(?!(?:met|voor|bij|op|in|van|en|om|of)\b)[a-zà-ÿ][\w-]*)?)",
    re.I,
)
# what it is for, after the thing: 'voor Maria-Hemelvaart', 'voor de verjaardag van mijn man'
_FOR = re.compile(r"\bvoor\s+(?P<for>(?:de\s+|het\s+|haar\s+|zijn\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")

# A sentence ends after its last mark or at a line's end ("open?? mn zoon ...": after the last '?').
_AFTER_MARKS = re.compile(r"(?<=[.!?\n])(?![.!?])\s*")


def told_sentences(text: str) -> list[str]:
    """The sentences that ask nothing and hold a word of wanting (fact_words.toml ``purpose_words``)."""
    wanted = fact_words().purpose_words
    sentences = _AFTER_MARKS.split(text)
    return [s for s in sentences if s.strip() and "?" not in s and wanted & set(normalise(s).split())]


def wanted_thing(sentence: str, topics: TopicAnalysis) -> str:
    """The product or service a told sentence wants, as the topic finder knows it ('vlechtjes', 'suikertaart'),
    with the word the writer said before it after the word of wanting ('een kort kapsel'); '' when none."""
    known = next((p for p in topics.products if not p.own and p.text.lower() in sentence.lower()), None)
    if known is None:
        return ""
    match = _WANTED.search(sentence)
    words = (
        [w for w in match.group("what").split() if w.lower() not in {"een", "de", "het", "ne", "nen"}] if match else []
    )
    return " ".join(words) if words and words[-1] == known.text else known.text


def purpose_of(text: str, topics: TopicAnalysis, occasion: str) -> str:
    """'Vlechtjes voor de communie van je dochter', 'Een suikertaart voor Maria-Hemelvaart': the thing the writer
    says to come for and, when said, what for (``occasion``: the occasion as the draft names it); ''."""
    for sentence in told_sentences(text):
        thing = wanted_thing(sentence, topics)
        if not thing:
            continue
        named = _FOR.search(sentence[sentence.lower().find(thing.lower()) :])
        what_for = named.group("for") if named else occasion
        if not what_for:  # only a thing for an occasion is said back ('Rollades' alone says nothing new)
            continue
        said = f"{thing} voor {what_for}"
        one = next((p for p in topics.products if thing.endswith(p.text)), None)
        if one is not None and not one.plural:
            said = f"een {said}"
        return said[:1].upper() + said[1:]
    return ""


# the writer's own thing and the work they want done on it at the shop: 'wil m'n fietsverlichting laten nakijken'
# (seen to, mended or checked; not 'laten bezorgen', which is no work on their thing)
_WORK = re.compile(
    rf"\b(?:wil|wilde|wou)\s+(?:graag\s+|nog\s+|even\s+)*(?:{possessive_alternation()})\s+"
    r"(?P<what>[a-zà-ÿ][\w-]{2,})\s+(?:even\s+|eens\s+)?laten\s+(?P<verb>(?:na|)kijken|maken|repareren|controleren|"
    r"checken|afstellen|vervangen|plakken|onderhouden|slijpen|schoonmaken|uitlezen|herstellen)\b",
    re.I,
)


def work_wanted(text: str, poss: str) -> str:
    """'je fietsverlichting laten nakijken' for a told sentence that says the writer wants their own thing seen to
    ('Wil m'n fietsverlichting laten nakijken voor het weer vroeg donker wordt'), with the reply's possessive; ''."""
    for sentence in told_sentences(text):
        found = _WORK.search(sentence)
        if found:
            return f"{poss} {found.group('what').lower()} laten {found.group('verb').lower()}"
    return ""


# what the writer looks for and for whom of theirs, in a sentence that asks nothing: 'Zoek een degelijke omafiets voor
# m'n kleindochter', 'we zoeken een taart voor onze opa'
_SOUGHT = re.compile(
    r"\b(?:zoek|zoeken|zoekt|zocht)\s+(?:naar\s+|nog\s+|ook\s+|eigenlijk\s+)*"
    r"(?P<what>(?:(?:een|de|het)\s+)?[a-zà-ÿ][\w-]*(?:\s+(?!(?:met|voor|bij|op|in|van|en|om|of)\b)[a-zà-ÿ][\w-]*)?"
    # or something told by what it must have ('wat met een 56 frame onder de 800 euro', 'iets in maat 38')
    r"|(?P<some>iets|wat)\s+(?:met|van|in|tot|onder|rond)\s+[^.?!,;]{2,40}?)"
    rf"\s+voor\s+(?:{possessive_alternation()})\s+(?P<who>[a-zà-ÿ]+)\b",
    re.I,
)


def sought_for(text: str, topics: TopicAnalysis, poss: str) -> str:
    """'een degelijke omafiets voor je kleindochter' for a told sentence that says what the writer looks for and for
    whom of theirs ('Zoek een degelijke omafiets voor m'n kleindochter'), with the reply's possessive; '' when no
    sentence says so of a thing the topic finder knows."""
    for sentence in _AFTER_MARKS.split(text):
        found = _SOUGHT.search(sentence) if "?" not in sentence else None
        if found is None or found.group("who").lower() not in topics.people:
            continue
        what = found.group("what").lower()
        if found.group("some"):  # the thing the question asks about, told by what it must have
            return f"iets{found.group('what')[len(found.group('some')) :]} voor {poss} {found.group('who').lower()}"
        if any(what.split()[-1] == p.text.lower() for p in topics.products if not p.own):
            return f"{what} voor {poss} {found.group('who').lower()}"
    return ""


# What the writer would like besides what they ask for: 'liefst met een kookworkshop erbij', 'bij voorkeur met een
# aparte ruimte met beamer', 'het liefst met live muziek'.
_WISHED_WITH = re.compile(
    r"\b(?:het\s+)?(?:liefst|liefste|bij\s+voorkeur|indien\s+mogelijk|als\s+het\s+kan)\s+(?:ook\s+)?met\s+"
    r"(?P<what>(?:een|wat|live)\s+[^.,;:?!()]{2,60}?)(?:\s+erbij)?\s*(?=[.,;:?!()]|$)",
    re.I,
)


def wished_with(text: str) -> str:
    """What a comment wishes to have with what it asks for, as said ('een kookworkshop' of 'liefst met een
    kookworkshop erbij', 'een workshop en een aparte ruimte met beamer'); '' when it wishes nothing with it."""
    found = _WISHED_WITH.search(text)
    return found.group("what").strip() if found else ""
