"""An English reply on X that quotes a long Dutch profile text keeps within the platform's limit by quoting the
text up to its first ';'. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of

BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaartje",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    email="info@korenaartje.be",
    opening_hours="di–zo 7:00–13:00",
    delivery_terms=(
        "verjaardagstaarten en ontbijtpakketten bezorgen we in Knokke, Heist en Westkapelle voor € 6; "
        "bestellen minstens twee werkdagen op voorhand via de webshop"
    ),
    faq=[FaqItem("Hebben jullie vegan koeken?", "Op zaterdag hebben we vegan croissants en koffiekoeken.")],
)


def _out(text: str, platform: str) -> dict[str, Any]:
    analysis: dict[str, Any] = {
        "label": "vraag",
        "flags": [],
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    return suggest(analysis, text, platform=platform, author="@sam_travels", profile=BAKERY, analyser=analyse_topics)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! Do you have any sugar free cakes? We're renting a house in Heist for two weeks with the kids. "
        "And can you deliver to Heist? Thanks!",
        "hello, do u sell sourdough bread?? staying near Knokke this summer with my family. can you deliver to us?",
    ],
)
def test_an_english_reply_on_x_quoting_a_long_dutch_text_fits(text: str) -> None:
    out = _out(text, "x")
    assert out["draft"] and "Knokke, Heist en Westkapelle" in out["draft"]
    assert out["length"] <= 280
    assert "webshop" not in out["draft"]


def test_on_facebook_the_whole_dutch_text_is_quoted() -> None:
    out = _out("Hi! Do you have any sugar free cakes? And can you deliver to Heist? Thanks!", "facebook")
    assert "webshop" in out["draft"]
