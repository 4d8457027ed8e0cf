"""What a compliment or a tip names (session 10): how long the writer has been coming, a compound that is no
name, a tip's thing, whose occasion a 'ze' points to, no ordinal put in the writer's mouth. Sentences of
their own, at other businesses and in other words than the benchmark rounds."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ik haal hier al vijfentwintig jaar mn bloemen, nog nooit een slecht boeket 💐", "al vijfentwintig jaar"),
        ("Al 8 jaar breng ik onze Saab bij Garage Velthuis, altijd eerlijk.", "al 8 jaar"),
        ("Trouwe klant sinds 2004, de boekhandel is gewoon mijn tweede huiskamer", "sinds 2004"),
        ("al jaren vaste klant hier, nooit spijt van gehad!!", "al jaren"),
        ("Lieve trimsalon, al 15 jaar! 🐩", "al 15 jaar"),
    ],
)
def test_how_long_the_writer_has_been_coming_is_found(text: str, said: str) -> None:
    assert analyse_topics(text).loyal == said


@pytest.mark.parametrize(
    "text",
    [
        "Ik rook al twintig jaar niet meer, dus die asbak op het terras mag weg.",
        "De monteur stond al 10 minuten te wachten toen ik kwam.",
        "Die garage bestaat al dertig jaar, maar de service is achteruit gegaan.",
    ],
)
def test_a_duration_that_is_no_loyalty_is_not(text: str) -> None:
    assert analyse_topics(text).loyal == ""


@pytest.mark.parametrize(
    "text",
    [
        "Zaterdagmiddag heeft Rik mijn banden gewisseld, top!",
        "Dinsdagochtend was de boekwinkel al om 9 uur open en Mila hielp me meteen.",
        "Goedemiddag heeft u nog plek voor een trimbeurt?",
    ],
)
def test_a_known_compound_with_a_capital_is_no_name(text: str) -> None:
    names = analyse_topics(text).names
    assert not any(n.lower().startswith(("zaterdag", "dinsdag", "goede")) for n in names), names


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Fijne boekwinkel! Eén tip: zet een leesstoel bij het raam, dan blijf ik nog langer hangen.", "leesstoel"),
        ("Top garage. Idee: hang een klok in de wachtruimte want mijn telefoon was leeg 😅", "klok"),
        ("Mooie bos bloemen gekocht. tip: een klein kaartje erbij voor een boodschap", "kaartje"),
        ("Hond superblij na het trimmen. Waterbakje erbij? 🐶", "waterbakje"),
    ],
)
def test_the_thing_a_tip_names_is_found(text: str, thing: str) -> None:
    assert thing in analyse_topics(text).missed


def test_a_tip_about_what_is_there_names_no_new_thing() -> None:
    assert analyse_topics("Leuke zaak! Tip: de muziek is wel erg hard.").missed == ""


def test_whose_occasion_a_pronoun_points_to() -> None:
    text = "Jullie hebben het pak van mijn zoon nog dezelfde dag ingekort, zodat hij zaterdag mee kon op schoolreis."
    found = analyse_topics(text)
    assert found.occasion_words == "schoolreis" and found.owner == "zoon", found


def test_no_ordinal_the_writer_did_not_say() -> None:
    found = analyse_topics("Mijn dochter had morgen schoolfoto en de kapster heeft haar pony nog even bijgeknipt")
    assert "eerste" not in found.occasion_words, found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Fenna heeft mij en mijn twee bruidsmeisjes prachtig opgemaakt!", "bruidsmeisjes"),
        ("Met mijn schoolvriendinnen een boek uitgezocht voor de juf, super geholpen", "schoolvriendinnen"),
        ("Mijn hockeymaatjes en ik kregen allemaal een nieuwe stick, toppie", "hockeymaatjes"),
    ],
)
def test_the_writers_own_company_by_a_compound(text: str, people: str) -> None:
    assert people in analyse_topics(text).people


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Zo blij met mijn nieuwe winterbanden, rijdt als een zonnetje", "winterbanden"),
        ("superblij met m'n nieuwe coupe!! 💇", "coupe"),
        ("Ik ben heel tevreden over het boeket, het staat er na een week nog", "boeket"),
    ],
)
def test_what_the_writer_is_pleased_with_is_praised(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Beste croissants van de hele Veluwe!! 🥐", "croissants"),
        ("heerlijke appeltaart, de slagroom erbij was ook top", "appeltaart"),
        ("Lekkerste koffie ooit, punt. ☕", "koffie"),
    ],
)
def test_a_sentence_opening_with_praise_names_its_thing(text: str, thing: str) -> None:
    assert thing in [p.text for p in analyse_topics(text).praised]


def test_a_greeting_opening_with_beste_praises_no_one() -> None:
    assert analyse_topics("Beste kapper van Lier, al tien jaar tevreden!").praised == ()


@pytest.mark.parametrize(
    "text",
    [
        "Amai, wat een snelle herstelling van mijn velo! Merci Koen",
        "Allez, eindelijk een garage die doet wat ze belooft.",
        "Hey, super boekwinkel en Mila gaf top advies 📚",
    ],
)
def test_an_interjection_is_no_name(text: str) -> None:
    names = analyse_topics(text).names
    assert not {"Amai", "Allez", "Hey"} & set(names), names


def test_all_guests_are_greeted_in_lower_case() -> None:
    assert analyse_topics("Alle gasten vonden de bloemstukken prachtig op ons feest!").group == "alle gasten"


def test_what_a_child_calls_their_family_is_no_thing_praised() -> None:
    found = analyse_topics("Oma zat in de rolstoel maar de kapster nam alle tijd, en mam voelde zich weer mooi 💕")
    assert "mam" not in [p.text for p in found.praised], found.praised
    found = analyse_topics("Na het knippen was pap echt top tevreden, dankjewel Sanne!")
    assert "pap" not in [p.text for p in found.praised], found.praised


def test_the_one_of_the_town_is_the_business_not_its_thing() -> None:
    assert analyse_topics("Beste fysio van Deventer! Na drie maanden weer pijnvrij.").praised == ()
    assert "croissants" in [p.text for p in analyse_topics("Beste croissants van Gent!").praised]
