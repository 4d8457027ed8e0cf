"""A FAQ entry answers only the thing and the kind of it that were asked: a price or lead-time question is answered
in kind only by an entry that names the thing asked, not by one that only says it too is ordered ('op bestelling');
and a long question about a thing for someone of the writer's own is named by that thing. Shops and sentences of our
own, none from the rounds."""

from __future__ import annotations

import re

from app.domain.draft_asked import in_kind
from app.domain.draft_questions_about import asked_about
from app.domain.profile import FaqItem


def _words(text: str) -> list[str]:
    """A lemmatiser of the words as they are, without punctuation."""
    return re.findall(r"[^\W\d_]+", text.lower())


_KOEKJES = [
    FaqItem(
        "Hebt u suikervrije koekjes?",
        "Ja, alleen op bestelling, drie dagen van tevoren; € 8 per doos.",
    )
]


def test_a_question_in_kind_is_not_answered_by_an_entry_that_only_shares_how_it_is_ordered() -> None:
    # 'bestellen' of the writer and 'op bestelling' of the answer say how, not what: the koekjes are not asked
    asked = ("Wat kost een verjaardagstaart met een foto en hoe lang van tevoren moet ik bestellen?",)
    comment = ["verjaardagstaart", "foto", "kost", "lang", "bestellen"]
    assert in_kind(asked, _KOEKJES, comment, _words) is None


def test_a_question_in_kind_about_the_entrys_thing_is_answered() -> None:
    asked = ("hoeveel kosten die suikervrije koekjes?",)
    found = in_kind(asked, _KOEKJES, ["suikervrije", "koekjes", "kosten"], _words)
    assert found is not None and "€ 8" in found[0]


def test_a_long_question_for_someone_of_ones_own_is_named_by_its_thing() -> None:
    asked = ("Verkopen jullie ook een fietsstoeltje of een regenhoes voor mijn kleindochter van drie?",)
    assert asked_about(asked) == "een fietsstoeltje of een regenhoes"


def test_a_short_question_for_someone_keeps_whom_it_is_for() -> None:
    assert asked_about(("Maken jullie ook taarten voor mijn vader?",)) == "taarten voor je vader"
