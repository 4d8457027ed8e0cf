"""Questions answered from the profile (fixer q41b): the thing asked named before a FAQ answer that only shares a
compound part with it, or that a question points back at; a holiday period kept with the usual hours is no closing;
a holiday sentence that ends in a bracket is a line of its own; a question whether one is too late to order gets the
holiday line with the last day. Businesses and sentences of their own."""

from __future__ import annotations

from app.domain.draft_booking import booking_about, change_unasked
from app.domain.draft_deals import other_deal
from app.domain.draft_facts import simple_lemmas
from app.domain.draft_named_thing import names_none
from app.domain.draft_order_deadline import order_deadline
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(simple_lemmas(text))


# --- a compound part is not the thing itself ---------------------------------------------------------------------


def test_a_compound_part_does_not_name_the_faq_thing() -> None:
    # 'fruit' is part of 'fruitmand', not the basket itself: the answer says not what it is about
    assert names_none("Ja, vanaf € 25: fruit, noten en een fles sap.", "Maken jullie een fruitmand?", _lemmas)


def test_a_plural_still_names_the_faq_thing() -> None:
    # near miss: 'lunchbuffetten' is a form of 'lunchbuffet', the answer names it
    assert not names_none("Lunchbuffetten vanaf 10 personen.", "Verzorgen jullie een lunchbuffet?", _lemmas)


_CATERER = BusinessProfile(
    name="Bakkerij Het Wiel",
    kind="bakkerij",
    signers=["Anke"],
    voice="wij",
    register="je",
    email="info@hetwiel.nl",
    opening_hours="di–za 8.00–17.00",
    faq=[
        FaqItem(
            question="Verzorgen jullie lunchbuffetten?",
            answer="Ja, ook op kantoor: broodjes, soep en fruit vanaf 12 personen, € 11 per persoon.",
        ),
        FaqItem(
            question="Maken jullie fruitmanden?",
            answer="Ja, vanaf € 25: fruit, noten en een fles sap; een dag vooraf bestellen.",
        ),
    ],
)


def test_the_asked_thing_leads_an_answer_that_only_names_a_part_of_it() -> None:
    text = "Mijn buurvrouw ligt in het ziekenhuis. Kunnen jullie een fruitmand voor haar maken? Wat kost dat?"
    said = suggested(_CATERER, text)
    assert "fruitmand" in said.lower(), said


def test_a_question_that_points_back_gets_the_thing_named_before_it() -> None:
    text = "We zoeken een lunchbuffet voor op het werk, voor het afscheid van een collega. Kan dat bij jullie?"
    said = suggested(_CATERER, text)
    assert "lunchbuffet" in said.lower(), said
    assert said.lower().index("lunchbuffet") < said.index("broodjes"), said


# --- holiday lines --------------------------------------------------------------------------------------------------


_SHOP = BusinessProfile(
    name="Bakkerij De Molen",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="u",
    email="info@demolen.be",
    opening_hours="woensdag t/m zondag 7.00–18.00",
    holidays=(
        "Kerstvakantie (23 december–5 januari): gewone openingsuren. Kerstmis 25 december: 7.00–11.00 (enkel"
        " afhalen). Tweede kerstdag 26 december: 8.00–12.00. Kerstkransen bestellen tot en met vrijdag 20 december."
    ),
)


def test_a_line_after_a_bracket_is_its_own_line() -> None:
    days = [d for d, _ in _SHOP.holiday_entries()]
    assert "Tweede kerstdag 26 december" in days, days


def test_a_day_in_a_period_with_the_usual_hours_gets_its_own_hours() -> None:
    said = suggested(_SHOP, "Zijn jullie open op tweede kerstdag?")
    assert "8.00–12.00" in said, said
    assert "dicht" not in said, said


def test_too_late_to_order_gets_the_last_day() -> None:
    question = "Kan ik nog een kerstkrans bestellen, of ben ik te laat?"
    assert "20 december" in order_deadline(question, _SHOP, _lemmas)


def test_a_question_on_time_without_ordering_gets_no_deadline() -> None:
    # near miss: 'te laat' about coming in, not about ordering
    assert order_deadline("Ben ik te laat als ik om 17.30 langskom?", _SHOP, _lemmas) == ""


# --- another deal, a change to a booking -------------------------------------------------------------------------


