"""app/domain/draft_held.py: the writer's own thing is with the business, read strictly (brought_in) or
loosely (the loan, through brought_in(loosely=True)). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_held import brought_for, brought_in, held


@pytest.mark.parametrize(
    "text",
    [
        "Onze bakfiets staat nu al negen dagen bij jullie in de werkplaats.",
        "Staat mijn scooter nog altijd bij u?",
        "Mijn racefiets staat er al drie weken.",
        "mijn tandem die sinds vrijdag binnen is, is nog niet bekeken",
    ],
)
def test_the_writers_own_thing_at_the_business_is_held_both_ways(text: str) -> None:
    assert held(text) and held(text, loosely=True)


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft hier ruim een maand gestaan zonder dat iemand ernaar keek.",  # no thing named as the writer's
        "Sinds de tiende in reparatie is hij, en nog steeds niets.",
        "Al twee weken wachten we op onze fietsen.",
        "Fiets maandag achtergelaten voor een nieuwe ketting.",
    ],
)
def test_without_the_thing_named_as_theirs_it_is_held_only_loosely(text: str) -> None:
    assert held(text, loosely=True) and not held(text)


@pytest.mark.parametrize(
    "text",
    [
        "De schuld ligt echt bij jullie, niet bij mij.",  # a place and a verb, no thing of the writer's
        "Mijn naam stond er verkeerd op.",  # 'er' without how long
        "Ik kwam te voet langs om een bel te kopen.",
    ],
)
def test_no_thing_of_the_writers_with_the_business_is_not_held_strictly(text: str) -> None:
    assert not held(text)


def test_the_loan_asks_brought_in_loosely_the_callback_strictly() -> None:
    text = "Hij heeft hier ruim een maand gestaan zonder dat iemand ernaar keek."
    assert brought_in(text, loosely=True) and not brought_in(text)
    assert brought_in("Gisteren de bovenzaal gereserveerd voor zaterdag.")  # a booking, either way
    assert not brought_in("Ik kwam te voet langs om een bel te kopen.", loosely=True)  # near miss


@pytest.mark.parametrize(
    "text",
    [
        "Mijn stadsfiets vorige dinsdag langsgebracht, nog niets gehoord.",
        "Scooter op 4 juni ingeleverd en sindsdien stilte.",
        "De bakfiets gisteren binnen gezet bij jullie.",
    ],
)
def test_every_verb_of_bringing_in_is_read_strictly_from_the_one_list(text: str) -> None:
    # phrase_cues.toml brought_in, read by draft_said as by draft_held (draft_held.brought_verbs)
    assert brought_in(text) and brought_in(text, loosely=True)


def test_the_job_a_thing_was_brought_in_for_is_read_with_each_verb() -> None:
    assert brought_for("Racefiets ingeleverd voor een nieuwe cassette.") == "de nieuwe cassette"
    assert brought_for("voor een onderhoudsbeurt langsgebracht") == "de onderhoudsbeurt"
    # near misses: a time after 'voor', and a verb not of bringing in
    assert brought_for("Fiets voor een week ingeleverd.") == ""
    assert brought_for("Fiets opgehaald voor een nieuwe cassette.") == ""
    assert not brought_in("Ik heb de folder voor een vriendin meegenomen.")
