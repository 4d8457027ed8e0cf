"""A rumour that the business is closed over a span of feast days (app/domain/draft_span_open.py): the open days in
that span with their hours, from the profile's holiday lines. Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_span_open import line_days, open_in_span, open_on_feast, span_said
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_RUMOUR = "uitkomst_onwaarheid"

_SLAGER = BusinessProfile(
    name="Slagerij Hendriks",
    kind="slagerij",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="info@slagerijhendriks.nl",
    opening_hours="di–vr 8:00–18:00, za 8:00–16:00",
    holidays="24 december: 8:00–15:00; 25 en 26 december: dicht; 28 december: 9:00–16:00; "
    "31 december: 8:00–14:00; 1 januari: dicht",
)

_FRITUUR = BusinessProfile(
    name="Frituur 't Pleintje",
    kind="restaurant",
    signers=["Griet"],
    voice="ik",
    register="u",
    email="info@tpleintje.be",
    opening_hours="wo–zo 11:30–21:00",
    holidays="Kerstmis (25 december): 17:00–21:00; 26 december: gesloten; 31 december: 11:30–16:00; "
    "Nieuwjaar (1 januari): gesloten",
)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie tussen kerst en oud en nieuw dicht zijn? Hoorde het bij de bakker.",
        "iemand zei dat jullie tussen Kerst en Nieuwjaar helemaal gesloten zijn, klopt dat??",
        "Mijn buurvrouw zegt dat de slager van kerst tot na nieuwjaar dicht is. Waar haal ik dan mijn rollade?",
    ],
)
def test_a_span_said_closed_gets_its_open_days_with_hours(text: str) -> None:
    said = draft_text(_SLAGER, _RUMOUR, text, author="Wim Peters")
    assert "28 december" in said and "9:00–16:00" in said and "31 december" in said, said
    assert "dicht zijn we" not in said and "24 december" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoorde dat 't Pleintje van Kerstmis tot na Nieuwjaar volledig toe is. Klopt dat?",
        "Is het waar dat ge tussen Kerstmis en Nieuwjaar gesloten zijt? Dat zegt mijne schoonbroer.",
        "Mijn collega zegt dat jullie van kerstmis tot en met nieuwjaar toe zijn voor verlof??",
    ],
)
def test_a_flemish_span_rumour_gets_the_open_days_in_u(text: str) -> None:
    said = draft_text(_FRITUUR, _RUMOUR, text, author="Els Van Damme")
    assert "31 december" in said and "11:30–16:00" in said and "open" in said, said
    assert " je " not in said, said


def test_no_span_or_no_closing_said_gives_nothing() -> None:
    assert span_said("We komen met kerst langs") is None
    assert open_in_span("Zijn jullie tussen kerst en oud en nieuw open?", _SLAGER) == []
    assert open_in_span("Jullie zijn tussen kerst en oud en nieuw dicht toch?", _SLAGER) == [
        ("28 december", "9:00–16:00"),
        ("31 december", "8:00–14:00"),
    ]


def test_a_closing_over_the_years_end_counts_every_day() -> None:
    from app.domain.draft_span_open import line_days

    assert len(set(line_days("20 december t/m 10 januari"))) == 22
    assert len(set(line_days("1 tot en met 5 januari"))) == 5


def test_a_true_rumour_of_weeks_closed_is_not_denied() -> None:
    shop = BusinessProfile(
        name="Fietsen Jan",
        kind="fietsenmaker",
        signers=["Jan"],
        voice="ik",
        register="je",
        holidays="20 december t/m 10 januari: gesloten (winterstop)",
    )
    made = draft_text(shop, "uitkomst_onwaarheid", "Ik hoorde dat jullie rond de jaarwisseling wekenlang dicht zijn?")
    assert "klopt niet" not in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Ik hoorde dat jullie tussen kerst en oud en nieuw gewoon open zijn, en niet dicht zoals vorig jaar?",
        "Tussen kerst en nieuwjaar waren jullie tot nu toe altijd open, toch?",
    ],
)
def test_a_rumour_that_says_open_is_no_closing_rumour(text: str) -> None:
    shop = BusinessProfile(
        name="Fietsen Jan",
        kind="fietsenmaker",
        signers=["Jan"],
        voice="ik",
        register="je",
        holidays="25 en 26 december: dicht; 27 december: 8:30–15:00; 1 januari: dicht",
    )
    assert open_in_span(text, shop) == []


def test_a_long_text_is_read_in_linear_time() -> None:
    """Each feast of a span is at most four words: 50,000 characters of 'tussen a' give no span and take no
    quadratic time (was about 3 s)."""
    assert span_said("tussen a " * 5555 + " dicht") is None


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie tussen kerst en oud en nieuw sluiten?",
        "Mijn buurman zegt dat jullie van kerst tot na nieuwjaar dichtgaan, klopt dat?",
    ],
)
def test_closing_said_as_a_verb_is_a_closing_rumour(text: str) -> None:
    assert [day for day, _ in open_in_span(text, _SLAGER)] == ["28 december", "31 december"]


def test_dichtbij_is_no_closing_rumour() -> None:
    assert open_in_span("Jullie zitten tussen kerst en nieuwjaar dichtbij de markt, toch?", _SLAGER) == []


_EETCAFE = BusinessProfile(
    name="Eetcafé De Brug",
    kind="restaurant",
    signers=["Marloes"],
    voice="wij",
    register="u",
    email="info@eetcafedebrug.nl",
    opening_hours="wo–zo 12:00–22:00",
    holidays="24 december: 17:00–22:00; eerste en tweede kerstdag: kerstbuffet 13:00–20:00, alleen op reservering; "
    "31 december: dicht",
)


@pytest.mark.parametrize(
    "text",
    [
        "Even ter info: De Brug is met de kerstdagen helemaal dicht, alleen nog afhalen.",
        "hoorde dat ze met kerst gesloten zijn dus niet de moeite om te bellen",
        "Is't waar da De Brug op tweede kerstdag toe is?",
        "Klopt het dat jullie met de kerstdagen dicht zijn?? Wilde reserveren",
    ],
)
def test_a_feast_rumoured_closed_gets_its_open_line(text: str) -> None:
    said = draft_text(_EETCAFE, _RUMOUR, text)
    assert "13:00–20:00" in said and "reservering" in said and "[vul in" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Na kerst zijn ze dicht, zei mijn buurvrouw",
        "De Brug gaat per eerste kerstdag dicht, failliet.",
        "De Brug is op oudejaarsdag dicht, klopt dat?",
        "Met de kerstdagen zijn ze niet dicht zoals vorig jaar",
    ],
)
def test_another_time_or_a_closed_feast_gets_no_open_line(text: str) -> None:
    assert open_on_feast(text, _EETCAFE) == []


def test_a_feast_partly_closed_is_left_to_the_owner() -> None:
    # 25 December open, 26 December closed: 'met kerst dicht' is partly right
    assert open_on_feast("Met kerst zijn jullie dicht toch?", _FRITUUR) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Klopt het dat jullie met kerst dicht zijn?", True),
        ("op tweede kerstdag gesloten zeggen ze", True),
        ("Zijn jullie na kerst dicht?", False),
        ("vanaf nieuwjaar toe, hoorde ik", False),
        ("closed until christmas?", False),
        ("Vóór kerst al dicht?", False),  # 'vóór' as 'voor'
    ],
)
def test_a_feast_after_a_word_of_another_time_is_not_the_day_closed(text: str, named: bool) -> None:
    from app.domain.draft_span_open import _feast_named

    assert bool(_feast_named(text)) is named


def test_the_weekday_of_the_last_day_does_not_hide_the_first_days() -> None:
    assert line_days("wo 8 t/m vr 10 april") == line_days("8 t/m 10 april") == [101, 102, 103, 103]
    assert line_days("zaterdag 30 mei t/m ma 1 juni")[:3] == [154, 155, 156]


def test_a_whole_feast_said_closed_is_answered_though_a_day_of_it_is_closed() -> None:
    shop = BusinessProfile(
        name="Bakkerij Peeters",
        holidays="Kerstavond 24 december 7.00–15.00. Zo 26 december gesloten. Oudejaarsdag 31 december 7.00–15.00.",
    )
    assert [d for d, _ in open_on_feast("Bakkerij Peeters is heel de kerstvakantie toe", shop)] == [
        "Kerstavond 24 december",
        "Oudejaarsdag 31 december",
    ]
    # without 'heel': a closed day in it may make it partly right
    assert open_on_feast("Bakkerij Peeters is met kerst toe", shop) == []
