"""What a thank-you names first (app/domain/draft_praise_spent.py): the things the writer praised, not one taken back
in a minus point, an idea or a question, and over a venue or a trouble named only in passing."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_spent import fair_praised, praised_thing
from app.domain.topics import Mention, TopicAnalysis
from tests.domain.drafting.shops import BISTRO, GARAGE
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"


def _said(text: str, *praised: str, **found: str) -> list[str]:
    topics = TopicAnalysis(praised=tuple(Mention(p) for p in praised), **found)
    return [p.text for p in fair_praised(topics, text)]


def test_a_thing_praised_before_any_turn_is_fair() -> None:
    assert _said("De pompoensoep was heerlijk en het brood vers.", "pompoensoep") == ["pompoensoep"]


@pytest.mark.parametrize(
    "text",
    [
        "Prima geholpen. Alleen die kartonnen bekertjes vind ik zonde.",
        "Fijne winkel, maar zouden jullie de kartonnen bekertjes niet kunnen vervangen?",
        "Leuke zaak! Waarom nog altijd die kartonnen bekertjes?",
        "Goed geknipt. Een idee: herbruikbare bekertjes in plaats van kartonnen bekertjes zou top zijn.",
    ],
)
def test_a_thing_named_only_in_a_minus_point_an_idea_or_a_question_is_not(text: str) -> None:
    assert _said(text, "bekertjes") == []


def test_alleen_maar_lof_is_no_turn() -> None:
    assert _said("Alleen maar lof voor de appelflappen!", "appelflappen") == ["appelflappen"]


def test_what_the_writer_misses_or_criticises_is_not_fair() -> None:
    text = "De quiche was top en de soep ook."
    assert _said(text, "quiche", "soep", missed="soep") == ["quiche"]
    assert _said(text, "quiche", "soep", criticised="de quiche") == ["soep"]


@pytest.mark.parametrize("word", ["ploeg", "feest", "bediening"])
def test_the_crew_and_the_party_itself_are_no_thing_made(word: str) -> None:
    assert _said(f"De {word} was geweldig, echt top!", word) == []


@pytest.mark.parametrize(
    ("thing", "expected"),
    [
        (Mention("stoofvlees"), True),
        (Mention("stoofvlees en de frieten", plural=True), True),
        (Mention("lunch met het stoofvlees"), True),
        (Mention("frieten"), False),
        (None, False),
    ],
)
def test_the_thanks_slot_holds_a_praised_thing_also_named_with_more(thing: Mention | None, expected: bool) -> None:
    topics = TopicAnalysis(praised=(Mention("stoofvlees"),))
    assert praised_thing(thing, topics, "Het stoofvlees was top, de frieten ook lekker.") is expected


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        (
            "Onze 30ste trouwdag gevierd bij jullie met de kinderen. De konijnenragout was perfect en de kleinkinderen "
            "smulden van het ijs.",
            "konijnenragout",
        ),
        ("Ons jubileum gevierd in jullie achterzaal. Die kalfsblanquette was subliem!", "blanquette"),
    ],
)
def test_a_dish_praised_at_an_occasion_in_a_restaurant_is_named(text: str, dish: str) -> None:
    assert dish in draft_text(BISTRO, THANKS, text)


def test_a_praised_thing_is_thanked_for_not_a_trouble_named_in_passing() -> None:
    text = "De nieuwe winterbanden zijn top, sinds de wissel nooit meer pech gehad op de gladde wegen."
    made = draft_text(GARAGE, THANKS, text)
    assert "winterbanden" in made
    assert "pech" not in made


def test_a_person_praised_is_no_thing_made() -> None:
    text = "Onze kleine meid was een echte prinses en de vlechtjes waren top!"
    assert _said(text, "prinses", "vlechtjes", people=("prinses",)) == ["vlechtjes"]


def test_an_empty_mention_is_no_thing_praised() -> None:
    # an empty or blank mention names nothing and has no last word (code review 31)
    topics = TopicAnalysis(praised=(Mention(""), Mention("  "), Mention("taart")))
    text = "De taart was heerlijk!"
    assert [p.text for p in fair_praised(topics, text)] == ["taart"]
    assert not praised_thing(Mention(" "), topics, text)
