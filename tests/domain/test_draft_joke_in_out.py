"""Jokes about what the writer came in with and went out with, a mocked promise of a short wait, and a good
resolution: the light line plays on what the joke is about, not on a word read wrongly."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BAKERY = BusinessProfile(name="Bakkerij De Graanschuur", kind="bakkerij", signers=["Tineke"])
SALON = BusinessProfile(name="Kapsalon Knipoog", kind="kapsalon", signers=["Femke"])
BIKES = BusinessProfile(name="Tweewielers Van Dam", kind="fietsenwinkel", signers=["Ruud"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sanne", platform="x")
    assert made.optional is not None
    return made.optional


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Stapte binnen voor één speculaasje. Ging naar buiten met een taart, twee pakken koffie en spijt.",
            "twee pakken koffie",
        ),
        ("Ik liep naar binnen voor een stokbrood! Kwam weg met drie tompoucen en een kerststol 🙈", "kerststol"),
    ],
)
def test_came_in_for_one_thing_and_left_with_more_across_two_sentences(text: str, said: str) -> None:
    reply = _joke(BAKERY, text)
    assert said in reply, reply


def test_what_the_writer_came_in_for_ends_before_a_preposition() -> None:
    reply = _joke(BAKERY, "Kwam voor een roggebrood bij jullie binnen, ging naar huis met vier oliebollen 😅")
    assert "roggebrood bij" not in reply and "oliebollen" in reply, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Kapsalon Knipoog: ge stapt binnen met een staart en ge wandelt buiten met een kuif als een kanarie 🐤",
            "een kuif als een kanarie",
        ),
        ("binnen met krullen, buiten met een strak koppie. mijn moeder herkent me nog net 😂", "een strak koppie"),
    ],
)
def test_in_with_one_thing_out_with_another_says_back_what_went_out(text: str, said: str) -> None:
    reply = _joke(SALON, text)
    assert said in reply and "staart" not in reply, reply


def test_a_month_without_drinks_as_the_name_of_a_haircut_is_no_diet() -> None:
    text = "je gaat binnen met lange lokken en je komt buiten met een coupe ‘Dry January’: niks meer over 😱"
    reply = _joke(SALON, text)
    assert "‘Dry January’" in reply and "dieet" not in reply, reply


def test_a_quoted_short_wait_mocked_by_a_comparison_says_the_comparison_back() -> None:
    text = "Van Dam: 'morgen in een uurtje klaar!' Mijn e-bike staat er nu langer dan een kerstboom in januari 🎄"
    reply = _joke(BIKES, text)
    # said back, and asked whether the e-bike is really still here: no public sorry for being slow
    assert "langer dan een kerstboom" in reply and "je e-bike echt nog" in reply, reply
    assert "sorry" not in reply.lower() and "inderdaad" not in reply, reply


def test_a_wait_compared_without_a_thing_of_the_writers_keeps_the_sorry() -> None:
    # near miss: no thing of the writer's waiting at the shop, a mocked wait: the sorry line as before
    reply = _joke(BIKES, "Van Dam 🐌: de wachtlijst is er langer dan de file op de A12")
    assert "staat" not in reply and "echt nog" not in reply, reply


def test_a_faster_than_comparison_under_a_slow_service_keeps_its_sorry() -> None:
    # near miss: 'sneller dan' compares something else to the service, it is no wait to say back
    text = "Bij Van Dam rijdt de vuilniswagen sneller zijn ronde dan jullie een band plakken 🐌"
    reply = _joke(BIKES, text)
    assert "sneller dan" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Goed voornemen: elke week hardlopen. Week 2: kuitkramp. Week 3: op de bank met chips 😅",
        "Mijn goeie voornemens voor 2036 hebben het tot de eerste sneeuw volgehouden. Toen toch maar de bus 🚌",
    ],
)
def test_a_good_resolution_not_about_eating_plays_on_the_resolution(text: str) -> None:
    reply = _joke(BIKES, text)
    assert "voornem" in reply, reply


def test_a_resolution_beaten_by_the_business_thing_names_that_thing() -> None:
    reply = _joke(BAKERY, "Nam vanochtend 10 saucijzenbroodjes mee naar kantoor. Daar gaan mijn goede voornemens 🙃")
    assert "saucijzenbroodjes" in reply and "voornem" in reply, reply


def test_a_resolution_to_eat_less_stays_a_diet() -> None:
    # near miss: a resolution to eat less of something is the diet shape, with the treat that broke it
    reply = _joke(BAKERY, "Goed voornemen: minder gebak. Stand op 5 januari: twee moorkoppen op 🙈")
    assert "moorkoppen" in reply and "dieet" in reply, reply


def test_in_and_out_not_asked_for_asks_carefully_whether_it_was_too_much() -> None:
    text = "ik ging binnen met een bos krullen en kwam buiten met een militaire coupe. had ik niet gevraagd 🙃"
    reply = _joke(SALON, text)
    assert "een militaire coupe" in reply and ("berichtje" in reply or "laat het" in reply.lower()), reply


def test_in_and_out_without_a_grievance_only_laughs_along() -> None:
    # near miss: no word that it was not asked for, so no question whether it was too much
    reply = _joke(SALON, "ik ging binnen met een bos krullen en kwam buiten met een militaire coupe. Top 🙃")
    assert "een militaire coupe" in reply and "berichtje" not in reply and "oplossing" not in reply, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Bij Knipoog binnenkomt met een bos krullen en naar buiten loopt met een stekelkop, en dan nog blij ook 🤣",
            "een stekelkop",
        ),
        (
            "Ik stapte binnen met lang haar en wandelde buiten met een boblijn 😂 mijn man herkende me niet",
            "een boblijn",
        ),
    ],
)
def test_came_in_and_went_out_said_with_a_verb(text: str, said: str) -> None:
    reply = _joke(SALON, text)
    assert said in reply, reply


def test_what_went_out_with_the_writers_generic_you_is_not_said_back() -> None:
    # 'uw gebuur' is the writer's 'you' for anyone: said back it would be the reply's wrong register
    reply = _joke(SALON, "Ge komt binnen met een kapsel en ge gaat buiten met alle nieuwtjes van uw straat 😂")
    assert "uw straat" not in reply, reply
