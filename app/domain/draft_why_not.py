"""A suggestion asked as a question why not: 'Idee: waarom geen fietsherstelavond op een donderdag waar we ...?'
→ 'voor een fietsherstelavond op een donderdag'; 'waarom niet eens een quizavond?' → 'voor een quizavond'.

Only where the question is clearly a proposal: announced ('Idee:', 'Tip:', 'Suggestie:'), softened ('waarom
niet eens een ...', 'waarom ook geen ...'), described by what would happen there ('... waar we zelf leren
...') or likened to what others have ('waarom geen online agenda zoals elke kapper?'); a complaint's 'waarom geen
antwoord?' stays unread. A plural thing takes no article ('voor glutenvrije
kroketten').
"""

from __future__ import annotations

import re

from app.domain.draft_order_ahead import products_named
from app.domain.draft_phrase_cues import phrase_cues

_WHY_NO = re.compile(
    r"\bwaarom\s+(?:(?:dan|toch|nog)\s+)?(?:niet\s+(?P<soft>(?:eens|ook|gewoon|zelf)\s+)*(?P<one>een|één)"
    r"|(?P<soft2>(?:eens|ook|dan|nog)\s+)*geen)\s+"
    r"(?P<what>[^\W\d_][\w\-]{2,30}(?:\s+[^\W\d_][\w\-]{0,30}){0,5}?)"
    r"(?=\s*(?:[?!.,;]|$)|\s+(?P<rel>waar|waarbij|waarop|waarin|waarmee|die|dat|zodat|zoals)\b|\s+(?:om|met|voor|want)\b)",
    re.I,
)
_ANNOUNCED = re.compile(r"\b(?:idee|ideetje|tip|tipje|suggestie|voorstel|voorstelletje|wens)\s*:", re.I)
# A question that announces the idea in the sentence after it ('maar mag ik iets voorstellen? Mini-worstenbroodjes
# voor kinderfeestjes!'), and that sentence when it only names a thing: short, no one doing anything in it.
MAY_I_PROPOSE = re.compile(
    r"\bmag\s+ik\s+(?:iets|een\s+(?:tip|idee|suggestie))\s+(?:voorstellen|geven|opperen)\b", re.I
)
_THING_ONLY = re.compile(r"^\W*(?P<what>[^\W\d_][\w\-]{2,30}(?:\s+[^\W\d_][\w\-]{0,30}){0,5})\s*[!.]*\W*$")
_DOERS = frozenset(
    {"ik", "je", "jij", "jullie", "we", "wij", "u", "ze", "zij", "hij", "er", "is", "zijn", "was", "waren", "zou"}
    | {"zouden", "kan", "kunnen", "mag", "mogen", "wil", "willen", "heb", "hebben", "heeft", "wordt", "worden"}
)
_LINKS = frozenset({"op", "in", "met", "voor", "van", "rond", "over", "bij", "aan", "tijdens", "na"})


def _plural(words: list[str]) -> bool:
    """Whether the thing, the last word before a preposition, is a plural ('kroketten', 'menu's')."""
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in _LINKS), words[-1]).lower()
    # 'wafels', 'workshops' (not 'cursus', 'kaas', 'les')
    s_plural = len(head) > 4 and head.endswith("s") and not head.endswith(("ss", "us", "is", "aas", "oos", "ees"))
    return head.endswith("'s") or (len(head) > 5 and head.endswith("en")) or s_plural


def why_not_thing(sentence: str, before: str = "") -> str:
    """'voor een fietsherstelavond op een donderdag' for a proposal asked as 'waarom geen ...?'; '' otherwise
    (``before``: the sentence before it, which may announce it: 'Tip: waarom geen ...')."""
    found = _WHY_NO.search(sentence)
    if found is None:
        return ""
    soft = found.group("one") is not None or found.group("soft2") is not None
    if not (soft or found.group("rel") or _ANNOUNCED.search(f"{before} {sentence[: found.start()]}")):
        return ""
    words = found.group("what").split()
    article = [] if _plural(words) else ["een"]
    return " ".join(["voor", *article, *words])


