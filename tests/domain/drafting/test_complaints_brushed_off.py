"""A complaint whose writer told the staff and quotes the brush-off they got ('kreeg ik 'pech gehad''): that reply is
owned in the draft, not only the fault itself. Not when the quote is what the writer said, or a promise. Shops and
sentences of their own, none from the rounds."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_said import has_cue
from tests.domain.drafting.shops import BISTRO, GARAGE
from tests.domain.drafts import suggested


@pytest.mark.parametrize(
    "text",
    [
        "De soep was lauw. Toen ik het aan de toog zei kreeg ik 'ja, het is druk he'.",
        "Ik heb het meteen gemeld en kreeg als antwoord 'daar doen we niks aan'.",
        "Mijn band liep leeg na de reparatie. Toen we het zeiden tegen de monteur: 'da's pech, meneer'.",
        "We hebben het twee keer gezegd en kregen 'dat zit zo in het systeem'.",
    ],
)
def test_a_brush_off_after_telling_the_staff_is_read(text: str) -> None:
    assert has_cue("report_brushed", text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb gezegd: 'dit is niet wat ik besteld heb'.",  # the writer's own words
        "Ik heb het gemeld en kreeg 'morgen klaar' te horen.",  # a promise with a day, not a brush-off
        "Ik zei tegen de ober dat het lekker was.",  # no quote at all
    ],
)
def test_no_brush_off_without_a_quoted_reply_to_a_report(text: str) -> None:
    assert not has_cue("report_brushed", text)


def test_the_brush_off_is_owned_in_the_draft() -> None:
    text = "De frieten waren koud. Toen ik het tegen de serveerster zei, kreeg ik 'tja, dat kan gebeuren'. Jammer."
    draft = suggested(BISTRO, text, label="klacht", platform="google", author="Karin de Wit")
    assert "reactie" in draft


def test_the_brush_off_is_owned_beside_the_fault_at_a_garage() -> None:
    text = "Na de beurt lekt de auto olie. Ik heb het gemeld en kreeg 'dat is normaal bij dit model'. Echt niet netjes."
    draft = suggested(GARAGE, text, label="klacht", platform="facebook", author="Henk Post")
    assert "reactie" in draft
