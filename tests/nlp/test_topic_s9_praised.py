"""What a compliment praises when a qualifying word stands before the noun (session 9): 'een tweedehands
bakfiets', 'de gebakken eieren', 'een vintage leesstoel'. Sentences of their own, other businesses and other
words than the benchmark rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _praised(text: str) -> list[str]:
    return [m.text for m in analyse_topics(text).praised]


def test_the_noun_after_a_qualifying_word_is_what_is_praised() -> None:
    assert _praised("Vorige week een tweedehands kinderzitje bij jullie gekocht, zit perfect")[:1] == ["kinderzitje"]
    assert "uitsmijter" in _praised("gisteren de gebakken uitsmijter gehad op het terras, top!!")
    found = _praised("Kees heeft een tweedehands bakfiets voor ons opgeknapt en er een regenhoes aan gemaakt.")
    assert "tweedehands" not in found, found


def test_a_particle_or_a_count_after_the_thing_is_no_thing() -> None:
    assert "mee" not in _praised("Dirk gaf me een leenauto mee voor het weekend, super geregeld")
    assert "twee" not in _praised("Lekker gegeten, misschien een idee om er een of twee taarten bij te zetten?")
