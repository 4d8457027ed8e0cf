"""Round r27 (issue #13): a complaint about how staff behaved names the staff member by the job the
writer used, with the writer's own word for it when they gave one; a colour that came out wrong and
an opening 'ADJ NOUN' are said back; a birthday by age and a staff name after a job word are thanked."""

from __future__ import annotations

from tests.domain.businesses import EETCAFE_DE_LINDE, GARAGE_VOS, TRIMSALON_WOLK
from tests.domain.drafts import draft_text


def test_staff_behaviour_names_the_job_and_the_writers_own_word() -> None:
    text = "De monteur deed heel kortaf toen ik vroeg wat er aan mijn auto was gedaan. Zo ga je niet met klanten om."
    draft = draft_text(GARAGE_VOS, "uitkomst_herstel", text, platform="google")
    assert "de monteur zo kortaf" in draft
    text = "De serveerster negeerde ons een half uur en snauwde toen we om de rekening vroegen."
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_herstel", text)
    assert "de serveerster zo onvriendelijk" in draft


def test_a_person_of_the_writers_treated_badly_keeps_its_own_line() -> None:
    text = "Mijn dochter werd door de assistente uitgelachen toen ze iets vroeg."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text)
    assert "dochter" in draft and "assistente zo" not in draft


def test_a_colour_that_came_out_wrong_and_an_opening_judged_thing() -> None:
    draft = draft_text(
        TRIMSALON_WOLK, "uitkomst_herstel", "Foto laten zien van crèmewit, en ze kwam er geel uit. Echt zonde."
    )
    assert "kleur geel" in draft
    draft = draft_text(
        EETCAFE_DE_LINDE, "uitkomst_herstel", "Lauwe soep, en daarna nog drie kwartier gewacht op het hoofdgerecht."
    )
    assert "soep" in draft


def test_a_birthday_by_age_and_a_staff_name_after_a_job_word_are_thanked() -> None:
    text = "Onze opa werd vorige week 85 en serveerster Lotte zette een taart met kaarsjes neer. Top avond!"
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_bedank_publiek", text)
    assert "85ste verjaardag" in draft and "Lotte" in draft


def test_what_was_asked_is_said_back_when_the_writer_wants_money_back() -> None:
    text = "Gevraagd om asblond, naar huis gegaan met iets geels. Ik wil gewoon mijn geld terug."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text, platform="google")
    # the writer's verb: asked for it ('Gevraagd om asblond'), not came for it
    assert "vroeg om asblond" in draft or "om asblond vroeg" in draft


def test_a_colour_result_is_said_back_even_with_a_person_of_the_writers_named() -> None:
    text = "Foto meegenomen van een zandblonde coupe. Resultaat: geel. Mijn man lacht me uit."
    draft = draft_text(TRIMSALON_WOLK, "uitkomst_herstel", text)
    assert "kleur geel" in draft and "zandblonde coupe" in draft


def test_staff_behaviour_told_in_the_present_tense() -> None:
    text = "Vraag ik of de soep glutenvrij is, rolt die jongen met z'n ogen en loopt weg."
    draft = draft_text(EETCAFE_DE_LINDE, "uitkomst_herstel", text)
    assert "behandeld" in draft or "onvriendelijk" in draft
    text = "Ik vroeg om een bon en de monteur snauwt: 'zoek het zelf maar uit'."
    assert "de monteur zo onvriendelijk" in draft_text(GARAGE_VOS, "uitkomst_herstel", text)
