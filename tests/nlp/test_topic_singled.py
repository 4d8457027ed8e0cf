"""What the writer singles out of the whole praised ('Het menu was top, vooral de …') is named with it. Sentences of
our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "whole", "singled"),
    [
        ("Het kerstmenu was heerlijk, vooral de stoofvlees en de chocomousse!", "kerstmenu", "stoofvlees"),
        ("De lunch was top, met name het carpaccio. Dank jullie!", "lunch", "carpaccio"),
        ("het brunchbuffet was super, in het bijzonder de pannenkoeken 😋", "brunchbuffet", "pannenkoeken"),
    ],
)
def test_the_thing_singled_out_is_named_with_the_whole(text: str, whole: str, singled: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised == [whole, singled]


def test_without_singling_the_praise_stays_as_it_was() -> None:
    praised = [p.text for p in analyse_topics("Het kerstmenu was heerlijk en de bediening vriendelijk.").praised]
    assert praised[:1] == ["kerstmenu"]
    assert len(praised) <= 2
