"""A guessed word praised for its taste ('De hertenstoof was om te janken zo lekker', 'het hertenkalf was subliem'):
something eaten, named back, never the room an occasion was celebrated in."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_praise_held import praise_list
from app.domain.words import alternation


@lru_cache(maxsize=1)
def _tastes() -> re.Pattern[str]:
    """The words that praise a taste (resources/praise.toml 'tastes')."""
    return re.compile(rf"(?<![\w-])(?:{alternation(praise_list('tastes'))})(?![\w-])", re.I)


def tasted(text: str, word: str) -> bool:
    """Whether ``word`` stands in a sentence of ``text`` that praises a taste: 'De hertenstoof was zalig',
    'Het hertenkalf, subliem!', 'the venison stew was delicious'; not 'de serre was prachtig'."""
    if not word:
        return False
    for sentence in re.split(r"(?<=[.!?\n])\s+", text):
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence, re.I) and _tastes().search(sentence):
            return True
    return False
