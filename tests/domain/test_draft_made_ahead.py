"""A question whether the business can make something special, answered by a FAQ that only gives the lead time:
the thing first with a place for the owner's answer, the lead time after it (app/domain/draft_made_ahead.py)."""

from __future__ import annotations

import tomllib

import pytest

from app.domain.draft_made_ahead import asks_lead_time, made_asked, order_verb, parse_made_ahead
from app.domain.profile import BusinessProfile, FaqItem
from app.errors import DataFileError
from app.resources import resource_path
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"
LATER = "uitkomst_vraag_uitzoeken"

_PATISSERIE = BusinessProfile(
    name="Patisserie Rozemarijn",
    kind="bakkerij",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="taart@rozemarijn.nl",
    phone="026-4455667",
    delivery_terms="we bezorgen in Arnhem en de dorpen tot 8 km voor € 5",
    faq=[
        FaqItem(
            question="Hoelang van tevoren moet ik een taart bestellen?",
            answer="Vijf werkdagen; een bruidstaart drie weken.",
        )
    ],
)
_DRUKKER = BusinessProfile(
    name="Drukkerij Vos",
    kind="drukkerij",
    signers=["Bram"],
    voice="ik",
    register="u",
    email="bram@drukkerijvos.be",
    phone="03 455 66 77",
    faq=[FaqItem(question="Hoeveel dagen op voorhand moet ik kaarten bestellen?", answer="Minstens tien dagen.")],
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        (
            "kunnen jullie ook een taart in de vorm van een dinosaurus maken??",
            "een taart in de vorm van een dinosaurus",
        ),
        ("Kun je een taart maken in de vorm van een voetbal?", "een taart in de vorm van een voetbal"),
        ("Bakken jullie ook cupcakes met een foto erop?", "cupcakes met een foto erop"),
        ("KUNT GE EEN TAART MET EEN RAKET MAKEN?", "EEN TAART MET EEN RAKET"),
        ("Could you make a cake shaped like a castle?", "a cake shaped like a castle"),
        ("Wat kost een taart?", ""),
        ("Kunnen jullie morgen bezorgen?", ""),
    ],
)
def test_made_asked_finds_what_the_writer_wants_made(question: str, thing: str) -> None:
    assert made_asked(question) == thing


def test_a_lead_time_question_is_one_of_how_long_and_ahead() -> None:
    assert asks_lead_time("Hoe lang van tevoren moet ik een taart bestellen?")
    assert asks_lead_time("Hoeveel dagen op voorhand moet ik bestellen?")
    assert asks_lead_time("How long in advance should I order?")
    assert not asks_lead_time("Wanneer zijn jullie open?")  # when, but nothing ahead
    assert not asks_lead_time("Kan ik vooraf betalen?")  # ahead, but no how long
    assert order_verb("Hoe lang van tevoren moet ik een taart bestellen?") == "bestellen"
    assert order_verb("Hoe lang vooraf?") == ""


def test_a_bad_word_list_is_a_data_file_error() -> None:
    data = tomllib.loads(resource_path("made_ahead.toml").read_text(encoding="utf-8"))
    parse_made_ahead(data)
    with pytest.raises(DataFileError):
        parse_made_ahead({**data, "make_verbs": []})
    with pytest.raises(DataFileError):
        parse_made_ahead({k: v for k, v in data.items() if k != "ahead"})
    with pytest.raises(DataFileError):
        parse_made_ahead({**data, "extra": ["x"]})


@pytest.mark.parametrize(
    "comment",
    [
        "hoii kunnen jullie een taart in de vorm van een dinosaurus maken?? zoon wordt 6",
        "Bakken jullie ook taarten met een foto van een paard erop",
    ],
)
def test_a_special_cake_gets_a_place_for_the_answer_and_the_lead_time_after_it(comment: str) -> None:
    text = draft_text(_PATISSERIE, LATER, comment if comment.endswith("?") else f"{comment}?", "instagram")
    thing = made_asked(comment if comment.endswith("?") else f"{comment}?")
    assert f"Over {thing}: [vul in" in text
    assert "Wel op tijd bestellen: vijf werkdagen; een bruidstaart drie weken." in text
    assert not text.split("\n")[1].startswith("Vijf werkdagen")  # no FAQ fragment to open with


def test_a_special_cake_with_a_second_question_is_looked_into_and_keeps_the_lead_time() -> None:
    # (session 47, draft_bespoke: a thing to measure asked with 'Kun je ...?' beside another question is looked into)
    text = draft_text(
        _PATISSERIE, LATER, "Kun je ook een taart maken in de vorm van een voetbal? En bezorgen jullie in Velp?"
    )
    assert "Een taart in de vorm van een voetbal: dat" in text and "uitzoeken" in text, text
    assert "Wel op tijd bestellen: vijf werkdagen; een bruidstaart drie weken." in text


def test_the_lead_time_follows_in_the_u_register_too() -> None:
    text = draft_text(_DRUKKER, LATER, "Goeiedag, kunt u trouwkaarten met goudfolie drukken?", "facebook")
    assert "Over trouwkaarten met goudfolie: [vul in" in text
    assert "Wel op tijd bestellen: minstens tien dagen." in text


def test_a_plain_lead_time_question_still_gets_the_faq_answer() -> None:
    text = draft_text(_PATISSERIE, ANSWER, "Hoe lang van tevoren moet ik een taart bestellen?", "instagram")
    assert "een taart: vijf werkdagen" in text and "[vul in" not in text


def test_no_lead_time_of_another_thing() -> None:
    text = draft_text(_PATISSERIE, LATER, "Maken jullie ook bonbons zonder suiker? Mijn oma is diabeet", "facebook")
    assert "Wel op tijd" not in text and "vijf werkdagen" not in text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Kunnen jullie dat maken?",
        "Kunnen jullie niet gewoon op tijd je werk maken?",
        "Waarom kan je niet gewoon normaal bakken?",
    ],
)
def test_a_pronoun_or_a_reproach_is_no_thing_to_make(question: str) -> None:
    from app.domain.draft_made_ahead import made_asked

    assert made_asked(question) == ""
