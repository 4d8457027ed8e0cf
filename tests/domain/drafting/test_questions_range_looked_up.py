"""Whole-pipeline drafts for questions about what a business has or rents: a thing the profile lists by name gets
its answer (not the entry that only shares a compound's first part, 'kinderen' of 'kinderkano'), a thing it does
not list is not answered by an entry that only shares the renting, one whose fit or free days are asked is looked
up, and a booking the FAQ refuses is refused whatever day is named. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

KANO = BusinessProfile(
    name="Kanoverhuur De Dommel",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="wij",
    register="je",
    email="joost@dedommel.nl",
    phone="040-1234567",
    opening_hours="di–zo 10.00–18.00; maandag gesloten",
    return_terms="Huur tot 48 uur vooraf kosteloos annuleren.",
    faq=[
        FaqItem(
            "Wat kost een kano?",
            "Kano € 20 per dag, kinderkano € 12 per dag; vanaf 5 dagen 15 % korting. Zwemvest gratis.",
        ),
        FaqItem("Mogen kinderen mee?", "Kinderen onder 6 jaar varen alleen mee met een volwassene."),
        FaqItem("Kan ik een kano reserveren?", "Nee, kano's kun je niet reserveren: wie eerst komt, vaart eerst."),
    ],
)


def test_a_thing_listed_in_an_answer_is_answered_by_that_entry() -> None:
    reply = suggested(KANO, "Hebben jullie kinderkano's?")
    assert "€ 12" in reply and "[vul in" not in reply, reply
    assert "onder 6 jaar" not in reply, reply


def test_two_things_one_answer_holds_both_of_are_answered_by_it() -> None:
    reply = suggested(KANO, "Hebben jullie kinderkano's, en krijg je er een zwemvest bij?")
    assert "€ 12" in reply and "Zwemvest gratis" in reply, reply
    assert "andere vraag" not in reply, reply


def test_a_booking_the_faq_refuses_is_refused_after_the_price_whatever_the_day() -> None:
    reply = suggested(KANO, "Wat kost een kano? En kunnen we er eentje reserveren voor zaterdag 12 juli?")
    assert "€ 20" in reply and "niet reserveren" in reply, reply
    assert "uitzoeken" not in reply and "Over er eentje" not in reply, reply


def test_a_thing_not_listed_is_not_answered_by_what_only_shares_the_renting() -> None:
    reply = suggested(KANO, "Verhuren jullie ook supboards?")
    assert "€ 20" not in reply and "annuleren" not in reply, reply
    assert "supboards" in reply, reply


def test_whether_it_fits_what_the_writer_needs_is_looked_up() -> None:
    reply = suggested(KANO, "Verhuren jullie ook een supboard voor een hond van 35 kilo?")
    assert "supboard" in reply and "uitzoek" in reply, reply
    assert "[vul in: ja, … / nee, wel …]" not in reply, reply


SALON = BusinessProfile(
    name="Haarstudio Lokaal",
    kind="kapsalon",
    signers=["Ine"],
    voice="ik",
    register="u",
    email="ine@lokaal.be",
    opening_hours="di–za 9:00–18:00",
)


def test_whether_what_the_business_works_with_is_free_of_something_is_looked_up() -> None:
    reply = suggested(SALON, "Werkt u met haarverf zonder ammoniak of met henna? Mijn huid is gevoelig.")
    assert "haarverf zonder ammoniak of henna" in reply and "uitzoeken" in reply, reply
    assert "[vul in: ja, … / nee, wel …]" not in reply and "of met henna" not in reply, reply


BAKERY = BusinessProfile(
    name="Bakkerij De Molenwiek",
    kind="bakkerij",
    signers=["Fenna"],
    voice="wij",
    register="je",
    email="fenna@molenwiek.nl",
    opening_hours="di–za 7.00–17.00; zondag en maandag gesloten",
)


def test_a_day_the_writer_comes_on_is_no_question_about_the_hours() -> None:
    reply = suggested(BAKERY, "We halen vrijdag een appeltaart voor oma. Zit er kaneel in jullie appeltaart?")
    assert "kaneel" in reply and "uitzoeken" in reply, reply
    assert "7.00" not in reply and "openingstijden" not in reply.lower(), reply
    reply = suggested(BAKERY, "We halen vrijdag een appeltaart. Zijn jullie die dag open?")
    assert "7.00" in reply, reply


def test_a_price_question_ending_in_dan_does_not_point_at_the_holiday_named() -> None:
    shop = BusinessProfile(
        name="Fietsverhuur Het Veen",
        kind="fietsenmaker",
        signers=["Anne"],
        voice="wij",
        register="u",
        email="anne@hetveen.nl",
        opening_hours="di–za 9.00–17.00",
        holidays="Kerstvakantie: 22 december t/m 4 januari gesloten.",
        faq=[FaqItem("Verhuurt u fietsen?", "Ja: stadsfiets € 12 per dag.")],
    )
    text = "We zijn er in de kerstvakantie. Verhuren jullie ook een tandem voor 2 volwassenen? En wat kost dat dan?"
    reply = suggested(shop, text)
    assert "tandem" in reply and "uitzoeken" in reply, reply
    assert "€ 12" not in reply, reply  # the bike price is no answer for a tandem


def test_a_guarantee_asked_around_a_holiday_is_looked_up_not_answered_by_a_field() -> None:
    shop = BusinessProfile(
        name="Eetcafé De Brink",
        kind="restaurant",
        signers=["Bas"],
        voice="wij",
        register="je",
        email="bas@debrink.nl",
        opening_hours="wo–zo 11.00–22.00",
        return_terms="Reserveringen voor het paasbuffet kosteloos annuleren tot 48 uur vooraf.",
        holidays="Zo 5 april (Pasen): paasbuffet € 35 p.p., alleen op reservering.",
    )
    text = "Mijn zoon heeft een notenallergie. Kunnen jullie bij het paasbuffet garanderen dat er niks in zit?"
    reply = suggested(shop, text)
    assert "uitzoeken" in reply and "annuleren" not in reply, reply
