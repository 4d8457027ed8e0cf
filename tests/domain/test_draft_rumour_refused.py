"""A rumour built on someone the writer says was turned away ('mijn zus werd weggestuurd'), set straight by the
profile: that person made welcome after the fact (app/domain/draft_answers_rumour.py _welcoming). A shop and
sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_RUMOUR = "uitkomst_onwaarheid"

_TWEEWIELER = BusinessProfile(
    name="Tweewielers Bosman",
    kind="fietsenmaker",
    signers=["Erik"],
    voice="wij",
    register="je",
    email="werkplaats@bosmanfietsen.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem(
            "Repareren jullie ook fietsen die elders gekocht zijn?",
            "Ja, we repareren alle merken, ook fietsen van internet of van een andere winkel.",
        )
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Pas op: bij Bosman repareren ze geen fietsen die elders gekocht zijn. Mijn zus werd gewoon weggestuurd.",
        "Bosman helpt je niet als je fiets ergens anders gekocht is, mijn zus is daar geweigerd met haar Gazelle.",
    ],
)
def test_someone_turned_away_is_made_welcome_after_the_fact(text: str) -> None:
    said = draft_text(_TWEEWIELER, _RUMOUR, text, author="Kees")
    assert "alle merken" in said and "zus is" in said and "welkom" in said, said


def test_someone_who_only_told_the_rumour_is_not_made_welcome() -> None:
    said = draft_text(
        _TWEEWIELER,
        _RUMOUR,
        "Mijn zus zegt dat Bosman geen fietsen repareert die elders gekocht zijn. Klopt dat?",
        author="Kees",
    )
    assert "alle merken" in said and "zus is" not in said, said


_ANKER = BusinessProfile(
    name="Eetcafé Het Anker",
    kind="restaurant",
    signers=["Marloes"],
    voice="wij",
    register="u",
    email="info@hetanker.nl",
    opening_hours="wo–zo 12:00–22:00",
    faq=[FaqItem("Hebben jullie een kindermenu?", "Ja, een kindermenu voor €9,50 en er zijn kinderstoelen.")],
)


def test_a_group_said_not_welcome_is_made_welcome_after_the_fact() -> None:
    said = draft_text(
        _ANKER,
        _RUMOUR,
        "Bij Het Anker zijn kinderen niet meer welkom, heb ik gehoord. Dan gaan we met onze kinderen wel "
        "ergens anders eten.",
        author="Petra de Wit",
    )
    assert "kindermenu" in said and "kinderen zijn" in said and "welkom" in said, said
