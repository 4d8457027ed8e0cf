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


_BARBER = BusinessProfile(
    name="Barbier Bas",
    kind="kapsalon",
    signers=["Bas"],
    register="je",
    voice="ik",
    website="www.barbierbas.nl",
    accessibility="zaak gelijkvloers, ook met een rolstoel goed te doen",
    delivery_terms="ophaalservice voor je scooter binnen 10 km: € 15, vanaf 10 km € 25",
    faq=[
        FaqItem("Kan ik online boeken?", "Ja, via de website. Verzetten kan gratis tot een dag van tevoren."),
        FaqItem("Knip je ook aan huis?", "Ja, bij wie de zaak niet meer haalt, in Heiloo en Limmen; voorrijden € 7."),
    ],
)


def test_a_price_said_of_a_thing_an_answer_sentence_prices_is_wrong() -> None:
    said = suggested(
        _BARBER, "Bij Barbier Bas moet je nu 15 euro betalen als je je afspraak wilt verzetten.", label="onwaarheid"
    )
    assert "klopt niet" in said
    assert "Verzetten kan gratis" in said


def test_a_price_of_the_terms_is_said_with_its_full_stop() -> None:
    said = suggested(
        _BARBER, "De ophaalservice van Barbier Bas kost tegenwoordig 40 euro. Schandalig.", label="onwaarheid"
    )
    assert "€ 15" in said
    assert "€ 25." in said


def test_a_price_the_profile_gives_itself_is_no_wrong_price() -> None:
    # near miss: the rumour names the profile's own price
    said = suggested(_BARBER, "De ophaalservice van Barbier Bas kost € 15, dat is toch duur?", label="onwaarheid")
    assert "klopt niet" not in said


def test_a_service_said_gone_gets_the_faq_on_it_not_the_access() -> None:
    said = suggested(
        _BARBER,
        "Jammer dat Bas niet meer aan huis knipt. Mijn opa kan met zijn rollator echt niet meer tot in de zaak.",
        label="onwaarheid",
    )
    assert "aan huis" in said
    assert "Heiloo en Limmen" in said
    assert "gelijkvloers" not in said  # the writer's own story is no claim about the access


def test_a_price_by_the_hour_of_wages_is_no_price_of_the_business() -> None:
    # near miss: 'per uur' is the unit of a wage, not a thing the business prices
    said = suggested(
        _BARBER, "Bij Barbier Bas krijgen de stagiairs 4 euro per uur, schandalig. Zeg het voort.", label="onwaarheid"
    )
    assert "Verzetten kan gratis" not in said


def test_a_word_on_the_side_of_an_answer_is_no_thing_it_prices() -> None:
    # near miss: 'website' is said on the side of the answer that makes 'verzetten' free
    said = suggested(
        _BARBER, "Op de website van Barbier Bas moet je nu 5 euro betalen voor een cadeaubon.", label="onwaarheid"
    )
    assert "Verzetten kan gratis" not in said


def test_a_question_about_renting_bikes_gets_no_sale_answer() -> None:
    # near miss: 'fietsen' alone does not ask whether they are reduced in the sale
    said = suggested(_BIKES, "Verhuren jullie ook fietsen? We komen met z'n vieren in de herfstvakantie.")
    assert "uitverkoop" not in said
