"""The business's own closing laid beside the date a question names (app/domain/draft_closed_beside.py), and the
holiday lines read so that no raw profile text is pasted into a sentence. Profiles and comments of their own."""

from __future__ import annotations

from app.domain.draft_closed_beside import closed_beside
from app.domain.draft_days import entry_span
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_SHOP = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Sjoerd"],
    voice="ik",
    register="je",
    email="sjoerd@tweewielersvandam.nl",
    phone="0511 42 33 10",
    opening_hours="dinsdag t/m vrijdag 9.00–18.00, zaterdag 9.00–16.00; zondag en maandag gesloten",
    holidays=(
        "Zomerstop 2031: de winkel is dicht van maandag 4 t/m zaterdag 16 augustus; dinsdag 19 augustus ben ik er "
        "weer. In die weken kun je voor reparaties terecht bij Fietsenhuis Wijma, Dorpsstraat 9 in Burgum."
    ),
    faq=[],
)

_CAFE = BusinessProfile(
    name="Eetcafé De Zwaan",
    kind="restaurant",
    signers=["Anouk"],
    voice="wij",
    register="u",
    email="tafel@dezwaan.be",
    opening_hours="woensdag t/m zondag vanaf 11.30; maandag en dinsdag gesloten",
    holidays=(
        "Vrijdag 11 juli (Vlaamse feestdag) open met een barbecuemenu; graag vooraf reserveren. "
        "Jaarlijks verlof van maandag 18 t/m woensdag 27 augustus; donderdag 28 augustus zijn we terug open."
    ),
)


def test_a_date_inside_the_closing_gets_the_closing_the_day_back_and_the_stand_in() -> None:
    draft = suggested(
        _SHOP, "Wij kamperen vanaf woensdag 6 augustus bij Bakkeveen. Kunnen we bij je een band laten plakken?"
    )
    assert "dicht" in draft, draft
    assert "19 augustus" in draft, draft
    assert "Wijma" in draft, draft


def test_an_english_date_inside_the_closing_is_said_in_english() -> None:
    text = "Hi! We will be cycling past your shop on 12 August. Could you check our brakes?"
    draft = suggested(_SHOP, text, author="Emma")
    assert "closed from Monday 4 to Saturday 16 August" in draft, draft
    assert "Tuesday 19 August" in draft, draft
    assert "Wijma" not in draft, draft  # the profile's Dutch sentence is not pasted into English


def test_a_date_outside_the_closing_says_nothing_of_it() -> None:
    """Near miss: a date the shop is open, or no date at all, gets no closing."""
    for text in (
        "Wij kamperen vanaf woensdag 27 augustus bij Bakkeveen. Kunnen we bij je een band laten plakken?",
        "Kunnen we bij je een band laten plakken? We zijn in augustus een week in de buurt.",
    ):
        draft = suggested(_SHOP, text)
        assert "Wijma" not in draft and "4 t/m" not in draft, draft


def test_the_resolver_needs_a_whole_date() -> None:
    entries = _SHOP.holiday_entries()
    found = closed_beside("Kom ik op 9 augustus langs?", entries)
    assert found is not None
    assert found.back_day == "dinsdag 19 augustus"
    assert found.stand_in.startswith("In die weken kun je")
    assert closed_beside("Kom ik de 9e langs?", entries) is None  # a bare day of the month names no closing


def test_the_sentence_of_a_closing_is_no_note() -> None:
    name, span, note = entry_span("Zomerstop", "de winkel is dicht van maandag 4 t/m zaterdag 16 augustus")
    assert (name, span, note) == ("Zomerstop", "maandag 4 t/m zaterdag 16 augustus", "")
    # near miss: a real note stays ('vakantie'), and one after the sentence's verb too
    assert entry_span("4 t/m 16 augustus", "vakantie, dicht")[2] == "vakantie"
    assert (
        entry_span("Zomerstop", "de salon is dicht van 4 t/m 16 augustus, zonder vervanging")[2] == "zonder vervanging"
    )


def test_a_name_between_brackets_belongs_to_the_day_and_a_lower_case_part_goes_on() -> None:
    entries = _CAFE.holiday_entries()
    assert entries[0] == ("Vrijdag 11 juli (Vlaamse feestdag)", "open met een barbecuemenu; graag vooraf reserveren")
    # near miss: a part that names its own day stays a line of its own
    assert entries[1][0].startswith("Jaarlijks verlof") and entries[2][0] == "donderdag 28 augustus"


def test_an_open_day_with_what_is_on_reads_as_a_sentence() -> None:
    draft = suggested(_CAFE, "Zijn jullie open op 11 juli? We zouden met zes komen.", author="Mieke Claes")
    assert "(Vlaamse feestdag) open" not in draft and "geldt:" not in draft, draft
    assert "open met een barbecuemenu" in draft and "reserveren" in draft, draft


