"""Whose occasion it is (app/nlp/topic_occasion.py, topic_occasion_owner.py)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "25 jaar getrouwd en dat gevierd met onze kinderen bij jullie, het was top.",
        "Ons 40-jarig huwelijksjubileum gevierd mee onze kinders en kleinkinders, merci!",
        "Zilveren bruiloft gevierd samen met mijn zus en haar man, wat een avond.",
        "50 jaar getrouwd, gevierd met m'n dochters en hun gezinnen. Heerlijk gegeten!",
    ],
)
def test_who_came_along_does_not_own_the_occasion(text: str) -> None:
    assert analyse_topics(text).owner == ""


def test_whose_occasion_is_still_said_with_van() -> None:
    assert analyse_topics("De gouden bruiloft van mijn ouders gevierd, samen met de buren.").owner == "ouders"
    assert analyse_topics("Voor de verjaardag van mijn moeder een taart gehaald.").owner == "moeder"
    # a spoken 'me' for 'mijn' after a preposition (c38); not the writer as object ('belde me')
    assert analyse_topics("Een taart gehaald voor het feest van me vader, hij werd 70.").owner == "vader"
    # 'mien', 'mijn' in Drents and Gronings
    assert analyse_topics("Veur de 80ste verjaardag van mien vader een mooie taart besteld.").owner == "vader"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Merci voor de taart voor de gouden bruiloft van ons moeke en vake, ze waren er stil van.", "ouders"),
        ("Bedankt voor de bloemen voor mijn vader en moeder hun robijnen bruiloft!!", "ouders"),
        ("de zilveren bruiloft van opa en oma was top dankzij jullie taart", "grootouders"),
        ("Diamanten bruiloft van bompa en bomma gevierd bij jullie, subliem eten.", "grootouders"),
    ],
)
def test_a_wedding_anniversary_is_the_couples(text: str, owner: str) -> None:
    assert analyse_topics(text).owner == owner


# On Mother's or Father's Day the writer's children gave; the day is the writer's. Sentences of our own.
@pytest.mark.parametrize(
    "text",
    [
        "Voor Vaderdag kreeg ik van mijn zoon een bon voor een scheerbeurt, heerlijk verwend.",
        "Met moederdag had mijn dochter een taart met frambozen besteld, wat een verrassing!",
    ],
)
def test_the_children_are_no_owners_of_mothers_or_fathers_day(text: str) -> None:
    topics = analyse_topics(text)
    assert topics.occasion == "moederdag" and topics.owner == "", (topics.occasion, topics.owner)


def test_a_birthday_stays_one_persons_with_a_couple_named() -> None:
    assert analyse_topics("De verjaardag van mijn moeder gevierd, met vader en moeder erbij.").owner == "moeder"


def test_the_words_before_who_came_along_are_read_from_phrase_cues() -> None:
    from app.domain.draft_phrase_cues import phrase_cues

    assert {"met", "mee", "samen", "with"} <= set(phrase_cues().came_along_with)
    assert analyse_topics("Celebrated our 30th wedding anniversary with our kids, lovely evening.").owner == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Clubrit van de wielerclub zaterdag, 30 man in de regen, en Jan stond klaar met koffie. Toppers!", "clubrit"),
        ("Op onze kerstrit had Wim voor iedereen warme soep, merci!", "kerstrit"),
        ("Groepsrit mè de vrienden, Els had bidons en koffie mee, plezant!", "groepsrit"),
        ("NIEUWJAARSRIT met de MTB-ploeg en jullie stonden er met een pomp, top", "nieuwjaarsrit"),
    ],
)
def test_a_ride_of_a_club_is_the_occasion_as_said(text: str, said: str) -> None:
    topics = analyse_topics(text)
    assert (topics.occasion, topics.occasion_words) == ("uitje", said)


def test_a_test_ride_is_no_occasion() -> None:
    assert analyse_topics("Kunnen wij op zaterdag een proefrit maken?").occasion == ""


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("Abraham gezien in jullie feestzaal, 60 gasten en alles liep gesmeerd!", "abraham"),
        ("ons ma heeft Sarah gezien en we hebben het bij jullie gevierd, zalig eten", "sarah"),
        ("Mijn Abrahamfeest bij De Linde was top, de hapjes waren heerlijk", "abraham"),
        ("Gisteren Sarah gevierd met de hele familie in jullie bovenzaal. Dank!", "sarah"),
    ],
)
def test_seeing_abraham_or_sarah_is_the_fiftieth_celebrated(text: str, occasion: str) -> None:
    assert analyse_topics(text).occasion == occasion


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mijn ouders waren 50 jaar getrouwd, gouden bruiloft! De taart was top.", "gouden bruiloft"),
        ("zilveren bruiloft gevierd, 25 jaar getrouwd en nog altijd verliefd", "zilveren bruiloft"),
        ("Ons moeke en vake zijn 60 jaar getrouwd, hun diamanten huwelijk was schoon", "diamanten huwelijk"),
        ("Opa en oma 65 jaar getrouwd (briljanten bruiloft), merci voor de taart", "briljanten bruiloft"),
    ],
)
def test_an_anniversary_named_by_its_metal_keeps_that_name(text: str, said: str) -> None:
    assert analyse_topics(text).occasion_words == said


def test_years_married_without_a_name_stay_years() -> None:
    assert (
        analyse_topics("We waren 40 jaar getrouwd en vierden het bij jullie").occasion_words
        == "40-jarig huwelijksjubileum"
    )


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Gisteren het pensioenfeest van meester Joost gevierd, de hapjes waren top.", "Joost"),
        ("Het jubileum van collega Wendy was een groot succes dankzij jullie taart.", "Wendy"),
        ("Sanne is 6 geworden en de eenhoorntaart was een hit!", "Sanne"),
        ("Onze dochter deed vorige week haar rijexamen en is geslaagd, dankzij de lessen van Ahmed.", "dochter"),
    ],
)
def test_whose_occasion_is_the_one_named_not_the_writer(text: str, owner: str) -> None:
    assert analyse_topics(text).owner == owner


def test_a_stretched_word_or_the_last_of_all_is_no_thing() -> None:
    stretched = analyse_topics("Kim heeft mijn nagels suuuper mooi gelakt voor het bal, bedankt!")
    assert all("uuu" not in p.text for p in (*stretched.products, *stretched.praised))
    last = analyse_topics("Van de koffie tot de laatste kroket was alles perfect geregeld, en die soep!")
    assert "kroket" not in [p.text for p in last.products]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("De communiefoto's van ons Jente zijn binnen, wat een prachtige taart staat erop!", "communie"),
        ("Onze huwelijksfoto's zijn klaar en mijn make-up zat de hele avond nog perfect.", "bruiloft"),
        ("Voor mijn vijftigste eindelijk een echte racefiets gekocht, top advies gekregen.", "verjaardag"),
    ],
)
def test_photos_of_an_occasion_or_an_ordinal_with_an_adverb_name_it(text: str, occasion: str) -> None:
    assert analyse_topics(text).occasion == occasion


def test_the_photos_of_an_occasion_come_after_the_work_praised() -> None:
    topics = analyse_topics("De trouwfoto's zijn er! Nina, mijn krullen bleven de hele nacht mooi.")
    assert topics.products[0].text == "krullen"
    assert "Nina" in topics.names


def test_a_river_named_after_the_article_is_no_judgement() -> None:
    topics = analyse_topics("Onderweg langs de Maas brak opeens mijn derailleur, snel gemaakt!")
    assert [p.text for p in topics.products][:1] == ["derailleur"]


def test_an_age_said_outweighs_an_old_photo_of_another_occasion() -> None:
    text = "Opa wordt volgende week 80, kan er een oude trouwfoto van hem en oma op de taart?"
    assert analyse_topics(text).occasion == "verjaardag"


@pytest.mark.parametrize(
    "text",
    [
        "Om 14u afgesproken, om half drie nog niet geholpen en intussen werden 3 klanten zonder afspraak bediend.",
        "Ik stond te wachten en ondertussen werden 4 pakjes van anderen meegegeven.",
    ],
)
def test_a_number_before_the_people_or_things_it_counts_is_no_age(text: str) -> None:
    assert analyse_topics(text).occasion_words == ""


@pytest.mark.parametrize(
    "text",
    [
        "Mijn e-bike staat daar nu al 3 weken, er werd gezegd 3 à 5 werkdagen.",
        "Mijn zoon werd 3 a 4 uur later ziek na het eten.",
        "Er werd beloofd 2 dagen, het werden er tien.",
    ],
)
def test_a_number_said_or_starting_a_range_is_no_age(text: str) -> None:
    assert analyse_topics(text).occasion_words == ""


def test_an_age_after_werd_is_still_a_birthday() -> None:
    assert "verjaardag" in analyse_topics("Mijn vader werd zondag 85 en de taart was prachtig.").occasion_words


# An age turned names the birthday: from one year on, on a day named at a feast of the calendar, beside a cake
# for an occasion of years ago; not an age said in passing at a feast. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ons Mila werd 1 jaar en de cupcakes waren een succes. Merci!", "eerste verjaardag"),
        ("Met Kerstmis bij jullie gegeten, opa werd 90 op 26 december. Fijne avond!", "90ste verjaardag"),
        ("Onze Finn werd 5 en de taart was top, net als de doopsuiker toen. Van de doopsuikertaart tot nu!", "5de"),
        # a number before a month's name is the day, the age comes after it
        ("Oma werd 3 maart 85 jaar en de slagroomtaart was een plaatje.", "85ste verjaardag"),
        ("Mijn man wordt op 12 oktober 60, we bestellen graag een taart.", "60ste verjaardag"),
    ],
)
def test_an_age_turned_names_the_birthday(text: str, words: str) -> None:
    topics = analyse_topics(text)
    assert topics.occasion == "verjaardag" and words in topics.occasion_words, (topics.occasion, topics.occasion_words)


# How old someone or something is ('jaar oud') is a fact, not a day turned; with the day said it is one.
@pytest.mark.parametrize(
    "text",
    [
        "Dank aan Jef die mijn oude Batavus weer aan de praat kreeg. Die fiets is 35 jaar oud en loopt weer.",
        "Onze kast is zeker 60 jaar oud en jullie hebben hem prachtig opgeknapt.",
    ],
)
def test_how_old_a_thing_is_is_no_birthday(text: str) -> None:
    assert analyse_topics(text).occasion != "verjaardag"


def test_an_age_with_the_day_said_is_still_a_birthday() -> None:
    topics = analyse_topics("Onze Lotte is vandaag 6 jaar oud en de taart met de eenhoorn was prachtig!")
    assert topics.occasion == "verjaardag", topics.occasion_words


def test_an_age_said_in_passing_leaves_the_feast() -> None:
    assert analyse_topics("Vaderdag gevierd met papa, die dit jaar 70 werd. Lekker gegeten!").occasion == "moederdag"


# Years written with a space for the hyphen ('40 jarig'): the same jubilee as '40-jarig', not a birthday because of
# 'jarig' (r113, session 33). Sentences of our own.
@pytest.mark.parametrize(
    ("text", "occasion", "words"),
    [
        ("Ons 25 jarig huwelijksfeest bij jullie gevierd, wat een avond!", "jubileum", "25-jarig huwelijksjubileum"),
        ("De hapjes voor ons 10 jarig bestaan waren top.", "jubileum", "10-jarig jubileum"),
    ],
)
def test_years_with_a_space_for_the_hyphen_are_a_jubilee(text: str, occasion: str, words: str) -> None:
    topics = analyse_topics(text)
    assert topics.occasion == occasion and words in topics.occasion_words, (topics.occasion, topics.occasion_words)


def test_a_birthday_said_with_jarig_stays_a_birthday() -> None:
    assert analyse_topics("Onze Daan was jarig, 10 jaar, en de taart was top!").occasion == "verjaardag"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Het paasontbijt op eerste paasdag voor 6 man hebben we afgezegd omdat mijn moeder onverwacht is "
            "overleden. De aanbetaling voor het paasontbijt is nooit teruggestort.",
            "moeder",
        ),
        (
            "Onze kerstlunch op tweede kerstdag gaat niet door: mijn opa is vorige week gestorven. Kunnen jullie de "
            "kerstlunch annuleren zonder kosten?",
            "opa",
        ),
    ],
)
def test_a_death_told_is_the_occasion_however_often_another_is_named(text: str, owner: str) -> None:
    found = analyse_topics(text)
    assert found.occasion == "rouw", found.occasion
    assert found.owner == owner, found.owner


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("De vormseltaart voor ons Lotte was een plaatje, merci!", "vormsel"),
        ("Die communietaart met het kasteel erop, iedereen was weg van!", "communie"),
    ],
)
def test_a_compound_names_the_occasion_by_the_writers_own_word(text: str, words: str) -> None:
    assert analyse_topics(text).occasion_words == words


def test_a_frisian_father_turning_an_age_owns_the_birthday() -> None:
    found = analyse_topics("Tank foar de taart! Us heit wurdt snein 75 en hy wie der hiel bliid mei.")
    assert (found.occasion, found.owner) == ("verjaardag", "heit")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Gourmetschotel besteld voor kerstavond, maar de helft ontbrak.", "kerstavond"),
        ("Onze kerstviering met de buren was top dankzij jullie hapjes!", "kerstviering"),
    ],
)
def test_christmas_eve_or_a_christmas_gathering_is_named_as_said_not_a_dinner(text: str, said: str) -> None:
    topics = analyse_topics(text)
    assert (topics.occasion, topics.occasion_words) == ("kerst", said)


def test_a_christmas_dinner_is_still_a_dinner() -> None:
    assert analyse_topics("Het kerstdiner bij jullie was heerlijk.").occasion_words == "kerstdiner"


@pytest.mark.parametrize(
    "text",
    [
        "Vrijdag getrouwd 💍 en de taart was een plaatje. Ook mijn schoonvader vond hem prachtig!",
        "Vorige maand eindelijk afgestudeerd, en mijn oma en mijn zus kwamen mee taart eten.",
    ],
)
def test_an_occasion_said_as_a_participle_opening_the_sentence_is_the_writers_own(text: str) -> None:
    assert analyse_topics(text).owner == ""


def test_someone_named_before_the_participle_still_owns_it() -> None:
    assert analyse_topics("Mijn broer is vrijdag getrouwd, de taart was een plaatje.").owner == "broer"


def test_since_christmas_is_a_time_not_an_occasion() -> None:
    text = "Oma woont sinds de kerst alleen, en Joke bracht haar gisteren brood aan huis."
    assert analyse_topics(text).occasion == ""


def test_the_writers_own_wedding_on_a_date_is_the_writers() -> None:
    found = analyse_topics("Ik ga op 12 september trouwen en zoek een kapper, ook voor mijn zus.")
    assert found.occasion == "bruiloft" and found.owner == "", found.owner
    found = analyse_topics("Ik ga op zaterdag trouwen en mijn moeder wil ook een kapsel.")
    assert found.owner == "", found.owner


def test_going_to_anothers_wedding_on_a_date_stays_theirs() -> None:
    """Near miss: 'naar de bruiloft van mijn zus' is the sister's, the writer a guest."""
    assert analyse_topics("Ik ga op 12 september naar de bruiloft van mijn zus.").owner == "zus"


