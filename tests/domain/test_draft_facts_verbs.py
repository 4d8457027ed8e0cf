"""The verb of a question read past a greeting before it (app/domain/draft_facts.verb_words): 'Goedenavond, verhuur
je ook bakfietsen?' has 'verhuur' as its verb, so the thing asked is 'bakfietsen', not the verb. Sentences of their
own."""

from __future__ import annotations

from app.domain.draft_facts import verb_words


def test_a_greeting_before_the_verb_is_passed() -> None:
    assert verb_words("Goedenavond, verhuur je ook bakfietsen?") == ["verhuur"]
    assert verb_words("Hoi! Bezorgen jullie ook in Wognum?") == ["bezorgen"]


def test_a_question_that_opens_with_a_name_has_no_verb_first() -> None:
    assert verb_words("Marijke, jouw taarten zijn toch altijd vers?") == []
