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


VERHUUR = BusinessProfile(
    name="Kanoverhuur De Dommel",
    kind="verhuur",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@dedommel.nl",
    opening_hours="wo–zo 10:00–18:00",
    holidays="Koningsdag: gesloten; tweede pinksterdag: 10:00–16:00",
    faq=[
        FaqItem(
            "Verhuren jullie kano's?", "Ja, en wie het nog nooit deed, krijgt eerst tien minuten uitleg op de steiger."
        ),
        FaqItem("Wat kost een kano?", "Een tweepersoonskano kost € 35 per dagdeel."),
    ],
)


def test_what_the_writer_comes_for_beside_a_day_gets_its_faq_answer() -> None:
    made = draft_text(
        VERHUUR, ANSWER, "zijn jullie open op tweede pinksterdag? we willen een kano huren, nooit gedaan 🛶"
    )
    assert "16:00" in made, made
    assert "uitleg" in made, made
    assert "€ 35" not in made, made


def test_a_wish_that_names_no_faq_topic_adds_no_faq_answer() -> None:
    made = draft_text(VERHUUR, ANSWER, "Open op Koningsdag? Wil met mijn vriendin picknicken aan het water.")
    assert "gesloten" in made or "dicht" in made, made
    assert "uitleg" not in made and "€ 35" not in made, made


MARKT = BusinessProfile(
    name="Kaaskraam Jolien",
    kind="kaaswinkel",
    signers=["Jolien"],
    voice="ik",
    register="je",
    email="jolien@kaaskraam.nl",
    opening_hours="dinsdag 9:00–13:00 op de markt in Zutphen, donderdag 9:00–14:00 op de markt in Lochem",
    holidays="Koningsdag: geen markt",
)
PIZZA = BusinessProfile(
    name="Trattoria Sole",
    kind="restaurant",
    signers=["Marco"],
    voice="wij",
    register="u",
    email="info@trattoriasole.nl",
    opening_hours="wo–zo 17:00–22:00",
    faq=[
        FaqItem("Hebben jullie vegetarische gerechten?", "Ja, een derde van de kaart is vegetarisch."),
        FaqItem("Kunnen we met een groep komen?", "Ja, de serre is er voor groepen tot 24 personen."),
    ],
)


def test_a_second_question_about_a_weekday_and_its_market_town_gets_that_days_hours() -> None:
    made = draft_text(MARKT, ANSWER, "Sta je met Koningsdag in Zutphen? Sta je donderdag dan wel in Lochem?")
    assert "Lochem" in made and "9:00–14:00" in made, made


def test_a_question_that_points_at_a_group_gets_the_group_answer_beside_the_other() -> None:
    made = draft_text(
        PIZZA, ANSWER, "We komen met 18 collega's eten na de verhuizing. Kan dat, en is er ook iets vegetarisch? 🍕"
    )
    assert "serre" in made, made
    assert "vegetarisch" in made, made


def test_a_group_answer_needs_a_question_that_points_at_it() -> None:
    made = draft_text(
        PIZZA, ANSWER, "Met 18 man hebben we laatst heerlijk gegeten. Hebben jullie vegetarische gerechten?"
    )
    assert "serre" not in made, made


MOBIEL = BusinessProfile(
    name="Fietsdokter Aan Huis",
    kind="fietsenmaker",
    signers=["Ruben"],
    voice="ik",
    register="je",
    email="ruben@fietsdokter.nl",
    opening_hours="ma–za 8:00–18:00",
    delivery_terms="ik kom aan huis in Zwolle en Kampen; voorrijkosten € 9,50, gratis bij een reparatie vanaf € 50",
)


def test_a_rumour_about_the_call_out_fee_is_set_straight_with_the_profiles_fee() -> None:
    made = draft_text(
        MOBIEL,
        RUMOUR,
        "Pas op, die fietsdokter vraagt tegenwoordig 25 euro voorrijkosten, ook als je om de hoek woont!!",
    )
    assert "9,50" in made, made
    assert "vul in" not in made, made
