"""draft_staff_away.staff_note: the holiday sentence about someone of the business the writer asks for by name.
Sentences of our own."""

from __future__ import annotations

from app.domain.draft_staff_away import staff_note

HOLIDAYS = "Gesloten op 1 mei. Ilse is op wereldreis tot half maart; Kim neemt haar afspraken over. Kerst dicht."


def test_the_sentence_that_names_the_person_asked_for_is_found() -> None:
    got = staff_note(HOLIDAYS, "Kan ik eind februari bij Ilse terecht voor een permanent?", ["Kim", "Ilse"], "")
    assert got == "Ilse is op wereldreis tot half maart; Kim neemt haar afspraken over"


def test_nothing_for_another_name_a_part_of_a_word_or_a_line_said_already() -> None:
    assert staff_note(HOLIDAYS, "Knipt Kim ook baarden?", ["Kim", "Ilse"], "") == ""  # no sentence starts with her
    assert staff_note(HOLIDAYS, "Is de Ilsebrug open?", ["Ilse"], "") == ""
    said = "Ilse is op wereldreis tot half maart; Kim neemt haar afspraken over."
    assert staff_note(HOLIDAYS, "Werkt Ilse in februari?", ["Ilse"], said) == ""
