"""Whether a thank-you's occasion is still to come (app.domain.draft_occasion_ahead)."""

from __future__ import annotations

import pytest

from app.domain.draft_occasion_ahead import occasion_ahead, occasion_soon


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
        # next year's order or visit is no day to come
        (
            "Mijn moeder 80 jaar en de taart was op in een kwartier. Volgend jaar bestel ik er twee!",
            "80ste verjaardag",
            False,
        ),
        ("Het jubileum was top. Volgend jaar komen we zeker terug!", "jubileum", False),
        ("Volgend jaar trouwen we en dan bestellen we de taart bij jullie!", "bruiloft", True),
    ],
)
def test_an_occasion_is_ahead_only_when_its_sentences_say_so(text: str, words: str, ahead: bool) -> None:
    assert occasion_ahead(text, words) is ahead


@pytest.mark.parametrize(
    ("text", "words", "soon"),
    [
        # the visit was for it, and a later sentence says it is still to come
        (
            "Eergisteren mijn nagels laten doen voor het feest van mijn zus. "
            "Ze zijn al gebroken en komende zaterdag is het feest.",
            "feest",
            True,
        ),
        (
            "Gisteren gekleurd voor de communie van mijn dochter. Nu jeukt alles en overmorgen is de communie.",
            "communie",
            True,
        ),
        # only told as past
        ("Gisteren op de communie van mijn dochter liep het mis.", "communie", False),
        ("Vorige week was het feest, en toen ging het mis.", "feest", False),
    ],
)
def test_an_occasion_is_soon_when_one_of_its_sentences_says_so(text: str, words: str, soon: bool) -> None:
    assert occasion_soon(text, words) is soon
