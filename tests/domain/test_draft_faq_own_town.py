"""The business's own town said by the writer ('we wonen sinds kort in Oosterend') is where they live, not what they
ask about: it does not pick the FAQ entry that names the town (app/domain/draft_faq_answers.py). A barber and
sentences of its own."""

from __future__ import annotations

from app.domain.draft_faq_answers import own_town
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BARBER = BusinessProfile(
    name="Barbier Sjoerd",
    kind="kapsalon",
    signers=["Sjoerd"],
    voice="ik",
    register="je",
    email="sjoerd@barbiersjoerd.nl",
    address="Dorpsweg 12, 8896 JA Oosterend",
    opening_hours="di t/m za 9.00–17.00",
    faq=[
        FaqItem("Knip je ook aan huis?", "Ja, op maandag in Oosterend en omgeving, met € 7 voorrijkosten."),
        FaqItem("Wat kost een baard trimmen?", "€ 15, met hete doek € 19."),
    ],
)


def test_the_town_of_an_address() -> None:
    assert own_town("Dorpsweg 12, 8896 JA Oosterend") == "Oosterend"
    assert own_town("Marktplein 3, 2300 Turnhout") == "Turnhout"
    assert own_town("Dorpsweg 12") == ""


def test_the_own_town_named_picks_no_entry_that_names_it() -> None:
    said = suggested(_BARBER, "Hoi! Wij wonen sinds kort in Oosterend 🙂 Gebruik jij ook baardolie van Proraso?")
    assert "voorrijkosten" not in said, said


def test_a_question_about_the_entry_itself_still_finds_it() -> None:
    said = suggested(_BARBER, "Hoi! Wij wonen sinds kort in Oosterend. Kom je ook bij mensen thuis knippen?")
    assert "voorrijkosten" in said, said
