"""draft_range_fit.fit_asked: a measure of what the writer needs, or a window of days, makes whether the business
has it something to look up (sentences of our own)."""

from __future__ import annotations

from app.domain.draft_range_fit import fit_asked


def test_a_number_with_its_unit_or_a_size_word_is_a_measure() -> None:
    assert fit_asked("Hebben jullie een hondenmand voor een herder van 40 kg?")
    assert fit_asked("Verhuurt u kano's? We hebben een heel zware rugzak mee.")
    assert fit_asked("Past er een rolstoel in, het is een brede?")


def test_a_window_of_days_is_a_measure_too() -> None:
    assert fit_asked("Verhuren jullie tandems? Liefst van 3 tot 7 juli.")
    assert fit_asked("Hebt u een strandstoel vrij van 12 t/m 19 aug?")


def test_a_plain_question_or_a_unit_without_a_number_is_none() -> None:
    assert not fit_asked("Verkopen jullie ook roggebrood?")
    assert not fit_asked("Hoeveel kilo meel gebruiken jullie per dag?")  # a unit, no number said with it
    assert not fit_asked("Wij komen met 4 kinderen, hebben jullie een kinderstoel?")


def test_a_thing_used_free_of_something_is_looked_up_one_sold_or_plain_is_not() -> None:
    from app.domain.draft_facts import simple_lemmas
    from app.domain.draft_range_fit import looked_up

    assert looked_up("Gebruiken jullie haarverf zonder ammoniak?", "", simple_lemmas)
    assert looked_up("Werkt u met parfumvrije crème?", "", simple_lemmas)
    assert not looked_up("Verkoopt u parfumvrije crème?", "", simple_lemmas)  # what it sells, the business knows
    assert not looked_up("Gebruiken jullie een kinderstoel?", "", simple_lemmas)
    assert not looked_up("Werken jullie ook zonder afspraak?", "", simple_lemmas)  # how to come, no thing free of it


def test_how_many_people_a_thing_is_for_is_a_measure_too() -> None:
    assert fit_asked("Hebben jullie een tent voor 6 personen?")
    assert fit_asked("Verhuurt u een kano voor drie volwassenen?")
    assert not fit_asked("Hebben jullie een kinderstoel? We zijn met 2 kinderen.")  # who comes, not what it is for


def test_the_writers_own_hair_a_service_must_suit_is_looked_up_a_thing_sold_for_it_is_not() -> None:
    from app.domain.draft_facts import simple_lemmas
    from app.domain.draft_range_fit import looked_up

    question = "Doen jullie ook permanent?"
    assert looked_up(question, f"{question} Ik heb heel dik kroeshaar.", simple_lemmas)
    assert not looked_up(question, question, simple_lemmas)
    sold = "Verkopen jullie ook shampoo voor krullen?"
    assert not looked_up(sold, sold, simple_lemmas)
