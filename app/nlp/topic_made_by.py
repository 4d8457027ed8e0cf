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
    """Whether the capitalised word at ``i`` follows '<service> van' ('de knipbeurt van Demi') or '<service> ...
    bij' a few words after the service ('mijn eerste balayage gedaan bij Yana', 'een knipbeurt bij Noor'): the one
    who gave the service; not a proper name of more words ('de reparatie bij Fietsatelier De Dijle')."""
    if i < 2 or doc[i - 1].lower_ not in {"van", "bij"}:
        return False
    if doc[i - 1].lower_ == "van":
        service = doc[i - 2].is_lower and _service(doc[i - 2].lower_)
    else:
        longer = i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].is_title
        near = doc[max(0, i - 5) : i - 1].text.split()  # in the same sentence
        near = near[max((k + 1 for k, w in enumerate(near) if w in {".", "!", "?"}), default=0) :]
        service = not longer and any(w.islower() and _service(w) for w in near)
    if not service:
        return False
    word = doc[i].lower_
    listed = word in first_names()[0] | first_names()[1]
    return listed or (len(word) > 2 and doc[i].is_alpha and not lexicon.is_word(word))
