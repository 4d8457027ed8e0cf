"""A rumour stated as plain fact, with no 'ik hoorde dat' and without the business's name, is quoted in the slot
(the sentence that names the most of what it is about, not a sigh beside it); a 'zeggen ze dat' inside the sentence
that names the business is left out of the quote; and an adjective said alone ('een elektrische van elders') is of
the thing named before it, so the FAQ on that thing sets the rumour straight. A shop and sentences of its own."""

from __future__ import annotations

from app.domain.draft_adjectives import elided
from app.domain.draft_claims import stated_claim
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

BISTRO = BusinessProfile(
    name="Bistro Den Hoek",
    kind="restaurant",
    signers=["Sofie"],
    voice="wij",
    register="je",
    website="www.denhoek.be",
    faq=[FaqItem("Hebben jullie een kindermenu?", "Ja, voor kinderen tot 12 jaar.")],
)
SCOOTERS = BusinessProfile(
    name="Scooterhuis Vermeulen",
    kind="fietsenmaker",
    signers=["Wim"],
    voice="wij",
    register="u",
    website="www.scootervermeulen.be",
    faq=[FaqItem("Onderhoudt u ook elektrische scooters?", "Ja, elektrische scooters van elk merk.")],
)


def test_a_rumour_stated_as_fact_is_quoted() -> None:
    text = "Vroeger was het beter. De eigen bakker is weg en nu komen alle desserts kant-en-klaar uit een fabriek."
    draft = suggested(BISTRO, text, label="onwaarheid", author="Bert")
    assert "nu komen alle desserts kant-en-klaar uit een fabriek" in draft, draft
    assert "Vroeger was het beter" not in draft


def test_a_sigh_or_a_question_is_no_stated_claim() -> None:
    # near misses: nothing named, or only asked
    assert stated_claim("Het is hier ook niet meer wat het was. Jammer.", ("jammer",)) == ""
    assert stated_claim("Komen de desserts nu uit een fabriek?", ("dessert", "fabriek")) == ""


def test_the_hearsay_words_are_left_out_of_a_claim_naming_the_business() -> None:
    text = "Op de markt zeggen ze dat Scooterhuis Vermeulen geen scooters van andere winkels meer aanneemt."
    draft = suggested(SCOOTERS, text, label="onwaarheid", author="Rita Claes")
    assert "Op de markt zeggen ze" not in draft, draft


def test_an_adjective_said_alone_is_of_the_thing_named_before_it() -> None:
    text = (
        "Ze zeggen dat Scooterhuis Vermeulen alleen nog scooters onderhoudt die ze zelf verkocht hebben. "
        "Een elektrische van ergens anders? Geen kans."
    )
    draft = suggested(SCOOTERS, text, label="onwaarheid", author="Rita Claes")
    assert "elk merk" in draft, draft


def test_an_adjective_before_its_noun_is_not_alone() -> None:
    assert elided("Een elektrische scooter van ergens anders? Geen kans.", ["scooters"]) == ()
    assert elided("Een elektrische van ergens anders? Geen kans.", ["scooters"]) == ("elektrische scooters",)
    assert elided("Ik nam een koffie van de automaat.", ["thee"]) == ()
