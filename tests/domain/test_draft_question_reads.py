"""How question answers read (issue #13): no yes for a month outside the season a FAQ answer names, the cut-off
for ordering not followed by the closing hour, an asked question answered with an answering lead (not 'Ook
handig'), the part that says for what it is no good said first when the writer names just that, and no answer for a
group the writer does not name. Every test uses sentences and profiles of its own, not those of a benchmark round."""

from __future__ import annotations

import pytest

from app.domain.draft_seasons import answer_span, months_named, outside_season
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

ANSWER = "uitkomst_vraag_beantwoorden"

STRANDTENT = BusinessProfile(
    name="Strandpaviljoen De Zeester",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    register="je",
    email="info@dezeester.nl",
    phone="0223-123456",
    opening_hours="elke dag 10:00–22:00",
    delivery_terms="bezorging in Callantsoog en Groote Keeten; gratis vanaf € 30; bestellen tot 20:30",
    payment="pinnen en contant; bedrijven ook op rekening",
    faq=[
        FaqItem(
            "Verhuren jullie strandstoelen?", "Ja, van mei tot en met september verhuren we strandstoelen, € 8 per dag."
        ),
        FaqItem(
            "Hebben jullie lactosevrije desserts?",
            "Ja, een lactosevrij sorbetijs, maar het wordt in dezelfde keuken gemaakt, dus niet geschikt bij een "
            "melkallergie.",
        ),
    ],
)
KAPPER = BusinessProfile(
    name="Kapsalon Knip",
    kind="kapsalon",
    signers=["Mirthe"],
    voice="ik",
    register="u",
    email="mirthe@kapsalonknip.nl",
    opening_hours="di–za 9:00–17:00",
    faq=[FaqItem("Wat kost een kinderknipbeurt?", "Een kinderknipbeurt (tot 10 jaar) kost € 15.")],
)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Kunnen we in oktober nog een strandstoel huren?", ["oktober"]),
        ("Can we rent a beach chair in late October?", ["oktober"]),
        ("strandstoel in okt nog te huur?", ["oktober"]),
        ("Verhuren jullie in de winter strandstoelen?", ["januari", "februari", "december"]),
        ("Vanaf oktober nog strandstoelen?", []),  # a month that bounds a time
        ("Jan vroeg naar strandstoelen op 3 oktober", []),  # a name and a date
    ],
)
def test_months_named(text: str, months: list[str]) -> None:
    assert months_named(text) == months


def test_answer_span_by_month_and_feast() -> None:
    assert answer_span("Ja, van Pasen tot eind september verkopen we ijs.") == (2, 8)
    assert answer_span("Ja, mei–september elke dag.") == (4, 8)
    assert answer_span("Ja, elke dag.") is None


def test_outside_season_only_when_no_month_fits() -> None:
    answer = "Ja, van mei tot en met september verhuren we strandstoelen."
    assert outside_season(answer, "Kan dat in november?") == ("november", "september")
    assert outside_season(answer, "Kan dat in de winter?") == ("winter", "september")
    assert outside_season(answer, "Kan dat in juli?") == ("", "")
    assert outside_season(answer, "Kan dat in de herfst?") == ("", "")  # september is in it


@pytest.mark.parametrize(
    "text",
    ["Kunnen we in oktober nog een strandstoel huren?", "Verhuren jullie in de winter ook strandstoelen?"],
)
def test_no_yes_for_a_month_outside_the_season(text: str) -> None:
    said = draft_text(STRANDTENT, ANSWER, text)
    assert "helaas niet: van mei tot en met september" in said
    assert "Ja, van mei" not in said


def test_a_month_inside_the_season_keeps_the_answer() -> None:
    said = draft_text(STRANDTENT, ANSWER, "Kunnen we in juli een strandstoel huren?")
    assert "an mei tot en met september verhuren we strandstoelen" in said
    assert "helaas" not in said


def test_english_month_outside_the_season() -> None:
    said = draft_text(STRANDTENT, ANSWER, "Hi! Can we rent beach chairs in late October?")
    assert "not in October" in said and "end of September" in said
    assert "yes" not in said.lower()


def test_order_until_is_not_followed_by_the_closing_hour() -> None:
    said = draft_text(
        STRANDTENT, ANSWER, "Bezorgen jullie in Groote Keeten? En tot hoe laat kan ik op zondag bestellen?"
    )
    assert "bestellen tot 20:30" in said
    assert "22:00" not in said


def test_a_field_asked_in_a_joined_question_gets_an_answering_lead() -> None:
    said = draft_text(
        STRANDTENT, ANSWER, "Verhuren jullie strandstoelen in juni, en kunnen we als bedrijf op rekening betalen?"
    )
    assert "vraag over betalen: pinnen en contant; bedrijven ook op rekening" in said
    assert "Ook handig" not in said and "Goed om te weten" not in said


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zoon heeft een melkallergie. Hebben jullie iets lactosevrij als dessert?",
        "ik heb een melkallergie, kan ik bij jullie een toetje eten zonder risico?",
    ],
)
def test_what_it_is_no_good_for_comes_first(text: str) -> None:
    said = draft_text(STRANDTENT, ANSWER, text)
    assert "Bij melkallergie" in said
    assert "Ja, een lactosevrij" not in said


def test_yes_kept_when_the_writer_names_no_such_condition() -> None:
    said = draft_text(STRANDTENT, ANSWER, "Hebben jullie lactosevrije desserts?")
    assert "Ja, een lactosevrij sorbetijs" in said


@pytest.mark.parametrize("text", ["Wat kost een knipbeurt?", "wat betaal ik voor een knipbeurt bij u"])
def test_no_group_price_for_a_general_question(text: str) -> None:
    assert "€ 15" not in draft_text(KAPPER, ANSWER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wat kost een kinderknipbeurt?",
        "Wat kost een knipbeurt voor mijn dochtertje van 5?",
        "wat kost knippen voor de kids?",
    ],
)
def test_group_price_when_the_group_is_named(text: str) -> None:
    assert "€ 15" in draft_text(KAPPER, ANSWER, text)