def test_a_trade_in_is_another_deal_than_renting() -> None:
    assert other_deal("Kan ik mijn oude scooter inruilen?", "Kan ik bij jullie een scooter huren?")
    # near miss: renting asked of a rental entry is the same deal
    assert not other_deal("Kan ik een scooter huren voor een weekend?", "Kan ik bij jullie een scooter huren?")


_RENTAL = BusinessProfile(
    name="Tweewielers Bosman",
    kind="fietsenmaker",
    signers=["Gert"],
    voice="ik",
    register="u",
    email="info@bosman.nl",
    opening_hours="di–za 9.00–17.30",
    faq=[
        FaqItem(
            question="Kan ik bij u een fiets huren?",
            answer="Ja, een stadsfiets € 11 per dag, een e-bike € 24 per dag; neem een identiteitsbewijs mee.",
        ),
    ],
)


def test_a_trade_in_question_gets_no_rental_prices() -> None:
    # (the first question names its deal, selling; a first question of no deal is not covered yet: 'Hebben jullie
    # gebruikte fietsen? En kan ik ... inruilen?' still gets the rental entry matched on the whole comment)
    said = suggested(_RENTAL, "Verkopen jullie ook gebruikte damesfietsen? En kan ik mijn oude fiets dan inruilen?")
    assert "€ 24" not in said, said


def test_a_cancelling_entry_answers_no_walk_in_question() -> None:
    assert change_unasked("Kan ik zonder afspraak langskomen voor een baard?", "Kan ik mijn afspraak verzetten?")
    assert change_unasked("Do you take walk-ins without an appointment?", "Kan ik mijn afspraak annuleren?")
    # near miss: a question that does ask to call off
    assert not change_unasked("Kan ik mijn afspraak van morgen nog afzeggen?", "Kan ik mijn afspraak annuleren?")


def test_a_cancelling_entry_is_no_booking_entry() -> None:
    item = FaqItem(question="Kan ik mijn afspraak annuleren?", answer="Tot een dag vooraf gratis, bel even.")
    assert booking_about(item) == (False, False)
    # near miss: an entry whether to book stays one
    assert booking_about(FaqItem(question="Moet ik een afspraak maken?", answer="Ja, via de website."))[0]


_BARBER = BusinessProfile(
    name="Barbier Jansen",
    kind="kapsalon",
    signers=["Tom"],
    voice="ik",
    register="je",
    email="info@barbierjansen.nl",
    opening_hours="di–za 9.00–18.00; alleen op afspraak",
    faq=[
        FaqItem(question="Kan ik mijn afspraak annuleren?", answer="Tot 24 uur vooraf gratis; daarna kost het € 10."),
    ],
)


def test_a_walk_in_question_is_not_answered_with_the_cancelling_terms() -> None:
    said = suggested(_BARBER, "Knip je ook zonder afspraak op vrijdagavond?")
    assert "24 uur" not in said, said
    english = suggested(_BARBER, "Hi, can I get a beard trim without an appointment this Friday?")
    assert "24 uur" not in english, english


def test_a_cancelling_question_still_gets_the_cancelling_terms() -> None:
    said = suggested(_BARBER, "Kan ik mijn afspraak van donderdag nog annuleren?")
    assert "24 uur" in said, said


# --- days inside an open holiday period --------------------------------------------------------------------------

_SALON = BusinessProfile(
    name="Kapsalon Lotte",
    kind="kapsalon",
    signers=["Lotte"],
    voice="ik",
    register="je",
    email="info@kapsalonlotte.be",
    opening_hours="di–za 9.00–18.00",
    holidays=(
        "Herfstvakantie 29 oktober–6 november: open; donderdag 3 november halloweenkapsels voor kinderen (€ 12)."
        " Kerstvakantie 24 december–8 januari: gesloten."
    ),
)


def test_an_open_period_is_said_with_the_days_inside_it() -> None:
    said = suggested(_SALON, "Zijn jullie open in de herfstvakantie? Mijn dochter wil een nieuw kapsel.")
    assert "3 november" in said, said


def test_a_closed_period_gets_no_days_of_another_period() -> None:
    # near miss: a closed period has no day inside it, and the open period's day is not said with it
    said = suggested(_SALON, "Zijn jullie open in de kerstvakantie?")
    assert "3 november" not in said, said
