"""Round r27 (issue #13): the light reply to a joke takes up the joke's own punchline, the word the
writer put in quotes about their thing, names that thing as theirs, and opens with 'Haha'."""

from __future__ import annotations

from dataclasses import replace

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import GARAGE_VOS

BAKERY = BusinessProfile(name="Bakkerij Mol", kind="bakkerij", signers=["Joke"])
GARAGE = replace(GARAGE_VOS, register="u", email="")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


def test_the_quoted_word_about_the_writers_thing_is_said_back() -> None:
    reply = _joke(BAKERY, 'Volgens de bakker heeft mijn taart "pit". Ik noem het gewoon aangebrand 😂')
    assert "je taart met ‘pit’" in reply
    reply = _joke(GARAGE, "Mijn auto had volgens de monteur 'een eigen willetje'. Nu rijdt hij alleen nog achteruit 😂")
    assert "met ‘een eigen willetje’" in reply and "uw auto" in reply


def test_a_quote_about_something_else_is_not_glued_to_the_thing() -> None:
    reply = _joke(BAKERY, "Mijn taart was op tijd. Mijn man riep 'eindelijk' en at hem in één keer op 😂")
    assert "‘eindelijk’" not in reply


def test_the_light_reply_opens_with_haha() -> None:
    for text in (
        "Mijn croissant is zo groot dat hij een eigen stoel nodig heeft 😂",
        "Jullie rij is langer dan die bij de Efteling 😂",
    ):
        assert _joke(BAKERY, text).split("\n")[1].startswith("Haha"), text
