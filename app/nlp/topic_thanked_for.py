"""What a thanks or a compliment is for: the 'voor' after it, right after ('Bedankt voor de taart') or after whom it
goes to in the same sentence ('Complimenten aan chef Wiebe voor de pudding', 'Dank aan Kees en Mila voor de
bruidstaart', 'Merci Lowie voor de snelle knipbeurt', 'Dank je wel voor ...'). The words of thanks and praise are
praise.toml ``compliments``."""

from __future__ import annotations

from typing import Any

from app.nlp.praise_words import praise_words

# Whom thanks go to, in lower case, right before 'voor' ('aan jullie voor', 'iedereen voor', 'dank je wel voor').
_WHOM = frozenset({"jullie", "allemaal", "iedereen", "u", "je", "jou", "wel", "allen", "zeer", "enorm"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _whom(token: Any) -> bool:
    """A name, a team or a role, or one of :data:`_WHOM`: whom the thanks go to."""
    word, words = token.lower_, praise_words()
    return (token.is_title and token.is_alpha) or word in _WHOM or word in words.teams or word in words.roles


def thanked_voor(doc: Any, i: int) -> int:
    """The index of the 'voor' that says what the thanks word at ``i`` is for; -1 when there is none."""
    if doc[i].lower_ not in praise_words().compliments:
        return -1
    for j in range(i + 1, min(len(doc), i + 14)):
        if doc[j].text in _SENTENCE_ENDS:
            return -1
        if doc[j].lower_ == "voor":
            return j if j == i + 1 or _whom(doc[j - 1]) else -1
    return -1
