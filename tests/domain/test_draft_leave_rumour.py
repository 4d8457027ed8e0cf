"""A rumour that the business stops, told from a closed shop or a notice: the profile's holiday closing answers it
only when the comment points at a closed shop, never for a notice about a pension or a sale nor a shutter seen open
(code review session 32, finding 1). Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_leave_rumour import seen_closing
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_ENTRIES = [("25 en 26 december", "gesloten"), ("1 januari", "gesloten"), ("2 t/m 9 januari", "vakantie")]

_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Kris"],
    register="je",
    voice="ik",
    opening_hours="di–za 7:30–17:00",
    holidays="25 en 26 december: gesloten\n1 januari: gesloten\n2 t/m 9 januari: vakantie",
)


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat jullie ermee stoppen? Er hangt een briefje over pensioen.",
        "Iemand zei dat jullie stoppen, maar het rolluik was gewoon open vanochtend 😅",
        "Er hangt een bord met opheffingsuitverkoop, gaan jullie stoppen?",
        "Klopt het dat jullie stoppen? Er hangt een briefje op de deur.",
    ],
)
def test_a_pension_notice_an_open_shutter_or_a_notice_alone_gets_no_holiday(text: str) -> None:
    assert seen_closing(_ENTRIES, text) == ("", "")


@pytest.mark.parametrize(
    "text",
    [
        "Zo zonde, de bakker stopt ermee, het rolluik is al de hele week dicht.",
        "Rolluik naar beneden, briefje op de deur... gaan jullie failliet?",
    ],
)
def test_a_shop_seen_shut_gets_the_holiday_named_by_its_reason(text: str) -> None:
    assert seen_closing(_ENTRIES, text) == ("vakantie", "2 t/m 9 januari")


def test_the_drafts_of_the_review_deny_with_no_holiday() -> None:
    said = draft_text(
        _BAKERY, "uitkomst_onwaarheid", "Klopt het dat jullie ermee stoppen? Er hangt een briefje over pensioen."
    )
    assert "vakantie" not in said.lower()
    said = draft_text(
        _BAKERY, "uitkomst_onwaarheid", "Iemand zei dat jullie stoppen, maar het rolluik was gewoon open vanochtend 😅"
    )
    assert "vakantie" not in said.lower()


_GARAGE = BusinessProfile(
    name="Autobedrijf Van Dijk",
    kind="garage",
    signers=["Gert"],
    register="je",
    voice="ik",
    opening_hours="ma–vr 8:00–17:30",
    holidays=(
        "24 december: 8:00–14:00\n25 en 26 december: gesloten\n"
        "27 december t/m 3 januari: gesloten (vakantie)\nvanaf maandag 4 januari weer open"
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zwager zegt dat de garage na de kerst stopt, klopt dat?",
        "Las in de groepsapp dat Van Dijk na kerst voorgoed dicht gaat. Waar moet ik nu voor de APK heen?",
    ],
)
def test_a_closing_after_the_feast_is_denied_with_the_break_named_by_its_reason(text: str) -> None:
    said = draft_text(_GARAGE, "uitkomst_onwaarheid", text)
    assert "stop niet" in said or "stop er niet mee" in said
    assert "27 december t/m 3 januari" in said
    assert "maandag 4 januari" in said
    assert "vanaf maandag" not in said


def test_a_stop_on_the_first_day_of_a_leave_gets_the_leave_and_the_day_back() -> None:
    shop = BusinessProfile(
        name="Fietsen Brouns",
        kind="fietsenmaker",
        signers=["Ger"],
        voice="ik",
        register="u",
        holidays="Woensdag 2 t/m zaterdag 5 april gesloten (verlof); dinsdag 8 april weer open.",
    )
    said = draft_text(shop, "uitkomst_onwaarheid", "Hoorde dat Fietsen Brouns per 2 april stopt, jammer.")
    assert "van woensdag 2 t/m zaterdag 5 april" in said and "8 april" in said and "Gesloten verlof" not in said, said
