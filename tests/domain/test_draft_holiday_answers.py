"""Holiday answers (app/domain/draft_holiday_answers.py): a day asked names only itself ('11 november' is not
'1 november'), and a holiday line that says 'open' itself is not said as 'open: alleen ... open'. A bistro and
sentences of its own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_OUTCOME = "uitkomst_vraag_beantwoorden"


_BISTRO = BusinessProfile(
    name="Bistro Het Veer",
    kind="restaurant",
    signers=["Ine"],
    voice="wij",
    register="je",
    email="info@hetveer.be",
    opening_hours="wo–zo 11:30–22:00",
    holidays="1 mei: open; 21 mei: alleen 's avonds open (18:00–22:00); 25 december: gesloten",
)


@pytest.mark.parametrize("text", ["Zijn jullie open op 21 mei? Met de kleinkinderen", "21 mei open?? rond 18u"])
def test_a_day_that_contains_another_day_answers_only_its_own(text: str) -> None:
    made = draft_text(_BISTRO, _OUTCOME, text)
    assert "1 mei geldt" not in made and "alleen 's avonds open (18:00–22:00)" in made, made
    assert "open: alleen" not in made, made


_FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske",
    kind="frituur",
    signers=["Wout"],
    voice="wij",
    register="je",
    phone="09 233 44 55",
    opening_hours="wo–zo 11:30–14:00 en 17:00–21:30",
    holidays="15 augustus: alleen 's middags open (11:30–14:00); 25 december: gesloten",
)


@pytest.mark.parametrize(
    "comment",
    [
        "zijn jullie open op 15 augustus? 's avonds met de hele bende",
        "Open op 15 augustus 's avonds??",
        "ZIJN JULLIE 15 AUGUSTUS OPEN? wij willen komen eten na de wandeling",
    ],
)
def test_a_day_open_only_in_part_gets_no_yes(comment: str) -> None:
    text = draft_text(_FRITUUR, _OUTCOME, comment, "x")
    assert "alleen 's middags open (11:30–14:00)" in text, text
    assert "Ja," not in text


_BIKES = BusinessProfile(
    name="Rijwielhandel Dijkstra",
    kind="fietsenmaker",
    signers=["Hylke"],
    register="je",
    voice="ik",
    opening_hours="di–za 9:00–17:30; zondag en maandag dicht",
    holidays="25 en 26 december: dicht; 28 december: dicht; 29 en 30 december: gewoon open; 1 januari: dicht",
)


@pytest.mark.parametrize(
    "text",
    [
        "ben je tussen kerst en oud en nieuw open? wil op de 28e mijn fiets brengen",
        "Hoi Hylke, zijn jullie open tussen Kerstmis en Nieuwjaar? Ik zou op 28 december langskomen.",
        "zit je tussen kerst en oudjaar gewoon in de winkel? remmen piepen",
        "Zijt ge tussen kerst en nieuwjaar open?",
    ],
)
def test_a_span_of_feast_days_asked_gets_each_day_the_profile_lists(text: str) -> None:
    # '29 en 30 december: gewoon open' is a day of its own, not an open question for the owner
    said = draft_text(_BIKES, _OUTCOME, text)
    assert "[vul in" not in said and "29 en 30 december gewoon open" in said, said
    assert "28 december" in said and "dicht" in said, said


_KAPPER = BusinessProfile(
    name="Kapsalon Lotte",
    kind="kapsalon",
    signers=["Lotte"],
    voice="ik",
    register="je",
    email="lotte@kapsalonlotte.nl",
    opening_hours="di–za 9:00–17:00",
    holidays="Tweede Pinksterdag: niet open, wel bereikbaar per mail; Koningsdag: Gesloten – de hele dag op de markt",
)


@pytest.mark.parametrize(
    ("text", "rest", "said"),
    [
        ("Ben je open op tweede pinksterdag?", "Wel bereikbaar per mail", "niet open, wel"),
        ("ben je met koningsdag open??", "De hele dag op de markt", "Gesloten – de"),
    ],
)
def test_a_closed_holiday_says_the_rest_of_its_line_once(text: str, rest: str, said: str) -> None:
    made = draft_text(_KAPPER, _OUTCOME, text)
    assert rest in made and said not in made, made


_BRASSERIE = BusinessProfile(
    name="Brasserie Het Veer",
    kind="restaurant",
    signers=["Koen"],
    voice="wij",
    register="u",
    email="info@hetveer.be",
    opening_hours="wo–zo 11:30–22:00; maandag en dinsdag gesloten",
    holidays="24 december: 11:30–16:00; 31 december: gesloten; 1 januari: gesloten",
)


@pytest.mark.parametrize(
    "text",
    [
        "Doen jullie iets met oud en nieuw? Een feestmenu misschien?",
        "zijt ge open met oud & nieuw??",
        "Open met oud-en-nieuw? We willen graag komen eten",
        "Zijn jullie open tijdens Oud en Nieuw? Met z'n zessen",
    ],
)
def test_oud_en_nieuw_closed_on_both_days_names_both(text: str) -> None:
    said = draft_text(_BRASSERIE, _OUTCOME, text)
    assert "31 december" in said and ("1 januari" in said or "nieuwjaarsdag" in said.lower()), said


def test_the_day_more_open_in_summer_is_answered_with_its_times() -> None:
    bakery = BusinessProfile(
        name="Bakkerij De Tarwe",
        kind="bakkerij",
        signers=["Els"],
        voice="wij",
        register="je",
        email="info@detarwe.be",
        opening_hours="ma–za 7:00–18:00; zo gesloten; in juli en augustus ook op zondag open 8:00–12:00",
    )
    draft = draft_text(bakery, _OUTCOME, "Zijn jullie op zondag open, ook in de zomer?", author="Ann")
    assert "8:00–12:00" in draft, draft


_BAKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    opening_hours="di–za 7:00–18:00, zo 7:00–12:00",
    holidays="Pinksterzondag: 8:00–11:00; Pinkstermaandag: gesloten",
    faq=[FaqItem(question="Tot wanneer bestellen voor Pinksteren?", answer="Bestellen kan tot vrijdag 17:00.")],
)


@pytest.mark.parametrize(
    "text", ["Zijn jullie open met Pinksteren? Beide dagen?", "Hoe laat open met pinksteren, zondag en maandag?"]
)
def test_a_feast_asked_as_a_whole_gets_the_line_of_each_of_its_days(text: str) -> None:
    made = draft_text(_BAKER, _OUTCOME, text)
    assert "8:00–11:00" in made and "gesloten" in made, made


# Holiday lines written as sentences, each a name, its weekday and date, and then what applies, without a colon.
_SLAGER = BusinessProfile(
    name="Slagerij Peeters",
    kind="slagerij",
    signers=["Jos"],
    voice="wij",
    register="u",
    opening_hours="di–za 8.00–18.00",
    holidays=(
        "Kerstavond vr 24 december 7.00–16.00. Kerstmis za 25 december 8.00–11.00. Zo 26 december gesloten. "
        "Nieuwjaar za 1 januari 8.00–11.00. Zo 2 januari gesloten."
    ),
)


def test_two_feasts_asked_are_each_answered_from_a_line_that_names_its_date_after_the_feast() -> None:
    made = draft_text(_SLAGER, _OUTCOME, "Zijn jullie open met Kerstmis en met Nieuwjaar? Voor de gourmet.")
    assert "Kerstmis open: 8.00–11.00" in made, made
    assert "Nieuwjaar zaterdag 1 januari open: 8.00–11.00" in made, made
    assert made.count("Kerstmis") == 1, made  # not the feast once by its line and once more by its name


def test_a_line_that_starts_with_its_weekday_is_said_with_a_small_letter_inside_a_sentence() -> None:
    made = draft_text(_SLAGER, _OUTCOME, "Zijn jullie open met Kerstmis?")
    assert "op zondag 26 december" in made and "op Zo 26" not in made, made


def test_a_line_that_starts_with_its_weekday_written_out_is_small_too() -> None:
    from dataclasses import replace

    from app.domain.draft_days import holiday_values

    shop = replace(_SLAGER, holidays="Kerstmis za 25 december 8.00–11.00. Zondag 26 december gesloten.")
    assert holiday_values("Zondag 26 december", shop)["feestdag"] == "op zondag 26 december"


def test_a_date_with_a_short_weekday_before_it_gets_no_second_weekday() -> None:
    from app.domain.draft_holiday_answers import with_weekday

    said = "Met Valentijn geldt: di 12 t/m za 16 februari (taartjes)."
    assert with_weekday(said, "Op zaterdag 16 februari wordt hij 40") == said
    assert with_weekday("Op 16 februari zijn we open.", "Op zaterdag 16 februari?") == (
        "Op zaterdag 16 februari zijn we open."
    )
