"""A price asked of what the comment plans on a holiday ('op paasmaandag komen lunchen ... wat kost dat?') is answered
from that day's holiday line, not from a FAQ entry found on the party the comment counts. Sentences and a profile of
their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_INN = BusinessProfile(
    name="Herberg De Linde",
    kind="restaurant",
    signers=["Maud"],
    voice="wij",
    register="u",
    email="tafel@delinde.nl",
    opening_hours="do t/m zo vanaf 12.00; ma t/m wo gesloten",
    parking="eigen parkeerplaats achter de herberg",
    holidays=(
        "Eerste paasdag zo 4 april: gesloten. Tweede paasdag ma 5 april: paaslunch 12.00–15.00, €32,50 p.p., "
        "kinderen tot 12 jaar €16; 's avonds gesloten."
    ),
    faq=[
        FaqItem("Kunnen we een personeelsfeest bij u houden?", "Ja, in de serre tot 60 gasten, menu vanaf €45 p.p."),
        FaqItem("Hebben jullie een kindermenu?", "Ja, met frietjes, pannenkoek of kipnuggets."),
    ],
)


def test_a_party_on_a_holiday_gets_that_days_price_not_the_hall() -> None:
    reply = suggested(_INN, "Met 10 personen willen we op tweede paasdag komen lunchen. Wat kost dat?")
    assert "32,50" in reply
    assert "€45" not in reply


def test_the_days_price_among_other_questions() -> None:
    reply = suggested(_INN, "Op tweede paasdag komen we met z'n vijven lunchen. Wat kost dat? Kunnen we parkeren?")
    assert "32,50" in reply


def test_a_company_party_still_gets_the_hall() -> None:  # no holiday named: the FAQ entry answers
    reply = suggested(_INN, "We zijn met 35 collega's en zoeken een plek voor ons personeelsfeest. Kan dat bij u?")
    assert "serre" in reply
