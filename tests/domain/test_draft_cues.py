"""The cue words of resources/draft_cues.toml: they load, every list becomes a pattern of whole words (a space any
spacing, '*' any beginning or ending), and a malformed file is refused with a message that names the list."""

from __future__ import annotations

import tomllib

import pytest

from app.domain.draft_cues import closed_said, draft_cues, fetched_thing, parse_draft_cues, words_pattern
from app.errors import DataFileError
from app.resources import resource_path


def _shipped() -> dict[str, object]:
    return tomllib.loads(resource_path("draft_cues.toml").read_text(encoding="utf-8"))


def test_the_shipped_cues_load() -> None:
    cues = draft_cues()
    assert cues.minus_point.search("Top kapper, alleen  wel JAMMER van de wachttijd")
    assert cues.nervous.search("mijn zoon is doodsbang voor de schaar")
    assert cues.ill.search("haar moeder begint volgende week aan de chemokuur")
    assert cues.ahead.search("we trouwen over drie weken") and cues.ahead.search("Ons Lien wordt 6")
    assert cues.past.search("Afgelopen zaterdag gevierd") and not cues.past.search("we vieren het zaterdag")
    assert cues.ongoing.search("Drie weken later nog steeds niks") and not cues.ongoing.search("we wachtten lang")
    assert cues.over.search("We hebben een uur gewacht") and cues.meanwhile.search("ondertussen stond de ober")
    assert cues.travelled.search("we zijn anderhalf uur onderweg geweest")
    assert cues.ordered.search("Ik had de vlaai pre-ordered") and cues.ordered.search("had ik laten reserveren")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mijn fietsbel doet het niet", True),
        ("mijn FIETSBEL DOET HET NIET", True),
        ("de band is lek", True),
        ("een lekker broodje", False),  # whole words only
        ("ik heb stukken gelezen", False),
    ],
)
def test_a_thing_that_broke_is_a_whole_word(text: str, found: bool) -> None:
    assert bool(draft_cues().broken.search(text)) is found


def test_an_entry_becomes_whole_words() -> None:
    assert words_pattern(["alleen wel", "minpunt*", "*bang"]) == r"\b(?:alleen\s+wel|minpunt\w*|\w*bang)\b"


def test_a_list_missing_is_refused_by_name() -> None:
    data = _shipped()
    del data["meanwhile"]
    with pytest.raises(DataFileError, match="meanwhile"):
        parse_draft_cues(data)


def test_an_empty_list_is_refused() -> None:
    with pytest.raises(DataFileError, match="ordered"):
        parse_draft_cues({**_shipped(), "ordered": []})


def test_a_star_inside_a_word_is_refused() -> None:
    with pytest.raises(DataFileError, match=r"ill\[1\]"):
        parse_draft_cues({**_shipped(), "ill": ["kanker", "zie*kenhuis"]})


def test_an_unknown_list_is_refused() -> None:
    with pytest.raises(DataFileError, match="extra"):
        parse_draft_cues({**_shipped(), "extra": ["woord"]})


@pytest.mark.parametrize(
    ("text", "poss", "thing"),
    [
        ("Wil na mijn werk nog een appeltaart halen", "je", "je appeltaart"),
        ("ik kom mijn bestelling ophalen om 5 uur", "uw", "uw bestelling"),
        ("Kan ik de slagroomtaart komen halen?", "je", "de slagroomtaart"),
        ("we want to buy a cake", "je", ""),
        ("Ik wil de taart wat eerder halen", "je", ""),
        ("Zijn jullie open op zaterdag?", "je", ""),
    ],
)
def test_fetched_thing_is_what_the_writer_comes_for(text: str, poss: str, thing: str) -> None:
    assert fetched_thing(text, poss) == thing


