"""Whether the writer says the business itself was away on holiday or leave ('Later hoorde ik dat u op vakantie
bent', 'tijdens het verlof kon ik nergens terecht', 'jullie waren met vakantie'): a cause the writer already knows,
which the reply says honestly instead of promising to find out how it could happen. The writer's own holiday ('ik
ben net terug van vakantie', 'voor onze vakantie') is not it. Words: resources/topic_readers.toml [leave]."""

from __future__ import annotations

from typing import Any

from app.nlp.reader_words import reader_words

# How far back in its clause the owner of the holiday may stand ('dat u nu al twee weken op vakantie bent').
_REACH = 6
# A determiner counts only right before the word ('tijdens het verlof'), not as a subject ('het is vakantie').
_DETERMINERS = frozenset({"het", "'t"})


def _leave_word(word: str, words: frozenset[str]) -> bool:
    return word in words or word.endswith(("verlof", "vakantie"))


def own_leave(doc: Any) -> bool:
    """Whether a holiday or leave word in ``doc`` belongs to the business: the nearest owner word before it in its
    clause is one of [leave] theirs, not of [leave] own."""
    table = reader_words()["leave"]
    for token in doc:
        if not _leave_word(token.lower_, table["words"]):
            continue
        for k in range(token.i - 1, max(-1, token.i - 1 - _REACH), -1):
            before = doc[k]
            if before.is_punct:
                break
            word = before.lower_
            if word in table["own"]:
                break
            if word in table["theirs"] and (word not in _DETERMINERS or k == token.i - 1):
                return True
    return False
