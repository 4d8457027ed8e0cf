"""Questions and rumours in other words than the profile's (after the blind rounds r53/r54): a bike plan of
the employer is leasing, not the opening hours; a rumour that the leftovers are thrown away is set straight
by the FAQ about what happens to them, also when a complaint follows it. Sentences and profiles of their
own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"
RUMOUR = "uitkomst_onwaarheid"

FIETSEN = BusinessProfile(
    name="Rijwielhandel Van Os",
    kind="fietsenmaker",
    signers=["Karel"],
    voice="wij",
    register="u",
    email="info@vanos.nl",
    opening_hours="ma–za 9:00–18:00",
    payment="pinnen of contant",
    faq=[
        FaqItem("Verkopen jullie leasefietsen?", "Ja, via uw werkgever met Lease a Bike of Hollandbikes."),
        FaqItem("Verkopen jullie tweedehands fietsen?", "Ja, elke week een stuk of tien, met drie maanden garantie."),
    ],
)
TAARTEN = BusinessProfile(
    name="Taartenhuis Mia",
    kind="bakkerij",
    signers=["Mia"],
    voice="ik",
    register="je",
    email="mia@taartenhuis.nl",
    opening_hours="di–za 8:00–17:00",
    faq=[
        FaqItem("Wat doe je met de taarten die je overhoudt?", "Die gaan elke zaterdag naar de voedselbank in Ede."),
        FaqItem("Bak je ook suikervrij?", "Ja, op bestelling, een week van tevoren."),
    ],
)


def test_a_bike_plan_of_the_employer_is_asked_as_leasing_not_as_opening_hours() -> None:
    for text in (
        "Via mijn baas kan ik een fietsplan afsluiten. Kan ik daarmee bij jullie terecht?",
        "onze zaak heeft een fietsregeling, kan ik die bij jullie gebruiken??",
    ):
        made = draft_text(FIETSEN, ANSWER, text)
        assert "Lease a Bike" in made, made
        assert "9:00" not in made, made


def test_a_rumour_of_thrown_away_leftovers_is_set_straight_by_the_faq() -> None:
    for text in (
        "Die taarten die ze niet verkopen gaan gewoon de vuilnisbak in, heb ik zelf gezien. Zonde! Geef ze weg.",
        "Ik hoorde dat de taarten die overblijven weggegooid worden 😡 Belachelijk.",
    ):
        made = draft_text(TAARTEN, RUMOUR, text)
        assert "voedselbank" in made, made
        assert "vul in" not in made, made


def test_a_rumour_about_something_else_gets_no_leftovers_answer() -> None:
    made = draft_text(TAARTEN, RUMOUR, "Ze zeggen dat jullie taarten uit de fabriek komen. Jammer hoor.")
    assert "voedselbank" not in made, made
