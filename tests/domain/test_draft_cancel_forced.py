"""A booking the writer had to cancel ('Nu moeten we annuleren omdat mijn vader in het ziekenhuis ligt') and a
deposit kept: a cancelling with illness as its reason, no safety case; a question whether one can still cancel is no
cancelling. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_cancel import cancelled_by_writer
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_ZAAL = BusinessProfile(
    name="Feestzaal Het Anker",
    kind="restaurant",
    signers=["Wim"],
    voice="ik",
    register="u",
    email="info@hetanker.be",
    phone="03 555 12 12",
)


@pytest.mark.parametrize(
    "text",
    [
        "Kerstdiner geboekt, € 200 voorschot betaald. Nu moeten we annuleren omdat mijn vader in het ziekenhuis ligt.",
        "Moest ik mijn afspraak afzeggen want ik lag met griep in bed, en toch 25 euro aangerekend.",
    ],
)
def test_a_cancelling_the_writer_had_to_do(text: str) -> None:
    assert cancelled_by_writer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan ik nog annuleren? Ik heb € 50 voorschot betaald voor zaterdag.",
        "Jullie moeten ons niet vragen te annuleren, we hebben € 80 betaald.",
    ],
)
def test_asking_about_cancelling_is_no_cancelling(text: str) -> None:
    assert not cancelled_by_writer(text)


def test_a_deposit_kept_after_an_illness_is_no_safety_case() -> None:
    text = (
        "Communiefeest geboekt voor 20 personen en € 250 voorschot betaald. Nu moeten we annuleren omdat mijn "
        "vader gisteren in het ziekenhuis is opgenomen. Aan de telefoon hoor ik dat het voorschot weg is. Jammer."
    )
    reply = suggested(_ZAAL, text, label="klacht", platform="facebook", author="Ann Wouters")
    assert "voorschot" in reply, reply
    assert "nooit meer voorkomen" not in reply, reply  # no safety apology
