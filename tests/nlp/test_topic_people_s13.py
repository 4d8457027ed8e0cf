"""Staff named in praise (issue #13, rounds r67/r68): the colleague of someone named ('Sanne en haar collega
Dewi') and a name with a relative clause without its comma ('en Dimitris die ...'); sentences of their own."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_the_colleague_of_someone_named_is_named_too() -> None:
    names = analyse_topics("Ik wil Sanne en haar collega Dewi bedanken voor de mooie highlights.").names
    assert "Dewi" in names


def test_the_colleague_of_the_writers_own_is_no_name_of_the_business() -> None:
    names = analyse_topics("Mijn man en zijn collega Tom kwamen de taart ophalen, heerlijk!").names
    assert "Tom" not in names


def test_a_name_with_die_after_it_is_someone() -> None:
    text = "Heerlijk gegeten met de familie, en Dimitris die op het eind nog een likeurtje schonk. Top!"
    assert "Dimitris" in analyse_topics(text).names


def test_a_longer_proper_name_with_die_is_no_one() -> None:
    text = "We aten bij Brasserie Oostwal die pas open is, echt een aanrader."
    assert "Oostwal" not in analyse_topics(text).names


def test_news_about_the_writer_is_no_rumour() -> None:
    assert not analyse_topics("Toen ik las dat ik was uitgeloot, heeft Kim me zo fijn geholpen.").hearsay
    assert analyse_topics("Ik las dat jullie gaan verhuizen naar de Markt?").hearsay


def test_a_first_name_in_lower_case_after_nieuwe_is_a_thing() -> None:
    assert [p.text for p in analyse_topics("Super blij met mijn nieuwe bob!").praised] == ["bob"]
    assert not analyse_topics("Super blij met mijn lieve bob, hij kookte vanavond.").praised
