"""Whether a comment's paying words ask how to pay here or whether something costs extra ('is dat apart te
betalen?'): only the first gets the profile's ways to pay. Shops and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Krul",
    kind="kapper",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="hallo@krul.nl",
    payment="pinnen en contant; geen creditcard",
)


@pytest.mark.parametrize(
    "text",
    [
        "Is de föhnbeurt inbegrepen of moet ik dat los betalen?",
        "moet ik voor die proef bijbetalen of is da gratis?",
        "Is het wassen inclusief, of betaal ik dat apart?",
    ],
)
def test_whether_it_costs_extra_gets_no_list_of_ways_to_pay(text: str) -> None:
    draft = draft_text(_SALON, "uitkomst_vraag_beantwoorden", text, platform="facebook", author="Sanne")
    assert "pinnen en contant" not in draft, draft


def test_how_to_pay_still_gets_the_ways_to_pay() -> None:
    text = "Kan ik bij jullie met creditcard betalen?"
    draft = draft_text(_SALON, "uitkomst_vraag_beantwoorden", text, platform="facebook", author="Sanne")
    assert "pinnen en contant" in draft, draft


_INN = BusinessProfile(name="Herberg De Vlonder", kind="restaurant", signers=["Sanne"], voice="wij", register="u")


@pytest.mark.parametrize(
    ("author", "platform", "text"),
    [
        (
            "Henk de Boer",
            "facebook",
            "Mijn vrouw zegt dat ik vaker bij jullie aan de bar hang dan thuis in mijn stoel 😂",
        ),
        ("Mevr. Jansen", "google", "Zo lekker gegeten dat ik nu als ligplaats sta ingeschreven bij jullie haha"),
        (
            "dhr. Peeters",
            "facebook",
            "Ge moet mij hier nog eens laten wonen, ik zit vaker op jullie terras dan in mijn zetel 🤷",
        ),
        (
            "Karel Wouters",
            "linkedin",
            "Mijn collega's denken dat ik bij jullie op kantoor zit, zo vaak lunch ik daar 😅",
        ),
    ],
)
def test_a_joke_is_not_answered_after_a_solemn_beste(author: str, platform: str, text: str) -> None:
    made = Drafter(_INN, analyser=analyse_topics).draft("uitkomst_grap", text, author=author, platform=platform)
    assert made.optional is not None and not made.optional.startswith("Beste"), made.optional
