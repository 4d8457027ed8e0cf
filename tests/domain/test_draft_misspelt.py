"""The name on an order the writer says was misspelt (app/domain/draft_misspelt.py)."""

from __future__ import annotations

from app.domain.draft_misspelt import misspelt_name


def test_a_name_spelt_wrong_is_found_against_the_quoted_right_one() -> None:
    assert misspelt_name("Er stond 'Sofie' op in plaats van 'Sophie'.", "'Sofie'") == "Sophie"
    assert misspelt_name("Er stond 'Bram' op in plaats van 'Anouk'.", "'Bram'") == ""


def test_a_misspelt_name_is_found_against_the_name_written_elsewhere() -> None:
    text = "Shirts besteld voor de vrijgezellen van Maaike, staat er 'Team Maike' op. Spelfout dus."
    assert misspelt_name(text, "'Team Maike'") == "Maaike"
    text = "Er stond 'Fijne pensionering Gerit' op de taart voor mijn collega Gerrit."
    assert misspelt_name(text, "'Fijne pensionering Gerit'") == "Gerrit"
    text = "Voor Lotte besteld, er stond 'Lotte 81 jaar' op."
    assert misspelt_name(text, "'Lotte 81 jaar'") == ""  # the name is right, the number is not
