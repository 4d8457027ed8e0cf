"""A complaint that names a price beside what went wrong is about what went wrong: a dish that tasted bought in, a
long wait, work done without asking first, a quote promised and never sent. The reply owns the failure and says
sorry; it does not offer to explain how the amount is made up. Shops and sentences of their own."""

from __future__ import annotations

import re

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BISTRO = BusinessProfile(
    name="Bistro Het Veerhuis",
    kind="restaurant",
    signers=["Maarten"],
    voice="wij",
    register="u",
    email="info@hetveerhuis.be",
    phone="09 222 33 44",
)
_GARAGE = BusinessProfile(
    name="Rijwielhandel Smeets",
    kind="fietsenwinkel",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@smeetsfietsen.nl",
    phone="046 411 22 33",
)
_EXPLAINED = ("hoe de prijs in elkaar zit", "hoe dit bedrag is opgebouwd", "bedrag je hoog", "bedrag u hoog")


@pytest.mark.parametrize(
    "text",
    [
        "26 euro voor nen croque en soep, de soep was koud. Veel te duur voor wat je krijgt.",
        "Peperduur: 28 euro voor een visschotel, vis droog en de saus smaakte naar niks.",
        "Prijzig hoor, 23 euro voor de scampi's, en ze smaakten echt uit een zakje. Frieten koud.",
        "Pannenkoek van 14 euro?? Smaakte naar karton en was lauw. Voor die prijs verwacht je huisgemaakt.",
    ],
)
def test_a_failure_with_its_price_gets_an_apology_not_the_price_explained(text: str) -> None:
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform="google", author="Els Maes")
    assert any(word in draft for word in ("excuses", "Sorry", "sorry", "spijt", "jammer", "Jammer")), draft
    for wrong in _EXPLAINED:
        assert wrong not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Onderhoudsbeurt gedaan, € 65 plus € 42 voor remblokken die ik niet had gevraagd. Niet eerst gebeld!",
        "Ze hebben zonder het mij te vragen een nieuwe band erop gezet, 35 euro extra. Had graag een belletje gehad.",
        "Fiets opgehaald: 80 euro voor een nieuwe ketting, nooit om toestemming gevraagd. Ben nie content.",
        "New tyres fitted without asking, 50 euro extra on the bill. Not ok.",
    ],
)
def test_work_charged_without_asking_first_is_owned(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Mark Peters")
    assert any(word in draft for word in ("eerst", "overleg", "gebeld", "gevraagd")), draft
    for wrong in _EXPLAINED:
        assert wrong not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Offerte voor een bakfiets gevraagd, zou deze week nog komen. Dat is nu twee weken geleden.",
        "Ik wacht nog steeds op de offerte voor mijn elektrische fiets. Beloofd voor maandag...",
        "Die offerte zou er vrijdag zijn. Nog altijd niks ontvangen. Moet ik ergens anders gaan?",
        "Asked for a quote on a cargo bike three weeks ago, still nothing.",
    ],
)
def test_a_quote_never_sent_is_a_wait_with_an_apology_not_a_bill(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Sanne")
    assert "offerte" in draft or "quote" in draft, draft
    assert any(word in draft for word in ("excuses", "Sorry", "sorry", "spijt")), draft
    assert "rekening" not in draft and "bedrag" not in draft, draft


def test_a_wait_beside_too_dear_stays_a_price_complaint() -> None:
    text = "Veel te duur, 18 euro voor een slaatje, en dan nog een half uur op de rekening gewacht."
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform="google", author="Els Maes")
    assert "bedrag" in draft or "prijs" in draft, draft
    assert "half uur" in draft, draft


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Beurt laten doen: € 55, en dan nog € 49 voor een nieuw zadel dat ik niet had gevraagd!", "49"),
        ("Ze hebben zonder mij te bellen een nieuwe bel en spatborden gemonteerd, 60 euro extra. Bah.", "60"),
        ("Moest 35 euro betalen omdat ze zonder het te vragen een nieuwe binnenband hadden gelegd.", "35"),
    ],
)
def test_the_amount_charged_unasked_is_named_and_owned(text: str, amount: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Joost")
    assert f"€ {amount}" in draft, draft
    assert "eerst" in draft and "hoe de prijs in elkaar zit" not in draft, draft
    assert draft.count("eerst") == 1 or "schrap dit om eerst" in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Factuur beloofd binnen de week voor onze boekhouding. Drie mails verder, nog altijd geen factuur.",
        "Wij wachten nog steeds op de factuur van ons feest van januari, onze boekhouder belt al.",
        "Sinds december nog steeds geen rekening gekregen van de receptie, hoe moeten we dit boeken?",
    ],
)
def test_an_invoice_never_sent_is_no_price_to_explain(text: str) -> None:
    from app.domain.draft_complaint_price import failure_besides_price
    from app.nlp.topics import analyse_topics

    assert failure_besides_price(analyse_topics(text), text) == "wachttijd"
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Joost")
    assert "schrok" not in draft and "prijs" not in draft, draft


# Issue #13, fixer w31: a price the business chose is worked out for the writer, not 'solved'; a diminutive before a
# place ('een pintje op het terras') is the thing the amount was for, not an adjective. Sentences of our own.
@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("7 euro voor een koffietje op het terras?? Gewoon afzetterij.", "x"),
        ("€ 9,50 voor een broodje aan de bar, dat is toch niet normaal.", "facebook"),
        ("5 euro voor een colaatje bij jullie, vroeger was het de helft.", "google"),
    ],
)
def test_a_price_the_business_chose_is_worked_out_not_solved(text: str, platform: str) -> None:
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform=platform, author="Wout")
    assert "oplossing" not in draft, draft
    assert not re.search(r"(?:koffietje|broodje|colaatje) (?:op|aan|bij)\b", draft), draft


