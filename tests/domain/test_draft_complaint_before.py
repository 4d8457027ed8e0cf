"""What a complaint compares with and what it paid for: 'vroeger was het hier beter' said back, the work said as a
verb with the thing it was done on ('€ 45 voor het stofzuigen van de auto'), and an English complaint after an
outing names the thing that went wrong, not the route or what staff were quoted saying. Shops and sentences of our
own."""

from __future__ import annotations

import pytest

from app.domain.draft_amounts import AMOUNT, amount_for
from app.domain.draft_counts import property_instead
from app.domain.draft_dialects import in_dutch
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_times import still_at_shop
from app.domain.draft_why_not import why_not_thing
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_EETCAFE = BusinessProfile(
    name="Eetcafé De Zwaan",
    kind="restaurant",
    signers=["Bert"],
    voice="wij",
    register="u",
    email="info@dezwaan.be",
)


def test_it_used_to_be_better_is_said_back() -> None:
    text = "Stoofvlees van € 24 en amper vlees op het bord. De porties waren vroeger een stuk royaler. Spijtig."
    reply = suggested(_EETCAFE, text, label="klacht", platform="facebook", author="Jos Peeters")
    assert "vroeger" in reply.lower(), reply


def test_an_old_opening_day_is_no_comparison_of_quality() -> None:
    text = "Vroeger waren jullie op maandag open, nu sta ik voor een gesloten deur. Spijtig."
    reply = suggested(_EETCAFE, text, label="klacht", platform="facebook", author="Jos Peeters")
    assert "vroeger beter" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("€ 45 voor het stofzuigen van de auto?? Belachelijk.", "het stofzuigen van de auto"),
        ("65 euro voor het afstellen van een derailleur, echt?", "het afstellen van een derailleur"),
        # no work said as a verb: the thing as it was
        ("€ 12 voor het ontbijt van de kinderen, en het was koud.", "het ontbijt"),
    ],
)
def test_what_an_amount_was_for(text: str, said: str) -> None:
    found = AMOUNT.search(text)
    assert found is not None
    assert amount_for(text, found, set()) == said


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Walked the dyke route from Veere and sat down at yours. The terrace 'shuts at 9' and at 8:40 the staff "
            "were stacking chairs around us.",
            "the terrace",
        ),
        ("Rode the canal route to your place and the waffles were stale.", "the waffles"),
    ],
)
def test_an_english_complaint_after_an_outing_names_the_thing(text: str, thing: str) -> None:
    assert english_object(text) == thing


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Besteld: taart met lichtblauwe letters. Gekregen: roze. Op een babyshower!", ("lichtblauwe", "roze")),
        ("Gevraagd: honingblond. Geleverd: geel.", ("honingblond", "geel")),
        # no property came: nothing said back
        ("Gevraagd: of asblond kon. Gekregen: geen antwoord.", ("", "")),
    ],
)
def test_asked_and_got_told_as_a_list(text: str, said: tuple[str, str]) -> None:
    assert property_instead(text) == said


@pytest.mark.parametrize(
    ("text", "late"),
    [
        ("Er was 'rond 9 uur' beloofd. Om half 12 stond de taart pas op tafel.", "half 12"),
        ("Voor 11 uur toegezegd, om 12.20 kwam de bus pas.", "12.20"),
        # on time: nothing late said
        ("Voor 10 uur beloofd en om 9.40 netjes gebracht.", ""),
    ],
)
def test_a_promised_time_and_the_late_one(text: str, late: str) -> None:
    found = [s.values(text) for s in shipped_complaint_cues() if s.id == "late_until"]
    said = next((f["waarde"] for f in found if f), "")
    assert said == late


def test_a_thing_still_at_the_shop_is_a_wait() -> None:
    assert still_at_shop("Al vijf weken staat mijn scooter bij jullie in de werkplaats, niemand belt.")
    assert not still_at_shop("Al vijf weken rij ik met plezier op mijn scooter.")


def test_zeeuws_is_read_as_dutch() -> None:
    said = in_dutch("Al twee weke staet m'n fiets in de werkplaets, telkes 'morgen'.")
    assert "twee weken staat" in said and "werkplaats" in said and "telkens" in said


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Waarom geen pinautomaat zoals bij de bakker hiernaast?", "voor een pinautomaat"),
        # a reproach without a likeness stays unread
        ("Waarom geen excuses?", ""),
    ],
)
def test_a_why_not_likened_to_others_is_a_proposal(text: str, wish: str) -> None:
    assert why_not_thing(text) == wish
