"""A complaint that names nothing else names the thing its failure clause is about (app/nlp/topic_failed.py, used
in app/domain/draft_complaint_subject.py _complaint_subject): 'de bel', not 'Vervelend om te lezen'. Businesses and
sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_FIETS = BusinessProfile(
    name="Rijwielhandel Van Gool",
    kind="fietsenmaker",
    signers=["Kees"],
    voice="ik",
    register="je",
    email="kees@vangool-fietsen.nl",
    opening_hours="di–za 9:00–18:00",
)


def test_the_part_that_failed_is_named_when_nothing_else_is() -> None:
    text = draft_text(_FIETS, "uitkomst_herstel", "Voor een onderhoud binnengebracht en nu is de bel afgebroken.")
    assert "de bel" in text


def test_the_part_is_named_in_an_inverted_clause_too() -> None:
    text = draft_text(_FIETS, "uitkomst_herstel", "Na de reparatie zat de bel los. Slordig.")
    assert "de bel" in text


def test_a_thing_named_before_stays_as_it_was() -> None:
    # the product finder names the bike's part already: the failure clause changes nothing
    said = "Twee dagen na de beurt was de ketting alweer doorgeroest."
    assert "de ketting" in draft_text(_FIETS, "uitkomst_herstel", said)


_BRASSERIE = BusinessProfile(
    name="Brasserie De Linde",
    kind="restaurant",
    signers=["Femke"],
    voice="we",
    register="je",
    email="info@delinde.nl",
)


def test_the_thing_that_failed_at_a_meal_is_named_with_the_meal() -> None:
    # 'kerstdiner' is the meal it was had at; the chair by the door is where they sat, the soup is what failed
    said = "Kerstdiner gehad met zes man. We zaten op een stoel bij de deur en de soep was lauw. Zonde."
    text = draft_text(_BRASSERIE, "uitkomst_herstel", said)
    assert "de soep" in text and "kerstdiner" in text.lower(), text
    assert "de deur" not in text, text
