"""Too few delivered (issue #13): the count said back and a refund-or-fetch question answered by offering both.
Shops and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

COMPLAINT = "uitkomst_herstel"

_BAKERY = BusinessProfile(
    name="Bakkerij Wouters",
    kind="bakkerij",
    signers=["An"],
    voice="ik",
    register="u",
    email="an@bakkerijwouters.be",
    payment="bancontact, Payconiq en cash",
)


def test_a_refund_or_fetch_question_is_answered_with_both() -> None:
    text = (
        "12 pistolets besteld voor het ontbijt van de scouts en er zaten er maar 9 in de zak. Al betaald met "
        "bancontact. Krijg ik het verschil terug of kom ik die 3 nog halen?"
    )
    said = draft_text(_BAKERY, COMPLAINT, text)
    assert "verschil terug" in said and "3 pistolets" in said
    assert "[vul in: het antwoord" not in said
