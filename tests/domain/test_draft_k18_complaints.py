"""Complaints that name what the writer named (issue #13): a person of the writer's on a drip, closed on a holiday
the profile lists, a name spelt wrong as 'X in plaats van Y', what an appointment was for and the time said once,
and a question whether to come back on a day. Businesses and sentences of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_come_back import come_back_day
from app.domain.draft_questions import addressed_question
from app.domain.draft_times import booked_for
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

BISTRO = BusinessProfile(
    name="Bistro De Waag",
    kind="restaurant",
    signers=["Lotte"],
    voice="wij",
    register="u",
    email="info@bistrodewaag.nl",
    phone="030-2345678",
    opening_hours="di–zo 12:00–22:00; ma dicht",
    holidays="eerste kerstdag: dicht; tweede kerstdag: 12:00–20:00; 31 december: gesloten; 1 januari: dicht",
)
TAARTJES = BusinessProfile(
    name="Taartenatelier Suiker", kind="bakkerij", signers=["Eva"], voice="ik", email="eva@suiker.nl"
)
SALON = BusinessProfile(name="Salon Vlecht", kind="kapper", signers=["Amira"], voice="ik", email="amira@vlecht.nl")
FIETSEN = BusinessProfile(
    name="Rijwielhuis Bosman",
    kind="fietsenmaker",
    signers=["Kees"],
    voice="ik",
    email="kees@bosman.nl",
    opening_hours="di–vr 9:00–18:00, za 9:00–17:00",
    return_terms="drie maanden garantie op reparaties",
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Na jullie kipsaté zijn we allemaal ziek geworden. Mijn moeder (76) moest zelfs aan het infuus.", "moeder"),
        ("Met drie man gegeten, alle drie doodziek. Onze zoon lag de dag erna aan de baxter.", "zoon"),
        ("Garnalen gegeten en daarna overgeven en diarree. Mijn man kreeg zelfs een infuus.", "man"),
    ],
)
def test_a_person_on_a_drip_is_named(text: str, who: str) -> None:
    draft = draft_text(BISTRO, _COMPLAINT, text, author="Ingrid")
    assert f"uw {who}" in draft and "infuus" in draft


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wilden op oudjaar bij jullie eten, maar jullie zijn dicht?! Snap er niks van.", "31 december"),
        ("Een restaurant dat op oudejaarsavond gesloten is... gemiste kans hoor", "31 december"),
        ("Stonden we op eerste kerstdag voor een dichte deur. Echt jammer voor een bistro.", "eerste kerstdag"),
    ],
)
def test_closed_on_a_listed_holiday_says_that_day_and_no_excuses(text: str, day: str) -> None:
    draft = draft_text(BISTRO, _COMPLAINT, text, author="Ingrid")
    assert day in draft and ("dicht" in draft or "gesloten" in draft)
    assert "excuses" not in draft and "vul in" not in draft
    assert "12:00–22:00" not in draft  # that day, not the week's hours


def test_the_turn_of_the_year_is_no_stale_food() -> None:
    for text in ("Dicht met oud en nieuw?? Serieus?", "jullie zijn met Oud en Nieuw gesloten, jammer"):
        assert analyse_topics(text).concept != "kwaliteit"
    assert analyse_topics("Het brood was oud en droog.").concept == "kwaliteit"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Taart met foto besteld. De foto was wazig en de naam verkeerd geschreven: Noor in plaats van Nora.", "Nora"),
        ("Naam fout gespeld, Jesse ipv Jessie. En ik betaalde er 5 euro extra voor.", "Jessie"),
        ("Spelfout op de verjaardagstaart: Mila i.p.v. Milla. Foto was ook onscherp.", "Milla"),
    ],
)
def test_a_name_spelt_wrong_is_said_as_the_writer_spells_it(text: str, right: str) -> None:
    draft = draft_text(TAARTJES, _COMPLAINT, text, author="Sanne")
    assert right in draft and "opgebouwd" not in draft


def test_blurry_is_a_fault_of_the_thing() -> None:
    for text in ("De foto op de taart was wazig.", "print was helemaal onscherp", "de afbeelding was korrelig"):
        assert "kwaliteit" in analyse_topics(text).problems


def test_what_the_appointment_was_for() -> None:
    assert booked_for("afspraak om 10u voor knotless braids, pas om 12u begonnen") == "knotless braids"
    assert booked_for("Had een afspraak voor een kleuring om 14:00") == "een kleuring"
    assert booked_for("Afspraak voor balayage gemaakt om 9:30") == "balayage"
    assert booked_for("afspraak voor 10:30") == "" and booked_for("afspraak voor zaterdag om 9u") == ""
    assert booked_for("een afspraak voor mijn dochter om 9") == ""


@pytest.mark.parametrize(
    "text",
    [
        "afspraak om 10u voor knotless braids, om 12u pas begonnen en om 18u klaar. dag weg.",
        "Afspraak om 9:00 voor cornrows. Om 10:30 pas in de stoel gezeten!",
        "Afspraak voor een kleuring om 13u, om 14u pas begonnen. Slecht geregeld.",
    ],
)
def test_a_late_start_names_the_treatment_and_says_the_wait_once(text: str) -> None:
    draft = draft_text(SALON, _COMPLAINT, text, platform="google", author="Priscilla")
    assert booked_for(text) in draft
    assert draft.count("moest wachten") + draft.count("veel te lang wachten") == 1


@pytest.mark.parametrize(
    "question",
    ["kom ik zaterdag dan wéér langs??", "Moet ik hem zaterdag opnieuw brengen?", "breng ik hem zaterdag terug dan?"],
)
def test_a_day_to_come_back_on_gets_its_hours(question: str) -> None:
    assert come_back_day(question, FIETSEN.opening_hours) == ("zaterdag", "9:00–17:00")
    text = f"€95 voor een beurt en de versnelling slaat nog steeds over. {question}"
    draft = draft_text(FIETSEN, _COMPLAINT, text, platform="instagram", author="bram")
    assert "zaterdag" in draft.lower() and "9:00 tot 17:00" in draft and "garantie" in draft


def test_a_closed_day_to_come_back_on_is_said_closed() -> None:
    assert come_back_day("Kom ik maandag weer langs?", FIETSEN.opening_hours) == ("maandag", "")
    draft = draft_text(FIETSEN, _COMPLAINT, "Ketting loopt er wéér af. Kom ik maandag weer langs?", author="bram")
    assert "maandag" in draft and "dicht" in draft


def test_no_day_to_come_back_on_for_other_questions() -> None:
    assert come_back_day("Zijn jullie zaterdag open?", FIETSEN.opening_hours) == ("", "")
    assert come_back_day("kom ik weer langs?", FIETSEN.opening_hours) == ("", "")
    assert addressed_question("fiets piept nog, kom ik dan maandag maar weer langs?")


@pytest.mark.parametrize(
    "text",
    [
        "Ons bedrijfsuitje bij jullie: vriendelijk personeel, maar onze vegetariërs kregen het verkeerde gerecht.",
        "Teamevent gehad, aardige bediening. Helaas: onze kinderen kregen twee keer de verkeerde pasta.",
        "Personeelsfeest met 30 man. Onze veganisten kregen ook nog het verkeerde menu, jammer.",
    ],
)
def test_who_got_the_wrong_dish_is_named_and_praised_staff_is_no_complaint(text: str) -> None:
    assert "personeel" not in analyse_topics(text).problems
    draft = draft_text(BISTRO, _COMPLAINT, text, platform="linkedin", author="Koen Peeters")
    who = next(w for w in ("vegetariërs", "kinderen", "veganisten") if w in text)
    assert f"uw {who}" in draft and "verkeerde" in draft


def test_a_team_event_is_an_occasion() -> None:
    for text, said in (
        ("ons teamevent was een flop", "teamevent"),
        ("Het personeelsdiner viel tegen", "personeelsdiner"),
    ):
        found = analyse_topics(text)
        assert found.occasion == "uitje" and said in found.occasion_words.lower()
