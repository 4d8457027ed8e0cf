"""The FAQ entry whose answer says in so many words that the business does not do what a rumour says it does ('werkt
mee margarine en palmvet' ~ 'Margarine of palmvet gebruik ik niet.', 'tis ol diepvriesgerief' ~ 'we kopen geen
diepvriesdeeg in'): that answer sets the rumour straight, whatever its question asks ('Bak je met boter?'); and an
answer that keeps apart what the rumour says is shared ('in dezelfde frituur' ~ 'in een aparte frituur')."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from functools import lru_cache

from app.domain.draft_asked import negations
from app.domain.draft_facts import key_words
from app.domain.draft_word_match import similar
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise
from app.domain.words import alternation
from app.resources import resource_path

# A clause of a rumour or a sentence of an answer: what one negation in it speaks of.
_CLAUSE = re.compile(r"[^.,;:!?]+")
_SENTENCE = re.compile(r"[^.;!?]+")
# Two compounds with the same first part of this length or more name one kind of thing ('diepvriesgerief' ~
# 'diepvriesdeeg'); shorter shared parts do not ('koffiekoek' is no 'koffiemachine').
_SHARED_PART = 8
# The thing refused must be a word of its own, not a general one ('gebruik', 'koop'): five letters or more.
_LEAST = 5


def not_done_faq(
    text: str, profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, str] | None:
    """(question, answer) of the first FAQ entry with a sentence that denies a thing ('geen diepvriesdeeg of
    afbakbrood', 'Margarine of palmvet gebruik ik niet') a clause of the rumour names without a negation of its own;
    None when no entry does. A rumour that itself says the thing is not there ('ze hebben geen palmvet') agrees with
    such an answer: its clause is left out; the business's own name and kind ('bakkerij') are no such thing."""
    claimed: set[str] = set()
    for clause in _CLAUSE.findall(text):
        if not negations() & set(normalise(clause).split()):
            claimed |= {w for w in key_words(clause, lemmas_of) if len(w) >= _LEAST}
    claimed -= key_words(f"{profile.name} {profile.kind}", lemmas_of)
    if not claimed:
        return None
    for item in profile.faq:
        asked = key_words(item.question, lemmas_of)
        for sentence in _SENTENCE.findall(item.answer):
            denied = {w for w in key_words(_denied_things(sentence), lemmas_of) if len(w) >= _LEAST} - asked
            if any(_alike(c, d) for c in claimed for d in denied):
                return item.question, item.answer
    return None


# 'geen diepvriesdeeg of afbakbrood', 'nooit palmvet', 'niet met diepvriesdeeg': the thing right after the negation.
_NONE_OF = re.compile(
    r"\b(?:geen|nooit|(?:niet|nooit)\s+met)\s+(?P<ding>[^\W\d_][\w-]*(?:\s+(?:of|en|noch)\s+[^\W\d_][\w-]*)?)", re.I
)
# 'Margarine of palmvet gebruik ik niet': the thing put first, the verb, its subject and the negation last.
_FRONTED = re.compile(
    r"^\s*(?P<ding>[^\W\d_][\w-]*(?:\s+(?:of|en|noch)\s+[^\W\d_][\w-]*)?)\s+[^\W\d_]+\s+"
    r"(?:ik|we|wij|je|jij|u|jullie|ze|zij|men)\s+(?:\w+\s+)?(?:niet|nooit|nie)\s*$",
    re.I,
)
# Words that cannot be the thing put first ('Op het terras ... niet', 'Dat doen we niet').
_NO_THING = frozenset(
    {"op", "in", "bij", "met", "voor", "na", "tot", "van", "aan", "de", "het", "een", "dat", "dit", "er"}
)


def _denied_things(sentence: str) -> str:
    """The words of what one sentence of an answer says is not done or not used: after 'geen' or 'nooit', or put
    first before the verb of a sentence that ends in its negation; '' when it denies no thing."""
    things = [m.group("ding") for m in _NONE_OF.finditer(sentence)]
    fronted = _FRONTED.match(sentence)
    if fronted is not None and fronted.group("ding").split()[0].lower() not in _NO_THING:
        things.append(fronted.group("ding"))
    return " ".join(things)


def _alike(claimed: str, denied: str) -> bool:
    """Whether a word of the rumour names what the answer denies: the same word for matching, or a compound with
    the same long first part."""
    shared = next(
        (n for n, (a, b) in enumerate(zip(claimed, denied, strict=False)) if a != b), min(len(claimed), len(denied))
    )
    return similar(claimed, denied) or shared >= _SHARED_PART


@lru_cache(maxsize=1)
def _said_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """resources/fact_words.toml same_said and apart_said: the words before a thing that say it is shared, or not."""
    raw = tomllib.loads(resource_path("fact_words.toml").read_text(encoding="utf-8"))
    lists = raw.get("same_said"), raw.get("apart_said")
    if not all(isinstance(v, list) and v and all(isinstance(w, str) and w.strip() for w in v) for v in lists):
        raise ValueError("fact_words.toml: 'same_said' and 'apart_said' must be lists of words")
    same, apart = (tuple(sorted(w.strip().lower() for w in v)) for v in lists if isinstance(v, list))
    return same, apart


def same_not_apart(text: str, answer: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a rumour says a thing is shared ('in dezelfde frituur als de kroketten') that a FAQ answer says is
    kept apart ('in een aparte frituur'): the same thing, one or two words after each."""
    same, apart = _said_lists()
    shared = _things_after(text, same, lemmas_of)
    kept = _things_after(answer, apart, lemmas_of)
    return any(_alike(s, k) for s in shared for k in kept)


def _things_after(text: str, words: tuple[str, ...], lemmas_of: Callable[[str], Iterable[str]]) -> set[str]:
    """The key words of the one or two words after any of ``words`` in ``text``."""
    found = re.finditer(rf"\b(?:{alternation(words)})\s+((?:[^\W\d_][\w'-]*\s+)?[^\W\d_][\w'-]{{2,}})", text, re.I)
    return {w for m in found for w in key_words(m.group(1), lemmas_of) if len(w) >= 4}
