"""Round r27 (issue #13): an adjective and noun that open a comment as thing + judgement, a
comparative that is no thing, a colour that came out on the writer, and what a shown example asked for."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_an_opening_adjective_and_noun_are_thing_and_judgement() -> None:
    # also with a voiced inflection (scheef → scheve) or a dropped vowel (droog → droge)
    assert analyse_topics("Scheve kaaklijn, en de tondeuse trok aan mijn haar.").judged[0] == ("kaaklijn", "scheef")
    assert ("cake", "droog") in analyse_topics("Droge cake bij de koffie, verder prima.").judged
    assert analyse_topics("Ongelijke kuif na een knipbeurt van twintig minuten.").judged[0] == ("kuif", "ongelijk")
    # a word the lexicon does not know is named when the comment opens with it
    assert analyse_topics("Rommelige snit, en niemand die er wat van zei.").products[0].text == "snit"


def test_an_animal_word_judged_as_a_thing_is_no_pet() -> None:
    found = analyse_topics("Scheve pony bij de barbier. Nooit meer.")
    assert found.judged[0] == ("pony", "scheef") and "pony" not in found.people
    # with a possessive it stays the writer's animal
    assert "hond" in analyse_topics("Onze oude hond kwam gestrest terug van de trimsalon.").people


def test_a_comparative_after_a_degree_word_names_no_thing() -> None:
    for text in (
        "De lok is een stuk korter dan de andere kant.",
        "De linkerkant werd een centimeter hoger dan rechts geschoren.",
        "Het brood was een tikje duurder dan vorige week.",
    ):
        assert all(p.text not in {"korter", "hoger", "duurder"} for p in analyse_topics(text).products), text


def test_a_colour_that_came_out_on_the_writer_and_what_they_asked_for() -> None:
    found = analyse_topics("Plaatje laten zien van asblond, en ik kwam er geel uit.")
    assert found.judged == (("kleur", "geel"),) and found.asked == "asblond"
    found = analyse_topics("Ik wilde een spraytan en nu ben ik echt oranje, net een wortel.")
    assert ("kleur", "oranje") in found.judged
    found = analyse_topics("Voorbeeld meegenomen van karamelbruin. Werd mijn dochter gewoon paars!")
    assert found.judged == (("kleur", "paars"),) and found.asked == "karamelbruin"
    # a colour of a thing is no colour that came out on a person
    assert ("kleur", "rood") not in analyse_topics("Ik kocht een rode fiets en die is prima.").judged


def test_inflected_forms_of_a_judgement() -> None:
    from app.nlp.topic_judged import _attributive

    assert {"scheve", "lieve", "boze", "grijze", "droge", "slappe"} <= (
        _attributive("scheef")
        | _attributive("lief")
        | _attributive("boos")
        | _attributive("grijs")
        | _attributive("droog")
        | _attributive("slap")
    )
    assert "valze" not in _attributive("vals")  # after a consonant the s stays


def test_a_pony_is_a_fringe_when_the_comment_is_about_hair() -> None:
    assert (
        "pony" not in analyse_topics("Na het knippen zit mijn pony helemaal raar, ik durf zo niet naar buiten.").people
    )
    assert "pony" not in analyse_topics("Thuis mijn pony zelf geverfd en toen kwam ik bij jullie.").people
    # without a word about hair it stays the writer's animal
    assert "pony" in analyse_topics("Mijn pony stond bij jullie op stal en kwam mager terug.").people
