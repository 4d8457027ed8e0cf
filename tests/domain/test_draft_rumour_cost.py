"""A rumour that names a price set straight by the FAQ entry about that thing that gives another price or says it is
free (app/domain/draft_rumour_cost.py). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_rumour_cost import amounts
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

GARAGE = BusinessProfile(
    name="Bandenservice Mulder",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="je",
    phone="0570-123456",
    email="wout@bandenmulder.nl",
    faq=[
        FaqItem("Krijg ik een vervangfiets?", "Ja, een vervangfiets krijg je gratis mee zolang de jouwe hier staat."),
        FaqItem("Kan ik mijn fiets laten ophalen?", "Ja, ophalen binnen de gemeente kost € 12,50."),
    ],
)


def test_amounts_are_read_as_numbers() -> None:
    assert amounts("het kost nu €20 en soms 17,50 euro") == {"20", "17.5"}
    assert amounts("om 17 uur open, 3 fietsen") == set()


def test_a_price_the_faq_says_is_free_is_set_straight() -> None:
    rumour = "Bij Mulder betaal je nu 10 euro voor een vervangfiets, las ik op Facebook."
    reply = suggested(GARAGE, rumour, label="onwaarheid", author="Ria")
    assert "klopt niet" in reply.lower()
    assert "gratis" in reply


def test_a_price_said_of_another_thing_in_another_clause_is_not_set_straight_by_the_faq() -> None:
    # near miss: the 50 euro is a deposit, said in another clause than the replacement bike the FAQ is about
    rumour = "Als je bij Mulder een vervangfiets krijgt en er gaat iets mis, houden ze je borg van 50 euro gewoon in."
    reply = suggested(GARAGE, rumour, label="onwaarheid", author="Ria")
    assert "gratis" not in reply


def test_the_price_the_faq_gives_itself_is_no_rumour_set_straight() -> None:
    # near miss: the rumour names the FAQ's own price, so that price is not called wrong
    rumour = "Klopt het dat ophalen van je fiets bij Mulder € 12,50 kost? Dat las ik ergens."
    reply = suggested(GARAGE, rumour, label="onwaarheid", author="Ria")
    assert "klopt niet" not in reply.lower()