@pytest.mark.parametrize(
    ("text", "poss", "said"),
    [
        ("Kom morgen mn verjaardagstaart ophalen", "je", "je verjaardagstaart"),
        ("ik wil ONZE bestelling komen afhalen", "uw", "uw bestelling"),
        ("we komen zaterdag de vlaai halen", "je", "de vlaai"),
        ("mag ik de taart wat eerder halen?", "je", ""),  # 'wat eerder' is no thing
    ],
)
def test_the_thing_fetched_is_found_by_one_pattern_built_when_loaded(text: str, poss: str, said: str) -> None:
    assert draft_cues().fetched.search("nog een banketletter halen")
    assert fetched_thing(text, poss) == said


def test_the_causes_and_the_not_words_load_and_are_checked() -> None:
    cues = draft_cues()
    assert cues.cause.search("geknipt voor Stichting Kinderwens").group("doel") == "Stichting Kinderwens"
    assert cues.cause.search("gedoneerd aan de FOUNDATION Zeehond").group("doel") == "de FOUNDATION Zeehond"
    assert not cues.cause.search("voor stichting van de buurt")  # no name with a capital
    assert {"geen", "niet", "nooit", "behalve"} <= cues.not_words
    for name in ("causes", "not_words"):
        with pytest.raises(DataFileError, match=name):
            parse_draft_cues({**_shipped(), name: []})
    with pytest.raises(DataFileError, match=r"causes\[0\]"):
        parse_draft_cues({**_shipped(), "causes": ["stich*ting"]})


def test_the_days_of_a_long_closing_load_and_are_checked() -> None:
    cues = draft_cues()
    assert ("maand", 28) in cues.long_span_days and cues.long_span_other_days == 14
    assert cues.closing.search("we gaan dichtgaan") and not cues.closing.search("dichtbij en dichter")
    for bad in ({"long_span_days": {"maand": 0}}, {"long_span_days": {}}, {"long_span_days": {"maand": "28"}}):
        with pytest.raises(DataFileError, match="long_span_days"):
            parse_draft_cues({**_shipped(), **bad})
    with pytest.raises(DataFileError, match="long_span_other_days"):
        parse_draft_cues({**_shipped(), "long_span_other_days": True})
    with pytest.raises(DataFileError, match="closed_value"):
        parse_draft_cues({**_shipped(), "closed_value": []})


@pytest.mark.parametrize(
    "text",
    [
        "Hoorde dat jullie tussen de feestdagen helemaal dicht zijn",
        "Klopt het dat de winkel van kerst tot nieuwjaar gesloten is?",
        "ze zeggen da gij heel de kerstvakantie toe zijt",  # Flemish 'toe'
        "Gaan jullie in januari sluiten voor verbouwing?",
        "na oud en nieuw gaat de zaak dicht",
        "Someone told me you're CLOSED for weeks in January",
        "are you shut over christmas",
        "Dicht tussen kerst en nieuwjaar, zegt mijn buurvrouw",  # at the very start
    ],
)
def test_closed_said_hears_closed_in_dutch_flemish_and_english(text: str) -> None:
    assert closed_said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fijn dat jullie met kerst niet dicht zijn zoals vorig jaar",
        "jullie zijn toch nooit gesloten op zaterdag?",
        "Tot nu toe altijd tevreden geweest",  # the 'toe' of 'tot nu toe'
        "Good to hear you are not closed in January",
        "the shop isn't shut over the holidays, right?",
        "geen gesloten deuren hier",
        "Wij gaan dichtbij wonen",  # 'dichtbij' is no closing
    ],
)
def test_closed_said_not_when_denied_or_another_word(text: str) -> None:
    assert not closed_said(text)


def test_closed_said_reads_only_the_part_asked() -> None:
    text = "We waren weg, en jullie zijn dicht in januari"
    assert not closed_said(text, 0, text.index(","))
    assert closed_said(text, text.index(","))
    assert closed_said(text, text.index(","), len(text))
    with pytest.raises(DataFileError, match="closed_not"):
        parse_draft_cues({**_shipped(), "closed_not": []})
