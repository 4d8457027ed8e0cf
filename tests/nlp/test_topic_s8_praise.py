"""What a compliment is about when no praise word sits next to the thing, and staff named by where they
work or singled out of a team (session 8): sentences of their own, other businesses and other words
than the benchmark rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _praised(text: str) -> list[str]:
    return [m.text for m in analyse_topics(text).praised]


def test_two_things_joined_before_a_linking_verb_are_both_praised() -> None:
    assert _praised("De bitterballen en de kaasplank waren echt top op onze borrel.") == ["bitterballen", "kaasplank"]
    found = _praised("Het stokbrood en de tapenade van jullie waren subliem, zaterdag.")
    assert found == ["stokbrood", "tapenade"], found


def test_a_praise_phrase_without_a_praise_word_makes_the_subject_praised() -> None:
    assert _praised("De appelflappen waren tot de laatste kruimel op bij de vergadering.") == ["appelflappen"]
    assert _praised("De saucijzenbroodjes gingen weg als warme broodjes, echt waar.") == ["saucijzenbroodjes"]
    assert _praised("De cupcakes waren een groot succes op het schoolplein!") == ["cupcakes"]
    # the same nouns with nothing said about them are not praised
    assert _praised("De appelflappen waren op toen ik om vier uur kwam.") == []


def test_staff_named_by_where_they_work_in_the_business() -> None:
    assert "Mila" in analyse_topics("Mila achter de bar had zo'n leuke cocktail voor ons bedacht.").names
    assert "Ruben" in analyse_topics("Alles was snel klaar en Ruben in de werkplaats legde alles uit.").names
    # a time word at the start of a sentence is no name
    assert analyse_topics("Vanochtend bij de kassa ging alles soepel.").names == ()


def test_staff_singled_out_of_a_team_or_role() -> None:
    text = "Het personeel van de zaak, met name Fleur, dacht echt met ons mee."
    assert "Fleur" in analyse_topics(text).names
    text = "Complimenten aan de keuken en vooral Bram, de kroketten waren perfect."
    assert "Bram" in analyse_topics(text).names


def test_a_thing_made_named_in_quotes_is_praised() -> None:
    assert _praised("Jullie maakten een 'snoeptafel' voor ons feest, geweldig!") == ["snoeptafel"]


def test_the_writers_event_and_group() -> None:
    topics = analyse_topics("Voor onze afdelingsdag kwamen jullie met de foodtruck, top geregeld!")
    assert (topics.occasion, topics.occasion_words) == ("uitje", "afdelingsdag")
    assert analyse_topics("Op onze zondagmiddag was het gezellig.").occasion_words == ""
    assert analyse_topics("Met ons koor uit Zwolle hier koffie gedronken.").group == "koor uit Zwolle"
    assert analyse_topics("Twintig clubleden kregen een lunchpakket mee.").group == "Twintig clubleden"
    assert analyse_topics("Voor ons team bestellen we elke week.").group == ""


def test_more_praise_phrases_and_verbs() -> None:
    assert _praised("Ik haal hier elke week brood. De kaasbroodjes zijn niet te versmaden.") == ["kaasbroodjes"]
    found = _praised("De stoofpot en de appelcrumble gingen erin als koek bij de kinderen.")
    assert found == ["stoofpot", "appelcrumble"], found
    assert _praised("De nieuwe kleur viel heel goed in de smaak bij mijn vriendin.") == ["nieuwe kleur"]


def test_a_group_is_a_count_of_two_or_more_or_the_whole_family() -> None:
    assert analyse_topics("Gisteren met de hele familie hier gegeten.").group == "hele familie"
    assert analyse_topics("Het afscheid van een collega gevierd.").group == ""
    assert analyse_topics("Zes vriendinnen kregen een manicure.").group == "Zes vriendinnen"


def test_a_bad_thing_denied_is_praised() -> None:
    assert _praised("Nog nooit een mislukte taart gehad bij deze bakker.") == ["taart"]
    assert _praised("In vijf jaar geen enkele slechte fade, respect.") == ["fade"]


def test_staff_named_after_their_role_and_a_comma() -> None:
    assert "Demi" in analyse_topics("De kapster, Demi, nam echt alle tijd voor mijn moeder.").names
    assert "Rachid" in analyse_topics("Onze bezorger, Rachid, stond al om zeven uur voor de deur.").names


def test_an_undeclined_adjective_before_a_noun_is_no_thing() -> None:
    assert "fijn" not in _praised("Naomi maakte er zo'n fijn moment van, dank je.")
    assert "leuk" not in _praised("Jullie gaven ons een leuk aandenken mee.")


def test_an_event_with_an_adjective_and_a_group_one_came_with() -> None:
    topics = analyse_topics("Onze jaarlijkse klantendag bij jullie: 40 gasten en alles liep op rolletjes.")
    assert topics.occasion_words == "klantendag" and topics.group == "40 gasten"
    assert analyse_topics("Gisteren gegeten met de wandelclub, heerlijk.").group == "wandelclub"
    assert analyse_topics("Het geboortekaartje voor onze kleine Jip is zo lief!").praised[0].text == "geboortekaartje"


def test_what_the_writer_thanks_for_or_exclaims_over_is_praised() -> None:
    assert _praised("Hartelijk dank voor de saucijzenbroodjes en de appelflappen op de vergadering.") == [
        "saucijzenbroodjes",
        "appelflappen",
    ]
    assert _praised("Wat een geweldige tiramisu! Wij komen zeker terug.") == ["tiramisu"]
    assert _praised("Dankjewel voor de rust die je uitstraalde.") == []


def test_a_verb_form_after_an_article_is_no_thing() -> None:
    assert "bracht" not in _praised("Alles keurig bezorgd en de jongen die het bracht was zeer beleefd.")
    assert "gaf" not in _praised("Het meisje dat het gaf was zo lief.")
