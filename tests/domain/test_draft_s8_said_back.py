"""What the writer saw or read is said back (session 8, issue #13): one glove or the same hands for money
and food, and a wrong text on what was ordered written in capitals ('Er stond HAPPY BIRTDAY op').
Businesses and sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

BUTCHER = BusinessProfile(name="Slagerij Brink", kind="slager", signers=["Joop"], voice="wij", phone="0513-221133")
FRIES = BusinessProfile(name="Frituur 't Hoekske", kind="restaurant", signers=["Lut"], voice="ik", phone="03 455 66 77")
PRINTER = BusinessProfile(name="Drukkerij Pers", kind="drukkerij", signers=["Wim"], voice="ik", email="wim@pers.nl")
CAKES = BusinessProfile(name="Taartenatelier Suus", kind="bakkerij", signers=["Suus"], email="suus@taart.nl")


def test_one_glove_for_money_and_food_is_named() -> None:
    text = "De slager pakte met dezelfde handschoen het wisselgeld en daarna mijn gehakt. Niet echt fris."
    assert "dezelfde handschoen" in draft_text(BUTCHER, _COMPLAINT, text)
    text = "Eerst afrekenen met contant geld en toen met dezelfde handen mijn frieten in het bakje scheppen. Bah."
    assert "dezelfde handen" in draft_text(FRIES, _COMPLAINT, text)


def test_a_glove_without_money_is_not_said_to_be_about_money() -> None:
    text = "Ze droeg dezelfde handschoenen de hele dag, de worst viel op de grond en ging zo in mijn broodje."
    assert "geld" not in draft_text(BUTCHER, _COMPLAINT, text)


def test_a_wrong_text_in_capitals_is_said_back_in_quotes() -> None:
    text = "Ik had 'Proficiat Ahmed' gevraagd. Er stond in dikke letters PROFICIAT AHMET op de banner. Slordig."
    assert "‘PROFICIAT AHMET’" in draft_text(PRINTER, _COMPLAINT, text)
    text = "Besteld met de tekst 'Welkom Baby Noor'. Staat er WELKOM BABY NOAR op de taart, wat nu?"
    assert "‘WELKOM BABY NOAR’" in draft_text(CAKES, _COMPLAINT, text)


def test_an_ordinary_word_in_capitals_is_no_wrong_text() -> None:
    text = "Ik had 'Fijne dag' besteld. Er stond wel iets op maar de taart was HEEL droog."
    assert "‘" not in draft_text(CAKES, _COMPLAINT, text)
