"""Praise and suggestion drafts say back what the writer praised or suggested: the idea after a label that says who
asks for it, a point in time that is no thing, someone who brought something, a greeting sent to someone of the
staff, a Flemish 'content' said of everyone. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_english_praise import english_names
from app.domain.draft_events import only_said_of
from app.domain.draft_wish_clause import labelled_wish
from app.domain.language import english_object
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Een tip: veel ouders vragen om een kinderstoel bij het raam.", "voor een kinderstoel bij het raam"),
        ("Suggestie: de fietsers zoeken een oplaadpunt voor hun accu.", "voor een oplaadpunt voor hun accu"),
        ("Idee: toeristen vroegen naar een wandelkaart van de polder.", "voor een wandelkaart van de polder"),
        ("Tip: meer glutenvrije broodjes!", "voor meer glutenvrije broodjes"),
    ],
)
def test_a_label_before_who_asks_names_what_they_ask_for(text: str, wish: str) -> None:
    assert labelled_wish(text) == wish


@pytest.mark.parametrize(
    "text",
    [
        "Came by at the end of the afternoon, the waffles were the best we had in Belgium.",
        "We sat here in the middle of a storm. Best soup of the week!",
    ],
)
def test_a_point_in_time_is_no_thing_praised(text: str) -> None:
    about = english_object(text, praised=True)
    assert "end" not in about and "middle" not in about
    assert about


def test_someone_who_brought_something_is_named() -> None:
    assert "Noor" in english_names("Noor brought us two extra blankets on the terrace. Lovely evening!")
    assert "Jesse" in english_names("Jesse sent me the recipe afterwards, so kind.")


@pytest.mark.parametrize(
    "text",
    [
        "Wat een heerlijke vlaai voor ons jubileum! 🎉 Groetjes aan Ilse die alles zo mooi had ingepakt.",
        "Bedankt voor de snelle reparatie. Groeten aan Ruben die mijn band plakte.",
    ],
)
def test_a_greeting_sent_to_someone_names_staff(text: str) -> None:
    assert {"Ilse", "Ruben"} & set(analyse_topics(text).names)


def test_a_place_name_with_aan_stays_no_staff() -> None:
    assert "Zee" not in analyse_topics("We fietsten vanuit Egmond aan Zee hierheen, Ruud hielp ons top.").names


@pytest.mark.parametrize(
    ("thing", "text", "only"),
    [
        ("content", "Een feest met 40 man, iedereen was content!", True),
        ("top", "De kinderen waren echt top vandaag.", True),
        ("taart", "De taart was heerlijk en iedereen was blij.", False),
        ("content", "Mooie content op jullie pagina, en de taart was lekker.", False),
        ("step", "Mijn zoon had zijn step kapot gereden en hij is weer als nieuw.", False),
    ],
)
def test_a_word_said_of_someone_is_no_thing(thing: str, text: str, only: bool) -> None:
    assert only_said_of(thing, text) is only
