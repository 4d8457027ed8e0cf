"""The [callback] table of resources/unanswered.toml (app/domain/draft_unanswered.py): a call back the writer
waited for in vain, one the business promised, and a call the writer made."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.domain.datafile import read_toml
from app.domain.draft_unanswered import called_to_arrange, parse_unanswered, shipped_unanswered
from app.errors import DataFileError
from app.resources import resource_path


def _shipped() -> dict[str, Any]:
    return copy.deepcopy(read_toml(resource_path("unanswered.toml")))


@pytest.mark.parametrize(
    ("text", "awaited"),
    [
        ("Ik heb drie keer gebeld en NIEMAND belt terug.", True),
        ("zou teruggebeld worden, nooit meer iets gehoord", True),
        ("Ze zouden me terugbellen maar nee hoor", True),
        ("beloofden mij terug te bellen, nog steeds niks", True),
        ("Belden ons niet terug.", False),  # 'niet' between: not the shape
        ("ze belden ons terug binnen het uur, top", True),  # the words only; the line decides on the whole
        ("Het terugbelverzoek staat nog open", False),
        ("I called twice and nobody called back", False),
    ],
)
def test_a_call_back_awaited(text: str, awaited: bool) -> None:
    assert bool(shipped_unanswered().callback.awaited.search(text)) is awaited


@pytest.mark.parametrize(
    ("text", "promised"),
    [
        ("De eigenaar zou me vandaag nog terugbellen.", True),
        ("Toegezegd dat ze terug zouden bellen", False),  # 'terug' before 'zouden': not the promised shape
        ("Beloofd: 'we bellen u terug', nooit gebeurd", True),
        ("Aan de balie: “Sanne belt je terug” ... niks", True),
        ("Niemand belt terug.", False),
    ],
)
def test_a_call_back_promised(text: str, promised: bool) -> None:
    assert bool(shipped_unanswered().callback.promised.search(text)) is promised


@pytest.mark.parametrize(
    ("text", "phoned"),
    [("Al 2x GEBELD", True), ("telefonisch onbereikbaar", True), ("ik belde gisteren", True), ("bellen?", False)],
)
def test_a_call_made(text: str, phoned: bool) -> None:
    assert bool(shipped_unanswered().callback.phoned.search(text)) is phoned


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Twee keer de voicemail ingesproken, niemand belt terug", True),
        ("Ik heb een bericht achtergelaten op het antwoordapparaat", True),
        ("Drie keer gebeld, niemand neemt op en de voicemail zit vol", False),
    ],
)
def test_a_message_left(text: str, left: bool) -> None:
    assert bool(shipped_unanswered().callback.left.search(text)) is left


def test_the_words_come_from_the_table() -> None:
    data = _shipped()
    data["callback"]["phoned"] = ["geringd"]
    assert parse_unanswered(data).callback.phoned.search("Drie keer geringd")
    assert not parse_unanswered(data).callback.phoned.search("Drie keer gebeld")


def test_a_missing_callback_list_is_refused_by_name() -> None:
    data = _shipped()
    del data["callback"]["promised"]
    with pytest.raises(DataFileError, match="promised"):
        parse_unanswered(data)


@pytest.mark.parametrize("bad", [[], [""], "terug", [3]])
def test_a_malformed_callback_list_is_refused(bad: object) -> None:
    data = _shipped()
    data["callback"]["back"] = bad
    with pytest.raises(DataFileError, match="back"):
        parse_unanswered(data)


def test_an_unknown_callback_list_is_refused() -> None:
    data = _shipped()
    data["callback"]["extra"] = ["woord"]
    with pytest.raises(DataFileError, match="extra"):
        parse_unanswered(data)


def test_a_number_the_writer_writes_down_is_theirs_not_the_shops() -> None:
    from app.domain.draft_unanswered import number_given

    shop = "014-65 48 21"
    assert number_given("Niemand nam op. Bel me terug op 0470 12 34 56 aub.", shop)
    assert number_given("Nobody picked up. Please call me back: +44 7700 900123.", shop)
    assert not number_given("Ik heb drie keer naar 014-65 48 21 gebeld, niemand neemt op.", shop)
    assert not number_given("Drie keer gebeld, niemand neemt op.", shop)


@pytest.mark.parametrize(
    ("text", "arranging"),
    [
        ("Vijf keer gebeld om een verjaardagstaart te bestellen, niemand neemt op.", True),
        ("Ik belde gisteren twee keer om een tafel te reserveren voor zaterdag.", True),
        ("al 3x geprobeerd te bellen voor een afspraak bij de pedicure", True),
        # what was arranged before: no new customer to call back
        ("Drie keer gebeld om mijn afspraak van dinsdag te verzetten, nooit opgenomen.", False),
        ("Gebeld over mijn bestelling van vorige week, niemand nam op.", False),
        # the call and the wish to book in different sentences
        ("Ik heb gisteren gebeld. Nu wil ik een tafel reserveren.", False),
    ],
)
def test_a_call_to_order_or_book(text: str, arranging: bool) -> None:
    assert called_to_arrange(text) is arranging
