"""Frisian comments made Dutch word for word (app/domain/draft_dialects.py), Flemish and other month names after a
day's number, and a question joined by word order alone ('En is er een invalidentoilet, ...')."""

from __future__ import annotations

import pytest

from app.domain.draft_days import days_named, holiday_written
from app.domain.draft_dialects import in_dutch, is_frisian
from app.domain.draft_questions import JOINED_ASK


def test_a_frisian_comment_is_made_dutch_word_for_word() -> None:
    said = in_dutch("Wy wolle graach it jierdeifeestje fan ús Jelle by jimme hâlde, mei 8 bern. Wat kostet dat?")
    assert (
        said == "Wij willen graag het verjaardagsfeestje van ons Jelle bij jullie houden, met 8 kinderen. Wat kost dat?"
    )
    assert in_dutch("Binne jimme moarn iepen?") == "Zijn jullie morgen open?"
    assert in_dutch("Moatte wy reservearje foar 6 bern?") == "Moeten wij reserveren voor 6 kinderen?"


def test_dutch_and_english_stay_as_written() -> None:
    for text in (
        "Kan ik bij jullie met mijn kinderen eten? Wij willen graag komen, het is net open.",
        "Do you have it in stock? I can come by on 8 mei with my fan.",
        "Is de wol van dat vest ook in het blauw?",
    ):
        assert not is_frisian(text)
        assert in_dutch(text) == text


def test_a_day_with_another_name_for_its_month() -> None:
    assert days_named("Zijt ge open op 15 oogst?") == ["15 augustus"]
    assert days_named("open op den 15de oogst?") == ["15 augustus"]
    assert days_named("Zijn jullie 15 aug. open?") == ["15 augustus"]
    assert days_named("are you open on 26 december or 1 january?") == ["26 december", "1 januari"]
    assert "onze-lieve-vrouw-hemelvaart" in days_named("Open met Onze-Lieve-Vrouw-Hemelvaart?")
    assert holiday_written("onze-lieve-vrouw-hemelvaart") == "Onze-Lieve-Vrouw-Hemelvaart"


def test_a_question_joined_by_asking_whether_there_is_a_thing() -> None:
    assert JOINED_ASK.match("En is er een invalidentoilet, mijn vader loopt met een rollator.")
    assert JOINED_ASK.match("of zijn er ook plekken voor een rolstoel")
    assert not JOINED_ASK.match("En er is geen lift, dus dat wordt lastig.")


def test_a_limburgish_comment_is_made_dutch_word_for_word() -> None:
    assert in_dutch("Ich höb gevraog um e bitsje korter, noe is 't 'ne stekelkop.") == (
        "Ik heb gevraagd om een beetje korter, nu is 't een stekelkop."
    )
    assert in_dutch("Wat is hie gebäörd? Ich zeen oet wie 'ne geplökde kip") == (
        "Wat is hier gebeurd? Ik zie uit als een geplukte kip"
    )
    # an occasion said in Limburgish is found as in Dutch ('ós 25-jaorig hoewelijk')
    assert in_dutch("Veur ós 25-jaorig hoewelijk hebbe oze vrunde 'ne taart besteld") == (
        "Voor ons 25-jarig huwelijk hebben onze vrunde een taart besteld"
    )
    # a birthday said in Limburgish is found as in Dutch ('de 60ste verjaordaag')
    assert in_dutch("Ich wol uch bedanke veur de taart veur de 60ste verjaordaag van ós pap") == (
        "Ik wol jullie bedanken voor de taart voor de 60ste verjaardag van ons pap"
    )
    # one or two dialect words, German or Dutch words alone make no Limburgish comment
    for text in ("Ich bin sehr zufrieden, danke um die Ecke", "Noe ja, het was wel goed.", "Is e-mail ook goed?"):
        assert in_dutch(text) == text


def test_a_limburgish_complaint_says_what_was_asked_for() -> None:
    from app.domain.drafting import Drafter
    from app.domain.profile import BusinessProfile
    from app.nlp.topics import analyse_topics

    salon = BusinessProfile(name="Kapsalon Mooi", kind="kapsalon", signers=["Ilse"], voice="ik", register="je")
    for text in (
        "Ich had gevraog um e bitsje korter en noe is 't sjiek kort. Vastelaovend kump eraan en ich zeen oet wie 'ne "
        "geplökde kip!",
        "Ich höb gevraog um e bitsje korter, noe zeen ich oet wie 'ne kale kip. Waat is hie gebäörd?",
    ):
        reply = Drafter(salon, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="instagram").text
        assert reply and "kip" not in reply and "beetje korter" in reply, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Achterhoeks / Twents: 'Wol d'r niks veur hebben' is 'wou er niets voor hebben', no one named Wol
        ("Henk hef zaoterdag nog effen mien band geplakt, terwiel hij dichte ging. Wol d'r niks veur hebben.", "Wou"),
        ("Ze hef mien kleinzoon 's aovends nog holpen, heur tied genomen. Top!", "mijn kleinzoon"),
        ("Kwam naor de winkel veur mien fiets, nao vief minuten klaar", "naar de winkel voor mijn fiets"),
    ],
)
def test_nedersaksisch_is_made_dutch(text: str, said: str) -> None:
    assert said in in_dutch(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mé de familie de verjoardag van mijn moeder gevierd, 't was lik thuis", "verjaardag van mijn moeder"),
        ("Zaterdag mé de vrienden, da was just wa we zochten, mijn verjoardag was top", "met de vrienden, dat was"),
        ("Stijn è mijn fiets ier gemaakt lik nieuw", "heeft mijn fiets hier"),
    ],
)
def test_west_flemish_is_made_dutch(text: str, said: str) -> None:
    assert said in in_dutch(text)


