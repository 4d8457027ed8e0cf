"""The writer's own birthday, given to them by their people ('voor mijn 60ste verjaardag van mijn dochters een
verwenbeurt'): the birthday is the writer's, the people gave it; the age is said back with the wishes. Sentences of
our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics
from tests.domain.businesses import KAPSALON_KNIP
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    "text",
    [
        "Voor mijn 50ste verjaardag van mijn zonen een knipbeurt gekregen, en wat een verwennerij!",
        "Voor onze 40ste verjaardag van onze kinderen een dagje kapper cadeau gekregen. Top!",
    ],
)
def test_the_own_birthday_given_by_others_stays_the_writers(text: str) -> None:
    assert analyse_topics(text).owner == ""


def test_a_birthday_of_another_stays_theirs() -> None:
    """Negative case: 'de 80ste verjaardag van mijn moeder' is the mother's."""
    assert analyse_topics("Voor de 80ste verjaardag van mijn moeder een mooi kapsel, merci!").owner == "moeder"


def test_the_age_of_the_own_birthday_is_said_with_the_wishes() -> None:
    text = "Voor mijn 70ste verjaardag van mijn kleinkinderen een verwenbeurt gekregen: wassen en knippen. Heerlijk!"
    draft = draft_text(KAPSALON_KNIP, "uitkomst_bedank_publiek", text, author="Rita Claes")
    assert "70 jaar" in draft and "verjaardag van je kleinkinderen" not in draft, draft
