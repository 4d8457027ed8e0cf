"""What the writer named back in a reply (session 'things8', issue #13): staff named with the department
they work in, the colleague of someone named. Sentences of their own, other businesses and other names than
the benchmark rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_name_with_a_department_of_the_business_is_staff() -> None:
    assert "Ahmed" in analyse_topics("Ahmed van de klantenservice is een topper, alles binnen een dag geregeld.").names
    assert "Lotte" in analyse_topics("Lotte van de broodafdeling is altijd zo vriendelijk.").names
    assert "Bram" in analyse_topics("Bram van de verhuur heeft ons heel goed geholpen.").names


def test_a_name_with_a_group_outside_the_business_is_no_staff() -> None:
    assert "Timo" not in analyse_topics("Timo van de buren ging ook mee, hij vond het geweldig.").names


def test_the_colleague_of_someone_named_works_there_too() -> None:
    found = analyse_topics("Marloes en haar collega Yara hebben mijn hele familie geknipt, super!")
    assert "Yara" in found.names
    assert "Yara" not in found.kin


def test_a_colleague_of_the_writer_or_of_someone_unnamed_is_no_staff() -> None:
    assert "Ruben" not in analyse_topics("Mijn collega Ruben en ik kwamen hier lunchen.").names
    assert "Ruben" not in analyse_topics("Mijn vriend en zijn collega Ruben kwamen hier lunchen.").names


def test_a_flemish_wedding_noun_after_the_writers_possessive_is_named_as_written() -> None:
    assert analyse_topics(
        "Voor onze trouw hadden we de taart besteld en die was helemaal ingezakt."
    ).occasion_words == ("trouw")


def test_a_term_of_its_own_or_a_verb_keeps_the_usual_words() -> None:
    assert analyse_topics("Mijn bruidskapsel zat de hele avond nog perfect.").occasion_words != "trouw"
    assert analyse_topics("Wij trouwen in mei en zoeken nog een taart.").occasion_words == "bruiloft"


def test_a_fish_dish_opening_the_comment_is_a_thing_praised() -> None:
    products = [p.text for p in analyse_topics("Kabeljauw op de huid gebakken, zo lekker!").products]
    assert "kabeljauw" in products
    assert "forel" not in [p.text for p in analyse_topics("Heerlijk gegeten, de bediening was top.").products]