@pytest.mark.parametrize(
    "text",
    ["Mijn verjoardag was top", "Effen snel langs geweest, mooi werk", "Da was lekker, just zoals ik wou"],
)
def test_one_or_two_dialect_words_stay(text: str) -> None:
    assert in_dutch(text) == text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Mien moe heur olle fiets rydt weer as nij, krekt op tied!", "oude fiets rijdt weer als nieuw"),
        ("Hai was der stil van, zien 80ste verjoardag mit ain nije fiets", "80ste verjaardag"),
        (
            "Ons kiend kreeg ain nije helm, zai was der blij mit, dankjewel",
            "Ons kind kreeg een nieuwe helm, zij was er blij",
        ),
        ("mien olle Gazelle uut 1979 dut 't weer", "mijn oude Gazelle uit 1979 doet"),
    ],
)
def test_a_gronings_comment_with_its_everyday_words_is_made_dutch(text: str, said: str) -> None:
    assert said in in_dutch(text)


def test_a_dutch_comment_with_as_and_der_stays_as_written() -> None:
    text = "Zo zien we het graag: de fiets is als nieuw, der is niks mis mee."
    assert in_dutch(text) == text


@pytest.mark.parametrize(
    ("text", "dutch"),
    [
        ("Wat is dat noe? Vorig joar € 12 veur 'n brood bie joe", "Vorig jaar € 12 voor 'n brood bij"),
        ("Ik hebbe de foto nog ezien loaten, en noe dit", "Ik heb de foto nog gezien laten, en nu dit"),
        ("Zaoterdag mo'k naor een bruloft, wat noe?", "Zaterdag moet ik naar een bruiloft, wat nu?"),
        ("Ik blief wal klant, mar noe is 't mooi ewest bie jullie", "Ik blijf wal klant, mar nu is 't mooi ewest bij"),
    ],
)
def test_twents_and_achterhoeks_are_made_dutch(text: str, dutch: str) -> None:
    """Twents and Achterhoeks ('noe', 'joar', 'bie', 'mo'k', 'bruloft') are made Dutch word for word, so that a
    price ('vorig jaar') and an occasion ('bruiloft') are found as in a Dutch comment."""
    assert dutch in in_dutch(text)


@pytest.mark.parametrize(
    ("text", "dutch"),
    [
        ("Julder waren zaoterdag al om drie uur door de taarten heen, ik was daor voor niks.", "jullie"),
        ("'k bin gisteren gekomme voor m'n fiets maar hij was nie klaor, waor bleef julder?", "niet klaar"),
    ],
)
def test_zeeuws_is_made_dutch_word_for_word(text: str, dutch: str) -> None:
    assert dutch in in_dutch(text).lower(), in_dutch(text)


def test_gin_alone_stays_the_drink() -> None:
    text = "De gin-tonic was heerlijk, en de gin van de week ook!"
    assert in_dutch(text) == text


def test_the_dialect_with_the_most_own_words_wins() -> None:
    """'hebbe', 'noe' and 'zaoterdag' are Limburgish and Achterhoeks alike; a comment that also says
    'olde', 'wark' and 'tied' is Achterhoeks, so 'olde' is made 'oude' and 'mo'k' 'moet ik'."""
    text = "Wat hebbe ze noe met mien olde fiets edaon? Zaoterdag was 't wark klaor, mo'k noe wachten?"
    dutch = in_dutch(text)
    assert "oude fiets" in dutch and "moet ik" in dutch, dutch


def test_west_flemish_with_hadde_vo_wier_is_made_dutch() -> None:
    said = in_dutch("'k hadde e kostuum besteld vo me broer, hij wier 30. Vree spijtig dat 't nie klaar was.")
    assert "had een kostuum besteld voor" in said and "werd 30" in said and "Heel spijtig" in said, said


def test_what_one_must_do_in_french_is_asked_as_moet_ik() -> None:
    from app.domain.draft_dialects import in_dutch as made_dutch

    said = made_dutch("Bonjour ! Il faut commander le gâteau combien de jours avant ? Merci")
    assert "Moet ik bestellen" in said and "dagen vooraf" in said, said
