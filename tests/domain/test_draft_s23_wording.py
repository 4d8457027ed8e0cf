"""Words a reader of a business platform, a rumour's readers and Dutch spelling expect (session 23 review):
business words on LinkedIn, no 'goed dat je het vraagt' to a rumour told to others, 'Eén' at a sentence's
start. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_formal import formal_words
from app.domain.draft_rumour import asks_us
from app.domain.draft_text import upper_first
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

GARAGE = BusinessProfile(
    name="Rijwielhandel Het Spaakje",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    register="je",
    email="joost@hetspaakje.nl",
    phone="030-1234567",
    faq=[FaqItem("Repareer je ook kinderfietsen?", "Ja, kinderfietsen repareer ik binnen twee dagen.")],
)


@pytest.mark.parametrize(
    ("loose", "business"),
    [
        ("Balen dat de fiets niet klaar was.", "Vervelend dat de fiets niet klaar was."),
        ("Wat een lief bericht, dank je wel!", "Wat een mooi bericht, dank je wel!"),
        ("Bellen kan ook: deze keer neem ik echt op.", "Bellen kan ook: ik zorg dat er nu wel wordt opgenomen."),
        ("Groetjes, Joost", "Groet, Joost"),
    ],
)
def test_loose_words_become_business_words(loose: str, business: str) -> None:
    assert formal_words(loose) == business


def test_a_linkedin_complaint_to_a_je_business_has_no_loose_words() -> None:
    text = "Onze 12 leasefietsen staan al drie weken stil en niemand belt terug. Zo wordt leasen geen succes."
    for platform in ("linkedin", "facebook"):
        made = draft_text(GARAGE, "uitkomst_herstel", text, platform=platform, author="Anouk Visser")
        if platform == "linkedin":
            assert "Balen" not in made and "Groetjes" not in made and "echt op" not in made, made


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Weet iemand een andere kapper? Sjiek knipt sinds dit jaar geen kinderen meer.", False),
        ("Weet ge dat hun kroketten gewoon diepvries zijn? Iedereen trapt erin.", False),
        ("wist je dat ze daar geen pinautomaat meer hebben?", False),
        ("Anyone know a good bakery? This one stopped baking rye bread.", False),
        ("Klopt het dat jullie na de zomer stoppen", True),
        ("Zijn jullie echt gestopt met glutenvrij brood?", True),
        ("Jullie bakken geen glutenvrij meer, hoorde ik.", False),
    ],
)
def test_whether_a_rumour_asks_the_business(text: str, asks: bool) -> None:
    assert asks_us(text) is asks


def test_a_rumour_told_to_others_gets_no_thanks_for_asking() -> None:
    text = "Weet iemand een andere fietsenmaker in Zeist? Het Spaakje repareert geen kinderfietsen meer."
    made = draft_text(GARAGE, "uitkomst_onwaarheid", text, author="Petra")
    assert "vraagt" not in made and "navraagt" not in made, made
    assert "kinderfiets" in made.lower(), made


@pytest.mark.parametrize(
    ("text", "capital"),
    [("één trede aan de deur", "Eén trede aan de deur"), ("ééntje", "Eéntje"), ("eten", "Eten"), ("", "")],
)
def test_a_sentence_opening_with_een_is_spelled_the_dutch_way(text: str, capital: str) -> None:
    assert upper_first(text) == capital
