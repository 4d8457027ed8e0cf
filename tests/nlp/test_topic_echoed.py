"""The thing a compliment comes back to (app.nlp.topic_echoed): a compound said again, in part, in a later
sentence."""

from __future__ import annotations

import pytest

from app.nlp.topic_echoed import echoed, pointed_back
from app.nlp.topics import analyse_topics, topic_finder


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Mijn zoon kreeg een dinosaurustaart voor zijn verjaardag 🦖 Hij tekent nu alleen dinosaurussen",
            "dinosaurustaart",
        ),
        (
            "Ons Fien had haar eerste knipbeurt met een regenboogspeldje. Nu wil ze elke dag een regenboog.",
            "regenboogspeldje",
        ),
        ("me dochter had een glittervlechtje gekregen, super lief. Nu wilt ze elke dag vlechtjes!!", "glittervlechtje"),
        ("Onze kleine kreeg nen eenhoornballon bij de kassa. t Is nu al eenhoorns wat de klok slaat", "eenhoornballon"),
    ],
)
def test_a_compound_the_comment_comes_back_to_is_found(text: str, thing: str) -> None:
    found = echoed(topic_finder()._doc(text))
    assert found is not None and found.text == thing, found


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter had een glittervlecht voor het schoolfeest, echt mooi gedaan!",  # not said again
        "De verjaardagstaart was top. Bedankt!",  # no article-led compound said again
        "Een kapster die echt luistert. Alle kapsters zouden zo moeten zijn.",  # a person, no thing
    ],
)
def test_nothing_said_once_is_echoed(text: str) -> None:
    assert echoed(topic_finder()._doc(text)) is None


def test_the_echoed_thing_is_praised_when_nothing_else_is() -> None:
    text = "Ons meisje had haar eerste knipbeurt bij jullie, met een sterrenspeldje ✨ Nu wil ze overal sterren op!"
    assert "sterrenspeldje" in [p.text for p in analyse_topics(text).praised]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Voor de receptie 80 broodjes en 4 vlaaien besteld, alles op tijd en die vlaaien... mensen toch!", "vlaaien"),
        (
            "We hadden broodjes, soep en appeltaart voor de vergadering. Dat appeltaartje was de beste ooit.",
            "appeltaartje",
        ),
        ("Drie taarten en een doos pralines gehaald voor ons moeder, diene taart was weg in vijf minuten!", "taart"),
        ("Wij bestelden koffiekoeken en croissants, alles vers en die croissants zijn echt top", "croissants"),
    ],
)
def test_a_thing_pointed_back_at_after_a_list_is_found(text: str, thing: str) -> None:
    found = pointed_back(topic_finder()._doc(text))
    assert found is not None and found.text == thing, found


@pytest.mark.parametrize(
    "text",
    [
        "Die taart was heerlijk, dank jullie wel",  # pointed at, but named only once
        "Broodjes en soep gehaald, allebei lekker. Tot volgende week!",
    ],
)
def test_a_thing_named_once_is_not_pointed_back_at(text: str) -> None:
    assert pointed_back(topic_finder()._doc(text)) is None


def test_the_thing_pointed_back_at_is_what_the_compliment_praises() -> None:
    text = (
        "Voor ons feest 60 pistolets en 5 rijstvlaaien van jullie. Alles vers, en die rijstvlaai, ge wordt er stil van!"
    )
    assert [p.text for p in analyse_topics(text).praised] == ["rijstvlaai"]


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zoon had een verjaardagsfeest. We haalden de taart bij jullie en de taart was super! Volgend jaar weer "
        "een verjaardag",
        "Ons dochter had nen kinderfeest met jullie cupcakes. Top!! Volgend jaar weer een kinderfeestje bij jullie",
        "we vierden een verjaardagsdiner bij jullie, heerlijk gegeten. Mijn verjaardag was geslaagd",
    ],
)
def test_the_occasion_said_again_is_no_thing_the_comment_comes_back_to(text: str) -> None:
    assert echoed(topic_finder()._doc(text)) is None


def test_the_thing_praised_stays_when_the_occasion_is_said_again() -> None:
    text = (
        "Ons zoontje had een verjaardagsfeest. De appeltaart van jullie was heerlijk! Volgend jaar weer een verjaardag."
    )
    praised = [p.text for p in analyse_topics(text).praised]
    assert "verjaardagsfeest" not in praised, praised


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ons Mila kreeg zo'n eenhoornballon bij de kassa. Nu is het eenhoorns wat de klok slaat", "eenhoornballon"),
        ("Me zoontje kreeg ne dinosaurusballon mee. Hij praat nu alleen nog over dinosaurussen", "dinosaurusballon"),
        ("Mijn dochter kreeg haar eerste glittervlechtje. Nu wil ze elke dag glitters!", "glittervlechtje"),
        ("Onze jongste kreeg hun dinosaurustaart. Nu tekent hij alleen dinosaurussen", "dinosaurustaart"),
    ],
)
def test_a_dialect_article_or_a_possessive_before_the_compound_counts(text: str, thing: str) -> None:
    found = echoed(topic_finder()._doc(text))
    assert found is not None and found.text == thing, found


@pytest.mark.parametrize(
    "text",
    [
        "Het feest van onze kleindochter Lies was top. Er stond zelfs een kleine taart voor haar klaar.",
        "Voor mijn schoonmoeder een bos rozen, en die schone bloemen stonden er een week later nog.",
        "Onze stiefzoon kreeg een knipbeurt, en die stoere look past hem goed!",
    ],
)
def test_a_word_for_the_writers_people_is_never_the_thing_come_back_to(text: str) -> None:
    thing = echoed(topic_finder().nlp(text))
    assert thing is None or thing.text not in {"kleindochter", "schoonmoeder", "stiefzoon"}, thing
