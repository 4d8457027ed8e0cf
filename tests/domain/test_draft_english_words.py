"""A Dutch profile value said in English: whole when every word is known, else the parts before and after a ';'
that are known, unless a part left out says what is not so ('geen creditcard'). Values of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_words import english_clauses


def test_a_known_part_is_said_without_the_unknown_rest() -> None:
    assert english_clauses("pinnen en contant; cadeaubonnen van de middenstand ook welkom") == "debit card and cash"


def test_the_whole_value_when_every_word_is_known() -> None:
    assert english_clauses("pinnen, contant en creditcard") == "debit card, cash and credit card"


def test_no_part_is_dropped_that_says_what_is_not_so() -> None:
    assert english_clauses("pinnen en contant; helaas geen Amex of Maestro") == ""
    assert english_clauses("contant; alleen vanaf € 10 met de kaart") == ""


def test_nothing_when_the_first_part_is_unknown() -> None:
    assert english_clauses("overschrijving op factuur; contant") == ""


def test_a_part_left_out_that_says_not_or_only_keeps_the_english_out() -> None:

    known = "pinnen en contant"
    assert english_clauses(f"{known}; ook gespreid betalen in termijnen") == "debit card and cash"
    for part in (
        "maar geen Maestro",
        "Maestro NIET meer",
        "alleen boven 5 euro",
        "alles behalve Amex",
        "Payconiq gestopt",
    ):
        assert english_clauses(f"{known}; {part}") == "", part


# Issue #13, fixer w31: 'tot' before a count is 'up to' (not 'until', which stays for a time); booking by phone gets
# the number. Values of our own.
@pytest.mark.parametrize(
    ("value", "english"),
    [
        ("tot 25 personen op het terras", "up to 25 people on the terrace"),
        ("tot 20:00", "until 20:00"),
        ("groepen tot 12 personen; reserveer telefonisch", "groups up to 12 people; book by phone"),
    ],
)
def test_up_to_a_count_until_a_time(value: str, english: str) -> None:

    assert english_clauses(value) == english


def test_booking_by_phone_gets_the_number() -> None:
    from app.domain.draft_english_words import with_phone

    assert with_phone("yes, book by phone", "050-123 45 67") == "yes, book by phone on 050-123 45 67"
    assert with_phone("yes, book by phone", " ") == "yes, book by phone"


def test_a_number_given_already_is_not_given_twice() -> None:
    from app.domain.draft_english_words import english_clauses, with_phone

    # the FAQ answer gives the number already, or says where to call (code review 31, finding 9)
    said = english_clauses("reserveer telefonisch op 016-582714")
    assert with_phone(said, "016-582714").count("582714") == 1
    assert with_phone("book by phone on 016 58 27 14", "016-582714") == "book by phone on 016 58 27 14"
    assert with_phone("book by phone at the shop", "016-582714") == "book by phone at the shop"
