"""What went wrong in a complaint is said back, not a question invented or a point left out (fixer c6): a name
spelt wrong on the order with its quotes, a booking the staff said was not there, a dog not let in, who was on the
phone during the work, a dirty tool named as the cause; a clause opened by 'want' or a story told in turns is no
question. Businesses and sentences of their own, je and u register."""

from __future__ import annotations

import pytest

from app.domain.draft_questions import unmarked_questions
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

BAKKER = BusinessProfile(
    name="Banketbakkerij De Zoete Inval",
    kind="bakkerij",
    signers=["Anouk"],
    voice="wij",
    register="je",
    phone="0318-441122",
    email="taart@zoeteinval.nl",
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Veer",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="u",
    phone="09 233 44 55",
    email="info@hetveer.be",
)
KAPPER = BusinessProfile(
    name="Barbershop Scherp",
    kind="kapper",
    signers=["Dounia"],
    voice="ik",
    register="je",
    phone="010-7788990",
    email="dounia@scherp.nl",
)


@pytest.mark.parametrize(
    "text",
    [
        "Prima service, want jullie zijn altijd vriendelijk.",
        "Jammer, want jullie appeltaart is echt top.",
        "Ik kwam terug omdat u zei dat het klaar was.",
        "Zitten we net binnen, gaat het alarm af, mogen we weer naar buiten.",
        "Komen we aan, staat er niemand, moeten we een half uur wachten",
    ],
)
def test_a_clause_that_tells_is_no_question(text: str) -> None:
    assert unmarked_questions(text) == (), text


def test_a_clause_that_asks_by_word_order_still_is_one() -> None:
    assert unmarked_questions("Top zaak, verkopen jullie ook cadeaubonnen") == ("verkopen jullie ook cadeaubonnen",)
    assert unmarked_questions("Kunnen we zaterdag komen, we zijn met zes") == (
        "Kunnen we zaterdag komen, we zijn met zes",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taart besteld voor mijn zus, de naam stond erop als 'Mieke' i.p.v. Meike. Zonde.", "Meike"),
        ("de naam van ons dochter stond er op als 'Lotte' in plaats van Lotta, echt balen", "Lotta"),
        ("Op de cupcakes stond de naam geschreven als ‘Jorn’ ipv Joren. Slordig!", "Joren"),
    ],
)
def test_a_name_spelt_wrong_in_quotes_is_said_right(text: str, name: str) -> None:
    draft = draft_text(BAKKER, _COMPLAINT, text)
    assert name in draft and "naam" in draft, draft
    assert "vraag" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Om 19u gereserveerd voor vier. Aan de deur: 'we hebben geen reservering op die naam'. Aan de bar gegeten.",
        "Tafel geboekt voor mijn verjaardag, maar ze konden geen reservering van ons vinden. Heel jammer.",
        'RESERVERING gemaakt via de site, bij aankomst: "sorry, geen tafel". Nooit meer.',
    ],
)
def test_a_booking_not_there_is_named(text: str) -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, text)
    assert "reservering" in draft.lower() or "gereserveerd" in draft.lower(), draft


@pytest.mark.parametrize(
    "text",
    [
        "Honden welkom, zegt de site. Wij met de labrador op het terras, begint het te gieten, mochten we niet binnen.",
        "Met de hond naar jullie terras, toen het koud werd mocht ik niet mee naar binnen. Gastvrij hoor 🙄",
        "ge zegt dat ge hondvriendelijk zijt maar we mochten niet met de hond binnen, schandalig",
    ],
)
def test_a_dog_not_let_in_is_named(text: str) -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, text)
    assert "hond" in draft and "binnen" in draft, draft
    assert "[vul in: het antwoord op de vraag]" not in draft, draft


def test_a_walk_past_a_dog_is_no_dog_kept_out() -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, "Twintig minuten gewacht op koude soep. Wat een service.")
    assert "hond" not in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Gevraagd om een kort opgeschoren model, kwam thuis met een kaal hoofd. Sven stond ondertussen te bellen.",
            "Sven",
        ),
        ("slechte fade en de kapper zat de hele tijd op zijn telefoon, €28 weggegooid", "de kapper"),
        ("Mijn baard helemaal scheef. Rachid was tussendoor ook nog aan de telefoon. Nooit meer.", "Rachid"),
    ],
)
def test_who_was_on_the_phone_is_named(text: str, who: str) -> None:
    draft = draft_text(KAPPER, _COMPLAINT, text)
    assert who in draft and ("telefoon" in draft or "bellen" in draft), draft


def test_the_writer_on_the_phone_is_no_point() -> None:
    draft = draft_text(KAPPER, _COMPLAINT, "Kapsel veel te kort. Ik stond ondertussen te bellen en lette niet op.")
    assert "telefoon" not in draft and "bellen was" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Na het knippen een ontsteking in mijn nek, de huisarts denkt van een vuile tondeuse. Worden die wel ontsmet??",
        "Sinds mijn scheerbeurt rode bultjes, volgens de dokter door een niet ontsmet scheermesje.",
        "Mijn nek zit vol pukkels na het opscheren, worden jullie messen wel ooit schoongemaakt?",
    ],
)
def test_a_dirty_tool_named_as_the_cause_gets_hygiene(text: str) -> None:
    draft = draft_text(KAPPER, _COMPLAINT, text)
    assert "ontsmet" in draft or "Hygiëne" in draft or "Schoon" in draft, draft
