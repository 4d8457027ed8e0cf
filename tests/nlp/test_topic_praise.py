"""Praise found in a comment (app.nlp.topic_praise): the business's own thing said with a dialect 'jullie'."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Julder frietjes zijn de beste van 't dorp!!", "frietjes"),
        ("ULDER stoofvlees was weer subliem", "stoofvlees"),
        ("ulle pralines zijn echt zalig 😍", "pralines"),
        ("de taart van julder was top", "taart"),
    ],
)
def test_a_dialect_yours_is_no_part_of_the_thing_praised(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De paling in 't groen was net als bij mijn moeder vroeger, en Lien zette een kaarsje op de taart.", "paling"),
        ("Die stoverij was precies zoals bij bomma! De kelner bracht er een kaarsje bij.", "stoverij"),
        ("de erwtensoep smaakte als bij m'n oma, en ze gaven een kaarsje voor mijn man", "erwtensoep"),
    ],
)
def test_tasting_like_at_home_is_praise(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Lekkerste krentenbollen van het dorp. Heb er meteen 4 zakken besteld voor de verjaardag.", "krentenbollen"),
        ("De appelflappen zijn top, we hebben er alvast twee dozen van besteld voor zondag!", "appelflappen"),
        ("die worstenbroodjes blijven de beste, heb er 3 schalen van besteld vr het feest", "worstenbroodjes"),
    ],
)
def test_containers_ordered_of_a_thing_named_before_are_that_thing(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert thing in praised and not {"zakken", "dozen", "schalen"} & set(praised), praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Beste peperkoek van de Achterhoek, en de koffie is ook top.", "peperkoek"),
        ("Lekkerste roggebrood van het Gooi!", "roggebrood"),
        ("beste stokbrood van de Kempen, echt waar", "stokbrood"),
    ],
)
def test_the_best_thing_of_a_region_is_praised(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised


def test_the_best_one_of_the_town_stays_the_business() -> None:
    assert analyse_topics("Beste fysio van Deventer! Na drie maanden weer pijnvrij.").praised == ()


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Ons Lotte kreeg van de Sint haar eerste racefiets, via Wim besteld. Hij is zelfs nog langsgekomen om "
            "het zadel en het stuur op haar maat te zetten.",
            "racefiets",
        ),
        (
            "Onze zoon kreeg voor zijn verjaardag een nieuwe kinderfiets, bij Wim gekocht. Hij kwam 's avonds nog om "
            "de bel en het stuur af te stellen 😍",
            "kinderfiets",
        ),
    ],
)
def test_a_thing_given_before_a_comma_is_what_was_given(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert thing in praised, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Lekkerste mattentaart van 't Pajottenland, zonder twijfel.", "mattentaart"),
        ("beste vlaai van 't Heuvelland!", "vlaai"),
        ("Beste kletskoppen van de Westhoek, punt uit 👌", "kletskoppen"),
        ("LEKKERSTE mastellen van 't Waasland", "mastellen"),
    ],
)
def test_the_best_unknown_thing_of_a_region_is_praised(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[0] == thing, praised


def test_the_best_one_of_a_flemish_town_stays_no_thing() -> None:
    assert analyse_topics("Beste kapper van 't Meetjesland! Altijd tevreden.").praised == ()


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Kees heeft mijn oude Batavus omgebouwd met een lager zadel. Top!", "Batavus"),
        ("Ze hebben de kinderfiets van onze zoon helemaal opgeknapt, hij is er zo blij mee", "kinderfiets"),
        ("Wim paste mijn racefiets aan voor m'n slechte rug, super gedaan 👍", "racefiets"),
        ("Gerrit hee de bakfiets afgesteld en vernieuwd, echt top gedaan jong", "bakfiets"),
    ],
)
def test_a_thing_rebuilt_or_fitted_for_the_writer_is_praised(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert thing in praised, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ruud z'n hertenstoof is zo goed", "hertenstoof"),
        ("Jelle zen frieten waren de beste", "frieten"),  # Flemish 'zen'
        ("Sanne d'r appeltaart was heerlijk", "appeltaart"),
        ("Bram zn stoofvlees was weer zalig", "stoofvlees"),  # typo 'zn'
        ("Mila Haar Cupcakes Waren Top", "cupcakes"),
    ],
)
def test_a_name_and_its_possessive_open_the_praised_thing(text: str, thing: str) -> None:
    assert [p.text for p in analyse_topics(text).praised] == [thing]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De beste saucijzenbroodjes van de Kempen. Joke gaf ons nog een kopje thee.", "saucijzenbroodjes"),
        ("Het lekkerste roggebrood van de Achterhoek, en Fleur deed er een koekje bij", "roggebrood"),
        ("de lekkerste appelbollen van de streek!! en de meiden schonken koffie", "appelbollen"),
        ("Die beste krentenbollen van 't Gooi, Sem gaf de kinderen nog een snoepje. Toppers!", "krentenbollen"),
    ],
)
def test_the_best_one_of_a_region_with_its_article_comes_before_a_small_gift(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised[:1] == [thing], praised


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vrouw had de bloemen besteld zonder dat ik het wist, en Inge deed er een kaartje bij. Top!",
        "voor ik het wist had Joost er een lampje op gezet, super service",
        "Mijn broer regelde alles zonder dat we het merkten en Tom bracht een fles cava. Geweldig!",
        "Eer ge het wist had Lies er een strikske rond gedaan, zalig",
    ],
)
def test_the_verb_after_it_in_a_subordinate_clause_is_no_thing(text: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert not {"wist", "merkten"} & set(praised), praised
    assert praised, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Kerstkransjes van @bakkerijdegroot 😍 elk jaar weer raak", "kerstkransjes"),
        ("Pralines van @chocolaterie_an 🥰 voor ons jubileum, amai zo schoon", "pralines"),
        ("Moederdagtaartjes van @banketbakkerijjansen 💘 met aardbei en room", "moederdagtaartjes"),
        ("Bitterballen van @cafedehoek 🔥", "bitterballen"),
    ],
)
def test_a_post_opening_with_the_thing_and_the_business_handle_praises_it(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De couscous was echt van een andere wereld.", "couscous"),
        ("De spaghetti was gewoon een tien!", "spaghetti"),
        ("Die kalfsstoof was om je duimen en vingers van af te likken", "kalfsstoof"),
        ("De crème brûlée was sublime, merci!", "crème brûlée"),
        ("Die nieuwe kinderzitjes zijn geniaal.", "kinderzitjes"),
    ],
)
def test_praise_beyond_words_is_praise(text: str, thing: str) -> None:
    praised = [p.text for p in analyse_topics(text).praised]
    assert praised and praised[-1].endswith(thing), praised


def test_an_adjective_before_a_hyphened_noun_is_not_praised() -> None:
    praised = [p.text for p in analyse_topics("Mijn nieuwe e-step is geweldig, dank je wel!").praised]
    assert "nieuwe" not in praised, praised


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("We waren met 14 van wielerclub De Snelle Trappers en wachtten een uur op het eten.", "wielerclub"),
        ("Met 9 man van de turnkring kwamen we binnen, en drie kwartier later nog niks gekregen.", "turnkring"),
        ("We zijn met 30 van onze voetbalploeg gekomen, maar het dessert kwam pas na een uur.", "voetbalploeg"),
    ],
)
def test_a_count_of_people_of_a_group_names_the_group(text: str, group: str) -> None:
    assert analyse_topics(text).group == group


def test_a_part_of_a_group_counted_is_not_the_writers_group() -> None:
    assert analyse_topics("Twee van de club kregen hun eten pas na een uur.").group == ""
