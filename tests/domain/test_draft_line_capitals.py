"""A profile line's opening capital said small in running text (app/domain/draft_line_capitals.py)."""

from __future__ import annotations

from app.domain.draft_line_capitals import line_openers, openers_small
from app.domain.draft_text import Part, after_colon
from app.domain.draft_wording import worded
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.replies import Tone


def _profile() -> BusinessProfile:
    return BusinessProfile(
        name="IJssalon Het Hoorntje",
        signers=["Marieke"],
        address="Dorpsstraat 3, 4321 AB Hoorn (Texel)",
        payment="Alleen pinnen; geen contant geld. Tikkie kan ook.",
        accessibility="Drempelvrij; Rolstoel past door de deur.",
        delivery_terms="Bezorgen in Hoorn en Oosterend € 3. Zomerstop: geen bezorging in augustus.",
        holidays="Zaterdag 4 juli: winkel open tot 23.00.",
        faq=[FaqItem("Maken jullie taarten?", "Vanaf 8 personen; Marieke maakt ze zelf.")],
    )


def test_a_word_that_only_opens_profile_lines_is_small_inside_a_sentence() -> None:
    openers = line_openers(_profile())
    assert {"alleen", "rolstoel", "zomerstop", "drempelvrij"} <= openers
    said = openers_small("Bij ons betaal je zo: Alleen pinnen; geen contant geld.", openers)
    assert said == "Bij ons betaal je zo: alleen pinnen; geen contant geld."
    said = openers_small("Handig om te weten: Drempelvrij; Rolstoel past door de deur.", openers)
    assert said == "Handig om te weten: drempelvrij; rolstoel past door de deur."
    assert openers_small("In de Zomerstop bezorgen we niet.", openers) == "In de zomerstop bezorgen we niet."


def test_a_sentence_keeps_its_first_capital() -> None:
    openers = line_openers(_profile())
    assert openers_small("Alleen pinnen, sorry. Zomerstop!", openers) == "Alleen pinnen, sorry. Zomerstop!"


def test_names_keep_their_capital() -> None:
    openers = line_openers(_profile())
    # a town the profile writes capitalised in mid-sentence, a signer, the business's name, a brand of paying
    assert not {"hoorn", "oosterend", "texel", "marieke", "tikkie", "ijssalon"} & openers
    text = "Bezorgen: Hoorn en Oosterend. Betalen met Tikkie? Vraag het Marieke."
    assert openers_small(text, openers) == text


def test_a_weekday_or_month_is_small_inside_a_sentence_only() -> None:
    assert openers_small("De winkel is op Zaterdag 4 Juli open.", ()) == "De winkel is op zaterdag 4 juli open."
    assert openers_small("Zaterdag is de winkel open.", ()) == "Zaterdag is de winkel open."


def test_slots_and_quoted_words_stay_as_they_are() -> None:
    openers = line_openers(_profile())
    text = "Je schreef ‘Alleen cash?’ en [vul in: Alleen pinnen of ook contant]."
    assert openers_small(text, openers) == text


def test_the_last_touch_says_a_pasted_payment_line_in_running_text() -> None:
    parts = [Part("answer", "Dat klopt niet: Alleen pinnen; geen contant geld.", True)]
    said = worded(parts, _profile(), Tone("je", "ik"))
    assert said[0].text == "Dat klopt niet: alleen pinnen; geen contant geld."


def test_a_name_of_a_way_to_pay_keeps_its_capital_after_a_colon() -> None:
    assert after_colon("Bancontact, Payconiq en cash.") == "Bancontact, Payconiq en cash."
    assert after_colon("Pinnen en cash.") == "pinnen en cash."


def test_a_feast_or_a_country_opening_a_profile_line_keeps_its_capital() -> None:
    profile = BusinessProfile(
        name="Fietsen Vos",
        holidays="Pinksteren: gesloten. Koningsdag: open 10.00–14.00. België: geen bezorging.",
    )
    openers = line_openers(profile)
    assert not {"pinksteren", "koningsdag", "belgië"} & openers
    text = "Let op: Pinksteren zijn we dicht, en op Koningsdag open."
    assert openers_small(text, openers) == text


def test_a_month_an_english_reply_spells_the_same_keeps_its_capital() -> None:
    text = "We are closed from Monday 27 October to Sunday 2 November."
    assert openers_small(text, ()) == text


def test_an_event_opening_a_profile_line_keeps_its_capital() -> None:
    profile = BusinessProfile(
        name="Bistro Kade", holidays="Visserijfeesten: doorlopend open. Dierendag: gratis koekje."
    )
    openers = line_openers(profile)
    assert not {"visserijfeesten", "dierendag"} & openers


def test_the_last_word_of_a_name_of_more_words_keeps_its_capital() -> None:
    text = "We zijn op Goede Vrijdag dicht. Op Zaterdag open."
    assert openers_small(text, ()) == "We zijn op Goede Vrijdag dicht. Op zaterdag open."
    assert openers_small("Op Zaterdag open.", ()) == "Op zaterdag open."
