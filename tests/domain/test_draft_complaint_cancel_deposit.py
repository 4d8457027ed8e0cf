"""A booking the writer cancelled themself, said in shapes the first readers missed: the time after the verb ('groep
van 9 geannuleerd, drie weken op voorhand'), a group or a compound word for the booking ('tafelreservering'), a
Flemish article after 'omdat' ('afgebeld omdat 't ijzelde'), the verb at the end of a clause ('omdat ik afzegde'). A
deposit still awaited gets the profile's rule and a slot for when it comes back; a fee of an earlier time beside a
complaint of today keeps today's apology. Businesses and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_cancel import cancelled_by_writer, earlier_cancel
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BRASSERIE = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Wout"],
    voice="wij",
    register="u",
    email="info@hetanker.be",
    phone="050 11 22 33",
    return_terms="Groepen vanaf 8 personen: kosteloos annuleren tot 5 dagen vooraf; het voorschot storten we dan "
    "binnen 10 dagen terug.",
)
_SALON = BusinessProfile(
    name="Kapsalon Mira",
    kind="kapper",
    signers=["Mira"],
    voice="ik",
    register="je",
    email="mira@kapsalonmira.nl",
    return_terms="Afzeggen kan gratis tot 24 uur vooraf; daarna reken ik de helft.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Groep van 9 geannuleerd, drie weken op voorhand. Voorschot van € 90 nog altijd niet terug.",
        "Onze tafelreservering afgezegd, netjes een week van tevoren. De aanbetaling van 60 euro zou teruggestort "
        "worden, maar niks.",
        "Huurfiets geboekt, afgebeld omdat 't ijzelde, en toch € 25 aangerekend.",
    ],
)
def test_the_writer_cancelling_in_these_shapes_is_read_as_their_own(text: str) -> None:
    assert cancelled_by_writer(text)


def test_a_booking_cancelled_by_the_business_stays_theirs() -> None:
    assert not cancelled_by_writer("De groepsreservering werd geannuleerd door jullie, drie dagen op voorhand. € 80!")


def test_a_deposit_still_awaited_gets_the_rule_and_a_slot_not_a_guess() -> None:
    text = "Groep van 9 geannuleerd, drie weken op voorhand. Voorschot van € 90 nog altijd niet terug. Drie mails!"
    made = draft_text(_BRASSERIE, "uitkomst_herstel", text, platform="facebook", author="Jan Peeters")
    assert "binnen 10 dagen terug" in made, made  # the profile's rule
    assert "[vul in: of en wanneer het bedrag wordt teruggestort]" in made, made
    assert "alsnog" not in made, made  # no invitation to come after all


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Vandaag een uur gewacht. En vorige maand moest ik betalen omdat ik afzegde met griep.", True),
        ("Ik moest betalen omdat ik afzegde met griep. Vandaag ook nog een uur gewacht.", False),
    ],
)
def test_a_cancelling_of_an_earlier_time_is_a_second_point(text: str, earlier: bool) -> None:
    assert earlier_cancel(text) is earlier


def test_a_fee_of_an_earlier_time_keeps_the_apology_for_today() -> None:
    text = (
        "Om 14u een afspraak en pas om 14u45 aan de beurt, geen sorry. En vorige maand moest ik de helft betalen "
        "omdat ik afzegde met een zieke zoon. Na 8 jaar klant?"
    )
    made = draft_text(_SALON, "uitkomst_herstel", text, platform="google", author="Ria Jansen")
    assert "excuses" in made or "sorry" in made.lower(), made
    assert "tot 24 uur vooraf" in made, made
    assert "zieke zoon" in made, made
    assert "Hoe gaat het nu" not in made, made  # the son was ill then, nobody was hurt here
