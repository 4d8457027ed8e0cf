"""The structured parts of a Dutch profile fact said in English (session 47): weekdays, months, clock times, prices
and 'per dag' in English, the free prose still quoted as the profile says it (never a guessed translation); a part
with a number is never dropped; a feast named by a weekday ('Easter Sunday') is not that weekday. Values and
sentences of our own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_english_cues import EN_DAY, FEAST_DAY_LEADS
from app.domain.draft_english_words import english_clauses, english_hours, english_split, english_words, said_part
from app.domain.profile import BusinessProfile, FaqItem
from app.resources import resource_path
from tests.domain.drafts import suggested

_NUMBERS = re.compile(r"\d+(?:[.,:]\d+)*")


def _numbers(text: str) -> list[str]:
    return _NUMBERS.findall(text)


# -- english_words: months, days, 'per dag', counted years, 't/m'


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("van mei t/m augustus", "from May to August"),
        ("op dinsdag en vrijdag", "on Tuesday and Friday"),
        ("bakfiets € 45 per dag", "cargo bike € 45 per day"),
        ("vanaf 16 jaar", "from 16 years"),
        ("tot en met 9 jaar € 12,50", "up to and including 9 years € 12,50"),
        ("het hele jaar", "the whole year"),
    ],
)
def test_structured_words_in_english(dutch: str, english: str) -> None:
    assert english_words(dutch) == english
    assert _numbers(english_words(dutch)) == _numbers(dutch)  # a price, an age, a date is never changed


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("met groepen tot 25 personen", "with groups up to 25 people"),  # 'met' is 'with' ...
        ("met Payconiq of contant", "by Payconiq or cash"),  # ... but 'by' before a way to pay
        ("contant tot € 150", "cash up to € 150"),  # an amount, not a time
        ("tot 6 jaar € 9, van 6 tot 11 jaar € 13", "up to 6 years € 9, from 6 to 11 years € 13"),
        ("afhalen tot 19:30", "pick-up until 19:30"),  # near miss: a time stays 'until'
    ],
)
def test_with_by_up_to_and_until(dutch: str, english: str) -> None:
    assert english_words(dutch) == english
    assert _numbers(english) == _numbers(dutch)


def test_one_year_stays_singular() -> None:
    assert english_words("vanaf 1 jaar") == "from 1 year"


def test_prose_with_an_unknown_word_stays_untranslated() -> None:
    assert english_words("graag eerst een afspraak maken in maart") == ""


# -- english_hours: 'op' by what follows, months


def test_hours_on_a_day_and_by_appointment() -> None:
    assert english_hours("zondag op afspraak") == "Sunday by appointment"
    assert english_hours("van 1 mei tot 1 september op zondag 11.00–17.00") == (
        "from 1 May until 1 September on Sunday 11.00–17.00"
    )


# -- english_split: the English parts, the Dutch rest


def test_hours_split_into_english_days_and_quoted_prose() -> None:
    hours = "di–za 9.00–17.30, zo en ma gesloten; in de zomervakantie ook maandag open voor verhuur"
    english, dutch = english_split(hours, english_hours)
    assert english == "Tue–Sat 9.00–17.30, Sun and Mon closed"
    assert dutch == "in de zomervakantie ook maandag open voor verhuur"
    assert _numbers(english) + _numbers(dutch) == _numbers(hours)


def test_prices_split_from_the_booking_sentence() -> None:
    value = "Van juni t/m september: stadsfiets € 13 per dag, tandem € 38 per dag. Reserveren kan via de webshop."
    english, dutch = english_split(value, said_part)
    assert english == "from June to September: city bike € 13 per day, tandem € 38 per day"
    assert dutch == "Reserveren kan via de webshop"
    assert _numbers(english) == _numbers(value)


def test_a_price_per_person_with_its_conditions_quoted() -> None:
    value = "€ 31 per persoon; wie later dan 3 dagen vooraf afzegt, betaalt de helft"
    english, dutch = english_split(value)
    assert english == "€ 31 per person"
    assert dutch == "wie later dan 3 dagen vooraf afzegt, betaalt de helft"
    assert _numbers(english) + _numbers(dutch) == _numbers(value)


def test_no_split_when_the_first_part_is_prose_or_all_is_english() -> None:
    assert english_split("alle merken welkom, ook van elders; € 15 per band") == ("", "")
    assert english_split("pinnen en contant; geen creditcard") == ("", "")  # all of it English: no split
    assert english_split("stadsfiets € 12 per dag") == ("", "")  # one part only


def test_a_part_with_a_number_is_not_dropped_from_the_english() -> None:
    assert english_clauses("€ 31 per persoon; wie later dan 3 dagen vooraf afzegt, betaalt de helft") == ""
    # a part without a number or a 'no' may still go, as before
    assert english_clauses("pinnen en contant; cadeaubonnen van het dorp welkom") == "debit card and cash"


# -- a feast named by its weekday


def test_a_feast_named_by_a_weekday_is_not_that_weekday() -> None:
    assert [m.group(1) for m in EN_DAY.finditer("Are you open on Whit Sunday?")] == []
    assert [m.group(1) for m in EN_DAY.finditer("Open on Good Friday and on Saturday?")] == ["Saturday"]
    assert [m.group(1) for m in EN_DAY.finditer("Any chance on a Sunday morning?")] == ["Sunday"]


def test_every_feast_named_by_a_weekday_has_its_lead() -> None:
    import tomllib

    table = tomllib.loads(resource_path("synonyms.toml").read_text(encoding="utf-8"))["english_holiday"]
    weekdays = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    leads = {name.split()[0] for name in table if name.split()[-1] in weekdays}
    assert leads <= set(FEAST_DAY_LEADS)


# -- in a draft

RENTAL = BusinessProfile(
    name="Fietsverhuur De Kreek",
    kind="fietsenmaker",
    signers=["Wim"],
    voice="ik",
    register="je",
    email="wim@dekreek.nl",
    phone="0111 22 33 44",
    opening_hours="di–za 9.00–17.30, zo en ma gesloten; in de zomervakantie ook maandag open voor verhuur",
    faq=[
        FaqItem(
            "Verhuur je fietsen?",
            "Ja, van juni t/m september: stadsfiets € 13 per dag, tandem € 38 per dag. Reserveren kan via de webshop.",
        )
    ],
)


def test_an_english_rental_question_gets_the_prices_in_english() -> None:
    text = "Hello! Do you rent bikes? We are staying nearby for a week in July."
    reply = suggested(RENTAL, text, author="Sarah")
    assert "From June to September: city bike € 13 per day, tandem € 38 per day" in reply
    assert "‘Reserveren kan via de webshop’" in reply  # the prose quoted as the profile says it
    assert "per dag" not in reply


def test_a_further_hours_question_gets_the_days_in_english() -> None:
    text = "Hi! Do you rent bikes? And what are your opening hours?"
    reply = suggested(RENTAL, text, author="Sarah")
    assert "Tue–Sat 9.00–17.30, Sun and Mon closed" in reply
    assert "‘in de zomervakantie ook maandag open voor verhuur’" in reply
