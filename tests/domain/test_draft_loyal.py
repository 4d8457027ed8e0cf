"""Whom a praising writer names, read right (app.domain.draft_loyal): years spent elsewhere before this business
got it right are the first in those years, not years as a customer; someone the staff asked after gets greetings,
not 'fijn dat het zo goed ging met hem', and their wheelchair is no aid that came along. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_loyal import asked_after, first_here
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

SALON = BusinessProfile(
    name="Kapsalon Fleur",
    kind="kapsalon",
    signers=["Fleur"],
    voice="ik",
    register="je",
    email="fleur@kapsalonfleur.nl",
    phone="0499-123456",
)


def test_years_elsewhere_before_the_first_who_got_it_right() -> None:
    text = "Al 25 jaar zoek ik een kapper voor mijn krullen, maar Fleur is de eerste die ze echt begrijpt."
    assert first_here(text, "al 25 jaar") == "25 jaar"
    assert first_here("Al jaren kom ik hier, maar jullie zijn de enige die het zo goed doen.", "al jaren") == "jaren"


def test_years_as_a_customer_stay_loyalty() -> None:
    assert first_here("Al 12 jaar klant en altijd blij, top!", "al 12 jaar") == ""
    # let down once after years: still a customer for those years
    assert first_here("Al 12 jaar klant, maar dit is de eerste keer dat het mis ging.", "al 12 jaar") == ""
    assert first_here("Klant sinds 1998, maar Fleur is de eerste die het snapt.", "sinds 1998") == ""


def test_someone_asked_after_is_found_in_the_sentence_that_asks() -> None:
    assert asked_after("En dat ze even naar mijn vader in het verzorgingshuis vroeg, zo attent.") == {"vader"}
    assert asked_after("Fleur vroeg hoe het met mijn moeder ging, lief hoor.") == {"moeder"}
    assert asked_after("Ik heb mijn moeder meegenomen en ze werd heel lief geholpen.") == frozenset()


def test_the_thanks_greets_someone_asked_after_and_says_the_years_as_the_first() -> None:
    text = (
        "Al 30 jaar ga ik naar de kapper in het dorp maar Fleur is de eerste die mijn krullen snapt. "
        "En dat ze naar mijn vader met zijn rollator vroeg, vond ik heel lief."
    )
    said = draft_text(SALON, "uitkomst_bedank_publiek", text, platform="facebook", author="Ria Peters")
    assert "je vader" in said and "zo goed ging" not in said, said
    assert "30 jaar" in said and "als klant" not in said, said
    assert "rollator" not in said, said


def test_whom_the_staff_asked_after_with_every_possessive_of_the_shared_list() -> None:
    # code review session 32, finding 6: the possessives come from words.possessive_alternation()
    assert asked_after("Ze vroeg naar m'n vader. Echt lief.") == frozenset({"vader"})
    assert asked_after("Ze vroegen hoe het met onze zoon ging.") == frozenset({"zoon"})
