from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics, lemma


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("remmen", "rem"),
        ("taarten", "taart"),
        ("e-bikes", "e-bike"),
        ("broodjes", "broodje"),
        ("Croissants", "croissant"),
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected
    assert lemma("aangereden") == lemma("aanrijden")  # irregular forms through the table


def test_compounds_count_through_their_last_part() -> None:
    found = analyse_topics("Mijn dochter heeft een notenallergie en at van de eenhoorntaart.")
    assert found.safety == ("allergie",) and found.topic == "veiligheid"
    assert found.products[0].text == "eenhoorntaart" and found.products[0].article == "de"
    assert found.people == ("dochter",)
    assert analyse_topics("Twee saucijzenbroodjes gekocht").products[0].definite == "de saucijzenbroodjes"


def test_safety_beats_other_topics_and_unclear_stays_unclear() -> None:
    found = analyse_topics("Lang gewacht en na de reparatie werkten de remmen niet, bijna aangereden.")
    assert found.safety[0] == "remmen" and "wachttijd" in found.problems and found.is_safety
    assert "reparatie" in found.services
    assert analyse_topics("Gewoon niet goed.").topic is None
    assert analyse_topics("Ik heb per ongeluk de verkeerde taart besteld").safety == ()
    assert analyse_topics("Het brood viel tegen").safety == ()


def test_occasion_with_age_and_owner() -> None:
    found = analyse_topics("We vierden de 80ste verjaardag van mijn moeder bij jullie.")
    assert (found.occasion, found.occasion_words, found.owner) == ("verjaardag", "80ste verjaardag", "moeder")
    assert analyse_topics("Mijn vader werd 75 en we aten hier").occasion_words == "75ste verjaardag"
    assert analyse_topics("Op mijn 12de verjaardag").occasion_words == "12de verjaardag"


def test_holiday_channel_tried_and_legal() -> None:
    assert analyse_topics("Zijn jullie open op paasmaandag?").holiday == "tweede paasdag"
    assert analyse_topics("Ik heb pas gisteren besteld").holiday == ""  # 'pas' is not Pasen
    assert analyse_topics("Al drie keer gemaild en nooit antwoord gekregen").tried == ("mail",)
    assert analyse_topics("Ik mail jullie morgen wel").tried == ()
    assert analyse_topics("Anders stap ik naar de rechter voor mijn loon").legal


def test_names_only_where_a_person_is_meant() -> None:
    assert analyse_topics("Joost was super vriendelijk. Dank je Esther!").names == ("Joost", "Esther")
    assert analyse_topics("Beste risotto van Nijmegen. Iedereen was blij.").names == ()


@pytest.mark.parametrize(
    "text", ["", "   ", "😂" * 500, "a" * 20_000, "{r:x|y} [vul in: x] \u200b\u202e", "123 456 €€€", "Ééé ÀÇ"]
)
def test_odd_text_never_breaks(text: str) -> None:
    found = analyse_topics(text)
    assert isinstance(found.lemmas, tuple)


def test_ages_and_ordinals_written_out() -> None:
    assert analyse_topics("Ik vierde mijn tachtigste verjaardag bij jullie").occasion_words == "tachtigste verjaardag"
    found = analyse_topics("Mijn moeder werd gisteren tachtig")
    assert (found.occasion_words, found.owner) == ("tachtigste verjaardag", "moeder")
    assert analyse_topics("Onze zoon wordt achttien").occasion_words == "achttiende verjaardag"
    assert analyse_topics("Ik kom om 10 uur").occasion == ""


def test_body_parts_kin_and_acronyms() -> None:
    assert analyse_topics("Sinds de behandeling doet mijn schouder pijn").body == "schouder"
    assert analyse_topics("Na mijn knieblessure loop ik weer").body == "knie"
    assert analyse_topics("Onze zoon had een buil op zijn hoofd").body == ""  # not the writer's own
    found = analyse_topics("Dank voor het afscheid van onze Yasmin")
    assert found.kin == ("Yasmin",) and found.owner == "Yasmin" and "Yasmin" not in found.names
    assert analyse_topics("De APK van de bus was snel klaar").products[0].text == "APK"


def test_dirt_is_no_product_and_new_trades_have_their_words() -> None:
    found = analyse_topics("Haren in de douche en een vieze handdoek")
    assert [m.text for m in found.products] == ["douche", "handdoek"] and found.safety == ("hygiene",)
    assert analyse_topics("Mijn nieuwe montuur zit scheef").products[0].definite == "het montuur"
    assert analyse_topics("De gourmetschotel was top").products[0].definite == "de gourmetschotel"
    assert analyse_topics("Vaas kwam in scherven aan").topic == "levering"


def test_hyphenated_products_and_praise_before_a_suggestion_after_an_emoji() -> None:
    found = analyse_topics("Beste pistache-ijs van de stad 😍 Zouden jullie ook suikervrij willen maken?")
    assert found.products[0].definite == "het pistache-ijs" and not found.products[0].wished
    assert analyse_topics("Onze kat is na de operatie suf").people == ("kat",)
    assert analyse_topics("Onze kat is na de operatie suf").is_safety


# A dish that 'is op' at the end of a sentence or quote is sold out, also beside a booking; 'op' with more after
# it is not; the English 'made' is no maggot (fixer c7).
@pytest.mark.parametrize(
    "text",
    [
        "Om 12u al te horen gekregen 'de soep is op'. Reservering voor 4 om 12u, speciaal daarvoor gekomen.",
        "We hadden gereserveerd voor de stoofvlees-dag en het stoofvlees was op! Om half 7!",
        "Kwamen voor de dagverse vis, maar die was op.",
    ],
)
def test_a_dish_that_is_op_is_sold_out(text: str) -> None:
    assert analyse_topics(text).concept == "uitverkocht"


