"""Things named only as what something looks like or what the writer fell back on are no things the complaint is
about (app/nlp/topic_compared.py); a feast 'coming' is ahead (app/nlp/topic_occasion.py); Valentine's day and the
Flemish 'reservatie' are read (resources/topics.toml). Sentences of our own."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _things(text: str) -> list[str]:
    return [p.text for p in analyse_topics(text).products]


def test_looking_like_something_names_no_thing() -> None:
    for text, animal in (
        ("Mijn haar is veel te kort, ik zie eruit als een geplukte kip.", "kip"),
        ("Na het verven zag ik er uit als een verzopen kat!!", "kat"),
        ("Ich zeen oet wie 'ne natte hond, de föhn was kapot", "hond"),
        ("The colour is awful, I look like a drowned rat.", "rat"),
        ("Hij zag eruit als nen verzopen kat na die wasbeurt", "kat"),
    ):
        assert animal not in _things(text), (text, _things(text))


def test_a_thing_told_about_is_still_a_thing() -> None:
    # the cake is the complaint, also when the comparison follows it
    assert "taart" in _things("De taart was droog, en de kip zag eruit als een oude schoen.")
    assert "kip" in _things("De kip was koud en taai.")


def test_what_the_writer_fell_back_on_names_no_thing() -> None:
    for text, other in (
        ("Onze tafel was weg, dus toen maar een frietje gegeten aan de haven.", "frietje"),
        ("Alles uitverkocht, dan maar ergens anders een broodje gehaald", "broodje"),
        ("De oven was stuk, uiteindelijk maar een pizza besteld bij de buren.", "pizza"),
    ):
        assert other not in _things(text), (text, _things(text))
    # the thing itself after 'toen maar' is still the complaint
    assert "taart" in _things("Toen maar de taart teruggebracht, die was helemaal ingezakt.")


def test_a_feast_that_is_coming_is_ahead() -> None:
    for text in (
        "Mijn haar is mislukt en carnaval komt eraan!",
        "Het kostuum is te klein en Vastelaovend kump eraan",
        "De jurk is nog niet klaar en de bruiloft komt er aan.",
    ):
        assert analyse_topics(text).urgent, text
    assert not analyse_topics("Mijn haar is mislukt, met carnaval was het ook al zo.").urgent


def test_valentine_and_a_flemish_booking() -> None:
    for text in (
        "Gereserveerd op Valentijn en er was geen tafel meer",
        "Our Valentine's day dinner was a disaster",
        "Op valentijnsdag zaten we een uur zonder eten",
    ):
        found = analyse_topics(text)
        assert found.occasion == "valentijn", (text, found.occasion)
    assert analyse_topics("Onze reservatie stond nergens, we moesten weer naar huis").topic is not None
