"""app.domain.draft_swallowed: the thing someone choked on or nearly swallowed, as the writer named it.
Sentences of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_swallowed import swallowed_thing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Onze Mats van 4 heeft het knikkertje bijna ingeslikt, gelukkig kwam het er weer uit.", "het knikkertje"),
        ("Mijn dochter verslikte zich in een graatje, we zijn echt geschrokken.", "een graatje"),
        ("Dat snoepje schoot in haar keel en bleef daar steken.", "het snoepje"),
        ("Ze begon te kokhalzen na een hap van de taart.", ""),  # no thing named with the choking
        ("Ik heb mijn woorden ingeslikt en niets meer gezegd.", ""),  # no article: no thing
        ("Hij beet op een steentje, geluk dat hij het niet ingeslikt heeft.", ""),  # not swallowed
    ],
)
def test_the_thing_in_the_throat_is_named_as_the_writer_did(text: str, thing: str) -> None:
    assert swallowed_thing(text) == thing


BAKERY = BusinessProfile(
    name="Bakkerij Hoeve",
    kind="bakkerij",
    signers=["Mies"],
    voice="we",
    register="u",
    email="info@bakkerijhoeve.be",
    phone="053 12 34 56",
    opening_hours="di–za 7.00–18.00",
)


def test_a_child_that_nearly_swallowed_a_thing_gets_a_call_and_the_thing_named() -> None:
    text = "Ons zoontje van 3 heeft het boontje uit jullie koningentaart bijna ingeslikt, hij begon te kokhalzen!"
    draft = draft_text(BAKERY, "uitkomst_herstel", text)
    assert "het boontje" in draft and "053 12 34 56" in draft, draft