@pytest.mark.parametrize(
    "text",
    [
        "De soep is op tafel gezet zonder lepel.",
        "Ik was op tijd en toch moest ik wachten",
    ],
)
def test_op_with_more_after_it_is_not_sold_out(text: str) -> None:
    assert analyse_topics(text).concept != "uitverkocht"


@pytest.mark.parametrize(
    "text",
    [
        "The booking system made an error and nobody said sorry",
        "The chef made my day, but the waiter made us wait an hour",
    ],
)
def test_english_made_is_no_maggot(text: str) -> None:
    assert "hygiene" not in analyse_topics(text).safety


def test_a_dutch_maggot_still_counts() -> None:
    assert "hygiene" in analyse_topics("Er kroop een made over mijn broodje!").safety


@pytest.mark.parametrize(
    "text",
    [
        "€ 120 voor een nieuwe band en een binnenband, dat is toch diefstal?",
        "45 euro vur ne knipbeurt, da's gewoon diefstal zenne",
        "Zeventig euro voor een zadel?? Pure diefstal dit.",
        "De prijzen hier zijn regelrechte diefstal, bij de buren betaal ik de helft",
    ],
)
def test_theft_said_of_a_price_is_a_price_complaint(text: str) -> None:
    topics = analyse_topics(text)
    assert topics.concept == "prijs" and "diefstal" not in topics.problems, topics


@pytest.mark.parametrize(
    "text",
    [
        "Mijn fiets is uit jullie stalling gestolen terwijl hij in reparatie was!",
        "Diefstal in jullie winkel: mijn jas is verdwenen uit de garderobe",
    ],
)
def test_a_real_theft_stays_a_theft(text: str) -> None:
    assert analyse_topics(text).concept == "diefstal"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ik bel al drie dagen maar de telefoon wordt nooit opgenomen", []),
        ("je krijgt altijd een bandje, niemand neemt op", []),
        ("Al 3x gebeld voor mijn taart, telefoon wordt niet opgenomen", ["taart"]),
        ("niemand die de TELEFOON opneemt, ik wil gewoon mijn bestelling weten", []),
    ],
)
def test_the_channel_that_got_no_answer_is_no_product(text: str, kept: list[str]) -> None:
    assert [p.text for p in analyse_topics(text).products] == kept


@pytest.mark.parametrize(
    "text", ["Wanneer is jullie verlof?", "Tijdens het verlof is de winkel dicht", "Na ons verlof zijn we er weer"]
)
def test_weeks_off_are_no_engagement(text: str) -> None:
    # 'verlof' shares its stem with 'verloofd', but says nothing about an engagement
    assert analyse_topics(text).occasion != "verloving"


@pytest.mark.parametrize("text", ["Wij zijn verloofd!", "Mijn verloofde en ik", "Taart voor onze verloving"])
def test_an_engagement_is_still_one(text: str) -> None:
    assert analyse_topics(text).occasion == "verloving"


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Notentaart besteld, uur te laat. 45 euro betaald voor anderhalve meter, kwam er één meter.", "notentaart"),
        ("Vlaai bij jullie gehaald en die was droog. €18 voor twee kilo, zonde!", "vlaai"),
        ("Soep was koud. 12 euro betaald voor een liter en dat was lauw water", "soep"),
        ("oliebollen waren vet. € 20 voor 10 stuks", "oliebollen"),
    ],
)  # fmt: skip
def test_a_measure_paid_for_is_not_the_thing(text: str, thing: str) -> None:
    products = [p.text for p in analyse_topics(text).products]
    assert products and products[0] == thing, products


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("onderhoudsbeurt van 80 euro en ik krijg m'n fiets terug met een ketting die overslaat. Top.", "ketting"),
        ("Grote beurt gehad, maar de versnelling slaat nog steeds over bij elke helling", "versnelling"),
        ("Reparatie van 60 euro en nu een derailleur die verspringt, ge moogt hem terug hebben", "derailleur"),
        ("Herstelling gedaan: de ketting slipt alweer, zonde van m'n geld", "ketting"),
    ],
)  # fmt: skip
def test_a_part_that_skips_after_work_opened_with_is_the_thing(text: str, part: str) -> None:
    products = [p.text for p in analyse_topics(text).products]
    assert products and products[0] == part, products


@pytest.mark.parametrize(
    "text",
    [
        "Op de factuur (nr 2231) staan zes menu's en twee flessen cava te veel.",
        "Op de rekening stonden 3 koffie te veel, niemand die het zag",
        "Op mijn kasticket 2 croissants teveel aangerekend",
        "Op de nota van het feest stond 40 euro te veel. Graag terugstorten.",
        "Op de afrekening stond een fles wijn teveel en de koffie dubbel",
    ],
)
def test_a_bill_with_things_te_veel_is_billed_too_much(text: str) -> None:
    """The bill named first and 'te veel' after the things on it, with words between: billed too much."""
    assert analyse_topics(text).concept == "teveel"


@pytest.mark.parametrize(
    "text",
    [
        "De rekening was oké, maar we moesten te veel wachten",
        "Op de bon stond alles goed. Er zat wel te veel zout in de soep",
    ],
)
def test_te_veel_past_the_clause_of_the_bill_is_no_bill(text: str) -> None:
    assert analyse_topics(text).concept != "teveel"


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Ik wil gewoon onze 30 euro terug, klaar.", True),
        ("Wanneer krijg ik m'n €9 terug?", True),
        ("Aan de kassa kreeg ik 5 euro terug in plaats van 10.", False),
    ],
)
def test_the_writers_own_sum_back_is_money_back(text: str, back: bool) -> None:
    assert (analyse_topics(text).concept == "terugbetaling") is back
