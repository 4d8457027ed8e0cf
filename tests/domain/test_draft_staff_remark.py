"""A remark of the staff the writer quotes is owned ('zo'n opmerking'); a quoted price or promise ('zei ze 'rond
de 20 euro'') is no remark. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_said import has_cue


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("En dan zegt die kapster 'dan had ge maar vroeger moeten komen'. Ongelofelijk.", True),
        ("Kreeg ik te horen dat 'dat er nu eenmaal bij hoort'.", True),
        ("Gevraagd wat een knipbeurt voor mijn dochter kost, zei ze 'een euro of 18'. Aan de kassa 26.", False),
        ("Wanneer klaar? Zei hij 'tegen 5 uur', om 7 uur nog niks.", False),
    ],
)
def test_a_quoted_price_or_hour_is_no_remark(text: str, remark: bool) -> None:
    assert has_cue("staff_remark", text) is remark
