"""Reading faults a webcare pro would not post (issue #13): a closing period named without 'gesloten' ('jaarlijkse
sluiting: 5 tot 22 januari', 'collectief verlof') is closed; holidays that are all closed are said once, with a
closing period that starts just after them; two questions we come back on are one promise; 'dan ook X?' asks X.
Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_closing import closed_after, closed_days
from app.domain.draft_days import closed_line
from app.domain.draft_questions import asked_about
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ASK = "uitkomst_vraag_beantwoorden"

SKATES = BusinessProfile(
    name="Schaatsslijperij Ijsvrij",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="je",
    email="wout@ijsvrij.nl",
    opening_hours="wo–za 10:00–17:00; zondag t/m dinsdag gesloten",
    faq=[FaqItem("Slijpen jullie ook noren?", "Ja, ook noren en klapschaatsen; hol slijpen doe ik met de hand, € 15.")],
    holidays="Kerstavond: 10:00–14:00; Kerstmis: dicht; Nieuwjaarsdag: dicht; winterstop: 2 tot 10 januari",
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Veer",
    kind="restaurant",
    signers=["Ilse"],
    voice="wij",
    register="u",
    phone="03 444 55 66",
    opening_hours="wo–zo 11:30–22:00",
    holidays="Kerstmis: gesloten; Oudejaarsavond: 18:00–01:00; jaarlijks verlof: 12 tot 26 februari",
)


@pytest.mark.parametrize(
    ("written", "value", "closed"),
    [
        ("jaarlijkse sluiting", "5 tot 22 januari", True),
        ("collectief verlof", "2 tot 16 januari", True),
        ("Zomerverlof", "21 juli t/m 4 augustus", True),
        ("winterstop", "2 tot 10 januari", True),
        ("kerstvakantie", "10:00–14:00", False),
        ("Koopzondag", "12:00–17:00", False),
        ("kermis", "27 tot 30 juni", False),
        ("bouwvak (1 t/m 14 augustus)", "open op afspraak", False),
    ],
)
def test_a_closing_period_is_closed_by_its_name(written: str, value: str, closed: bool) -> None:
    assert closed_line(written, value) is closed


@pytest.mark.parametrize(
    "question",
    [
        "Zijn jullie open op 14 februari?",
        "Kan ik op zaterdag 18 februari bij u eten?",
        "zijn jullie open op 20 feb??",
    ],
)
def test_a_date_inside_a_named_closing_period_is_answered_closed(question: str) -> None:
    draft = draft_text(BRASSERIE, ASK, question, author="Mark Peeters")
    assert "dicht" in draft or "gesloten" in draft, draft
    assert "geldt:" not in draft, draft


def test_all_closed_holidays_are_said_once() -> None:
    entries = SKATES.holiday_entries()
    assert closed_days(entries, ["Kerstmis", "Nieuwjaarsdag"])
    assert not closed_days(entries, ["Kerstavond", "Kerstmis"])  # Christmas Eve is open
    for question in (
        "Zijn jullie open tussen kerst en nieuwjaar?",
        "is de winkel open met Kerstmis en op nieuwjaarsdag?",
    ):
        draft = draft_text(SKATES, ASK, question, author="Sanne")
        assert draft.count("Helaas") <= 1 and draft.count("dicht") + draft.count("gesloten") <= 2, draft


def test_a_closing_period_just_after_the_asked_days_is_named() -> None:
    entries = SKATES.holiday_entries()
    assert "2 tot 10 januari" in closed_after(entries, ["Nieuwjaarsdag"], "")
    assert closed_after(entries, ["Kerstmis"], "") == ""  # starts more than three days after
    assert closed_after(entries, ["Nieuwjaarsdag"], "dicht van 2 tot 10 januari") == ""  # said already
    draft = draft_text(SKATES, ASK, "Zijn jullie open tussen Kerst en Nieuwjaar?", author="Sanne")
    assert "2 tot 10 januari" in draft and "winterstop" in draft, draft


def test_two_questions_we_come_back_on_are_one_promise() -> None:
    draft = draft_text(
        SKATES,
        ASK,
        "Slijpen jullie ook noren? Hoe lang duurt dat dan? En wat moet ik daarvoor meenemen?",
        author="Sanne",
    )
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", draft) if s.strip()]
    assert len(sentences) == len(set(sentences)), draft


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Hebben jullie dan ook paaseitjes van chocola?", "paaseitjes van chocola"),
        ("hebben jullie nou ook glutenvrije wafels?", "glutenvrije wafels"),
        ("Verkopen jullie eigenlijk ook schaatsbeschermers?", "schaatsbeschermers"),
    ],
)
def test_the_thing_asked_keeps_no_filler_words(question: str, thing: str) -> None:
    assert asked_about([question]).endswith(thing)
    assert not asked_about([question]).lower().startswith(("dan", "nou", "eigenlijk"))
