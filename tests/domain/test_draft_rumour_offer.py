"""Rumours the FAQ sets straight though they say it in other words (session 44): a thing gone named only by a pronoun
('doet dat niet meer' after the sentence that names it), a discount said as a percentage or a sale ('-30% in de
uitverkoop' ~ 'Zijn ... afgeprijsd?'), a price where the FAQ says it is free; a rumour that the owner stops is no
denial of what the FAQ says is done, and what the writer has booked is asked about. Shops and sentences of our own."""

from __future__ import annotations

from app.domain.draft_rumour_denies import gone_words, refers_back
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_BIKES = BusinessProfile(
    name="Tweewielers Het Wiel",
    kind="fietsenmaker",
    signers=["Dirk"],
    register="je",
    voice="ik",
    website="www.hetwiel.nl",
    faq=[
        FaqItem("Hoe lang duurt een reparatie?", "Een kleine reparatie is meestal dezelfde dag klaar."),
        FaqItem("Repareer je ook bakfietsen?", "Ja, bakfietsen van alle merken; ook de elektrische."),
        FaqItem(
            "Zijn nieuwe fietsen ook afgeprijsd in de uitverkoop?",
            "Nee, de uitverkoop geldt alleen voor jassen, sloten en fietstassen; nieuwe fietsen niet.",
        ),
    ],
)

_CAFE = BusinessProfile(
    name="Eetcafé De Zwaan",
    kind="restaurant",
    signers=["Ilse"],
    register="u",
    voice="wij",
    website="www.dezwaan.nl",
    faq=[
        FaqItem("Is een kinderstoel gratis?", "Ja, een kinderstoel zetten we gratis voor u klaar."),
        FaqItem("Kunnen we met een groep komen?", "Ja, tot 20 personen in de achterzaal."),
    ],
)

_SALON = BusinessProfile(
    name="Kapsalon Noor",
    kind="kapsalon",
    signers=["Noor"],
    register="je",
    voice="ik",
    website="www.kapsalonnoor.nl",
    faq=[FaqItem("Knip je op afspraak?", "Ja, altijd op afspraak, telefonisch of via de website.")],
)


def test_a_thing_gone_named_by_a_pronoun_is_the_thing_of_the_sentence_before() -> None:
    text = "Wie weet waar ik nog een bakfiets kan laten repareren? Het Wiel doet dat niet meer, zegt mijn buurman."
    assert "bakfiets" in gone_words(text, lambda t: t.lower().replace("?", " ").split())
    assert refers_back("Het Wiel doet dat niet meer, zegt mijn buurman.")


def test_a_thing_gone_named_in_its_own_clause_refers_nowhere_back() -> None:
    # near miss: the thing is named in the clause itself
    assert not refers_back("Het Wiel repareert geen bakfietsen meer.")


def test_a_service_said_gone_by_a_pronoun_is_set_straight_by_the_faq_yes() -> None:
    said = suggested(
        _BIKES,
        "Wie weet waar ik nog een bakfiets kan laten repareren? Het Wiel doet dat niet meer, zegt mijn buurman.",
        label="onwaarheid",
    )
    assert "klopt niet" in said
    assert "bakfiets" in said
    assert "dezelfde dag" not in said  # not the repair times
    assert "bakfietsen, bakfietsen" not in said


def test_a_discount_said_as_a_percentage_gets_what_the_sale_is_on() -> None:
    said = suggested(
        _BIKES, "Snel zijn: bij Het Wiel zijn alle nieuwe fietsen -30% in de uitverkoop!", label="onwaarheid"
    )
    assert "klopt niet" in said
    assert "jassen, sloten en fietstassen" in said
    assert "gelukkig" not in said  # the sale was good news to the writer


def test_a_price_where_the_faq_says_free_is_wrong() -> None:
    said = suggested(
        _CAFE, "Pas op: bij De Zwaan rekenen ze € 3 voor een kinderstoel. Belachelijk.", label="onwaarheid"
    )
    assert "klopt niet" in said
    assert "gratis" in said


def test_a_price_of_a_thing_the_faq_does_not_name_gets_no_free_answer() -> None:
    # near miss: a price, but of a thing no FAQ entry is about
    said = suggested(
        _CAFE, "Pas op: bij De Zwaan rekenen ze € 3 voor een glas kraanwater. Belachelijk.", label="onwaarheid"
    )
    assert "kinderstoel" not in said


def test_a_quote_with_je_in_a_u_reply_is_said_with_u_or_left_out() -> None:
    said = suggested(
        _CAFE, "Ik hoorde dat je bij De Zwaan alleen binnen mag als je een menu bestelt. Klopt dat?", label="onwaarheid"
    )
    assert " je " not in said
    said = suggested(_CAFE, "Bij De Zwaan betaal je tegenwoordig entree op vrijdag, zeg het voort.", label="onwaarheid")
    assert " je " not in said


def test_the_owner_said_to_stop_is_no_denial_of_the_faq() -> None:
    said = suggested(
        _SALON,
        "Ze zeggen dat Noor gaat stoppen en verhuist. Is dat waar? Ik heb al mijn afspraken tot mei bij haar.",
        label="onwaarheid",
    )
    assert "Altijd op afspraak" not in said
    assert "[vul in" in said
    assert "afspraken tot mei" in said
    assert "gaan die gewoon door" in said


def test_a_stop_rumour_without_a_booking_asks_about_none() -> None:
    # near miss: nothing booked, no line about bookings
    said = suggested(_SALON, "Ze zeggen dat Noor gaat stoppen. Is dat waar?", label="onwaarheid")
    assert "gaan die gewoon door" not in said
    assert "gaat die gewoon door" not in said
