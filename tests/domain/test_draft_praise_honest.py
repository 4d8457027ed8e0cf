"""The honesty a compliment praises, said back (app.domain.draft_praise_honest)."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_honest import honest_said
from tests.domain.drafting.shops import BISTRO, GARAGE
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"


@pytest.mark.parametrize(
    ("text", "honest"),
    [
        ("Wim zei gewoon dat de distributieriem nog goed was. Eerlijk advies, dat zie je zelden!", "Eerlijk advies"),
        ("APK in een uurtje klaar en eerlijke prijs 👍", "Een eerlijke prijs"),
        ("Allez, ne correcte prijs voor al dat werk en ge wordt goe geholpen", "Een correcte prijs"),
        ("super EERLIJKE inschatting gekregen van de garagist", "Een eerlijke inschatting"),
        ("Ze vragen er eerlijke prijzen voor, en de koffie is gratis.", "Eerlijke prijzen"),
        ("Heel faire reparatieprijs voor mijn ouwe Golf.", "Een faire reparatieprijs"),
    ],
)
def test_the_honesty_praised_is_found(text: str, honest: str) -> None:
    assert honest_said(text) == honest


@pytest.mark.parametrize(
    "text",
    [
        "Lekker gegeten, maar geen eerlijke prijs voor zo'n klein bordje.",  # denied
        "Niet echt een eerlijk advies als je 't mij vraagt",  # denied with 'niet'
        "Is € 400 voor een koppeling een eerlijke prijs?",  # asked
        "Eerlijk gezegd had ik het niet verwacht, maar top!",  # a way of speaking
        "Eerlijk is eerlijk: de beste friet van de stad.",  # a saying
    ],
)
def test_no_honesty_praised_is_none(text: str) -> None:
    assert honest_said(text) == ""


def test_a_compliment_for_honest_advice_says_it_back() -> None:
    text = "Auto liep raar, maar Wim zei meteen dat het geen nieuwe uitlaat hoefde te zijn. Eerlijk advies, top!"
    draft = draft_text(GARAGE, THANKS, text)
    assert "Eerlijk advies" in draft, draft
    text = "Heerlijk gegeten en een heel eerlijke prijs voor drie gangen, merci!"
    draft = draft_text(BISTRO, THANKS, text, platform="google", author="Ria Peeters")
    assert "eerlijke prijs" in draft, draft
    assert draft.count("eerlijke prijs") == 1, draft


def test_a_price_called_not_honest_is_not_praised_back() -> None:
    draft = draft_text(BISTRO, THANKS, "Eten was top, alleen geen eerlijke prijs voor de wijn.")
    assert "zo hoort het" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        # not loved cooking kin
        "De soep was net als die van mijn ex, dus niet zo goed haha, maar het dessert was top.",
        "Het stoofvlees was zoals bij mijn schoonmoeder: taai. De rest was top.",
        # denied before the likening
        "De appeltaart was niet zoals bij mijn oma, maar wel heel lekker!",
        "de soep smaakte nooit zoals bij m'n moeke, spijtig",
        # turned after it
        "Het konijn was precies als dat van mijn bomma, jammer genoeg even droog.",
        "The stew was just like my mum's: not good at all. De vlaai was net zoals bij mijn mama, helaas wat flauw.",
    ],
)
def test_an_unflattering_likening_is_no_compliment(text: str) -> None:
    from app.domain.draft_praise_honest import compared_said

    assert compared_said(text, "je") == ("", "")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("De waterzooi was gelijk bij mijn grootmoeder, heerlijk!", "je grootmoeder"),
        ("de rijstpap smaakte zoals bij m'n bomma vroeger", "je bomma"),
        ("Het stoofvlees was net zoals bij mijn moeder, maar de frietjes waren koud.", "je moeder"),
        ("DE SOEP WAS PRECIES ALS DIE VAN MIJN OPA", "je opa"),
    ],
)
def test_a_likening_to_loved_cooking_kin_is_the_compliment(text: str, who: str) -> None:
    from app.domain.draft_praise_honest import compared_said

    assert compared_said(text, "je")[1] == who


@pytest.mark.parametrize(
    "text",
    [
        "Super lekker gegeten, maar een eerlijke prijs is het niet echt.",
        "Eerlijke prijzen waren vroeger, nu is het duur, maar wel lekker.",
        "correct advies kreeg ik nooit van die jongen aan de balie",
        "Eerlijk advies? Was er destijds, nu niet meer.",
        "A fair price it is not, but the food was great.",
    ],
)
def test_honesty_denied_or_past_after_the_phrase_is_no_compliment(text: str) -> None:
    assert honest_said(text) == ""


@pytest.mark.parametrize(
    "text",
    ["Correcte prijs, mooie kleur en eerlijk advies!", "Eerlijk advies, maar de wachttijd was lang."],
)
def test_honesty_praised_before_a_turn_in_the_next_clause_is_still_said(text: str) -> None:
    assert honest_said(text) != ""
