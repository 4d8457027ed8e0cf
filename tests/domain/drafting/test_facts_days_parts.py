"""Whole-pipeline drafts about a holiday line that says more than one thing: open for a part of the day and closed for
the rest, a closed line without a value said as closed (not pasted), the last open day before it found in a range
line that says open with its weekday, and an order deadline of the days besides the day's answer. Sentences of their
own, not a round's."""

from __future__ import annotations

from app.domain.draft_closing import all_closed, day_part_open
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_EETCAFE = BusinessProfile(
    name="Eetcafé Het Veer",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@hetveer.be",
    opening_hours="do t/m ma vanaf 11.30, keuken tot 21.30; di en wo gesloten",
    holidays="Paasmaandag ma 1 april: 's avonds open, 's middags gesloten. Pinkstermaandag ma 20 mei: gesloten.",
    faq=[FaqItem("Hebben jullie een kindermenu?", "Ja, tot 10 jaar: balletjes met frietjes, € 12.")],
)

_KAPPER = BusinessProfile(
    name="Kapsalon Lokje",
    kind="kapsalon",
    signers=["Sien"],
    voice="wij",
    register="je",
    email="info@lokje.be",
    opening_hours="di t/m vr 9.00–18.00, za 8.30–14.00; zo en ma gesloten",
    holidays=(
        "Wo 10 t/m za 13 juli open. Zo 14 juli en ma 15 juli gesloten. "
        "Ma 21 juli t/m zo 3 augustus gesloten. Communiekapsels op afspraak (vanaf € 30)."
    ),
)

_BAKKER = BusinessProfile(
    name="Bakkerij De Kruimel",
    kind="bakkerij",
    signers=["Els"],
    voice="ik",
    register="u",
    email="els@dekruimel.be",
    opening_hours="di t/m za 6.30–18.00, zo 6.30–12.30; maandag gesloten",
    holidays="Paaseitjes en paastaarten bestellen tot en met 28 maart. Ma 1 april open 7.00–12.00.",
    faq=[FaqItem("Is er een paastaart zonder noten?", "Ja, de citroenpaastaart is zonder noten.")],
)


def test_a_line_open_for_a_part_of_the_day_is_not_all_closed() -> None:
    assert day_part_open("'s avonds open, 's middags gesloten")
    assert not all_closed("'s avonds open, 's middags gesloten")
    assert all_closed("gesloten, dinsdag weer open")  # near miss: the next day open, this day closed
    made = suggested(_EETCAFE, "Kunnen we op paasmaandag 's avonds komen eten? En hebben jullie een kindermenu?")
    assert "'s avonds open" in made
    assert "€ 12" in made


def test_a_line_closed_all_day_stays_closed() -> None:
    # near miss: nothing open that day
    made = suggested(_EETCAFE, "Zijn jullie op pinkstermaandag open?")
    assert "gesloten" in made or "dicht" in made
    assert "'s avonds open" not in made


def test_a_closed_line_without_a_value_is_said_and_the_last_open_day_before_it_offered() -> None:
    made = suggested(_KAPPER, "Kunnen jullie op 14 juli nog mijn haar knippen?")
    assert "Zo 14 juli en ma 15 juli gesloten" not in made  # not pasted
    assert "op 14 juli" in made
    assert "zaterdag 13 juli" in made and "8.30–14.00" in made


def test_no_day_before_is_offered_when_the_range_gives_no_weekday() -> None:
    # near miss: the days before 21 July have no line that says open with its weekday
    made = suggested(_KAPPER, "Zijn jullie op 22 juli open?")
    assert "terecht" not in made


def test_an_order_deadline_besides_the_days_answer_is_the_deadline_not_another_entry() -> None:
    made = suggested(_BAKKER, "Bent u open op maandag 1 april? En tot wanneer kan ik een paastaart bestellen?")
    assert "7.00–12.00" in made
    assert "28 maart" in made
    assert "zonder noten" not in made


def test_a_question_about_the_cake_itself_still_gets_its_entry() -> None:
    # near miss: no question until when
    made = suggested(_BAKKER, "Bent u open op maandag 1 april? En is er een paastaart zonder noten?")
    assert "citroenpaastaart" in made


_FIETS = BusinessProfile(
    name="Fietsen De Ketting",
    kind="fietsenmaker",
    signers=["Lode"],
    voice="wij",
    register="u",
    email="info@deketting.be",
    opening_hours="di t/m vr 9.00–18.00, za 9.00–17.00; zo en ma gesloten",
    holidays=(
        "Vr 12 juli is de laatste werkdag voor het verlof, open tot 14.00. "
        "Gesloten van za 13 juli t/m zo 28 juli. "
        "Voor pech tijdens het bouwverlof: bel 011 22 33 44."
    ),
)


def test_a_period_closed_by_its_own_words_answers_a_date_in_it() -> None:
    made = suggested(_FIETS, "Zijn jullie open op 20 juli? Mijn fiets staat nog bij jullie.")
    assert "dicht" in made
    assert "zaterdag 13 juli t/m zondag 28 juli" in made
    assert "(Gesloten)" not in made


def test_a_note_for_a_period_with_a_phone_number_is_no_opening_hour() -> None:
    made = suggested(_FIETS, "Zijn jullie open tijdens het bouwverlof?")
    assert "open: bel" not in made
    assert "011 22 33 44" in made


def test_the_last_day_before_keeps_its_own_hour() -> None:
    made = suggested(_FIETS, "Kan ik op 15 juli mijn fiets komen halen?")
    assert "vrijdag 12 juli" in made
    assert "tot 14.00" in made
    assert "9.00–18.00" not in made  # near miss: not the week's hours for that Friday
