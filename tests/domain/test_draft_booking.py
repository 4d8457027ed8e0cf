"""draft_booking.with_contact: an answer that says to call or mail gets the number or address from the profile."""

from __future__ import annotations

from app.domain.draft_booking import booking_words, with_contact
from app.domain.profile import BusinessProfile

PROFILE = BusinessProfile(phone="0575-512846", email="info@voorbeeld.nl")


def test_call_gets_the_phone_number() -> None:
    assert with_contact("Voor groepen: bel ons even.", PROFILE) == "Voor groepen: bel ons even op 0575-512846."


def test_mail_gets_the_address_and_both_can_be_filled() -> None:
    got = with_contact("Bel me gerust; voor offertes mail ons.", PROFILE)
    assert got == "Bel me gerust op 0575-512846; voor offertes mail ons op info@voorbeeld.nl."


def test_nothing_changes_when_the_value_is_there_or_missing() -> None:
    said = "Bel ons op 0575-512846."
    assert with_contact(said, PROFILE) == said
    assert with_contact("Bel ons even.", BusinessProfile()) == "Bel ons even."


def test_call_inside_a_longer_sentence_is_left_alone() -> None:
    said = "Bel ons even als je twijfelt."
    assert with_contact(said, PROFILE) == said


def test_the_verbs_come_from_resources() -> None:
    assert booking_words().contact == {"phone": "bel", "email": "mail"}


def test_asking_at_what_time_one_can_come_asks_for_room() -> None:
    from app.domain.draft_booking import asks_room

    assert asks_room("Hoe laat kan ik zaterdag terecht?") is False  # a day between: the hours answer it
    assert asks_room("Zijn jullie op 24 december open? En hoe laat kan ik terecht voor een kleuring?")
    assert asks_room("wanneer kunnen we terecht met de kinderen?")
    assert not asks_room("Tot hoe laat zijn jullie open?")


def test_a_faq_that_refuses_the_booking_asked_is_found_whatever_day_is_named() -> None:
    from app.domain.draft_booking import booking_refused, refused_entry
    from app.domain.draft_facts import simple_lemmas
    from app.domain.profile import FaqItem

    shop = BusinessProfile(
        faq=[
            FaqItem("Kan ik een strandstoel reserveren?", "Nee, strandstoelen verhuren we alleen ter plaatse."),
            FaqItem("Kan ik een kano reserveren?", "Ja, online tot de dag ervoor."),
        ]
    )
    question = "En kunnen we er twee reserveren voor vrijdag 8 juli?"
    assert refused_entry(shop, question, "Wat kost een strandstoel?", simple_lemmas).startswith("Nee, strandstoelen")
    assert refused_entry(shop, question, "Wat kost een kano?", simple_lemmas) == ""  # that one can be booked
    assert refused_entry(shop, "Wat kost een strandstoel?", "", simple_lemmas) == ""  # no booking asked
    faq = ("Nee, strandstoelen verhuren we alleen ter plaatse.", 0.9, "Kan ik een strandstoel reserveren?")
    assert booking_refused(faq, ("Kan ik een strandstoel reserveren voor zondag?",))
    assert not booking_refused(faq, ("Wat kost een strandstoel op zondag?",))
