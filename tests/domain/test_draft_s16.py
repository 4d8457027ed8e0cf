"""Session 16: an achievement named in a question or a thank-you is congratulated (resources/topics.toml
concept 'kampioen', replies.toml 'achievement_noted'); a wish for later hours that some day already meets
gets that day. Businesses and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.businesses import EETCAFE_DE_LINDE
from tests.domain.drafts import draft_text


def test_a_question_after_a_championship_congratulates() -> None:
    said = draft_text(
        EETCAFE_DE_LINDE,
        "uitkomst_vraag_beantwoorden",
        "Na ons kampioensfeest willen we met 18 man komen eten, kan dat zaterdag?",
        author="Bert",
    )
    assert "gefeliciteerd met het kampioenschap" in said.lower(), said


def test_a_question_about_who_will_win_congratulates_nobody() -> None:
    said = draft_text(
        EETCAFE_DE_LINDE,
        "uitkomst_vraag_beantwoorden",
        "Zetten jullie de finale op tv? Wie wordt er kampioen volgens jullie?",
        author="Bert",
    )
    assert "gefeliciteerd" not in said.lower(), said


def test_a_diploma_in_a_question_is_congratulated() -> None:
    said = draft_text(
        EETCAFE_DE_LINDE,
        "uitkomst_vraag_beantwoorden",
        "Onze dochter is geslaagd!! Kunnen we vrijdag met z'n zessen bij jullie eten?",
        author="Petra",
    )
    assert "gefeliciteerd" in said.lower() and "diploma" in said, said


def test_thanks_for_the_food_at_a_title_party_congratulates_the_team() -> None:
    said = draft_text(
        EETCAFE_DE_LINDE,
        "uitkomst_bedank_publiek",
        "Na de laatste wedstrijd zijn we kampioen geworden en jullie bitterballen gingen er in als koek, top!",
        author="Sjaak",
    )
    assert "gefeliciteerd" in said.lower() and "kampioen" in said, said


_VISKRAAM = BusinessProfile(
    name="Viskraam Bram",
    kind="viswinkel",
    signers=["Bram"],
    voice="ik",
    email="bram@viskraam.nl",
    opening_hours="wo markt Epe 8:00–12:30, vr markt Heerde 8:00–12:30, za markt Hattem 8:00–17:00",
)


def test_a_wish_for_afternoon_hours_gets_the_day_that_has_them() -> None:
    said = draft_text(
        _VISKRAAM,
        "uitkomst_bedank_publiek_suggestie",
        "Top kibbeling!! Maar ik werk tot half 1, kun je niet eens wat later op de middag blijven staan?",
        author="Gerda",
    )
    assert "zaterdag" in said and "17:00" in said and "vul in" not in said, said


def test_a_wish_for_later_hours_that_no_day_has_keeps_the_owner_slot() -> None:
    said = draft_text(
        _VISKRAAM,
        "uitkomst_bedank_publiek_suggestie",
        "Lekkerste haring van de Veluwe! Zou je ook eens op een avond kunnen staan?",
        author="Gerda",
    )
    assert "zaterdag" not in said and "vul in" in said, said


def test_echt_stresses_once_in_a_reply() -> None:
    from app.domain.draft_text import once_echt

    said = once_echt("Dit is echt niet de bedoeling. Twee uur is echt te lang. [vul in: echt iets] Echt waar.")
    assert said == "Dit is echt niet de bedoeling. Twee uur is te lang. [vul in: echt iets] Echt waar."


_STUDIO = BusinessProfile(
    name="Studio Noor",
    kind="kapsalon",
    signers=["Noor"],
    voice="ik",
    email="noor@studionoor.nl",
    holidays="van 27 juli t/m 16 augustus gesloten (zomervakantie)",
)


def test_a_plan_to_close_is_not_denied_by_a_holiday_closing() -> None:
    said = draft_text(
        _STUDIO, "uitkomst_onwaarheid", "Studio Noor gaat dicht vanwege de huur, hoorde ik.", author="Ina"
    )
    assert "vul in" in said and "klopt niet" not in said, said


def test_a_closed_door_is_explained_by_the_holiday_closing() -> None:
    said = draft_text(_STUDIO, "uitkomst_onwaarheid", "Studio Noor is al twee weken dicht, gestopt?", author="Ina")
    assert "16 augustus" in said and "vul in" not in said, said


def test_names_for_one_fixed_day_come_from_the_data() -> None:
    from app.domain.draft_days import holiday_names
    from app.domain.draft_fact_words import fact_words

    assert any({"keningsdei", "koningsdag"} <= group for group in fact_words().same_day)
    assert {"oudejaarsdag", "31 december"} <= holiday_names("oudjaar")
