"""Whether a thank-you's occasion is still to come (app.domain.draft_occasion_ahead)."""

from __future__ import annotations

import pytest

from app.domain.draft_occasion_ahead import occasion_ahead


@pytest.mark.parametrize(
    ("text", "words", "ahead"),
    [
        ("Klaar voor mijn bruiloft volgende week, wat zit mijn haar mooi!", "bruiloft", True),
        ("Onze dochter gaat in juni trouwen en de proeftaart was al heerlijk.", "bruiloft", True),
        # the occasion told as past in its own sentence, another one ahead in the next
        ("Zaterdag was de communie van Mila. Volgend jaar het lentefeest van haar broer!", "communie", False),
        ("Afgelopen zaterdag ons jubileum gevierd, volgend jaar weer!", "jubileum", False),
        # the next visit in a goodbye is no day to come
        ("Mooie verjaardagstaart voor mijn vader. Tot de volgende keer!", "verjaardag", False),
    ],
)
def test_an_occasion_is_ahead_only_when_its_sentences_say_so(text: str, words: str, ahead: bool) -> None:
    assert occasion_ahead(text, words) is ahead
