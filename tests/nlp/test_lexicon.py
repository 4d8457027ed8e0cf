"""The Dutch word list (app/nlp/lexicon.py, resources/lexicons/woorden.txt.gz)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from app.nlp import lexicon


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("toonbank", "toonbank"),
        ("ratten", "rat"),  # a plural with a doubled consonant
        ("krentenbollen", "krentenbol"),
        ("treintje", "trein"),  # diminutives
        ("kopje", "kop"),  # the longest reading, not 'ko'
        ("bolletjes", "bol"),
        ("Kettingbladen", "kettingblad"),  # a compound the list does not know, plural, capitalised
        ("oranjekoek", "oranjekoek"),
        ("achternaaf", "achternaaf"),
    ],
)
def test_noun_lemma(word: str, lemma: str) -> None:
    assert lexicon.noun(word) == lemma


@pytest.mark.parametrize(
    ("word", "last"),
    [
        ("kettingblad", "blad"),
        ("personeelsdag", "dag"),
        ("fietsrem", "rem"),
        ("oranjekoek", "koek"),
        ("brandwond", "wond"),
    ],
)
def test_head_of_a_compound(word: str, last: str) -> None:
    assert lexicon.head(word) == last


@pytest.mark.parametrize("word", ["gisteren", "remmen", "bolletje", "kopje", "rat"])
def test_no_head_where_the_word_is_no_compound(word: str) -> None:
    # 'giste-ren', 'rem-men', 'bol-let': a short last part counts only after a noun
    assert lexicon.head(word) == ""


@pytest.mark.parametrize("word", ["Soufiane", "Jelle", "Hasselt", "Radboud", "xqzv"])
def test_names_and_nonsense_are_no_dutch_words(word: str) -> None:
    assert not lexicon.is_word(word)
    assert lexicon.noun(word) == ""


@pytest.mark.parametrize("word", ["liet", "aangereden", "Toonbank", "mooi", "naar", "bestelde"])
def test_dutch_words_of_every_kind_are_known(word: str) -> None:
    assert lexicon.is_word(word)


def test_verbs_and_adjectives_are_no_nouns() -> None:
    assert lexicon.noun("mooi") == ""
    assert lexicon.noun("aangereden") == ""


@pytest.mark.skipif(importlib.util.find_spec("spacy_lookups_data") is None, reason='needs the extra "data"')
def test_the_committed_list_is_what_the_build_makes() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "packaging" / "wordlist.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
