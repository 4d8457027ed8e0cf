"""An allergic reaction after the writer was told something was safe: the profile's FAQ answer that traces cannot be
ruled out is said as what the writer should have heard; nothing when the profile has no such answer. Businesses
and sentences of our own."""

from __future__ import annotations

from app.domain.draft_allergen_traces import traces_rule
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_FAQ = FaqItem(
    question="Is er sesam in jullie brood?",
    answer="Nee, maar we bakken ook sesambollen in hetzelfde atelier; sporen van sesam kunnen we niet uitsluiten.",
)
_BAKKER = BusinessProfile(
    name="Bakkerij Hoekstra",
    kind="bakkerij",
    signers=["Anke"],
    voice="ik",
    register="u",
    email="anke@hoekstra.nl",
    phone="0513 12 34 56",
    faq=[_FAQ],
)


def test_the_faq_on_that_allergen_is_found() -> None:
    assert traces_rule(_BAKKER, "sesam").startswith("maar we bakken ook sesambollen")
    assert traces_rule(_BAKKER, "noten") == ""  # another allergen: the FAQ does not speak of it
    plain = BusinessProfile(name="Bakkerij Zwart", kind="bakkerij", signers=["Jan"], voice="ik", register="u")
    assert traces_rule(plain, "sesam") == ""


def test_the_traces_are_said_after_a_reaction() -> None:
    text = (
        "Ik vroeg of het volkorenbrood zonder sesam was, 'ja hoor'. Mijn dochter heeft een sesamallergie en kreeg "
        "een uur later uitslag over haar hele lijf. Gelukkig met een pilletje over, maar hoe kan dat?"
    )
    made = draft_text(_BAKKER, "uitkomst_herstel", text, platform="facebook", author="Rinske Bosma")
    assert "sporen van sesam kunnen we niet uitsluiten" in made, made
