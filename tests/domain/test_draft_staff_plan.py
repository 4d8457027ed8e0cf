"""An organisation that wants to offer its people something ('wij willen onze medewerkers een fietsplan aanbieden')
hears its plan named back in the answer. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_staff_plan import staff_plan
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

FIETSHUIS = BusinessProfile(
    name="Fietshuis De Spaak",
    kind="fietsenmaker",
    signers=["Iris"],
    voice="wij",
    register="u",
    email="info@despaak.nl",
    opening_hours="di–za 9:00–18:00",
    payment="pinnen of op factuur voor bedrijven",
    faq=[FaqItem("Verkopen jullie e-bikes?", "Ja, van Gazelle en Stromer, ook op proef.")],
)
CAFE = BusinessProfile(
    name="Koffiebar Bonen",
    kind="café",
    signers=["Tom"],
    voice="wij",
    register="je",
    email="hoi@bonen.be",
    opening_hours="ma–za 8:00–17:00",
    faq=[FaqItem("Verkopen jullie cadeaubonnen?", "Ja, vanaf € 10, aan de kassa.")],
)


def test_the_plan_an_organisation_offers_its_people_is_read_as_written() -> None:
    assert staff_plan("Wij willen onze werknemers een e-bike aanbieden via lease. Kan dat?") == (
        "een e-bike via lease",
        "werknemers",
    )
    assert staff_plan("we willen ons personeel fietsleasing aanbieden") == ("fietsleasing", "personeel")
    assert staff_plan("WIJ WILLEN AL ONZE COLLEGA'S EEN CADEAUBON GEVEN") == ("EEN CADEAUBON", "collega's")
    assert staff_plan("Wij overwegen onze teamleden een fietsplan aan te bieden.") == ("een fietsplan", "teamleden")


def test_no_plan_where_nobody_is_offered_a_named_thing() -> None:
    for text in (
        "Onze medewerkers komen vaak bij jullie lunchen.",
        "ik wil onze medewerkers graag iets geven voor kerst",
        "Mijn collega's vonden de taart heerlijk.",
    ):
        assert staff_plan(text) == ("", ""), text


def test_the_answer_names_the_plan_first_in_the_register_of_the_business() -> None:
    drafter = Drafter(FIETSHUIS, analyser=analyse_topics)
    text = drafter.draft(
        "uitkomst_vraag_beantwoorden",
        "Goedemorgen, wij willen onze werknemers een e-bike aanbieden via lease. Kunnen zij bij u op factuur kopen?",
        author="Petra Smit",
        platform="linkedin",
    ).text
    assert text is not None and "een e-bike via lease voor uw werknemers" in text, text
    assert text.index("werknemers") < text.index("factuur"), text
    cafe = Drafter(CAFE, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden",
        "Hallo! We willen al onze collega's een cadeaubon geven voor het eindejaar, verkopen jullie die?",
        author="Lotte",
        platform="facebook",
    )
    assert cafe.text is not None and "een cadeaubon voor je collega's" in cafe.text, cafe.text
