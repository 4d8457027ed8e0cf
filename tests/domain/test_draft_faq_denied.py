"""A condition the writer says they do not have asks for nothing free of it ('geen coeliakie, gewoon
intolerantie'), and a question after the business's handle on a chat platform ('@bakkerij_x verkopen jullie
...?') is read as the question it is. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_questions_about import asked_about
from app.domain.draft_thing_kinds import denied_conditions
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

BAKKER = BusinessProfile(
    name="Bakkerij Van Noort",
    kind="bakkerij",
    signers=["Ria"],
    voice="wij",
    register="u",
    email="info@bakkerijvannoort.nl",
    opening_hours="di–za 7:30–17:00",
    faq=[
        FaqItem("Bakken jullie glutenvrij?", "Nee, we bakken alles in één ruimte: glutenvrij is niet veilig."),
        FaqItem("Kan ik een taart bestellen?", "Ja, minstens twee dagen van tevoren in de winkel of per mail."),
    ],
)


def _draft(text: str, platform: str = "facebook") -> str:
    return suggested(BAKKER, text, platform=platform)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("heb last van tarwe (geen coeliakie, gewoon intolerantie)", {"coeliakie"}),
        ("Ik ben niet echt allergisch hoor", {"allergisch"}),
        ("Geen notenallergie, ik vind ze gewoon niet lekker", {"notenallergie"}),
        ("Mijn dochter heeft coeliakie", set()),
        ("no allergy, just curious", {"allergy"}),
    ],
)
def test_the_conditions_a_writer_denies(text: str, denied: set[str]) -> None:
    assert denied_conditions(text) == denied


@pytest.mark.parametrize(
    "text",
    [
        "Verkopen jullie ook roggebrood? Ik kan slecht tegen tarwe (geen coeliakie, gewoon gevoelig).",
        "hebben jullie ook roggebrood?? ben niet allergisch ofzo maar tarwe valt slecht, GEEN coeliakie",
        "Goeiemiddag, hebt u ook roggebrood? Ik heb geen echte coeliakie, maar tarwe verdraag ik slecht.",
    ],
)
def test_a_denied_condition_does_not_pull_the_gluten_free_answer(text: str) -> None:
    draft = _draft(text)
    assert "niet veilig" not in draft
    assert "roggebrood" in draft


def test_a_condition_the_writer_has_still_asks_for_the_gluten_free_answer() -> None:
    draft = _draft("Mijn zoon heeft coeliakie. Hebben jullie iets wat hij kan eten?")
    assert "niet veilig" in draft


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("@bakkerij_noort verkopen jullie ook roggebrood?", "roggebrood"),
        ("@bakkerij.noort hoi, hebben jullie ook krentenbollen?", "krentenbollen"),
        ("@bakkerij_noort: Maken jullie ook speculaas?", "speculaas"),
        ("hebben jullie ook krentenbollen?", "krentenbollen"),
    ],
)
def test_a_question_after_the_business_handle_names_what_it_asks_about(question: str, about: str) -> None:
    assert asked_about([question], "uw") == about


def test_a_chat_question_after_the_handle_that_the_profile_does_not_answer_is_named_back() -> None:
    draft = _draft("@bakkerij_noort verkopen jullie ook roggebrood? volkoren liefst.", "x")
    assert "roggebrood" in draft and "[vul in" in draft