@pytest.mark.parametrize(
    "text",
    [
        "Vorige zaterdag getrouwd en de bloemen stonden de hele dag fier overeind!",
        "Wij gaan in mei trouwen, de proefcake was al heerlijk.",
    ],
)
def test_an_occasion_named_by_its_verb_is_said_by_that_verbs_noun(text: str) -> None:
    assert analyse_topics(text).occasion_words == "trouwdag"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("We komen zaterdag met 12 eten, tante Mia wordt 80!", "Mia"),
        ("Een taart voor ons Lotte, die 7 wordt, met een eenhoorn erop.", "Lotte"),
        ("Voor onzen Jules die 5 wordt op 3 mei: kan dat?", "Jules"),
        ("Mijn zoon Daan wordt 6, hebben jullie een kindermenu?", "zoon"),  # the person word says whose it is
    ],
)
def test_the_named_one_who_turns_an_age_owns_the_birthday(text: str, owner: str) -> None:
    assert analyse_topics(text).owner == owner


# One of the writer's people with an age cheered, without a verb: their birthday, also beside a feast day.
@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        ("Moederdag én ons moeder 80 jaar 🎉 De taart was in een kwartier op!", "80ste verjaardag", "moeder"),
        ("Opa 90 jaar! Merci voor de prachtige taart.", "90ste verjaardag", "opa"),
    ],
)
def test_an_age_cheered_without_a_verb_is_that_persons_birthday(text: str, words: str, owner: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words, found.owner) == ("verjaardag", words, owner)


def test_an_age_turned_in_frisian_is_a_birthday() -> None:
    found = analyse_topics("Us heit is juster 80 wurden, tige tank foar de taart!")
    assert (found.occasion, found.occasion_words, found.owner) == ("verjaardag", "80ste verjaardag", "heit")


def test_an_age_only_described_is_no_birthday() -> None:
    assert analyse_topics("Mijn zoon (12 jaar) vond de pannenkoeken heerlijk.").occasion == ""
