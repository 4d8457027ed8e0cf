"""Whole-pipeline drafts for rumours the profile refutes outright: the business stops doing a thing it still does, a
FAQ that says some people are welcome, and a feast period said to be closed throughout while days in it are open."""

from __future__ import annotations

from dataclasses import replace

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

VISHANDEL = BusinessProfile(
    name="Vishandel Brouwer",
    kind="vishandel",
    signers=["Kees"],
    voice="wij",
    register="je",
    email="info@vishandelbrouwer.nl",
    website="www.vishandelbrouwer.nl",
    opening_hours="di–za 8:00–17:00",
    delivery_terms="Thuisbezorgen in Urk en Emmeloord op donderdag; bestellen tot woensdag 16:00.",
)
LUNCHROOM = BusinessProfile(
    name="Lunchroom De Kaasboer",
    kind="restaurant",
    signers=["Anke"],
    voice="wij",
    register="je",
    email="anke@dekaasboer.nl",
    website="www.dekaasboer.nl",
    opening_hours="di–zo 10:00–17:00",
    faq=[
        FaqItem("Zijn honden welkom?", "Zeker: er staat een waterbak bij de deur en achterin is plek voor de mand."),
    ],
)
PATISSERIE = BusinessProfile(
    name="Patisserie Claes",
    kind="bakkerij",
    signers=["Lore"],
    voice="ik",
    register="u",
    email="info@patisserieclaes.be",
    website="www.patisserieclaes.be",
    opening_hours="di t/m za 7.00–18.00, zo 7.00–12.00",
    holidays=(
        "Kerstavond vr 24 december 7.00–16.00. Kerstmis za 25 december 8.00–12.00. Zo 26 december gesloten. "
        "Oudejaarsdag vr 31 december 7.00–16.00."
    ),
)


def test_a_rumour_that_a_thing_stops_is_wrong_when_the_profile_does_it() -> None:
    reply = suggested(
        VISHANDEL, "Jammer dat Brouwer gestopt is met thuisbezorgen, mijn vader rekende erop.", "onwaarheid"
    )
    assert "klopt niet" in reply and "donderdag" in reply


def test_a_business_that_stops_altogether_gets_no_verdict_from_its_delivery() -> None:
    reply = suggested(VISHANDEL, "Hoorde dat Brouwer er volgend jaar mee stopt. Zonde van de bezorging!", "onwaarheid")
    assert "Dat klopt niet" not in reply


def test_a_faq_that_welcomes_someone_says_they_are_welcome() -> None:
    reply = suggested(
        LUNCHROOM, "Schijnt dat honden sinds kort niet meer welkom zijn in De Kaasboer. Jammer!", "onwaarheid"
    )
    assert "honden zijn" in reply and "welkom" in reply and "waterbak" in reply


def test_a_feast_said_closed_throughout_is_answered_with_the_days_open() -> None:
    reply = suggested(PATISSERIE, "Let op: Patisserie Claes is de hele kerstperiode dicht!", "onwaarheid")
    assert "24 december" in reply and "open" in reply


def test_a_single_feast_day_said_closed_with_a_closed_day_in_it_stays_open_ended() -> None:
    # 26 December is closed: 'met de kerstdagen dicht' may be partly right, so it is not said to be wrong
    reply = suggested(PATISSERIE, "Patisserie Claes is met de kerstdagen dicht, las ik.", "onwaarheid")
    assert "klopt niet" not in reply


FIETSMAKER = BusinessProfile(
    name="Tweewielers Post",
    kind="fietsenwinkel",
    signers=["Ruud"],
    voice="ik",
    register="je",
    email="ruud@tweewielerspost.nl",
    website="www.tweewielerspost.nl",
    opening_hours="di–wo 9:00–18:00, do 9:00–21:00, vr 9:00–18:00, za 9:00–16:00",
)


def test_a_rumour_of_no_more_evenings_gets_the_late_day() -> None:
    reply = suggested(
        FIETSMAKER,
        "Zonde dat Post 's avonds niet meer opengaat, nu moet ik mijn band in de lunchpauze brengen.",
        "onwaarheid",
    )
    assert "klopt niet" in reply and "donderdag tot 21:00" in reply, reply


def test_a_rumour_of_no_more_mornings_is_not_refuted_by_an_evening() -> None:
    shop = replace(FIETSMAKER, opening_hours="di–za 12:00–18:00")
    reply = suggested(shop, "Ik hoorde dat Post 's ochtends niet meer open is, klopt dat?", "onwaarheid")
    assert "klopt niet" not in reply and "vul in" in reply, reply


def test_a_rumour_that_a_weekday_no_longer_opens_gets_that_days_hours() -> None:
    reply = suggested(FIETSMAKER, "Iemand zei dat Post op zaterdag niet meer opengaat??", "onwaarheid")
    assert "klopt niet" in reply and "zaterdag" in reply and "9:00–16:00" in reply, reply


KAPSTER = BusinessProfile(
    name="Kapsalon Lotus",
    kind="kapsalon",
    signers=["Inge"],
    voice="ik",
    register="je",
    email="inge@kapsalonlotus.nl",
    phone="0318 12 34 56",
    website="www.kapsalonlotus.nl",
    faq=[
        FaqItem("Kan ik online een afspraak maken?", "Ja, via www.kapsalonlotus.nl, ook 's avonds en in het weekend.")
    ],
)


def test_a_rumour_that_calling_no_longer_works_gets_the_number_and_the_online_way() -> None:
    text = "Bij Lotus kun je alleen nog online een afspraak maken hoor, de telefoon nemen ze nooit meer op."
    reply = suggested(KAPSTER, text, label="onwaarheid")
    assert "0318 12 34 56" in reply and "klopt niet" in reply
    assert "ook 's avonds en in het weekend" in reply


def test_a_call_that_went_well_is_no_rumour_about_calling() -> None:
    # near miss: calling named, but nothing says it no longer works
    from app.domain.draft_rumour_calls import calling_denied, only_online

    assert not calling_denied("Ik heb gisteren gebeld en ze waren heel vriendelijk.")
    assert calling_denied("Bellen heeft geen zin meer, ze nemen niet op.")
    assert only_online("Je kunt er alleen nog via een app boeken.") and not only_online("Ik boek altijd online.")


def test_taking_along_or_accepting_is_no_calling() -> None:
    from app.domain.draft_rumour_calls import calling_denied

    assert not calling_denied("Je mag je hond niet meer mee nemen, ook niet op het terras.")
    assert not calling_denied("Contant nemen ze nie meer aan, alleen nog Payconiq.")
    assert calling_denied("Ze nemen nooit meer op als je belt.")
