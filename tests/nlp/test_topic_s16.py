"""Session 16: how long something should last is no wait. Sentences of our own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Op jullie site staat dat een kleurbehandeling ongeveer 3 uur duurt, ik was na een uur al buiten.",
        "Een intake duurt normaal 45 minuten; bij mij was het in 20 minuten gepiept.",
    ],
)
def test_a_promised_length_is_no_wait(text: str) -> None:
    found = analyse_topics(text)
    assert found.duration == "" and found.topic != "wachttijd", (found.duration, found.topic)


@pytest.mark.parametrize(
    ("text", "waited"),
    [
        ("De reparatie zou twee dagen duren, maar ik wacht nu al 3 weken op mijn fiets.", "3 weken"),
        ("Het duurde anderhalf uur voordat de pizza kwam.", "anderhalf uur"),
    ],
)
def test_a_wait_beside_a_promise_is_still_a_wait(text: str, waited: str) -> None:
    assert analyse_topics(text).duration == waited
