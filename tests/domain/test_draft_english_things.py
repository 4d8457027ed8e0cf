"""The thing an English thank-you names, read right in comments of our own: the thing after 'a couple of' ('a couple
of stroopwafels'), a dish made some way ('the grilled lamb chops'), the staff member named after a comma ('The lady at
the till, Mira, ...'), never the role ('the young waiter')."""

from __future__ import annotations

from app.domain.draft_english_praise import english_names
from app.domain.language import english_object
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


def test_the_thing_after_a_couple_of_is_named() -> None:
    assert english_object("She slipped a couple of stroopwafels into our bag. So kind!", praised=True) == (
        "the stroopwafels"
    )


def test_a_dish_keeps_how_it_was_made() -> None:
    said = english_object("Lovely evening. We tried the grilled lamb chops - never had better!", praised=True)
    assert said == "the grilled lamb chops"


def test_the_role_before_a_name_after_a_comma_is_no_thing() -> None:
    text = "The friendly barista, Noor, made us the best flat white of the trip."
    assert english_object(text, praised=True) != "the friendly barista"
    assert "Noor" in english_names(text)


def test_someone_at_the_counter_named_after_a_comma_is_staff() -> None:
    assert "Mira" in english_names("The lady at the till, Mira, helped us choose. Lovely!")


_BAKERY = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Anke"],
    register="u",
    voice="wij",
    opening_hours="di–za 7:00–17:00",
)


def test_the_thanks_names_the_staff_and_the_thing() -> None:
    said = draft_text(
        _BAKERY,
        "uitkomst_bedank_publiek",
        "Popped in on our cycling holiday. The lady at the till, Mira, slipped a couple of stroopwafels into our "
        "bag for the road. What a welcome!",
        platform="google",
    )
    assert "Mira" in said
    assert "stroopwafels" in said
    assert "couple" not in said