def test_a_flemish_no_is_said_in_english() -> None:
    shop = BusinessProfile(
        name="Fietsen Verstraete",
        kind="fietsenmaker",
        signers=["Lode"],
        voice="wij",
        register="u",
        opening_hours="dinsdag t/m zaterdag 9.00–18.00",
        faq=[FaqItem("Herstellen jullie ook scooters?", "Neen, we herstellen geen scooters.")],
    )
    draft = suggested(shop, "Hello! Do you repair scooters?", author="Tom")
    assert "Neen" not in draft and "(in Dutch)" not in draft, draft
    assert "we do not repair scooters" in draft, draft


_DINER = BusinessProfile(
    name="Brasserie Het Veerhuis",
    kind="restaurant",
    signers=["Ruud"],
    voice="wij",
    register="u",
    email="info@hetveerhuis.nl",
    opening_hours="woensdag t/m zondag vanaf 12.00; maandag en dinsdag gesloten",
    accessibility="Zaal, serre en terras zijn gelijkvloers; aangepast toilet aanwezig.",
    holidays=(
        "Moederdag zondag 9 mei: open, moederdagbrunch € 34,50. "
        "Zomer 2031: in juli en augustus zijn we ook op maandag open."
    ),
)


def test_a_question_that_points_back_at_a_day_named_before_gets_that_days_line() -> None:
    text = "Met Moederdag willen we met z'n zessen komen lunchen. Zijn jullie die zondag open?"
    draft = suggested(_DINER, text, author="Ilse de Graaf")
    assert "9 mei" in draft and "moederdagbrunch" in draft, draft
    assert "open moederdagbrunch" not in draft, draft  # the profile's comma is kept


def test_a_question_about_a_sunday_without_pointing_back_gets_the_week() -> None:
    """Near miss: 'op zondag' without 'die' names no day of the comment; the weekly hours answer it."""
    draft = suggested(_DINER, "Zijn jullie op zondag open? We willen komen lunchen.", author="Ilse de Graaf")
    assert "moederdag" not in draft.lower(), draft


def test_a_holiday_value_that_is_a_sentence_is_said_as_one() -> None:
    draft = suggested(_DINER, "Zijn jullie deze zomer ook op maandag open?", author="Ilse de Graaf")
    assert "In juli en augustus zijn we ook op maandag open." in draft, draft
    assert "geldt:" not in draft, draft


def test_a_field_written_as_a_sentence_is_not_put_behind_a_frame() -> None:
    text = "Mijn vader zit in een rolstoel. Zijn jullie open op Moederdag?"
    draft = suggested(_DINER, text, author="Ilse de Graaf")
    assert "Zaal, serre en terras zijn gelijkvloers" in draft, draft
    assert "is Zaal" not in draft, draft


def test_an_unknown_question_how_a_thing_of_ours_is_is_said_back_as_a_clause() -> None:
    draft = suggested(_DINER, "Is jullie serre verwarmd als het koud is? En mogen we zelf bloemen meenemen?")
    assert "Of onze serre verwarmd is als het koud is" in draft, draft
    assert "andere vraag" in draft or "bloemen" in draft, draft  # the second question still gets its word


def test_a_question_for_something_to_be_done_is_no_clause() -> None:
    """Near miss: 'Is het mogelijk om ...?' asks for something to be done, not how a thing of ours is."""
    from app.domain.draft_whether import whether_asked

    assert whether_asked("Is het mogelijk om een taart mee te brengen?", "ons") == ""
    assert (
        whether_asked("Is uw zaal groot genoeg als we met 40 komen?", "mij")
        == "mijn zaal groot genoeg is als we met 40 komen"
    )
    assert whether_asked("Is jullie terras overdekt?", "ons") == "ons terras overdekt is"


def test_a_lower_case_part_that_names_a_feast_or_says_closed_stays_its_own_line() -> None:
    """Near miss for the part that goes on: 'nieuwjaarsdag gesloten' and 'kermis dicht' are lines of their own."""
    shop = BusinessProfile(holidays="oudejaarsdag: open tot 16:00; nieuwjaarsdag gesloten; kermis dicht")
    assert shop.holiday_entries() == [
        ("oudejaarsdag", "open tot 16:00"),
        ("nieuwjaarsdag gesloten", ""),
        ("kermis dicht", ""),
    ]


def test_you_asked_with_a_plural_verb_is_no_thing_of_ours() -> None:
    """Near miss: 'Zijn jullie dan bereikbaar?' asks whether the business can be reached; 'jullie' is no owner."""
    from app.domain.draft_whether import whether_asked

    assert whether_asked("Zijn jullie dan bereikbaar?", "ons") == ""
    assert whether_asked("Zijn jullie zaterdag open?", "ons") == ""
