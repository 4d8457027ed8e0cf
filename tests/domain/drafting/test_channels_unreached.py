"""A writer who could not reach the business (calls nobody picked up) is phoned by the business: on the number of
their order, appointment or repair when they have one with us, else the mail only carries their number; a reply
by mail says we phone. Comments of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_held import on_record
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_COMPLAINT = "uitkomst_herstel"
SLAGER = BusinessProfile(
    name="Slagerij De Ossekop",
    kind="slagerij",
    signers=["Wim"],
    voice="wij",
    register="u",
    email="winkel@deossekop.nl",
    phone="0229-581234",
)
NAGELS = BusinessProfile(
    name="Nagelstudio Roos",
    kind="schoonheidssalon",
    signers=["Roos"],
    voice="ik",
    email="roos@nagelsroos.nl",
    phone="06-41236587",
)


@pytest.mark.parametrize(
    "text",
    [
        "Gourmetschotel voor zes besteld voor oudjaar, er zat maar de helft in. Vier keer gebeld, nooit opgenomen.",
        "Ik had vrijdag ne afspraak voor mijn gellak en de deur was dicht. Telefoon gaat maar over, niemand neemt op.",
        "Met mijn afspraak die ik drie weken terug telefonisch had vastgelegd stond ik voor niks. Niemand neemt op.",
    ],
)
def test_an_order_or_appointment_of_the_writers_is_on_record(text: str) -> None:
    assert on_record(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik had geen afspraak en werd toch geholpen, maar de lak bladderde na een dag af.",
        "Jullie zouden de afspraak nog bevestigen.",
        "Wilde een rollade bestellen maar jullie waren dicht.",
    ],
)
def test_no_order_or_appointment_of_the_writers_is_not_on_record(text: str) -> None:
    assert not on_record(text)


def test_an_order_gone_wrong_after_calls_in_vain_is_phoned_on_the_orders_number() -> None:
    text = "Gourmetschotel voor zes besteld voor oudjaar, er zat maar de helft in. Vier keer gebeld, nooit opgenomen."
    made = draft(SLAGER, _COMPLAINT, text, platform="google")
    said = made.text or ""
    assert made.channel == "telefoon", said
    assert "bellen u" in said and "winkel@deossekop.nl" not in said and "telefoonnummer" not in said, said


def test_without_anything_of_theirs_with_us_the_mail_only_carries_their_number() -> None:
    text = "Het gehakt rook niet fris. Ik heb twee keer naar de winkel gebeld, niemand nam op."
    made = draft(SLAGER, _COMPLAINT, text, platform="google")
    said = made.text or ""
    assert made.channel == "telefoon", said
    assert "telefoonnummer" in said and "bellen we u" in said, said


def test_a_reply_by_mail_to_one_who_phoned_in_vain_says_we_phone() -> None:
    text = "Drie keer gebeld over het verkeerde vlees in mijn pakket, er wordt nooit opgenomen. Wat is dit?"
    made = draft(SLAGER, _COMPLAINT, text, platform="email")
    said = made.text or ""
    assert made.channel == "telefoon" and "We bellen u" in said, said
    assert "Belt u ons" not in said and "privébericht" not in said, said


def test_near_miss_a_complaint_without_a_call_in_vain_goes_on_by_mail() -> None:
    text = "Mijn gellak liet na twee dagen al los bij alle nagels, dat is toch niet normaal."
    made = draft(NAGELS, _COMPLAINT, text, platform="instagram")
    assert made.channel == "mail", made.text


def test_near_miss_a_reply_by_mail_without_a_call_in_vain_does_not_promise_our_call() -> None:
    text = "Het gehakt dat ik zaterdag kocht rook niet fris, dat had ik niet verwacht van jullie."
    said = draft(SLAGER, _COMPLAINT, text, platform="email").text or ""
    assert "We bellen u" not in said and "in uw antwoord op deze mail" not in said, said
