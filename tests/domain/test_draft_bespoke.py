"""A question whether the business can make or adapt something to measure (app/domain/draft_bespoke.py): looked
into and heard back on, not a yes/no slot, with the thing said by its name. A bakery and a bicycle shop of their
own."""

from __future__ import annotations

import pytest

from app.domain.draft_bespoke import bespoke_asked, named_thing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_uitzoeken"  # the profile does not answer it: the flowchart's outcome


@pytest.mark.parametrize(
    "question",
    [
        "Kunt u er eentje bakken zonder lactose?",
        "kunde gij mijn oude Gazelle ombouwen naar een elektrische?",
        "Hoi, zouden jullie een bruidstaart kunnen maken met echte bloemen?",
        "Kunnen jullie garanderen dat er geen noten in zitten?",
        "Could you restore my grandfather's racing bike?",
    ],
)
def test_work_to_measure_is_asked(question: str) -> None:
    assert bespoke_asked(question)


@pytest.mark.parametrize(
    "question",
    ["Verkopen jullie ook speltbrood?", "Wat kost het maken van een sleutel?", "Kan ik morgen een afspraak maken?"],
)
def test_a_range_price_or_booking_question_is_not(question: str) -> None:
    assert not bespoke_asked(question)


def test_a_pointed_thing_is_said_by_its_name() -> None:
    assert named_thing("er eentje zonder lactose", "cheesecake") == "een cheesecake zonder lactose"
    assert named_thing("een taart met bloemen", "cheesecake") == "een taart met bloemen"


_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Els"],
    voice="ik",
    register="u",
    email="bestel@korenaar.be",
    opening_hours="di–za 7u–18u",
)


def test_a_cake_to_measure_is_looked_into_not_left_as_yes_or_no() -> None:
    text = "Dag Els, mijn zoon mag geen lactose. Kunt u een verjaardagstaart maken zonder lactose?"
    made = draft_text(_BAKERY, _OUTCOME, text)
    assert "lactose" in made and "bekijken" in made, made
    assert "[vul in: ja, … / nee" not in made, made


def test_a_cake_to_measure_beside_a_lead_time_is_looked_into_too() -> None:
    from app.domain.draft_bespoke import to_measure

    text = "Maken jullie ook een appeltaart zonder gluten? Mijn zoon heeft coeliakie."
    assert to_measure("Maken jullie ook een appeltaart zonder gluten?", "een appeltaart zonder gluten", text)
    assert to_measure("Kunt u een appeltaart zonder suiker bakken?", "een appeltaart zonder suiker")
    # the business's own range, which it knows: a place for its yes or no
    assert not to_measure("Maken jullie ook pralines zonder suiker?", "pralines zonder suiker")
    assert not to_measure("Maken jullie ook appeltaart?", "appeltaart", "Mijn zoon heeft coeliakie.")


def test_an_answer_speaks_of_a_party_by_a_room_a_gathering_or_a_count_in_its_first_sentence() -> None:
    from app.domain.draft_bespoke import party_answered

    assert party_answered("Een rouwmaaltijd voor 25 personen kan op zaterdag.")
    assert party_answered("Ja, in de Tuinzaal voor feesten. Reserveren via de site.")
    assert party_answered("Groepen vanaf 12 personen reserveren vooraf.")
    wandel = "Het wandelmenu (soep en broodje) voor € 19. Groepen vanaf 10 personen: bel ons."
    assert party_answered(wandel) and not party_answered(wandel, first=True)
    assert not party_answered("Het wandelmenu (soep en broodje) voor € 19.")


def test_work_to_measure_asked_after_an_emoji_is_asked_too() -> None:
    from app.domain.draft_bespoke import bespoke_asked

    assert bespoke_asked("Hij is gek van dino's 🦖 kun jij een taart maken in de vorm van een T-rex?")
    assert not bespoke_asked("Hij is gek van dino's 🦖 en wil graag taart.")


def test_a_party_at_the_business_is_asked_for_a_large_group() -> None:
    from app.domain.draft_bespoke import event_asked

    assert event_asked("Kunnen we jullie feestzaal afhuren voor zo'n 60 man?")
    assert not event_asked("Kunnen we jullie feestzaal afhuren voor 8 personen?")
    assert not event_asked("Wij komen met 40 personen fietsen, kunnen we lunchen?")
