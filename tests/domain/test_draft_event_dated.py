"""An answer naming an event of the business's own calendar gets the day and hours the holiday lines give it
(app/domain/draft_event_dated.py). Lines and answers of our own."""

from __future__ import annotations

from app.domain.draft_event_dated import event_dated
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

ENTRIES = [
    (
        "Voorjaarsvakantie (22 februari t/m 2 maart)",
        "proefavond zonder reservering op donderdag 27 februari, 19:00–21:30",
    ),
    ("Koningsdag zondag 27 april", "gesloten"),
]


def test_an_event_named_without_its_day_gets_it() -> None:
    said = event_dated("Proeven kan alleen op de proefavond.", ENTRIES)
    assert said == "Proeven kan alleen op de proefavond (donderdag 27 februari, 19:00–21:30)."


def test_an_answer_with_a_day_or_without_an_event_stays() -> None:
    assert event_dated("Op de proefavond van 27 februari.", ENTRIES) == "Op de proefavond van 27 februari."
    # 'reservering' stands in the line, but no part opens with it: it names no event
    assert event_dated("Ja, zonder reservering kan het ook.", ENTRIES) == "Ja, zonder reservering kan het ook."
    # an event two lines name has no one day
    twice = [*ENTRIES, ("Herfst", "proefavond op donderdag 23 oktober, 19:00–21:30")]
    assert event_dated("Alleen op de proefavond.", twice) == "Alleen op de proefavond."


def test_a_faq_answer_names_the_day_of_the_event_it_sends_the_writer_to() -> None:
    shop = BusinessProfile(
        name="Wijnhuis De Kelder",
        kind="winkel",
        signers=["Bram"],
        register="je",
        voice="ik",
        email="bram@dekelder.nl",
        opening_hours="woensdag t/m zaterdag 10:00–18:00",
        holidays=(
            "Voorjaarsvakantie (22 februari t/m 2 maart): proefavond zonder reservering op donderdag 27 februari, "
            "19:00–21:30."
        ),
        faq=[FaqItem("Kan ik wijn proeven?", "Alleen op de proefavond; verder verkopen we per fles of per doos.")],
    )
    draft = suggested(shop, "Hoi Bram, kan ik bij jou wijn proeven voor ik een doos koop?")
    assert "27 februari" in draft and "19:00" in draft
