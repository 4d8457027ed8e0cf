"""Drafts that name the thing the writer named (session 'things6', issue #13): the thing a wait was on,
the kind of dish, what a minus point misses; and never a thing only compared to. Businesses and sentences
of their own, none from the rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.businesses import EETCAFE_DE_LINDE
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
_THANKS = "uitkomst_bedank_publiek"
BIKES = BusinessProfile(name="Tweewielers Bos", kind="fietsenwinkel", signers=["Ad"], voice="ik", email="ad@bos.nl")


def test_a_wait_names_what_it_was_on() -> None:
    text = "De nieuwe e-bikes zien er goed uit, maar ik wacht al drie weken op een nieuw zadel. Schiet eens op."
    draft = draft_text(BIKES, _COMPLAINT, text)
    assert "op het zadel" in draft, draft
    assert "e-bikes" not in draft, draft


def test_the_kind_of_dish_is_named_in_thanks_and_complaints() -> None:
    draft = draft_text(EETCAFE_DE_LINDE, _THANKS, "Die vegetarische lasagne gisteren 😍 wat een smaak!")
    assert "vegetarische lasagne" in draft, draft
    text = "Het vegan ontbijt was een grap: een boterham met jam voor 14 euro."
    assert "vegan ontbijt" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


def test_a_thing_only_compared_to_is_not_named() -> None:
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, "€26 voor een steak die zo taai was als een schoenzool.")
    assert "schoenzool" not in draft, draft


def test_a_warning_light_on_after_the_work_is_said_back() -> None:
    garage = BusinessProfile(name="Garage Peeters", kind="garage", signers=["Luc"], voice="wij", email="l@peeters.be")
    text = "Wagen gisteren terug na de APK en vanochtend gaat het oliedruklampje branden. 180 euro voor niks dus."
    draft = draft_text(garage, _COMPLAINT, text)
    assert "het oliedruklampje" in draft, draft


def test_what_was_asked_for_and_the_occasion_ahead_not_the_occasion_as_the_thing() -> None:
    salon = BusinessProfile(name="Kapsalon Lok", kind="kapsalon", signers=["Ine"], voice="ik", email="ine@lok.be")
    draft = draft_text(salon, _COMPLAINT, "vroeg om een lange bob en kreeg een kort koppie 😭 en zondag is de communie")
    assert "lange bob" in draft, draft
    assert "communie" in draft, draft


def test_a_noise_after_the_work_is_said_back() -> None:
    text = "Vorige week mijn stadsfiets laten afstellen voor 65 euro en nu piept de achterrem bij elke bocht."
    assert "piept" in draft_text(BIKES, _COMPLAINT, text)


def test_the_dish_that_came_cold_is_named() -> None:
    text = "Besteld via de site, anderhalf uur later geleverd en mijn pannenkoeken waren ijskoud. Nooit meer."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "je pannenkoeken ijskoud" in draft or "je pannenkoeken ook nog ijskoud" in draft, draft


def test_a_request_after_verzoekje_is_the_wish() -> None:
    from app.domain.draft_wishes import wishes

    found = wishes("Heerlijke croissants! Klein verzoekje: bak ook eens spelt croissants op zaterdag.")
    assert found == ["om ook eens spelt croissants op zaterdag te bakken"], found


def test_diets_met_are_praised_back() -> None:
    text = "Met de hele familie gegeten: twee vegetariërs, een veganist en mijn notenallergie. Iedereen smulde!"
    assert "dieetwensen" in draft_text(EETCAFE_DE_LINDE, _THANKS, text)
    # one diet, or diets in an idea, are no wishes met
    assert "dieetwensen" not in draft_text(EETCAFE_DE_LINDE, _THANKS, "De glutenvrije taart was heerlijk!")
    text = "Lekker gegeten, maar graag meer vegetarische en veganistische gerechten op de kaart."
    assert "dieetwensen" not in draft_text(EETCAFE_DE_LINDE, _THANKS, text)
    text = "Top avond! Eén puntje: voor mijn vegetarische vriendin en mijn glutenallergie was er weinig keus."
    assert "dieetwensen" not in draft_text(EETCAFE_DE_LINDE, _THANKS, text)


def test_someone_called_a_hero_of_a_thing_praises_the_thing() -> None:
    salon = BusinessProfile(name="Salon Knip", kind="kapsalon", signers=["Ans"], voice="ik", email="ans@knip.nl")
    assert "de kleuren" in draft_text(salon, _THANKS, "Romy is echt een kleurenkoningin 💜")
    assert "de held" not in draft_text(salon, _THANKS, "Mijn kapster is echt een held")


def test_the_writers_own_thing_is_not_what_they_waited_on_unless_the_wait_says_so() -> None:
    text = "Ik kwam met mijn kinderwagen binnen, geen plek. We moesten een half uur wachten tot er iets vrij kwam."
    assert "kinderwagen" not in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "op je fiets" in draft_text(BIKES, _COMPLAINT, "Al drie weken wacht ik op mijn fiets, niemand belt.")
