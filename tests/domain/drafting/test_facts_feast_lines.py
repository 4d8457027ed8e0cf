"""Whole-pipeline drafts about a feast of two days and the lines of the profile for it: the whole feast asked gets
each of its days, a day by another of its names gets the line with its date, what a line adds after ';' is a
sentence of its own, and a later question that asks a weekday the shop is closed, or asks 'dan' of the day just
answered, is answered by that day. Sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BAKKER = BusinessProfile(
    name="Bakkerij De Meelzak",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="je",
    email="info@demeelzak.nl",
    opening_hours="di t/m za 7.00–17.00; zo en ma gesloten",
    delivery_terms="Bezorgen in het dorp op vrijdag bij een bestelling vanaf € 20.",
    holidays=(
        "Do 18 mei (Hemelvaart): 8.00–11.00; bestellingen afhalen pas op vr 19 mei. "
        "Zo 28 mei (Pinksteren): 8.00–12.00. Ma 29 mei (Pinkstermaandag): dicht"
    ),
)

_FIETS = BusinessProfile(
    name="Fietsverhuur Het Wiel",
    kind="fietsenmaker",
    signers=["Sander"],
    voice="ik",
    register="je",
    phone="0512 33 44 55",
    opening_hours="di–za 9.00–18.00; zo en ma gesloten",
    holidays="Zo 28 en ma 29 mei (Pinksteren): open vanaf 10.00",
    faq=[FaqItem("Verhuur je tandems?", "Ja, twee tandems voor € 35 per dag. Reserveren kan telefonisch.")],
)


def test_the_whole_feast_asked_gets_each_of_its_days_by_weekday_and_date() -> None:
    made = suggested(_BAKKER, "Hoi! Zijn jullie met Pinksteren gewoon open? Ik wil graag krentenbollen halen")
    assert "zondag 28 mei" in made and "8.00–12.00" in made, made
    assert "maandag 29 mei" in made and "dicht" in made, made
    assert "(Pinksteren)" not in made and "Zo 28" not in made, made


def test_one_day_of_the_feast_asked_gets_only_that_day() -> None:
    made = suggested(_BAKKER, "Zijn jullie op tweede pinksterdag open?")
    assert "dicht" in made and "8.00–12.00" not in made, made


def test_a_day_asked_by_another_of_its_names_gets_the_line_that_holds_its_date() -> None:
    made = suggested(_FIETS, "Ben je op 2e pinksterdag open? Dan komen we fietsen")
    assert "10.00" in made and "gesloten" not in made, made


def test_what_a_line_adds_after_a_semicolon_is_a_sentence_of_its_own() -> None:
    made = suggested(_BAKKER, "Zijn jullie op Hemelvaart open?")
    assert "8.00–11.00." in made and "Bestellingen afhalen pas op vrijdag 19 mei" in made, made
    assert "geldt:" not in made and "; bestellingen" not in made, made


def test_a_question_that_asks_dan_of_the_day_answered_is_answered_by_that_line() -> None:
    made = suggested(_BAKKER, "Zijn jullie op Hemelvaart open? En kan ik dan mijn taart afhalen?")
    assert "vrijdag 19 mei" in made and "bezorgen in het dorp" not in made.lower(), made


def test_a_question_that_asks_dan_of_something_else_still_gets_its_own_answer() -> None:
    made = suggested(_BAKKER, "Zijn jullie op Hemelvaart open? En bezorgen jullie dan ook?")
    # (after 'Zo werkt het bezorgen:' the profile line's capital is said small: draft_line_capitals)
    assert "bezorgen in het dorp" in made.lower(), made


def test_a_later_question_for_a_weekday_the_shop_is_closed_says_so() -> None:
    made = suggested(_FIETS, "Mijn ouders komen logeren. Verhuur je tandems? En kunnen ze die maandag ophalen?")
    assert "€ 35" in made and "maandag" in made and ("gesloten" in made or "dicht" in made), made
    assert "Over de" not in made, made


def test_a_later_question_for_an_open_weekday_says_no_closing() -> None:
    made = suggested(_FIETS, "Mijn ouders komen logeren. Verhuur je tandems? En kunnen ze die zaterdag ophalen?")
    assert "€ 35" in made and "gesloten" not in made and "dicht" not in made, made


_KAPPER = BusinessProfile(
    name="Kapperszaak Krul",
    kind="kapsalon",
    signers=["Mieke"],
    voice="ik",
    register="je",
    phone="0499 12 34 56",
    opening_hours="di–vr 9.00–18.00, za 8.00–14.00",
    holidays="Feestzaterdagen 3 en 10 juni: open vanaf 6.30 voor feestkapsels, alleen op afspraak",
    faq=[
        FaqItem("Doe je feestkapsels?", "Ja: opsteken € 40, vlechten € 30. Op feestzaterdagen ben ik er vanaf 6.30."),
        FaqItem("Hoe maak ik een afspraak?", "Bel of sms naar 0499 12 34 56; via Messenger plan ik niets in."),
    ],
)


def test_a_thing_the_days_answer_names_gets_no_price_list_nor_its_hours_again() -> None:
    made = suggested(_KAPPER, "Doe je feestkapsels op zaterdag 10 juni? Hoe vroeg kan dat?")
    assert "6.30" in made and "€ 40" not in made and made.count("6.30") == 1, made


def test_a_thing_the_days_answer_names_gets_its_price_when_a_price_is_asked() -> None:
    made = suggested(_KAPPER, "Doe je feestkapsels op zaterdag 10 juni? En wat kost dat?")
    assert "€ 40" in made and made.count("6.30") == 1, made


def test_a_question_whether_to_book_by_a_way_gets_how_to_book() -> None:
    made = suggested(_KAPPER, "Knip je ook op zaterdag? En kan ik via Messenger boeken?")
    assert "Bel of sms" in made or "bel of sms" in made, made


def test_a_question_to_change_a_booking_by_a_way_is_no_question_how_to_book() -> None:
    from app.domain.draft_booking import asks_booking_way

    assert asks_booking_way("Kan ik via insta een afspraak maken?")
    assert not asks_booking_way("Kan ik mijn afspraak via mail verzetten?")
    assert not asks_booking_way("Kan ik via de achterdeur binnen?")
    assert not asks_booking_way("Kunt ge geen online agenda maken zodat we zelf kunnen boeken?")  # a wish
