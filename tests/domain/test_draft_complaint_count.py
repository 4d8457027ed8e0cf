"""Too few delivered (issue #13): the count said back, a refund-or-fetch question answered by offering both, and
the way the writer paid is a receipt, not a question about paying. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_complaint_fact import paid_as_told


def test_how_the_writer_paid_is_a_receipt() -> None:
    assert paid_as_told("Alles al betaald via payconiq, ref 123. Er ontbraken er 2.")
    assert not paid_as_told("Ik kon niet betalen met payconiq, alleen cash?!")
    assert not paid_as_told("Betaald met de kaart, maar dat kon eigenlijk niet volgens de verkoper.")
