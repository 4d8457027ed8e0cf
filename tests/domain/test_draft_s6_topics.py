"""General rules added in session 6 (after the blind round r24) for naming what the writer said: every
test uses sentences of its own, not one from a benchmark round, and states one rule."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft as _draft

SALON = BusinessProfile(
    name="Knipperij Noord",
    kind="kapsalon",
    signers=["Ilse"],
    voice="ik",
    register="u",
    email="ilse@knipperijnoord.nl",
    phone="050-1234567",
)
DINER = BusinessProfile(
    name="Eetcafé De Sluis",
    kind="restaurant",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="bram@desluis.nl",
    phone="0513-987654",
)


def test_what_was_judged_and_what_the_writer_came_for_are_said_back() -> None:
    draft = _draft(SALON, "uitkomst_herstel", "Ik kwam voor koperrood en thuis bleek het haar groen.").text or ""
    assert "koperrood" in draft and "groen" in draft, draft
    text = "Mijn lasagne was koud, dat heb ik nog nooit meegemaakt."
    draft = _draft(DINER, "uitkomst_herstel", text).text or ""
    assert "je lasagne koud was" in draft, draft


def test_a_second_judgement_after_a_wait_is_said_back_too() -> None:
    text = "Een uur gewacht op de pizza's en toen kwam de pasta ook nog koud op tafel."
    draft = _draft(DINER, "uitkomst_herstel", text).text or ""
    assert "wacht" in draft and "de pasta" in draft and "koud" in draft, draft


def test_a_measure_the_writer_lost_is_named() -> None:
    text = "Ik wilde alleen mijn pony bijgeknipt, er is nu 4 centimeter af. Hoe lang duurt het tot die terug is?"
    draft = _draft(SALON, "uitkomst_herstel", text, platform="bluesky").text or ""
    assert "4 centimeter" in draft and "wachten" not in draft, draft


def test_staff_named_in_the_present_tense_or_after_thanks_get_the_praise_passed_on() -> None:
    text = "Mijn vader is doof en Joris neemt altijd alle tijd voor hem. Dankjewel hoor, Joris!"
    draft = _draft(SALON, "uitkomst_bedank_publiek", text, platform="google").text or ""
    assert "Joris" in draft, draft


def test_an_allergen_the_writer_asked_about_is_said_back() -> None:
    bakery = BusinessProfile(
        name="Bakkerij Stam", kind="bakkerij", signers=["Ria"], voice="ik", register="je", phone="020-1112233"
    )
    text = "Ik vroeg nog of er pinda's in de koekjes zaten. Mijn zoon heeft een pinda-allergie en kreeg overal bulten."
    draft = _draft(bakery, "uitkomst_herstel", text).text or ""
    assert "pinda's" in draft and "020-1112233" in draft, draft


def test_staff_named_by_the_writer_at_the_start_get_the_praise() -> None:
    text = "Pieter en Sanne, wat was de taart voor ons jubileum mooi! Iedereen vroeg waar hij vandaan kwam."
    draft = _draft(DINER, "uitkomst_bedank_publiek", text).text or ""
    assert "Pieter" in draft or "Sanne" in draft, draft


def test_a_promised_time_that_passed_is_said_back() -> None:
    text = "De pizza's zouden om half zeven gebracht worden. Om acht uur hadden we nog niks."
    draft = _draft(DINER, "uitkomst_herstel", text).text or ""
    assert "niet om half zeven gebracht werden" in draft, draft


def test_praised_work_at_the_writers_own_event_names_the_event() -> None:
    text = "Wat een fijne begeleiding door jullie bij onze kunstmarkt in de Stadsschouwburg. Iedereen zag er top uit."
    draft = _draft(SALON, "uitkomst_bedank_publiek", text, platform="linkedin").text or ""
    assert "begeleiding bij uw kunstmarkt" in draft, draft


def test_what_a_photo_showed_is_what_was_asked_and_the_occasion_is_named() -> None:
    text = "Ik liet een foto zien van een korte pixie en kreeg een matje. Volgende week is het feest van mijn moeder."
    draft = _draft(SALON, "uitkomst_herstel", text).text or ""
    assert "een korte pixie" in draft and "foto" not in draft and "het feest van uw moeder" in draft, draft


def test_a_missing_thing_said_with_the_verb_first_is_said_back_once_and_in_number() -> None:
    text = "Bij de bezorging is de tafel beschadigd en er ontbreken twee stoelen. Wat gaan jullie doen?"
    draft = _draft(DINER, "uitkomst_herstel", text).text or ""
    assert "twee stoelen" in draft and ("ontbraken" in draft or "zaten" in draft), draft


def test_the_occasion_of_the_writers_person_is_named_when_the_empathy_lost_it() -> None:
    text = "Ik kwam voor een korte bob en ging weg met een matje. Volgende week is het jubileum van mijn ouders."
    draft = _draft(SALON, "uitkomst_herstel", text).text or ""
    assert "een korte bob" in draft and "jubileum van uw ouders" in draft, draft


def test_the_writers_own_occasion_is_named_with_a_wait() -> None:
    text = "Tafel besproken voor mijn verjaardag met acht vrienden, toch nog drie kwartier gewacht. Slordig."
    draft = _draft(DINER, "uitkomst_herstel", text).text or ""
    assert "verjaardag" in draft, draft
    # a desk is no party: 'De receptie deed niks' names no occasion
    draft = _draft(DINER, "uitkomst_herstel", "Een uur gewacht op de rekening. De receptie deed niks.").text or ""
    assert "receptie" not in draft, draft
