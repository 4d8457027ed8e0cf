"""Questions of the rounds r57–r58 in other words (after their first measurement): trying a thing out before
buying it ('een weekendje uittesten', 'een testrit', 'try out') asks what the FAQ about 'proberen' answers; a
comment dictated with its punctuation spoken ('komma', 'vraagteken') is read as if typed; an English
question about a holiday a profile line shares with another ('eerste en tweede kerstdag') is answered, after
the first question's own answer. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_asked import without_reason
from app.domain.draft_days import spelled_days
from app.domain.draft_spoken import written_out
from app.domain.draft_wishes import wishes
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

STEPS = BusinessProfile(
    name="Steppenhuis Aalst",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="info@steppenhuis.be",
    opening_hours="di–za 10:00–18:00",
    holidays="eerste en tweede paasdag: gesloten; 31 december: 10:00–15:00",
    faq=[
        FaqItem("Kan ik een elektrische step eerst proberen?", "Ja, een proefrit in de winkel is gratis."),
        FaqItem("Repareren jullie ook steps van een ander merk?", "Ja, alle merken; reken op een week."),
    ],
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Duin",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    register="u",
    email="info@hetduin.nl",
    opening_hours="wo–zo 11:00–22:00",
    holidays="eerste en tweede kerstdag: 12:00–21:00, alleen op reservering; 1 januari: dicht",
    faq=[FaqItem("Is er een kinderstoel?", "Ja, we hebben vier kinderstoelen en een kleurplaat voor de kleintjes.")],
)


def _draft(profile: BusinessProfile, text: str, outcome: str = "uitkomst_vraag_beantwoorden") -> str:
    found = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="", platform="facebook")
    return found.text or ""


def test_trying_out_before_buying_asks_the_faq_about_trying() -> None:
    for said in (
        "Kan ik zo'n step eerst een dagje uittesten? Twijfel nog 🤔",
        "Kan ik eerst een testritje doen?",
        "Can I try out an e-step before I buy one?",
    ):
        text = _draft(STEPS, said)
        assert "proefrit" in text and "[vul in" not in text, said


def test_spoken_punctuation_is_written_out_only_when_the_comment_was_dictated() -> None:
    assert written_out("hoi komma hebben jullie een kinderstoel vraagteken groetjes") == (
        "hoi, hebben jullie een kinderstoel? Groetjes"
    )
    assert written_out("hi comma do you have a high chair question mark") == "hi, do you have a high chair?"
    for typed in ("Dat is een goed punt.", "Eén punt: de soep was koud", "Wat kost 2 komma 5 kilo? Punt."):
        assert written_out(typed) == typed


def test_a_dictated_question_is_answered_from_the_faq() -> None:
    text = _draft(BRASSERIE, "goeiemiddag komma is er bij jullie een kinderstoel vraagteken we komen met de baby punt")
    assert "kinderstoelen" in text and "[vul in" not in text and "vraagteken" not in text


def test_two_feast_days_that_share_their_name_are_each_spelled_out() -> None:
    assert spelled_days("eerste en tweede kerstdag") == "eerste kerstdag en tweede kerstdag"
    assert spelled_days("1e en 2e paasdag") == "1e paasdag en 2e paasdag"


def test_an_english_holiday_in_a_shared_line_is_answered_after_the_first_question() -> None:
    text = _draft(BRASSERIE, "Hi there! Do you have a high chair for our toddler? And are you open on Boxing Day?")
    assert "12:00" in text and "Boxing Day" in text and "high chair" in text and "[vul in" not in text
    text = _draft(BRASSERIE, "Are you open on Christmas Day?")
    assert "12:00" in text and "[vul in" not in text
    text = _draft(STEPS, "Zijn jullie open op 2e paasdag?")
    assert "gesloten" in text and "zaterdag" in text  # the profile's own word for it


def test_the_reason_a_closing_rumour_gives_names_no_fact_that_sets_it_straight() -> None:
    assert without_reason("Ze stoppen omdat de huur te hoog is. Klopt dat?") == "Ze stoppen. Klopt dat?"
    text = _draft(
        BRASSERIE,
        "Hoorde dat Het Duin failliet gaat want niemand wil daar nog betalen voor een kinderstoel. Klopt dat?",
        "uitkomst_onwaarheid",
    )
    assert "kinderstoelen" not in text and "klopt niet" not in text and "[vul in" in text
    text = _draft(
        STEPS,
        "Het Steppenhuis stopt ermee doordat ze geen steps van andere merken meer krijgen?",
        "uitkomst_onwaarheid",
    )
    assert "alle merken" not in text


def test_a_wish_to_be_open_an_evening_is_said_back_in_its_shapes() -> None:
    assert wishes("Fijne zaak! Misschien één avond per week open voor wie werkt?") == [
        "om één avond per week open te zijn voor wie werkt"
    ]
    assert wishes("Super geholpen. Enige tip: nog een dag extra open.") == ["om nog een dag extra open te zijn"]
    # the clause before 'zou' is no thing; the thing after it is
    said = "Vrijdag is altijd vol en als leerkracht zou een woensdagmiddag echt ideaal zijn."
    assert wishes(said) == ["voor een woensdagmiddag"]


def test_a_thing_offered_as_a_question_without_a_verb_is_a_wish() -> None:
    assert wishes("Lekkere soep, maar weinig keuze. Iets met linzen of kikkererwten? 🙏") == [
        "voor iets met linzen of kikkererwten"
    ]
    assert wishes("Kan ik iets met deze bon?") == []


def test_a_rumour_about_chemicals_is_set_straight_by_the_faq_on_ammonia_free_dye() -> None:
    salon = BusinessProfile(
        name="Haarstudio Mira",
        kind="kapsalon",
        signers=["Mira"],
        voice="ik",
        register="je",
        email="mira@haarstudio.nl",
        opening_hours="di–za 9:00–17:00",
        faq=[FaqItem("Kleur je zonder ammoniak?", "Ja, ik werk alleen met ammoniakvrije haarverf op plantenbasis.")],
    )
    text = _draft(
        salon,
        "Mira verft met goedkope chemische rommel die je haar verpest, zeggen ze. Klopt dat?",
        "uitkomst_onwaarheid",
    )
    assert "ammoniakvrije" in text and "[vul in" not in text
    assert "Yes, I use ammonia-free hair dye" in _draft(salon, "Do you use ammonia-free hair dye? 🙏")


def test_a_question_in_a_short_complaint_keeps_the_first_part_of_its_answer() -> None:
    shop = BusinessProfile(
        name="Fietsenmakerij Ouwe Trapper",
        kind="fietsenmaker",
        signers=["Kees"],
        voice="ik",
        register="je",
        email="kees@ouwetrapper.nl",
        opening_hours="di–za 9:00–17:00",
        return_terms="een jaar garantie op elke reparatie; slijtdelen vallen erbuiten, zoals banden en remmen",
    )
    found = Drafter(shop, analyser=analyse_topics).draft(
        "uitkomst_herstel",
        "Versnellingskabel weer kapot na een maand 😡😡 valt da nie onder garantie ofzo??",
        author="@fietsfreak",
        platform="x",
    )
    assert "een jaar garantie op elke reparatie" in (found.text or "").lower()
    assert "[vul in: het antwoord" not in (found.text or "")
