"""A fact's limit against the writer's number in the same unit."""

from app.domain.draft_limits import limit_missed


def test_party_beyond_a_room_limit_is_found() -> None:
    fact = "Ja, de serre is er voor gezelschappen tot 60 personen; voor een feestmenu belt of mailt u mij."
    assert limit_missed(fact, "we zoeken een plek voor het diner, ongeveer 80 gasten.") == ("80 gasten", "people")


def test_party_within_the_limit_is_a_yes() -> None:
    fact = "Ja, groepen tot 40 personen in de veranda; vanaf 12 personen werken we met een vast menu."
    assert limit_missed(fact, "We komen met 14 personen eten.") is None
    assert limit_missed(fact, "We komen met 40 personen eten.") is None


def test_distance_beyond_a_maximum_is_found() -> None:
    assert limit_missed("Ja, we komen aan huis, max. 25 km.", "Ik woon in Hulst, zo'n 32 km verderop.") == (
        "32 km",
        "km",
    )


def test_other_units_are_not_compared() -> None:
    assert limit_missed("Ja, tot 60 personen.", "We rijden 80 km om te komen.") is None
    assert limit_missed("Ja, tot 25 km.", "We zijn met 80 gasten.") is None


def test_a_lower_bound_is_no_limit_to_refuse_by() -> None:
    assert limit_missed("Ja, vanaf 8 personen werken we met een groepsmenu.", "We zijn met 5 mensen.") is None
