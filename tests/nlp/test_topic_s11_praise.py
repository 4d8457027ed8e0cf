"""What a compliment names (session 11): an occasion written with a hyphen ('onze communie-brunch'), an age
that makes a party a birthday even with a speech at it, a name set off by commas after a part of the business
('de jongen achter de kassa, Bas,'). Sentences of their own, other businesses and words than the rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_an_occasion_written_before_a_hyphen_is_the_occasion() -> None:
    assert analyse_topics("Ons communie-ontbijt bij jullie was top geregeld.").occasion == "communie"
    found = analyse_topics("Voor ons jubileum-feest hadden we een kaasplank laten bezorgen, heerlijk!")
    assert found.occasion == "jubileum", found


def test_a_hyphened_gift_or_a_word_of_any_time_names_no_occasion() -> None:
    for text in ("Die kerst-trui van jullie is echt lelijk haha", "Mooi bruiloft-cadeau gekocht, dank!"):
        assert analyse_topics(text).occasion == "", text


def test_an_age_makes_the_party_a_birthday_even_with_a_speech_at_it() -> None:
    found = analyse_topics("Opa werd 90 en de toespraak van mijn zus was ontroerend, het eten top.")
    assert found.occasion == "verjaardag" and found.occasion_words == "90ste verjaardag", found
    # without an age the speech is the occasion
    assert analyse_topics("Dankzij jullie kapsel ging mijn presentatie super.").occasion == "optreden"


def test_a_name_set_off_by_commas_after_a_part_of_the_business_is_staff() -> None:
    found = analyse_topics("De jongen achter de kassa, Bas, heeft mijn fiets nagekeken.")
    assert "Bas" in found.names, found
    # not a name that opens the next clause ('bij de kassa, Bas hoorde ik niet')
    assert "Bas" not in analyse_topics("Ik stond bij de kassa, Bas hoorde ik niet eens.").names


def test_the_business_own_thing_said_with_jullie_opening_the_clause_is_praised() -> None:
    found = analyse_topics("Jullie appelflap was weer heerlijk, de hele familie smulde.")
    assert [p.text for p in found.praised][:1] == ["appelflap"], found
    # 'jullie' as the doer is no thing
    assert analyse_topics("Jullie zijn echt top, bedankt!").praised == ()


def test_maar_before_an_amount_after_a_verb_is_only_no_point_of_criticism() -> None:
    assert analyse_topics("Top geholpen en we hoefden maar vijf minuten te wachten!").criticism == ""
    # a point after a comma stays a point
    assert analyse_topics("Super lekker gegeten, maar 45 minuten wachten op ons eten.").criticism == "wachttijd"


def test_turkish_bakery_goods_and_a_bikefit_are_things_of_the_lexicon() -> None:
    found = analyse_topics("De börek van vanochtend was nog warm, heerlijk!")
    assert "börek" in [p.text for p in found.products], found
    found = analyse_topics("Vorige maand een bikefit gedaan en nu fiets ik zonder rugpijn.")
    assert "bikefit" in [p.text for p in found.products], found


def test_an_occasion_the_writer_says_with_ik_is_their_own() -> None:
    found = analyse_topics("Na 40 jaar bij de bank ben ik vandaag met pensioen; mijn collega's gaven me een taart.")
    assert found.owner == "", found
    found = analyse_topics("Ik bestelde de taart voor de verjaardag van mijn moeder en ze was dolblij.")
    assert found.owner == "moeder", found
    found = analyse_topics("Ik wil bij jullie de 60ste verjaardag van mijn vader vieren, kan dat?")
    assert found.owner == "vader", found


def test_an_occasion_of_ik_and_someone_named_is_shared() -> None:
    found = analyse_topics("Zaterdag hebben mijn vrouw en ik ons koperen huwelijksjubileum bij jullie gevierd.")
    assert found.owner == "vrouw", found
