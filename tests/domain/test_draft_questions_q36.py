"""Questions answered with the profile's facts (session 36): a holiday line that names the day asked beats a
range that only holds its date, part of a month is not the whole month, a walk-in answered by the entry for the
thing asked, the kind said back in a promise to find out, an
English closed day kept on a short platform, a participle of parking and Limburgish days. Shops and sentences of
their own."""

from __future__ import annotations

import pytest

from app.domain.draft_closing import closing_date
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text, suggested

_QUESTION = "uitkomst_vraag_beantwoorden"

_TEAROOM = BusinessProfile(
    name="Theehuis De Linde",
    kind="restaurant",
    signers=["Greet"],
    voice="wij",
    register="u",
    email="info@delinde.be",
    phone="016-22 33 44",
    opening_hours="wo–zo 10:00–18:00; maandag en dinsdag gesloten",
    parking="eigen parking voor 20 wagens achter het theehuis",
    holidays=(
        "kerstvakantie (20 december t/m 4 januari): ook maandag en dinsdag open; vrijdag 26 december (Tweede "
        "Kerstdag): 10:00–15:00"
    ),
    faq=[
        FaqItem("Hebben jullie pannenkoeken?", "Ja, elke dag pannenkoeken met suiker, stroop of appel, vanaf € 6."),
        FaqItem("Kan ik een zaaltje huren?", "Ja, onze serre is voor 10 tot 30 personen."),
    ],
)


def _suggested(profile: BusinessProfile, text: str, label: str = "vraag", platform: str = "facebook") -> str:
    """The draft the assistant suggests for a comment with the label given, as the rounds measure it."""
    return suggested(profile, text, label=label, platform=platform)


def test_a_line_that_names_the_day_asked_beats_a_range_that_holds_its_date() -> None:
    made = draft_text(_TEAROOM, _QUESTION, "Zijn jullie op tweede kerstdag open? We komen met de fiets.")
    assert "10:00–15:00" in made and "4 januari" not in made, made


def test_part_of_a_month_is_not_a_closing_on_other_days_of_it() -> None:
    entries = [("jaarlijks verlof", "2 t/m 9 november"), ("kermis (25 t/m 28 november)", "gesloten")]
    assert closing_date(entries, "Kunnen jullie half november een taart maken?") == ""
    assert closing_date(entries, "Zijn jullie eind november open?") == "kermis"
    assert closing_date(entries, "Zijn jullie in november open?") == "jaarlijks verlof"


def test_a_promise_to_find_out_says_the_kind_asked() -> None:
    made = _suggested(_TEAROOM, "Is de wortelsoep vegan? Ik eet geen dierlijke producten.")
    # (the question said back, draft_whether_clauses: 'Of de wortelsoep vegan is, ...')
    assert "vegan wortelsoep" in made or "Of de wortelsoep vegan is" in made, made
    made = _suggested(_TEAROOM, "Bakken jullie de kroketten in plantaardig vet?")
    assert "plantaardig kroketten" not in made and "plantaardige kroketten" not in made, made


def test_a_participle_of_parking_asks_about_parking() -> None:
    text = "Hebben jullie een zaaltje voor 25 mensen? En kan de bus daar geparkeerd worden of moeten we ver lopen?"
    made = draft_text(_TEAROOM, _QUESTION, text)
    assert "eigen parking voor 20 wagens" in made and "serre" in made, made


def test_an_english_closed_day_is_kept_on_a_short_platform() -> None:
    text = "Cycled 40km to De Linde on Monday for tea and cake: door locked. Not amused."
    made = _suggested(_TEAROOM, text, label="klacht", platform="x")
    assert "Mondays" in made, made


_SALON = BusinessProfile(
    name="Kapsalon Lotte",
    kind="kapper",
    signers=["Lotte"],
    voice="ik",
    register="je",
    email="lotte@kapsalonlotte.nl",
    phone="045-123 45 67",
    opening_hours="di–za 9:00–17:00 (za tot 15:00); zondag en maandag gesloten",
    faq=[
        FaqItem("Maak ik een afspraak via de app?", "Ja, in de app Salonized, of bel 045-123 45 67."),
        FaqItem("Knip je ook kinderen?", "Ja, kinderen tot 10 jaar voor € 15; op zaterdagochtend zonder afspraak."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochtertje van 4 heeft een pony nodig. Kan ze zaterdagochtend zonder afspraak geknipt worden?",
        "Mijn dochtertje van 4 moet geknipt voor een feest. Kan dat zaterdagochtend zonder afspraak en wat kost het?",
    ],
)
def test_a_walk_in_is_answered_by_the_entry_for_the_thing_asked(text: str) -> None:
    made = draft_text(_SALON, _QUESTION, text)
    assert "zaterdagochtend zonder afspraak" in made and "Salonized" not in made, made


@pytest.mark.parametrize("text", ["zeet geer zaoterdig ech mer tot drie ope?? ich wil get brood haole"])
def test_limburgish_days_and_open_are_read(text: str) -> None:
    made = draft_text(_SALON, _QUESTION, text)
    assert "15:00" in made, made