def test_a_diminutive_before_a_preposition_is_what_the_amount_was_for() -> None:
    from app.domain.draft_amounts import AMOUNT

    found = AMOUNT.search("Betaalde 4 euro voor een pintje op de markt")
    assert found is not None and found.group("wat") == "een pintje"
    found = AMOUNT.search("€ 12 voor een grote pizza, te veel")
    assert found is not None and found.group("wat") == "een grote pizza"


_FEESTZAAL = BusinessProfile(
    name="Feestzaal De Linde", kind="restaurant", signers=["Bart"], voice="ik", register="u", phone="089-223344"
)


def test_a_bill_above_the_quote_beside_extras_never_asked_is_said_back() -> None:
    # the extras without asking are the complaint; how much the bill came out above the quote is said back too
    text = (
        "Het feest voor onze 25ste trouwdag was mooi, maar de factuur kwam €150 hoger uit dan de offerte, voor cava "
        "die we nooit gevraagd hebben. Ik heb al twee keer gemaild, geen antwoord."
    )
    made = draft_text(_FEESTZAAL, "uitkomst_herstel", text)
    assert "de factuur ook nog € 150 hoger uitkwam dan de offerte" in made or "€ 150 meer op de factuur" in made


def test_the_short_sentence_after_a_sum_says_what_it_was_for() -> None:
    # '€ 45 gerekend! Voor een ...!': the thing is named in the sentence after the amount's own
    text = "Mijn step binnengebracht voor een nieuwe rem. 65 euro hebben ze me aangerekend! Voor een remmetje! Zot."
    made = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Mark Peters")
    assert "€ 65 voor de rem" in made or "€ 65 voor het remmetje" in made
    assert "uitzoeken hoe dit kon" not in made and "zoek ik meteen uit" not in made


def test_a_sentence_after_the_sum_that_is_no_purpose_names_nothing() -> None:
    text = "Mijn step binnengebracht voor een nieuwe rem. 65 euro hebben ze me aangerekend! Volgende keer ga ik elders."
    made = draft_text(_GARAGE, "uitkomst_herstel", text, platform="google", author="Mark Peters")
    assert "voor de rem" not in made


def test_things_on_the_bill_that_were_never_ordered_are_a_mistake_in_the_bill() -> None:
    text = (
        "Bij thuiskomst de rekening bekeken: drie cocktails (€ 36) aangerekend die we nooit besteld hebben. "
        "Ik zei het nog tegen de ober, maar die haalde zijn schouders op. Wanneer krijg ik dat terug?"
    )
    said = draft_text(_BISTRO, "uitkomst_herstel", text)
    assert "rekening" in said and "cocktails" in said, said
    assert "vooraf niet gebeld" not in said and "niet eerst even met" not in said, said  # no work done unasked
    assert "hoe dit bedrag is opgebouwd" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Kleine beurt zou 55 euro zijn. Bij het ophalen 118 euro, 'remkabels waren op'. Dan bel je toch eerst?!",
        "Voor 55 euro zou hij nagekeken worden, maar het werd 118 euro met nieuwe remkabels. Had me dan even gebeld.",
        "De beurt zou 55 euro kosten, het werd 118 euro. Kon je niet eerst even bellen?",
    ],
)
def test_a_reproach_for_not_calling_first_owns_the_bill_not_the_quote(text: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Mark Peters")
    assert "eerst moeten bellen" in draft or "overlegd" in draft, draft
    assert "€ 118" in draft, draft
    for wrong in _EXPLAINED:
        assert wrong not in draft, draft


def test_calling_first_oneself_is_no_reproach() -> None:
    text = "Fiets gebracht voor 55 euro, maar hij rammelt nog. Had ik eerst even gebeld, dan was ik thuis gebleven."
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Mark Peters")
    assert "eerst moeten bellen" not in draft and "overlegd" not in draft, draft


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Gevraagd om de bel te vervangen, niet gedaan maar wel gerekend. 8 euro voor niks, duur hoor.", "bel"),
        ("De ketting is niet vervangen maar staat wel op de factuur: 35 euro. Voor die prijs mag het.", "ketting"),
        ("Ik vroeg om mijn voorband te plakken; niet gebeurd, wel betaald (€ 15). Duur hoor.", "voorband"),
    ],
)
def test_work_paid_for_and_not_done_is_a_wrong_bill_set_right(text: str, thing: str) -> None:
    draft = draft_text(_GARAGE, "uitkomst_herstel", text, platform="facebook", author="Mark Peters")
    assert re.search(rf"{thing}[^.]*niets aan (?:gebeurd|gedaan)[^.]*(?:klopt|hoort) niet", draft), draft
    assert "recht" in draft, draft
    for wrong in _EXPLAINED:
        assert wrong not in draft, draft


def test_a_table_for_fewer_than_booked_is_the_complaint_not_the_price() -> None:
    text = "Gereserveerd voor 8 personen voor oma's verjaardag, bij aankomst een tafel voor 5. En toch 40 euro p.p."
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "8 personen" in draft and "voor 5" in draft, draft
    for wrong in _EXPLAINED:
        assert wrong not in draft, draft
