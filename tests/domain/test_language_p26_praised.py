"""English praise names the thing praised, not where the writer was heading ('on our way to the museum') nor the
person who served ('The lady explained'). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.language import english_object


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Popped in on our way to the windmill museum. The stroopwafel was still warm, amazing!", "the stroopwafel"),
        (
            "Stopped by while heading towards the beach. The lady said the krentenbol is their classic, so good",
            "the krentenbol",
        ),
        ("Cycling to the ferry when my chain snapped, they fixed my chain in ten minutes", "your chain"),
        (
            "On the way to the old town we found this place. The man at the till recommended the appeltaart",
            "the appeltaart",
        ),
    ],
)
def test_english_praise_names_the_thing_not_the_destination(text: str, thing: str) -> None:
    assert english_object(text) == thing


def test_what_the_writer_was_talked_into_is_the_thing() -> None:
    assert english_object("Drove past on the way to Ghent. Lies talked me into the mattentaart, best ever") == (
        "the mattentaart"
    )