_ARTICLES = frozenset({"een", "de", "het", "'n", "meer"})
_ENDINGS = ("tjes", "jes", "tje", "je", "s", "en")


def _head(words: list[str]) -> str:
    """The thing a phrase names: its last word before a preposition ('krentenbollen' in 'Spelt-krentenbollen op
    zaterdag'), the last part of a hyphenated word, in lower case."""
    head = next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in _LINKS), words[-1])
    return head.lower().rsplit("-", 1)[-1]


def _names_a_thing(words: list[str]) -> bool:
    """Whether a short sentence names a thing to offer: it opens with an article or 'meer' ('Een leesplek bij het
    raam'), or its head is a listed product, also as a plural or diminutive ('Mini-worstenbroodjes'); never a
    closing, thanks or praise ('Tot snel!', 'Complimenten aan de kok!': phrase_cues.toml not_ideas)."""
    not_ideas = phrase_cues().not_ideas
    head = _head(words)
    if words[0].lower() in not_ideas or head in not_ideas:
        return False
    stems = [head, *(head.removesuffix(e) for e in _ENDINGS if head.endswith(e) and len(head) - len(e) > 2)]
    return words[0].lower() in _ARTICLES or any(products_named(s) for s in stems)


def proposed_thing(sentence: str, before: str) -> str:
    """'voor mini-worstenbroodjes voor kinderfeestjes' for a thing named right after 'mag ik iets voorstellen?'
    (``before``: the sentence before it); '' otherwise, and for a sentence that names no thing ('Tot snel!')."""
    found = _THING_ONLY.match(sentence) if MAY_I_PROPOSE.search(before) else None
    words = found.group("what").split() if found else []
    if not words or any(w.lower() in _DOERS for w in words) or not _names_a_thing(words):
        return ""
    article = [] if _plural(words) or words[0].lower() in {"een", "meer"} else ["een"]
    return " ".join(["voor", *article, words[0].lower(), *words[1:]])


# 'Klein ideetje: verkopen jullie da ook in een half?' → 'om het ook in een half te verkopen': whether a thing
# praised is sold in another size or way, asked as the idea announced ('Idee:', 'Tip:').
_ALSO_AS = re.compile(
    r"^\W*(?P<verb>verkopen|verkoopt|maken|maakt|bakken|bakt|leveren|levert)\s+(?:jullie|je|u|ge|gij)\s+"
    r"(?P<it>da|dat|dit|het|die|deze|ze)\s+ook\s+(?P<how>(?:in|als|met|zonder|per)\s+[^?!.,;:]{2,30}?)\s*\?",
    re.I,
)
_INFINITIVES = {"verkoopt": "verkopen", "maakt": "maken", "bakt": "bakken", "levert": "leveren"}


def also_as(sentence: str, before: str = "") -> str:
    """'om het ook in een half te verkopen' for an announced idea asked as 'verkopen jullie dat ook in ...?'; ''
    otherwise (``before``: the sentence before it, which may announce it)."""
    found = _ALSO_AS.search(sentence)
    if found is None or not _ANNOUNCED.search(before):
        return ""
    verb = found.group("verb").lower()
    it = found.group("it").lower()
    it = "het" if it in {"da", "dat", "dit"} else it  # the Flemish 'da': the thing praised
    return " ".join(["om", it, "ook", *found.group("how").split(), "te", _INFINITIVES.get(verb, verb)])


# A question why the business does not do a thing ('kunnen jullie niet online afspraken laten maken?', 'kun je geen
# grotere bekers nemen?', 'waarom geen zondagsopening?'): a suggestion, once its wish is named not asked again.
_WHY_NOT_ASKED = re.compile(
    r"\bwaarom\s+(?:niet|geen)\b"
    r"|\b(?:kunnen|kun|kunt|kan|konden|kon)\s+(?:jullie|je|jij|u|ge|gij)\s+(?:ook\s+|nu\s+)?(?:niet|geen)\b",
    re.I,
)


def asks_why_not(clause: str) -> bool:
    """Whether a question asks why the business does not do a thing: the suggestion put as a question."""
    return bool(_WHY_NOT_ASKED.search(clause))
