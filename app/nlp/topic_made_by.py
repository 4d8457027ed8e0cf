"""Who made or gave a service the writer names with 'van': 'mijn lentefeestkapsel van Yana', 'de knipbeurt van
Demi', 'onze bruidsmake-up van Selin'. The word before 'van' is a service or what it made (praise.toml
``done_by``, also as the last part of a compound); the capitalised word after it is a first name the list knows
or no Dutch word at all (not 'het kapsel van Kapsalon Sjiek', nor 'de reparatie van vandaag')."""

from __future__ import annotations

from typing import Any

from app.domain.privacy_names import first_names
from app.nlp import lexicon
from app.nlp.praise_words import praise_words


def _service(word: str) -> bool:
    """A service word, alone or as the last part of a compound ('lentefeestkapsel', 'bruidsmake-up')."""
    done = praise_words().done_by
    return word in done or any(word.endswith(w) and len(word) >= len(w) + 3 for w in done)


def made_by(doc: Any, i: int) -> bool:
    """Whether the capitalised word at ``i`` follows '<service> van': the one who gave the service."""
    if i < 2 or doc[i - 1].lower_ != "van" or not doc[i - 2].is_lower or not _service(doc[i - 2].lower_):
        return False
    word = doc[i].lower_
    listed = word in first_names()[0] | first_names()[1]
    return listed or (len(word) > 2 and doc[i].is_alpha and not lexicon.is_word(word))
