"""A rumour that something is not done in some months is set straight by the sentence of the opening hours that
names those months and that thing, even without hours in it. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_rumour_season_note import season_note
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_HOURS = "di–za 9.00–18.00; zondag gesloten. Kanoverhuur van oktober tot april alleen op afspraak."


def _lemmas(text: str) -> list[str]:
    return [w.strip(".,!?").lower() for w in text.split()]


def test_the_sentence_with_the_months_and_the_thing_is_found() -> None:
    said = season_note("Van oktober tot april kun je daar geen kano huren", _HOURS, _lemmas)
    assert said == "Kanoverhuur van oktober tot april alleen op afspraak"


def test_other_months_or_another_thing_find_nothing() -> None:
    assert season_note("In juli geen kano's meer te huur", _HOURS, _lemmas) == ""
    assert season_note("Van oktober tot april geen koffie meer", _HOURS, _lemmas) == ""


def test_the_draft_denies_with_that_sentence() -> None:
    shop = BusinessProfile(
        name="Kanoverhuur De Wiel",
        kind="fietsenmaker",
        signers=["Gert"],
        register="je",
        voice="ik",
        opening_hours=_HOURS,
    )
    said = draft_text(
        shop,
        "uitkomst_onwaarheid",
        "Let op: bij De Wiel kun je van oktober tot april geen kano huren, alles ligt binnen.",
    )
    assert "klopt niet" in said
    assert "alleen op afspraak" in said
