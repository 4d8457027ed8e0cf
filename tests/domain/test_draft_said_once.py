"""A safety draft says a feeling or a wish once: no 'daar schrik je van' after 'Wat een schrik', no second hope
after 'ik hoop dat het snel geneest', no 'beterschap' beside a hope (resources/said_once.toml). Shops and
sentences of our own."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_said_once import feelings, opens_with_said_word, parse_said_once, repeats_feeling
from app.domain.profile import BusinessProfile
from app.errors import DataFileError
from tests.domain.drafts import draft_text

_BIKES = BusinessProfile(
    name="Tweewieler Van Damme",
    kind="fietsenmaker",
    signers=["Stijn"],
    email="stijn@vandamme.be",
    phone="050 12 34 56",
)
_CAFE = BusinessProfile(
    name="Eetcafé De Linde",
    kind="restaurant",
    signers=["Marloes"],
    voice="wij",
    register="u",
    email="info@delinde.nl",
    phone="030-1234567",
)


def _count(pattern: str, text: str) -> int:
    body = text.split("\n", 1)[1]
    return len(re.findall(pattern, body, re.I))


@pytest.mark.parametrize(
    "text",
    [
        "Stuur brak af tijdens het rijden, twee dagen na jullie onderhoud. Resultaat: een gebroken sleutelbeen.",
        "Na de reparatie schoot mijn voorwiel los en ben ik gevallen. Een hersenschudding en hechtingen in mijn kin.",
        "Mijn remmen begaven het de dag na de beurt, mijn vrouw is gevallen: zes hechtingen in haar knie!!",
        "de trapper brak af bij het optrekken, ik lag op straat met een gebroken pols",
        "Achterrem weigerde na jullie 'grote beurt'. Tegen een paaltje geknald, schaafwonden op mijn armen",
    ],
)
def test_a_fright_and_a_wish_are_said_once(text: str) -> None:
    for shop in (_BIKES, _CAFE):
        for author in ("Lies", "Jeroen", "Anna"):  # other seeds, other alternatives
            said = draft_text(shop, "uitkomst_herstel", text, author=author)
            assert _count(r"schrik", said) <= 1, said
            assert _count(r"\b(?:hoop|hopen|beterschap)\b", said) <= 1, said


@pytest.mark.parametrize(
    "text",
    [
        "Onze dochter is bij jullie van de trap gevallen, haar pols is gebroken.",
        "Ik ben uitgegleden op jullie natte vloer en heb mijn enkel verzwikt",
        "Mijn man viel van een wiebelende stoel op het terras en brak zijn pols",
    ],
)
def test_one_hope_for_someone_hurt_here(text: str) -> None:
    for author in ("Lies", "Jeroen", "Anna", "Bram"):
        said = draft_text(_CAFE, "uitkomst_herstel", text, author=author)
        assert _count(r"\b(?:hoop|hopen|beterschap)\b", said) <= 1, said


def test_the_families_of_a_line() -> None:
    assert feelings("Een gebroken pols: daar schrik je van.") == {"schrik"}
    assert feelings("We wensen je veel beterschap.") == {"wens"}
    assert repeats_feeling("Ik hoop dat het snel geneest.", "Ik wens je veel beterschap.")
    assert not repeats_feeling("Zo'n snee is echt niet niks.", "Wat een schrik moet dat geweest zijn.")


def test_a_family_needs_words() -> None:
    with pytest.raises(DataFileError):
        parse_said_once({"schema": 1, "families": {"schrik": []}})


@pytest.mark.parametrize(
    "text",
    [
        "Dikke lippen na de wafel bij ons Noor, met de ziekenwagen naar AZ Sint-Jan. Ze is nu terug thuis.",
        "Zijn lippen waren opgezwollen, we zijn naar spoed gereden",
        "haar keel zwol op en de adrenalinepen moest erin, vreselijk",
    ],
)
def test_no_advice_to_see_a_doctor_after_the_ambulance_or_the_hospital(text: str) -> None:
    said = draft_text(_CAFE, "uitkomst_herstel", text, author="Greet")
    assert "huisarts" not in said and "nakijken" not in said, said


@pytest.mark.parametrize(
    ("line", "said", "clashes"),
    [
        ("Fijn om voor De Kroos te mogen werken!", "Wat een fijn bericht, dank je wel!", True),
        ("Wat fijn om voor De Kroos te werken.", "Wat een FIJN bericht", True),
        ("Leuk om voor De Kroos te werken.", "Wat een fijn bericht", False),
        ("We werken graag voor De Kroos.", "We zijn er blij mee", False),  # a short opening word may come back
    ],
)
def test_a_line_that_opens_with_a_word_heard_before(line: str, said: str, clashes: bool) -> None:
    assert opens_with_said_word(line, said) is clashes
