"""A complaint that asks what now ('Wat moet ik nu?', 'Hoe gaan jullie dat oplossen?', 'what now?') is answered by
the proposal, said as the answer ('Dan de oplossing:', 'Wat er nu kan:'), not by a slot that quotes the question
back. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_cancel import asks_remedy, parse_cancel_words, remedy_verb
from app.domain.profile import BusinessProfile
from app.errors import DataFileError
from tests.domain.drafts import suggested

_SALON = BusinessProfile(
    name="Kapsalon Knipoog",
    kind="kapsalon",
    signers=["Ilse"],
    register="je",
    voice="ik",
    email="ilse@knipoog.nl",
    phone="0312 44 55 66",
)


@pytest.mark.parametrize(
    "text",
    [
        "Ik vroeg om een klein stukje eraf en nu zit mijn haar boven mijn schouders. Over twee weken is ons feest."
        " Wat moet ik nu?",
        "Kleur is veel te donker geworden, helemaal niet wat ik liet zien. Hoe gaan jullie dat oplossen?",
        "Mijn pony is scheef geknipt en ik heb morgen een sollicitatie. Wat nu??",
    ],
)
def test_what_now_gets_the_proposal_not_its_own_quote(text: str) -> None:
    made = suggested(_SALON, text, label="klacht")
    assert "het antwoord op" not in made
    assert "[vul in: het voorstel" in made


@pytest.mark.parametrize(
    "question",
    ["Wat moet ik nu?", "hoe gaan we dit oplossen?", "En wat gaan jullie eraan doen??", "So what now?"],
)
def test_what_now_is_read(question: str) -> None:
    assert asks_remedy(question)


@pytest.mark.parametrize("question", ["Wat kost een knipbeurt nu?", "Wanneer kan ik nu terecht?", "Wat doen jullie?"])
def test_other_questions_are_no_remedy_asked(question: str) -> None:
    assert not asks_remedy(question)


def test_the_verb_a_remedy_is_asked_with_is_read_from_the_same_list() -> None:
    # resources/cancel.toml remedy_verbs: the verb said back, and the same verbs make the question one of remedy
    assert remedy_verb("En hoe gaat u dat RECHTTREKKEN?") == "rechttrekken"
    assert asks_remedy("En hoe zullen jullie die schade vergoeden?")
    # near misses: a question without such a verb, and a verb that only starts like one ('oplossend')
    assert remedy_verb("Wat moet ik nu?") == ""
    assert remedy_verb("Is dat shampoo met een oplossend effect?") == ""


def test_a_remedy_pattern_that_names_the_verb_list_needs_the_list() -> None:
    data = {"schema": 1, "billed": ["x"], "ill": ["x"], "who": ["x"], "rule": ["x"], "uninformed": ["x"]}
    asked = {**data, "pay_asked": ["x"], "remedy_asked": [r"\bhoe\s+(?:{remedy_verbs})\b"]}
    words = parse_cancel_words({**asked, "remedy_verbs": ["lijmen", "plakken"]})
    assert words.remedy_asked is not None and words.remedy_asked.search("Hoe plakken?")
    with pytest.raises(DataFileError):
        parse_cancel_words(asked)
