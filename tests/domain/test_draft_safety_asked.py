"""What a safety complaint about a salon treatment asks is answered: which product was used gets a slot for the brand
and number (no pointer to the GP to a writer whose doctor named the reaction); a bare 'what now?' gets the GP's
advice for now and what the salon does; a chemical burn gets steps for the products, not for heat. Sentences of our
own."""

from __future__ import annotations

import pytest

from app.domain.draft_harm_now import product_asked, what_now_asked
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

_SALON = BusinessProfile(
    name="Kapsalon Krul", kind="kapper", signers=["Noor"], voice="ik", register="je", phone="040-2223344"
)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Na de highlights zat mijn nek vol bultjes. Welke verf hebben jullie gebruikt?", True),
        ("Mijn dokter wil weten welk middel er op mijn haar is aangebracht.", True),
        ("Which dye did you use on my hair? My scalp is covered in a rash.", True),
        ("Welk product raad je aan voor krullen?", False),
        ("Ik heb een allergische reactie gekregen na de kleuring.", False),
    ],
)
def test_a_product_asked_is_read(text: str, asked: bool) -> None:
    assert product_asked(text) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Blaren op mijn oor van de föhn. En nu?", True),
        ("Hoe moet het nu verder??", True),
        ("Wat nu met de afspraak van morgen?", False),
    ],
)
def test_a_bare_what_now_is_read(text: str, asked: bool) -> None:
    assert what_now_asked(text) is asked


def test_the_product_asked_after_a_reaction_gets_a_slot_not_a_pointer_to_the_gp() -> None:
    text = (
        "Dinsdag mijn uitgroei laten verven. 's Nachts kreeg ik een dik opgezette hals en moest ik naar de "
        "huisartsenpost, die zei allergie. Ik voel me nog steeds beroerd en ik wil weten welke kleurstof jullie "
        "hebben gebruikt."
    )
    made = draft_text(_SALON, _SAFETY, text)
    assert "welk product het was: [vul in: merk en nummer" in made, made
    assert "neem dan contact op met de huisarts" not in made


def test_a_chemical_burn_gets_steps_for_the_products_and_what_now_is_answered() -> None:
    text = (
        "Vorige week bij jou ontkleurd en het prikte verschrikkelijk. Nu heb ik wondjes op mijn kruin, de dokter "
        "spreekt van een chemische verbranding. Wat nu?"
    )
    made = draft_text(_SALON, _SAFETY, text)
    assert "hitte" not in made and "tangen" not in made, made
    assert "blondeerproducten" in made and "vraag wat nu" in made, made
