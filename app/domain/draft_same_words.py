"""The writer's words with the synonyms of resources/synonyms.toml made one, and the related words by stem."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from app.domain.draft_fact_words import english_holiday, fact_words, synonyms  # noqa: F401 - english_holiday re-exported
from app.domain.draft_word_match import _stem


@lru_cache(maxsize=1)
def _related_stems() -> dict[str, str]:
    """resources/fact_words.toml [same_meaning] by stem (five letters or more): 'binnenlop' → 'afspraak'."""
    return {_stem(word): same for word, same in fact_words().same_meaning.items() if len(_stem(word)) >= 5}


@lru_cache(maxsize=1)
def _synonym_stems() -> dict[str, str]:
    """The one-word synonyms by their stem (five letters or more): 'verhur' → 'huren'."""
    return {_stem(k): v for k, v in synonyms().items() if " " not in k and len(_stem(k)) >= 5}


def _same_words(words: list[str]) -> list[str]:
    """The writer's words with synonyms made one ('elektrische fiets' and 'e-bike' → 'e-bike')."""
    same, out, i = synonyms(), [], 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in same:
            out.append(same[pair])
            i += 2
            continue
        word = words[i]
        # an English plural the list knows in the singular ('bikes' → 'bike' → 'fiets')
        # ('dishes' → 'dishe' → 'dish')
        single = word[:-1] if word.endswith(("s", "he")) and len(word) > 3 and word not in same else ""
        # by stem too: spaCy's lemma of 'verhuren' may be 'verhur'
        # a verb with the -t of its present tense ('verhuurt' → 'verhuur')
        stem_t = word[:-1] if word.endswith("t") and len(word) > 4 else ""
        out.append(same.get(word) or same.get(single) or same.get(stem_t) or _synonym_stems().get(_stem(word)) or word)
        i += 1
    return out


def _pairs_made_one(words: list[str]) -> list[str]:
    """The words with each pair that resources/synonyms.toml names as one thing replaced by it ('lang krentenbrood'
    → 'krentenwegge', 'walk in' → 'langskomen'); the other words as they are."""
    same, out, i = synonyms(), [], 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]).lower()
        if i + 1 < len(words) and pair in same:
            out.append(same[pair])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def same_words(words: Iterable[str]) -> list[str]:
    """The words with the synonyms of resources/synonyms.toml made one (also English words: 'parking' → 'parkeren')."""
    return _same_words([w.lower() for w in words])
