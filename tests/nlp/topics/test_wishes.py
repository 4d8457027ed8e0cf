"""The topic finder on suggestions: what the writer says is missing (app/nlp/topic_wished.py)."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


# What a suggestion says is missing (session 9, app.nlp.topic_wished): the thing after 'geen' or a word for missing,
# in a wish or a minus point, ending in a thing the business could make or sell. Sentences of their own, other
# businesses and other words than the benchmark rounds.
def test_the_thing_after_waarom_geen_or_missing_is_what_is_missed() -> None:
    assert analyse_topics("lekkere boeken hier maar waarom geen leesbril?? zou ik meteen kopen").missed == "leesbril"
    found = analyse_topics("Top garage!! Enige wat ik mis: een leenauto, nu moest ik met de bus 🙈")
    assert found.missed == "een leenauto", found.missed
    found = analyse_topics("Fijne trimsalon. Alleen jammer, er was geen hondenshampoo te koop. Zou handig zijn!")
    assert found.missed == "hondenshampoo", found.missed


def test_no_thing_is_missed_in_praise_or_in_a_reason() -> None:
    for text in (
        "Geen moment spijt gehad van de nieuwe banden, top service!",
        "Graag een vegetarische quiche, want mijn zus eet geen vis.",
        "Nooit geen probleem bij deze bloemist, altijd verse tulpen.",
    ):
        assert analyse_topics(text).missed == "", text


def test_a_tip_that_puts_a_thing_in_names_the_thing() -> None:
    """r123: 'idee: verstop er een ...': the imperative and its 'er' before the thing the tip adds."""
    found = analyse_topics("Mooie winkel, maar idee: leg er een mand met proefjes neer, dan proeven de mensen meer.")
    assert found.missed == "een mand", found.missed
    found = analyse_topics("Fijne salon! Tip: zet er ook een waterkoker bij voor wie moet wachten.")
    assert found.missed == "een waterkoker", found.missed
