"""A weekday asked about that the holidays treat apart: a closed weekday a holiday period opens, with or without its
times and also in English (app/domain/draft_season_day.py), and a weekday asked without a date while the holidays
close one such day by its date (AnswerDrafting._dated_weekday). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_season_day import english_period, english_span, season_day
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

# a lunchroom closed on Tuesday and Wednesday, open every day in the summer and autumn holidays
TEAROOM = BusinessProfile(
    name="Theeschenkerij De Linde",
    kind="restaurant",
    signers=["Anke"],
    voice="wij",
    register="je",
    opening_hours="do–ma 10:00–17:00; dinsdag en woensdag gesloten",
    holidays="zomervakantie: alle dagen open, ook dinsdag en woensdag; herfstvakantie (19–27 oktober): "
    "elke dag open 10:00–18:00, ook dinsdag en woensdag; 25 december: gesloten",
)
# a butcher open on weekdays that closes one Thursday by its date
BUTCHER = BusinessProfile(
    name="Slagerij Van Dam",
    kind="slagerij",
    signers=["Rik"],
    voice="ik",
    register="u",
    opening_hours="ma–vr 8:00–18:00, za 8:00–16:00; zondag gesloten",
    holidays="kerstvakantie: gewone uren; donderdag 2 januari: dicht (inventaris)",
)


def test_a_period_that_opens_a_closed_weekday_with_or_without_times() -> None:
    entries = TEAROOM.holiday_entries()
    bare = season_day(entries, "dinsdag")
    assert bare is not None and bare.name == "zomervakantie" and not bare.times
    assert season_day(entries, "zaterdag") is None  # no period names it
    # a dated line is one day, not a period; a closing names no opening
    assert season_day([("dinsdag 4 maart", "open 9:00–12:00")], "dinsdag") is None
    assert season_day([("kerstvakantie", "dinsdag gesloten")], "dinsdag") is None


def test_english_names_of_a_period_and_its_days() -> None:
    assert english_period("zomervakantie") == "the summer holidays"
    assert english_period("voorjaarsvakantie") == "the spring holidays"
    assert english_period("bouwvak") == ""
    assert english_span("19–27 oktober") == "19–27 October"
    assert english_span("tot eind augustus") == ""


def test_a_dutch_question_about_a_closed_weekday_open_in_the_summer() -> None:
    draft = suggested(TEAROOM, "Kunnen we woensdagmiddag bij jullie een stuk taart komen eten?")
    assert "dicht" in draft or "gesloten" in draft, draft
    assert "zomervakantie" in draft and "op woensdag wel" in draft, draft


def test_an_english_question_about_a_closed_weekday_open_in_the_holidays() -> None:
    draft = suggested(TEAROOM, "Hello! Are you open on Tuesday afternoon? We're cycling past with the kids.")
    assert "closed on Tuesdays" in draft, draft
    assert "the summer holidays" in draft and "open on Tuesdays" in draft, draft


def test_a_closed_weekday_no_period_opens_still_gets_a_day_instead() -> None:
    plain = BusinessProfile.from_dict({**TEAROOM.to_dict(), "holidays": "25 december: gesloten"})
    draft = suggested(plain, "Are you open on Tuesday?")
    assert "closed on Tuesdays" in draft and "holidays" not in draft, draft


def test_a_weekday_asked_without_a_date_gets_the_dated_closing_of_that_weekday() -> None:
    draft = suggested(BUTCHER, "Bent u komende donderdag gewoon open? Ik wil graag een rollade bestellen.")
    assert "donderdag 2 januari" in draft and "dicht" in draft, draft


def test_no_dated_closing_for_another_weekday_a_date_asked_or_every_such_day() -> None:
    for text in (
        "Bent u vrijdag open? Ik wil graag gehakt halen.",
        "Bent u op donderdag 9 januari open?",
        "Bent u 's donderdags ook tot zes uur open?",
    ):
        draft = suggested(BUTCHER, text)
        assert "2 januari" not in draft, (text, draft)


SALON = BusinessProfile(
    name="Kapsalon Knipoog",
    kind="kapsalon",
    signers=["Ilse"],
    voice="wij",
    register="je",
    opening_hours="di–za 9:00–17:30; zondag en maandag gesloten",
    holidays="kerstvakantie: gewone uren, op vrijdag 27 december tot 20:00",
    faq=[FaqItem("Wat kost een kinderknipbeurt?", "Kinderen tot 10 jaar € 16, tot 16 jaar € 21.")],
)


def test_a_price_asked_beside_a_question_about_a_holiday_is_answered_too() -> None:
    draft = suggested(SALON, "Wat kost knippen voor de kinderen? Kan dat ook op een vrijdag in de kerstvakantie?")
    assert "kerstvakantie" in draft and "€ 16" in draft, draft


def test_a_holiday_asked_alone_gets_no_price() -> None:
    draft = suggested(SALON, "Kunnen de kinderen in de kerstvakantie ook op vrijdag terecht?")
    assert "€" not in draft, draft
