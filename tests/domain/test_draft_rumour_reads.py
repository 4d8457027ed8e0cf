"""Issue #13, review of r71–r72: a rumour answer that reads as one shopkeeper would write it. A claim the profile
proves wrong is denied at once, without 'Voor wie meeleest: zo zit het.' before the denial; a day the rumour says
is closed is denied with that day's hours; a rumour only the owner can answer gets a neutral opening, not 'we
zetten het recht'. Profiles and rumours of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_day_parts import part_of_day_open
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SHOP = BusinessProfile(
    name="Viswinkel De Schelp",
    kind="winkel",
    signers=["Mirjam"],
    voice="wij",
    register="je",
    email="info@deschelp.nl",
    opening_hours="di–vr 9:00–18:00, za 8:00–16:00",
    payment="pinnen en contant",
)
_LATE = BusinessProfile(
    name="Kapsalon Knip",
    kind="kapsalon",
    signers=["Sev"],
    voice="ik",
    register="u",
    email="sev@knip.be",
    opening_hours="di–wo 9:00–17:00, do tot 20:30, vr 9:00–17:00",
)

_CLAIMS = [
    "Pas op, bij De Schelp kun je niet meer contant betalen!",
    "De Schelp neemt geen contant geld meer aan, heb ik gehoord.",
    "LET OP: bij de schelp alleen nog pinnen, contant kan niet meer",
]


@pytest.mark.parametrize("claim", _CLAIMS)
def test_a_claim_the_profile_refutes_starts_with_the_denial(claim: str) -> None:
    for i in range(4):
        text = draft_text(_SHOP, "uitkomst_onwaarheid", f"{claim} ({i})")
        body = text.split("\n", 1)[1].lstrip()
        assert "zo zit het. Dat klopt" not in text and "meeleest" not in text, text
        assert body.startswith("Dat klopt"), text
        assert "pinnen en contant" in text, text


@pytest.mark.parametrize(
    "rumour",
    [
        "Ik hoorde dat De Schelp zaterdag voortaan gesloten is",
        "Klopt het dat jullie op zaterdag dicht zijn tegenwoordig?",
        "de schelp is op zaterdag niet meer open zeggen ze",
    ],
)
def test_a_day_said_closed_is_denied_with_its_hours(rumour: str) -> None:
    text = draft_text(_SHOP, "uitkomst_onwaarheid", rumour)
    assert "klopt" in text and "niet" in text, text
    assert "op zaterdag zijn we gewoon open, 8:00–16:00" in text, text
    assert "We zijn open:" not in text, text


def test_evenings_said_closed_are_denied_only_by_evening_hours() -> None:
    text = draft_text(
        _LATE, "uitkomst_onwaarheid", "Schijnt dat Knip 's avonds niet meer open is, donderdagavond ook niet?"
    )
    assert "op donderdag ben ik gewoon open, tot 20:30" in text, text
    assert part_of_day_open("'s avonds niet meer open", "tot 20:30")
    assert not part_of_day_open("'s avonds niet meer open", "9:00–17:00")  # closes at five: the rumour may be right
    assert part_of_day_open("op zondag gesloten", "9:00–12:00")


@pytest.mark.parametrize(
    "rumour",
    [
        "Klopt het dat De Schelp op zaterdag al om 16:00 dicht is?",  # what the hours say
        "De Schelp gaat vanaf volgend jaar op zaterdag dicht, las ik",  # today's hours do not tell
    ],
)
def test_a_time_named_or_still_to_come_is_not_denied(rumour: str) -> None:
    """Negative cases: no 'Dat klopt niet' where the hours cannot prove the rumour wrong."""
    text = draft_text(_SHOP, "uitkomst_onwaarheid", rumour)
    assert "Dat klopt niet" not in text and "klopt gelukkig niet" not in text, text


@pytest.mark.parametrize(
    "rumour",
    [
        "Ik hoorde dat De Schelp is overgenomen door een grote keten.",
        "Volgens mijn buurvrouw gaat De Schelp verkocht worden aan een supermarkt",
        "de schelp wordt verkocht las ik in de krant",
    ],
)
def test_a_rumour_only_the_owner_can_answer_gets_a_neutral_opening(rumour: str) -> None:
    for i in range(4):
        text = draft_text(_SHOP, "uitkomst_onwaarheid", f"{rumour} ({i})")
        assert "[vul in:" in text, text
        assert "recht" not in text.split("[vul in:")[0], text  # nothing 'set straight' before the owner says so


@pytest.mark.parametrize(
    "rumour",
    [
        "Let op mensen, De Schelp is sinds kort op zaterdag toe",  # Flemish 'toe': closed
        "Ze zeggen dat die van De Schelp tegenwoordig op zaterdag altijd toe zijn.",
    ],
)
def test_a_day_said_closed_in_flemish_is_denied_with_its_hours(rumour: str) -> None:
    text = draft_text(_SHOP, "uitkomst_onwaarheid", rumour)
    assert "op zaterdag zijn we gewoon open, 8:00–16:00" in text, text


def test_toe_that_does_not_say_closed_is_no_closing() -> None:
    """Negative case: 'tot nu toe', 'daar toe', 'toe aan' and 'toe te voegen' do not say the shop is closed."""
    from app.domain.draft_rumour_cues import says_closed

    assert says_closed("die zijn op zondag altijd toe")
    assert not says_closed("De Schelp is tot nu toe op zaterdag de beste")
    assert not says_closed("ze zijn op zaterdag aan vakantie toe")
    assert not says_closed("die zijn van plan op zaterdag kibbeling toe te voegen")
