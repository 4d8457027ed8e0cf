"""The FAQ entry a longer text such as a rumour is about: every topic word of its question in the text, enough key
words shared with its question and answer, a thing said to be made elsewhere against 'Bak je alles zelf?'."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from app.domain.draft_fact_words import fact_words
from app.domain.draft_facts import _keys, _side_by_side, _topic_keys
from app.domain.draft_word_match import _similar
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise


def faq_covers(
    text_lemmas: Iterable[str],
    profile: BusinessProfile,
    lemmas_of: Callable[[str], Iterable[str]],
    *,
    least: int = 2,
    besides: str = "",
    about: Iterable[str] = (),
) -> tuple[str, str] | None:
    """(question, answer) of a FAQ entry that a longer text, such as a rumour, is about: every topic
    word of its question occurs in the text, and the text shares ``least`` key words or more with the
    question and its answer ('niet meer met de hond op het terras' ~ 'Mogen honden mee?' answered
    'welkom op het terras'). One shared word ('e-bikes') is too little to set a rumour straight on its
    own; next to a profile fact already said (``besides``) it is enough for the rumour's other part
    ('alleen op afspraak én niet pinnen'), unless that fact already speaks of it. Of the entries that fit, the
    one that shares the most words ('gist door het desembrood' ~ 'Zit er gist in jullie desembrood?'). With
    ``about``, only the entries whose question is about one of those words (what a rumour says is gone), the one
    that names the most of them first."""
    words = _keys(text_lemmas)
    gone = _keys(about)
    told = _keys(lemmas_of(besides)) if besides else set()
    best: tuple[tuple[int, int, int], tuple[str, str]] | None = None  # the entry sharing the most words, first on a tie
    for item in profile.faq:
        keys = _keys(lemmas_of(item.question))
        topic = _topic_keys(item.question, keys)
        named = {k for k in topic if any(_similar(k, w) for w in words)}
        # 'fietsen en e-bikes': one of the things a FAQ question names side by side is enough
        pairs = _side_by_side(item.question, lemmas_of)
        named |= {k for k in topic for a, b in pairs if k in (a, b) and {a, b} & named}
        named |= _modifiers(item.question, topic, named)
        # 'inspectiekosten' ~ 'Kost nakijken iets?': a compound is a kind of its head ('kost')
        named |= {k for k in topic if len(k) >= 4 and any(w.endswith(k) and len(w) >= len(k) + 4 for w in words)}
        # 'Kost nakijken of een prijsopgave iets?': the things joined by 'of een' side by side too
        named |= {
            k
            for k in topic
            for a, b in _joined_past_article(item.question, lemmas_of)
            if k in (a, b) and {a, b} & named
        }
        named |= _how_made(keys - topic, topic, words)
        # 'brood uit een fabriek' ~ 'Bakken jullie zelf?': a thing said to be made elsewhere is about the question
        # whether the business makes it, its verb named or not, when the entry names what the text names
        elsewhere = made_elsewhere(words, item.question)
        if (not keys and not elsewhere) or (not elsewhere and (not named or named != topic)):
            continue
        hits = sum(any(_similar(k, g) for k in topic) for g in gone)  # of the gone words, those it asks about
        if gone and not hits:
            continue  # not about the thing the rumour says is gone
        if any(_similar(k, t) for k in topic for t in told):
            continue  # the fact said it already
        said = keys | _keys(lemmas_of(item.answer))
        shared = len({w for w in words if any(_similar(w, a) for a in said)})
        if named != topic and not shared:
            continue  # 'uit de fabriek' about the bread, 'Maken jullie de taarten zelf?' about another thing
        # on a tie, the entry whose question names more of the text ('e-bikes van andere merken' over 'e-bikes')
        rank = (hits, shared, len(named))
        if (shared >= least or elsewhere) and (best is None or rank > best[0]):
            best = (rank, (item.question.strip(), item.answer.strip()))
    return best[1] if best is not None else None


def _joined_past_article(question: str, lemmas_of: Callable[[str], Iterable[str]]) -> list[tuple[str, str]]:
    """The pairs of words a FAQ question joins with 'en een' or 'of de' ('nakijken of een prijsopgave'), as key
    words; the pairs without an article are :func:`_side_by_side`'s."""
    words = re.findall(r"\w[\w'-]*", question.lower())
    pairs = []
    for at in range(1, len(words) - 2):
        if words[at] in {"en", "of"} and words[at + 1] in {"een", "de", "het"}:
            left, right = (_keys(lemmas_of(words[at + d])) for d in (-1, 2))
            if len(left) == 1 and len(right) == 1:
                pairs.append((next(iter(left)), next(iter(right))))
    return pairs


def _modifiers(question: str, topic: set[str], named: set[str]) -> set[str]:
    """The topic words of a FAQ question that only qualify a named one, as an inflected adjective
    right before it ('de Zeeuwse bolussen', 'verse broodjes'): a rumour about 'de bolussen' is about
    the FAQ question too."""
    words = normalise(question).split()
    pairs = itertools.pairwise(words)
    return {k for w, n in pairs if w.endswith("e") and any(_similar(n, m) for m in named) for k in topic if k == w}


def _how_made(verbs: set[str], topic: set[str], words: set[str]) -> set[str]:
    """The topic words of a FAQ question that say how its verb (``verbs``: its key words that are no topic) is done,
    words of making it here ('vers', 'zelf': resources/fact_words.toml made_here), when the text names that verb: a
    rumour that the bakery 'op zondag nie meer bakt' is about 'Bakken jullie op zondag vers?' too."""
    if not verbs or not any(_similar(v, w) for v in verbs for w in words):
        return set()
    return {k for k in topic if k in fact_words().made_here}


def made_elsewhere(words: Iterable[str], faq_question: str) -> bool:
    """Whether a rumour says a thing is made elsewhere ('uit een fabriek', 'kant-en-klaar', 'uit de
    diepvries') and the FAQ question asks whether the business makes it itself ('Bak je alles zelf?'):
    the answer sets it straight though the two share only the verb."""
    elsewhere = fact_words().elsewhere
    own = "zelf" in normalise(faq_question).split()
    ends = tuple(e for e in elsewhere if len(e) >= 6)
    return own and any(w in elsewhere or w.endswith(ends) for w in _keys(words))
