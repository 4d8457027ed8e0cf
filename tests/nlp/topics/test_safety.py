"""The topic finder on safety: hurt, illness and danger said without their usual words, and words that only look
like a problem."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


# Session 14: safety said without its usual word, and words that look like a problem but are none. Sentences of our
# own.
@pytest.mark.parametrize(
    ("text", "allergen"),
    [
        ("Onze dochter kan niet tegen ei en moest na het toetje haar puffer gebruiken.", "ei"),
        ("Mijn man kan niet tegen noten. Na het stokbrood piepte hij de hele nacht.", "noten"),
        ("Na de soep kreeg ze een astma-aanval, terwijl we nog hadden gevraagd naar sesam.", ""),
    ],
)
def test_an_allergy_told_by_its_symptoms_is_safety(text: str, allergen: str) -> None:
    found = analyse_topics(text)
    assert "allergie" in found.safety
    assert found.allergen == allergen


def test_not_standing_a_crowd_is_no_allergy() -> None:
    found = analyse_topics("Ik kan niet tegen drukte, kan ik ook op dinsdagochtend komen?")
    assert not found.safety and not found.allergen


def test_a_sticky_hair_product_is_no_hygiene_but_a_sticky_table_is() -> None:
    assert not analyse_topics("De wax die ik bij jullie kocht plakt en klontert, kan ik hem ruilen?").safety
    assert "hygiene" in analyse_topics("Alle tafels waren plakkerig en de wc was vies.").safety


def test_a_short_verb_after_a_noun_is_no_product() -> None:
    found = analyse_topics("Elke keer als ik om negen uur bij de kraam sta is het brood al op.")
    assert "sta" not in [p.text for p in found.products]


def test_a_hair_product_is_named() -> None:
    found = analyse_topics("Die haarlak van jullie blijft niet zitten, na een uur hangt alles weer slap.")
    assert found.products and found.products[0].text == "haarlak"


def test_asking_whether_to_call_is_no_call_tried() -> None:
    assert analyse_topics("Online boeken lukt niet. Moet ik nou echt bellen? Ik werk overdag.").tried == ()
    assert analyse_topics("Ik heb twee keer gebeld en niemand nam op. Moet ik dan maar mailen?").tried == ("telefoon",)


def test_a_price_called_fors_is_a_price_complaint() -> None:
    assert "prijs" in analyse_topics("Netjes gedaan, maar 80 euro vind ik fors voor een knipbeurt.").problems
    assert "prijs" not in analyse_topics("Een forse portie en heel lekker!").problems


def test_sold_out_is_a_problem_but_being_on_time_is_not() -> None:
    assert "uitverkocht" in analyse_topics("Om half tien stond ik er en alles was al op. Jammer!").problems
    assert "uitverkocht" not in analyse_topics("Ik was al op tijd, toch moest ik wachten.").problems


def test_the_phone_nobody_answers_is_no_product() -> None:
    found = analyse_topics("Mijn accu laadt niet meer op. En bellen heeft geen zin, de telefoon wordt nooit opgenomen.")
    assert "telefoon" not in [p.text for p in found.products]


def test_klopt_dat_said_as_a_statement_is_no_rumour() -> None:
    assert not analyse_topics("Ze kijken alsof ik vals speel. Technisch gezien klopt dat ook 😇").hearsay
    assert analyse_topics("Jullie gaan verhuizen, klopt dat?").hearsay


def test_the_writer_being_late_is_no_wait() -> None:
    assert "wachttijd" not in analyse_topics("Ik was vijf minuten te laat door de file en mocht niet meer.").problems


def test_a_thing_promised_on_the_website_and_never_given_is_no_wrong_bill() -> None:
    found = analyse_topics("Een leenfiets hebben we nooit gekregen, terwijl dat op jullie website staat.")
    assert "teveel" not in found.problems and "website" not in found.problems


def test_a_display_that_cuts_out_is_a_defect_but_a_cancelled_appointment_is_not() -> None:
    assert "defect" in analyse_topics("Het display van mijn e-bike valt steeds uit, al de tweede keer.").problems
    assert "defect" not in analyse_topics("Mijn afspraak viel uit omdat de kapper ziek was.").problems


def test_a_piece_of_coloured_plastic_in_bread_is_hygiene_and_the_colour_no_product() -> None:
    found = analyse_topics("In mijn bolletje zat een stuk groen plastic. Mijn dochter had het bijna doorgeslikt.")
    assert "hygiene" in found.safety
    assert "groen" not in [p.text for p in found.products]


def test_a_battery_that_smoked_and_the_fire_brigade_is_danger() -> None:
    found = analyse_topics("De accu begon ineens te roken en te sissen aan de lader. De brandweer is nog geweest.")
    assert "gevaar" in found.safety
    assert not analyse_topics("De brandweer kwam langs voor een oefening, gezellig druk!").safety


def test_a_bike_brand_after_mijn_is_no_one_of_the_writers() -> None:
    assert "Gazelle" not in analyse_topics("Mijn Gazelle maakt een raar geluid sinds de beurt.").kin


def test_walking_in_without_an_appointment_is_no_appointment_gone_wrong() -> None:
    assert (
        "afspraak"
        not in analyse_topics("Zonder afspraak langsgekomen zoals op de site staat, maar ze hadden geen tijd.").problems
    )
    assert "afspraak" in analyse_topics("Mijn afspraak is zomaar verzet zonder iets te laten weten!").problems
