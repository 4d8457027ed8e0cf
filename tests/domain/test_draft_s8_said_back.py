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
    draft = draft_text(PRINTER, _COMPLAINT, text)  # a name spelt wrong: the right name, the mistake not repeated
    assert "Ahmed" in draft and "naam" in draft and "AHMET" not in draft
    text = "Besteld met de tekst 'Welkom Baby Noor'. Staat er WELKOM BABY NOAR op de taart, wat nu?"
    draft = draft_text(CAKES, _COMPLAINT, text)
    assert "Noor" in draft and "naam" in draft and "NOAR" not in draft
    text = "Besteld met 'Lotte 18 jaar'. Staat er in grote letters LOTTE 81 JAAR op de taart."
    assert "‘LOTTE 81 JAAR’" in draft_text(CAKES, _COMPLAINT, text)  # a wrong number is said back as it stood


def test_an_ordinary_word_in_capitals_is_no_wrong_text() -> None:
    text = "Ik had 'Fijne dag' besteld. Er stond wel iets op maar de taart was HEEL droog."
    assert "‘" not in draft_text(CAKES, _COMPLAINT, text)


GARAGE = BusinessProfile(name="Autobedrijf Kok", kind="garage", signers=["Erik"], voice="ik", email="erik@kok.nl")
TAILOR = BusinessProfile(name="Kleermakerij Naald", kind="kleermaker", signers=["Ayla"], email="ayla@naald.nl")
PLUMBER = BusinessProfile(name="Loodgieter Snel", kind="installateur", signers=["Dirk"], email="dirk@snel.nl")


def test_a_part_added_on_top_of_the_quote_is_named() -> None:
    text = "Offerte was € 320 voor de beurt. Bij het ophalen € 455 afgerekend: 'er moesten nieuwe remschijven bij'."
    draft = draft_text(GARAGE, _COMPLAINT, text, platform="x")
    assert "remschijven" in draft and "€ 455" in draft
    text = "Offerte € 180 voor een nieuwe kraan, rekening € 260. Er kwam ineens een extra sifon bij. Niemand belde."
    assert "sifon" in draft_text(PLUMBER, _COMPLAINT, text)


def test_a_thing_of_the_writers_person_is_theirs() -> None:
    text = "De jas van mijn zoon hangt al twee weken bij jullie voor een nieuwe rits. Nog steeds niet klaar."
    assert "de jas van je zoon" in draft_text(TAILOR, _COMPLAINT, text)
    text = "De auto van mijn vader staat nu een maand in jullie werkplaats en niemand laat iets horen."
    assert "de auto van je vader" in draft_text(GARAGE, _COMPLAINT, text)
