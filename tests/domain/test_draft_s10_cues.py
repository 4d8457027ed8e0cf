"""Second points of a complaint said back (session 10, issue #13): a tip the writer gives ('zet gewoon een
... neer'), a time it was only ready at, and an unanswered mail or call said with plain excuses. Businesses
and sentences of their own, not a round's."""

from __future__ import annotations

import re

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_FIX = "uitkomst_herstel"

IJSBAR = BusinessProfile(
    name="IJsbar Frisco", kind="restaurant", signers=["Gino"], voice="wij", register="je", email="hoi@frisco.nl"
)
PIZZERIA = BusinessProfile(
    name="Pizzeria Sole", kind="restaurant", signers=["Marco"], voice="ik", register="u", email="marco@sole.nl"
)
GARAGE = BusinessProfile(
    name="Autoservice Kuipers", kind="garage", signers=["Ruben"], voice="ik", register="u", phone="0575-112233"
)


def test_a_tip_of_the_writer_is_taken_along() -> None:
    text = "Elke zaterdag een rij tot op de stoep bij jullie 🙄 zet toch gewoon een tweede ijskar buiten"
    assert "ijskar" in draft_text(IJSBAR, _FIX, text)


def test_an_order_is_no_tip() -> None:
    text = "Ik had een ijstaart besteld en die was gesmolten. Ik zet nooit meer een bestelling bij jullie."
    assert "tip over" not in draft_text(IJSBAR, _FIX, text) and "idee van" not in draft_text(IJSBAR, _FIX, text)


def test_the_time_it_was_only_ready_is_said() -> None:
    text = "Twee pizza's besteld voor 19.00 om af te halen, om 19.50 had ik ze pas. En de salami was vergeten."
    draft = draft_text(PIZZERIA, _FIX, text)
    assert "tot 19.50 moest wachten" in draft


def test_an_amount_or_a_duration_is_no_time_ready() -> None:
    text = "Om 20 euro per pizza verwacht ik meer. Om 7 uur thuis en toen pas gegeten, de bodem was taai."
    assert "moest wachten" not in draft_text(PIZZERIA, _FIX, text)


def test_an_unanswered_mail_and_call_get_plain_excuses() -> None:
    text = "Mijn auto staat al twee weken bij u voor een kleine reparatie. Twee keer gemaild, één keer gebeld, niks."
    draft = draft_text(GARAGE, _FIX, text)
    assert re.search(r"\b(?:excuses|sorry)\b", draft, re.I)


def test_an_english_part_that_gave_out_is_said_back() -> None:
    text = "Hired a tandem for the afternoon and the chain on ours snapped halfway to the beach. Not great."
    assert "chain" in draft_text(GARAGE, _FIX, text, platform="google", author="Tom")


def test_an_english_day_that_failed_is_no_part() -> None:
    text = "Our day trip completely failed because the shop opened an hour late. Not great."
    assert "trip letting" not in draft_text(GARAGE, _FIX, text, platform="google", author="Tom")


KAPPER = BusinessProfile(
    name="Kapperszaak Noor", kind="kapsalon", signers=["Noor"], voice="ik", register="je", phone="045-1122334"
)


def test_the_writers_person_is_named_by_the_name_given() -> None:
    text = "Mijn dochter Fenna (7) kwam voor een pony en nu is haar haar aan één kant veel te kort geknipt."
    draft = draft_text(KAPPER, _FIX, text)
    assert "het haar van Fenna" in draft and "van je dochter" not in draft
    text = "Mijn dochter kwam voor een pony en nu is haar haar aan één kant veel te kort geknipt."
    assert "Fenna" not in draft_text(KAPPER, _FIX, text)
