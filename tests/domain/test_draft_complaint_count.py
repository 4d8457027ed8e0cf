"""Too few delivered (issue #13): the count said back, a refund-or-fetch question answered by offering both, and
the way the writer paid is a receipt, not a question about paying. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_complaint_fact import paid_as_told
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


def test_how_the_writer_paid_is_a_receipt() -> None:
    assert paid_as_told("Alles al betaald via payconiq, ref 123. Er ontbraken er 2.")
    assert not paid_as_told("Ik kon niet betalen met payconiq, alleen cash?!")
    assert not paid_as_told("Betaald met de kaart, maar dat kon eigenlijk niet volgens de verkoper.")
