"""The topic finder on hearsay: the writer passes on what others said or wrote (app/nlp/topic_hearsay.py)."""

from __future__ import annotations

import pytest

from app.errors import DataFileError
from app.nlp.topic_hearsay import HearsayWords
from app.nlp.topics import analyse_topics


# Hearsay: the writer passes on what others said or wrote (app/nlp/topic_hearsay.py).
@pytest.mark.parametrize(
    "text",
    [
        "Heb gehoord dat de bloemist op de hoek er mee stopt, jammer zeg",
        "las vorige week in de krant dat jullie de prijzen met 20% verhogen. echt??",
        "Garage Pronk rekent je de hoofdprijs voor een apk, las ik ergens op een forum",
        "Hoorde het van m'n buurvrouw: de boekhandel gaat dicht na de zomer.",
        "Klopt het dat jullie geen hondentrimmen meer doen?",
        "Hoor net dat de viswinkel op de markt stopt?? Nee toch",
        "ik hoor van iedereen in de straat dat jullie verhuizen",
        "Is het waar dat je daar alleen nog met de app kan betalen",
        "Het gerucht gaat dat de kapper in de Dorpsstraat failliet is. Zeg het voort!",
        "Ze schijnen bij die slagerij vlees uit Polen te verkopen als biologisch, het schijnt dat niemand controleert",
        "amai, gelezen dat ze bij de frituur geen contant meer aannemen. schandalig",
    ],
)
def test_passed_on_words_are_hearsay(text: str) -> None:
    assert analyse_topics(text).hearsay


@pytest.mark.parametrize(
    "text",
    [
        # reported speech inside the writer's own experience is a complaint, not a rumour
        "De verkoopster zei dat de koekjes notenvrij waren, mijn zoon moest naar de eerste hulp.",
        "tijdens het verven zei ik al dat het prikte maar volgens haar hoorde dat erbij",
        "Twee keer gemaild en nooit meer iets van gehoord. Slechte service.",
        "Gelukkig lees ik bonnetjes: 2 flessen wijn te veel op de rekening.",
        "Dat klopt niet, de rekening was 40 euro te hoog",
        "Wat een heerlijke taart, de zon scheen en alles klopte!",
        "leuke salon hoor maar de muziek staat zo hard dat ik je niet versta",
        "Lekker hoor, dat brood van jullie. Hoor het graag als er weer spelt is",
    ],
)
def test_own_experience_is_not_hearsay(text: str) -> None:
    assert not analyse_topics(text).hearsay


def test_word_lists_are_validated() -> None:
    good = {
        "verbs": ["las"],
        "hear": ["ik"],
        "hear_next": ["dat"],
        "not_after_dat": ["erbij"],
        "sources": ["ergens"],
        "from_where": ["van"],
        "in_person": ["kassa"],
        "phrases": ["klopt het"],
    }
    assert HearsayWords.from_dict(good, "x.toml").verbs == ("las",)
    with pytest.raises(DataFileError, match="verbs"):
        HearsayWords.from_dict({**good, "verbs": []}, "x.toml")
    with pytest.raises(DataFileError, match="kleine letters"):
        HearsayWords.from_dict({**good, "phrases": ["Klopt Het"]}, "x.toml")
    with pytest.raises(DataFileError, match="onbekende"):
        HearsayWords.from_dict({**good, "extra": ["x"]}, "x.toml")


# What the business itself said, quoted and then 'hoor ik' ('we bellen je terug' hoor ik steeds): a complaint
# about the writer's own dealings, no rumour passed on.
@pytest.mark.parametrize(
    "text",
    [
        "Al een maand wacht ik op mijn bank. 'Volgende week komt hij' hoor ik elke keer weer.",
        'Drie keer gebeld over mijn bril: "we bellen u terug" hoor ik dan. Niks gehoord.',
        "mijn tafel staat nog steeds niet klaar, ‘morgen klaar’ hoor ik nu al 2 weken",
        "'t Is altijd 'de chef is er nie' hoor ik als ik bel, allé",
    ],
)
def test_a_quoted_promise_heard_again_is_no_hearsay(text: str) -> None:
    assert not analyse_topics(text).hearsay


@pytest.mark.parametrize(
    "text",
    ["Jammer. Hoor net dat jullie stoppen!", "Wat een nieuws! Hoor ik nu dat de winkel dichtgaat?"],
)
def test_hoor_that_opens_a_sentence_stays_hearsay(text: str) -> None:
    assert analyse_topics(text).hearsay
