"""A complaint that asks what the business will do about it ('Wat gaan jullie eraan doen?'): a short reply without a
proposal (Instagram, X) gets the proposal open in its place, not a slot for 'het antwoord op ...'; a question about
something else that only looks alike is left as it was. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_cancel import asks_remedy
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_BAKERY = BusinessProfile(
    name="Bakkerij De Meelzolder",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="je",
    email="bestel@meelzolder.nl",
    dm=True,
)


@pytest.mark.parametrize(
    "text",
    [
        "Wat gaan jullie eraan doen?",
        "Hoe gaat u dit oplossen?",
        "wat doen julder d'r an?",
        "Ik ben benieuwd wat jullie hieraan gaan doen.",
        "Hoe maakt ge dat goed?",
    ],
)
def test_asking_what_is_done_about_it(text: str) -> None:
    assert asks_remedy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wat gaan jullie doen met Koningsdag?",  # what the shop does on a day, no remedy
        "Wat doen jullie aan glutenvrij brood?",  # what the shop has, no remedy
        "Gaan jullie ook open op tweede paasdag?",
    ],
)
def test_a_question_that_only_looks_alike_asks_no_remedy(text: str) -> None:
    assert not asks_remedy(text)


def test_a_short_reply_offers_the_proposal_for_what_is_done_about_it() -> None:
    text = (
        "Krentenbollen besteld voor de verjaardag van mijn moeder, de helft was oudbakken en hard als steen. "
        "€ 14 afgerekend. Wat gaan jullie eraan doen?"
    )
    reply = suggested(_BAKERY, text, label="klacht", platform="instagram", author="marloes_dijk")
    assert "[vul in: het voorstel" in reply, reply
    assert "het antwoord op" not in reply, reply


def test_a_short_reply_to_another_question_keeps_its_slot() -> None:
    text = (
        "Krentenbollen besteld voor de verjaardag van mijn moeder, de helft was oudbakken en hard als steen. "
        "Wat gaan jullie doen met de kerstbestellingen?"
    )
    reply = suggested(_BAKERY, text, label="klacht", platform="instagram", author="marloes_dijk")
    assert "[vul in: het voorstel" not in reply, reply
