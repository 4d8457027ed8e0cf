"""Blind rounds r28/r29 read aloud (issue #13): a bill above what the writer was told is said back with
its amounts, not as 'de prijs van <a noun nearby>'; a device someone talked or looked on is no subject;
something ordered in advance that was not there is said back."""

from __future__ import annotations

from app.domain.draft_amounts import quoted_and_billed
from app.domain.profile import BusinessProfile
from tests.domain.businesses import GARAGE_VOS, LOODGIETER_SMIT, TRIMSALON_WOLK
from tests.domain.drafts import draft_text

CATERER = BusinessProfile(name="Catering Zon", kind="restaurant", signers=["Ilse"], email="info@cateringzon.nl")

_COMPLAINT = "uitkomst_herstel"


def test_the_amount_told_and_the_amount_billed() -> None:
    assert quoted_and_billed("De offerte was € 350. Bij het ophalen moest ik € 520 betalen.") == ("€ 350", "€ 520", "")
    assert quoted_and_billed("Telefonisch werd 60 euro gezegd, op de factuur stond 95.")[:2] == ("€ 60", "€ 95")
    assert quoted_and_billed("De rekening was € 75 hoger dan de offerte.") == ("", "", "€ 75")
    assert quoted_and_billed("Een brood van € 4,35 vind ik te duur.") == ("", "", "")


def test_a_bill_above_the_quote_is_said_with_both_amounts() -> None:
    text = (
        "Offerte voor de distributieriem was € 650. "
        "Bij het ophalen € 890 afgerekend, want de waterpomp moest ook. Niemand heeft gebeld."
    )
    draft = draft_text(GARAGE_VOS, _COMPLAINT, text, platform="google")
    assert "€ 650" in draft and "€ 890" in draft and "prijs van" not in draft
    text = "Aan de telefoon zei u 120 euro voor het ontstoppen en op de factuur stond ineens 210. Uitleg kreeg ik niet."
    draft = draft_text(LOODGIETER_SMIT, _COMPLAINT, text)
    assert "€ 120" in draft and "€ 210" in draft and "telefoon" not in draft


def test_a_bill_that_came_out_higher_than_agreed() -> None:
    text = "Voor ons jubileum lunch laten verzorgen, maar de factuur kwam € 240 hoger uit dan de offerte."
    draft = draft_text(CATERER, _COMPLAINT, text, platform="linkedin")
    assert "€ 240" in draft


def test_a_device_is_no_subject_of_the_wait() -> None:
    text = "Een half uur staan wachten, en het meisje achter de balie zat de hele tijd op haar telefoon."
    draft = draft_text(TRIMSALON_WOLK, _COMPLAINT, text)
    assert "op de telefoon" not in draft and "telefoon" not in draft.split("\n")[1]


def test_what_was_ordered_in_advance_and_not_there_is_said_back() -> None:
    text = "Voor mijn schoonvader hadden we een glutenvrije taart besteld, maar die was er niet. De rest was prima."
    assert "geen glutenvrije taart" in draft_text(CATERER, _COMPLAINT, text)
    text = "We hadden een lactosevrij menu doorgegeven voor twee gasten maar dat bleek er niet te zijn."
    assert "geen lactosevrij menu" in draft_text(CATERER, _COMPLAINT, text, platform="google")


def test_long_runs_take_linear_time() -> None:
    import time

    from app.domain.draft_jokes import shipped_complaint_cues
    from app.domain.draft_wellbeing import asks_to_be_called, said_recovered, several_hurt

    for filler in ("1", "€1 ", "1,", " ", "weer ", "'a' ", "?"):
        text = "offerte " + filler * (50_000 // len(filler)) + " 85."
        began = time.perf_counter()
        quoted_and_billed(text), said_recovered(text), asks_to_be_called(text), several_hurt(text)
        for shape in shipped_complaint_cues():
            shape.values(text)
        assert time.perf_counter() - began < 10.0, repr(filler)  # linear: milliseconds; backtracking: minutes
