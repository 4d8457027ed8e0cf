"""Whole-pipeline drafts for complaints that say back what the writer told: the detail, the amount, the wrong text,
the second point, the wait."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from app.domain.draft_amounts import charged_twice, quoted_and_billed, sum_named, wrong_bill
from app.domain.draft_complaint_said import opening_event
from app.domain.draft_found import found_thing
from app.domain.draft_held import brought_for
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_questions import unmarked_questions
from app.domain.draft_said_aside import quoted_only
from app.domain.draft_terms import free_fix
from app.domain.draft_times import booked_and_served, minutes, said_ahead
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.domain.businesses import (
    BAKKERIJ_GRAAN,
    BARBIER_ALI,
    BLOEMERIE_IRIS,
    EETCAFE_DE_LINDE,
    GARAGE_STAM,
    GARAGE_VOS,
    IJSSALON_VENEZIA,
    KAPSALON_KNIP,
    LOODGIETER_SMIT,
    NAGELBAR_GLOW,
    PRINTSHOP_LETTERZETTER,
    SNACKBAR_DE_HOEK,
    TRIMSALON_WOLK,
)
from tests.domain.drafts import draft_text

# What went wrong in a complaint is said back, not a question invented or a point left out (fixer c6): a name spelt
# wrong on the order with its quotes, a booking the staff said was not there, a dog not let in, who was on the phone
# during the work, a dirty tool named as the cause; a clause opened by 'want' or a story told in turns is no
# question. Businesses and sentences of their own, je and u register.
_COMPLAINT = "uitkomst_herstel"

BAKKER = BusinessProfile(
    name="Banketbakkerij De Zoete Inval",
    kind="bakkerij",
    signers=["Anouk"],
    voice="wij",
    register="je",
    phone="0318-441122",
    email="taart@zoeteinval.nl",
)
BRASSERIE = BusinessProfile(
    name="Brasserie Het Veer",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="u",
    phone="09 233 44 55",
    email="info@hetveer.be",
)
KAPPER = BusinessProfile(
    name="Barbershop Scherp",
    kind="kapper",
    signers=["Dounia"],
    voice="ik",
    register="je",
    phone="010-7788990",
    email="dounia@scherp.nl",
)


@pytest.mark.parametrize(
    "text",
    [
        "Prima service, want jullie zijn altijd vriendelijk.",
        "Jammer, want jullie appeltaart is echt top.",
        "Ik kwam terug omdat u zei dat het klaar was.",
        "Zitten we net binnen, gaat het alarm af, mogen we weer naar buiten.",
        "Komen we aan, staat er niemand, moeten we een half uur wachten",
    ],
)
def test_a_clause_that_tells_is_no_question(text: str) -> None:
    assert unmarked_questions(text) == (), text


def test_a_clause_that_asks_by_word_order_still_is_one() -> None:
    assert unmarked_questions("Top zaak, verkopen jullie ook cadeaubonnen") == ("verkopen jullie ook cadeaubonnen",)
    assert unmarked_questions("Kunnen we zaterdag komen, we zijn met zes") == (
        "Kunnen we zaterdag komen, we zijn met zes",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taart besteld voor mijn zus, de naam stond erop als 'Mieke' i.p.v. Meike. Zonde.", "Meike"),
        ("de naam van ons dochter stond er op als 'Lotte' in plaats van Lotta, echt balen", "Lotta"),
        ("Op de cupcakes stond de naam geschreven als ‘Jorn’ ipv Joren. Slordig!", "Joren"),
    ],
)
def test_a_name_spelt_wrong_in_quotes_is_said_right(text: str, name: str) -> None:
    draft = draft_text(BAKKER, _COMPLAINT, text)
    assert name in draft and "naam" in draft, draft
    assert "vraag" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Om 19u gereserveerd voor vier. Aan de deur: 'we hebben geen reservering op die naam'. Aan de bar gegeten.",
        "Tafel geboekt voor mijn verjaardag, maar ze konden geen reservering van ons vinden. Heel jammer.",
        'RESERVERING gemaakt via de site, bij aankomst: "sorry, geen tafel". Nooit meer.',
    ],
)
def test_a_booking_not_there_is_named(text: str) -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, text)
    assert re.search(r"reservering|reservatie|gereserveerd", draft.lower()), draft  # 'reservatie': a Flemish shop


@pytest.mark.parametrize(
    "text",
    [
        "Honden welkom, zegt de site. Wij met de labrador op het terras, begint het te gieten, mochten we niet binnen.",
        "Met de hond naar jullie terras, toen het koud werd mocht ik niet mee naar binnen. Gastvrij hoor 🙄",
        "ge zegt dat ge hondvriendelijk zijt maar we mochten niet met de hond binnen, schandalig",
    ],
)
def test_a_dog_not_let_in_is_named(text: str) -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, text)
    assert "hond" in draft and "binnen" in draft, draft
    assert "[vul in: het antwoord op de vraag]" not in draft, draft


def test_a_walk_past_a_dog_is_no_dog_kept_out() -> None:
    draft = draft_text(BRASSERIE, _COMPLAINT, "Twintig minuten gewacht op koude soep. Wat een service.")
    assert "hond" not in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Gevraagd om een kort opgeschoren model, kwam thuis met een kaal hoofd. Sven stond ondertussen te bellen.",
            "Sven",
        ),
        ("slechte fade en de kapper zat de hele tijd op zijn telefoon, €28 weggegooid", "de kapper"),
        ("Mijn baard helemaal scheef. Rachid was tussendoor ook nog aan de telefoon. Nooit meer.", "Rachid"),
    ],
)
def test_who_was_on_the_phone_is_named(text: str, who: str) -> None:
    draft = draft_text(KAPPER, _COMPLAINT, text)
    assert who in draft and ("telefoon" in draft or "bellen" in draft), draft


def test_the_writer_on_the_phone_is_no_point() -> None:
    draft = draft_text(KAPPER, _COMPLAINT, "Kapsel veel te kort. Ik stond ondertussen te bellen en lette niet op.")
    assert "telefoon" not in draft and "bellen was" not in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Na het knippen een ontsteking in mijn nek, de huisarts denkt van een vuile tondeuse. Worden die wel ontsmet??",
        "Sinds mijn scheerbeurt rode bultjes, volgens de dokter door een niet ontsmet scheermesje.",
        "Mijn nek zit vol pukkels na het opscheren, worden jullie messen wel ooit schoongemaakt?",
    ],
)
def test_a_dirty_tool_named_as_the_cause_gets_hygiene(text: str) -> None:
    draft = draft_text(KAPPER, _COMPLAINT, text)
    assert "ontsmet" in draft or "Hygiëne" in draft or "Schoon" in draft, draft


# What a complaint's draft says back (fixer k16, issue #13): vomiting told as what someone lay doing, an allergen in
# Flemish ('allergisch aan'), the dish an allergen was in when it went well just in time, an amount for a thing with
# a bare adjective ('een klein wit brood'), a part of the body that bothers the writer since, whose birthday ('de
# 50ste van mijn vent'), what the writer had to rent or buy because of it, a fine they got, a free re-cut from the
# profile on a chat platform, and a wait told in minutes ('45 min') apart from the thing named later. Businesses and
# sentences of their own, not a round's.
EETCAFE = BusinessProfile(
    name="Eetcafé De Linde", kind="restaurant", signers=["Ruud"], voice="ik", register="u", phone="0345-223344"
)
FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske", kind="restaurant", signers=["An"], voice="wij", register="je", phone="09 224 55 66"
)
BAKKERIJ_ZOET = BusinessProfile(
    name="Bakkerij Zoet", kind="bakkerij", signers=["Els"], voice="wij", register="je", email="hallo@zoet.be"
)
FIETSEN = BusinessProfile(
    name="Fietsen Van Dam", kind="fietsenmaker", signers=["Kees"], voice="ik", register="je", email="kees@vandam.nl"
)
SALON = BusinessProfile(
    name="Salon Lokk",
    kind="kapsalon",
    signers=["Joy"],
    voice="wij",
    register="je",
    phone="020-6677889",
    return_terms="Niet tevreden over je coupe? Binnen 10 dagen knippen we gratis bij.",
)


def _channel(profile: BusinessProfile, text: str) -> str | None:
    return Drafter(profile, analyser=analyse_topics).draft(_COMPLAINT, text, author="Ria", platform="facebook").channel


def test_vomiting_told_as_what_someone_lay_doing_is_food_poisoning() -> None:
    for text in (
        "Vrijdag de spareribs gegeten, zaterdag lagen we allebei over te geven.",
        "Na jullie kipsaté zat mijn zoon de halve nacht te kotsen.",
        "Mijn vrouw heeft de hele nacht liggen overgeven na de scampi's.",
    ):
        assert "vergiftiging" in analyse_topics(text).safety, text
        assert _channel(EETCAFE, text) == "telefoon"
        assert "0345-223344" in draft_text(EETCAFE, _COMPLAINT, text)


def test_disgust_is_no_vomiting() -> None:
    for text in ("De bediening was om over te geven, zo bot.", "Die muziek was echt om van te kotsen."):
        assert "vergiftiging" not in analyse_topics(text).safety, text


def test_a_flemish_allergy_names_the_allergen() -> None:
    assert analyse_topics("Ik ben allergisch aan selder en er zat selder in de soep.").allergen == "selder"
    assert analyse_topics("Mijn dochter is zwaar allergisch aan noten, toch nootjes op haar ijs.").allergen == "noten"
    # 'aan' after the noun is who was told, not the allergen
    assert analyse_topics("Ik had mijn allergie aan de ober gemeld, toch zat er ei in.").allergen != "ober"


def test_an_allergy_caught_in_time_names_the_dish_it_was_in() -> None:
    text = "Ik had gezegd dat mijn dochter een pinda-allergie heeft. Toch pindasaus op de saté! Gelukkig zag ze het."
    draft = draft_text(FRITUUR, _COMPLAINT, text)
    assert "saté" in draft and "pinda" in draft


def test_an_amount_for_a_thing_with_a_bare_adjective_names_the_thing() -> None:
    text = "€ 3,40 voor een klein wit brood. En de sandwiches zijn ook al duurder. Belachelijk."
    assert "een klein wit brood" in draft_text(BAKKERIJ_ZOET, _COMPLAINT, text)


def test_a_part_of_the_body_that_bothers_the_writer_is_said_back() -> None:
    for text, part in (
        ("Nieuw zadel laten monteren en sindsdien last van mijn onderrug. Zonde van het geld.", "onderrug"),
        ("Stuur laten verstellen, nu heb ik na elke rit last aan mijn polsen.", "polsen"),
    ):
        assert part in draft_text(FIETSEN, _COMPLAINT, text), text


def test_whose_birthday_when_said_after_the_ordinal() -> None:
    found = analyse_topics("Taart besteld voor de 50ste van mijn vent en ze was niet klaar.")
    assert found.occasion == "verjaardag" and found.owner == "vent"
    assert analyse_topics("Taart voor de 60ste van onze moeder, helemaal ingezakt.").occasion == "verjaardag"
    assert analyse_topics("Jullie zijn de 3de van mijn lijstje bakkers, maar het brood was oud.").occasion == ""


def test_what_the_writer_had_to_rent_or_buy_is_said_back() -> None:
    for text, thing in (
        ("Fiets was niet op tijd klaar, moest ik zelf een leenfiets huren voor mijn werk.", "leenfiets"),
        ("Taart kwam niet. Hebben we toen maar een taart gekocht bij de supermarkt.", "taart"),
        ("Bakfiets niet klaar zoals beloofd, moesten we een taxi nemen naar school.", "taxi"),
    ):
        assert thing in draft_text(FIETSEN, _COMPLAINT, text), text


def test_an_ordinary_purchase_is_nothing_the_writer_had_to_buy() -> None:
    draft = draft_text(FIETSEN, _COMPLAINT, "Ik had een fiets gekocht bij jullie en na een week was de ketting eraf.")
    assert "moest regelen" not in draft


def test_a_fine_the_writer_got_is_said_back() -> None:
    text = "Een uur op de kapsalon moeten wachten en intussen een parkeerboete gekregen."
    assert "boete" in draft_text(SALON, _COMPLAINT, text)
    shop_fee = "Afspraak geannuleerd en dan rekenen jullie 25 euro boete? Schandalig."
    assert "boete kreeg" not in draft_text(SALON, _COMPLAINT, shop_fee)


def test_a_free_fix_as_a_separable_verb() -> None:
    assert free_fix("Niet blij? Binnen 7 dagen knippen we gratis bij") == "binnen 7 dagen knippen we gratis bij"
    assert free_fix("Binnen twee weken werken we je kleur kosteloos bij.")
    assert not free_fix("Ruilen kan binnen 14 dagen, verzending is gratis.")


def test_a_free_re_cut_is_offered_on_a_chat_platform_too() -> None:
    text = "kwam voor een bob en ga naar huis met een scheve pony 😭 echt niet oké"
    draft = draft_text(SALON, _COMPLAINT, text, platform="instagram", author="@sanne")
    assert "knippen we gratis bij" in draft


def test_a_wait_in_minutes_is_said_back_and_not_put_on_a_thing_named_later() -> None:
    text = "30 min aan de balie gestaan om af te rekenen. Intussen was mijn parkeerticket verlopen."
    found = analyse_topics(text)
    assert found.topic == "wachttijd" and found.duration == "30 minuten"
    draft = draft_text(EETCAFE, _COMPLAINT, text)
    assert "30 minuten" in draft and "op het parkeerticket" not in draft
    assert re.search(r"\b(?:sorry|excuses|spijt)\b", draft, re.I)


# Second points of a complaint said back (session 10, issue #13): a tip the writer gives ('zet gewoon een ...
# neer'), a time it was only ready at, and an unanswered mail or call said with plain excuses. Businesses and
# sentences of their own, not a round's.
_FIX = "uitkomst_herstel"

IJSBAR = BusinessProfile(
    name="IJsbar Frisco", kind="restaurant", signers=["Gino"], voice="wij", register="je", email="hoi@frisco.nl"
)
PIZZERIA = BusinessProfile(
    name="Pizzeria Sole", kind="restaurant", signers=["Marco"], voice="ik", register="u", email="marco@sole.nl"
)
GARAGE = BusinessProfile(
    name="Autoservice Kuipers", kind="garage", signers=["Ruben"], voice="ik", register="u", phone="0575-112233"
)


def test_a_tip_of_the_writer_is_taken_along() -> None:
    text = "Elke zaterdag een rij tot op de stoep bij jullie 🙄 zet toch gewoon een tweede ijskar buiten"
    assert "ijskar" in draft_text(IJSBAR, _FIX, text)


def test_an_order_is_no_tip() -> None:
    text = "Ik had een ijstaart besteld en die was gesmolten. Ik zet nooit meer een bestelling bij jullie."
    assert "tip over" not in draft_text(IJSBAR, _FIX, text) and "idee van" not in draft_text(IJSBAR, _FIX, text)


def test_the_time_it_was_only_ready_is_said() -> None:
    text = "Twee pizza's besteld voor 19.00 om af te halen, om 19.50 had ik ze pas. En de salami was vergeten."
    draft = draft_text(PIZZERIA, _FIX, text)
    assert "tot 19.50 moest wachten" in draft


def test_an_amount_or_a_duration_is_no_time_ready() -> None:
    text = "Om 20 euro per pizza verwacht ik meer. Om 7 uur thuis en toen pas gegeten, de bodem was taai."
    assert "moest wachten" not in draft_text(PIZZERIA, _FIX, text)


def test_an_unanswered_mail_and_call_get_plain_excuses() -> None:
    text = "Mijn auto staat al twee weken bij u voor een kleine reparatie. Twee keer gemaild, één keer gebeld, niks."
    draft = draft_text(GARAGE, _FIX, text)
    assert re.search(r"\b(?:excuses|sorry)\b", draft, re.I)


def test_an_english_part_that_gave_out_is_said_back() -> None:
    text = "Hired a tandem for the afternoon and the chain on ours snapped halfway to the beach. Not great."
    assert "chain" in draft_text(GARAGE, _FIX, text, platform="google", author="Tom")


def test_an_english_day_that_failed_is_no_part() -> None:
    text = "Our day trip completely failed because the shop opened an hour late. Not great."
    assert "trip letting" not in draft_text(GARAGE, _FIX, text, platform="google", author="Tom")


KAPPERSZAAK_NOOR = BusinessProfile(
    name="Kapperszaak Noor", kind="kapsalon", signers=["Noor"], voice="ik", register="je", phone="045-1122334"
)


def test_the_writers_person_is_named_by_the_name_given() -> None:
    text = "Mijn dochter Fenna (7) kwam voor een pony en nu is haar haar aan één kant veel te kort geknipt."
    draft = draft_text(KAPPERSZAAK_NOOR, _FIX, text)
    assert "het haar van Fenna" in draft and "van je dochter" not in draft
    text = "Mijn dochter kwam voor een pony en nu is haar haar aan één kant veel te kort geknipt."
    assert "Fenna" not in draft_text(KAPPERSZAAK_NOOR, _FIX, text)


# Blind rounds r28/r29 read aloud (issue #13): the concrete fault is said back, not its category: the same fault
# right again after the work, a wrong text on what was ordered, a price the writer could not believe ('€ 4,35??').
ENGRAVER = BusinessProfile(name="Graveerhuis Lint", kind="winkel", signers=["Mo"], email="mo@lint.nl")
BAKERY = BusinessProfile(name="Bakkerij Stol", kind="bakkerij", signers=["Fenna"], email="info@stol.nl")


def test_the_same_fault_again_after_the_work_is_said_back() -> None:
    text = "Gisteren de uitlaat laten lassen, twee uur gewacht. Vanochtend weer los. Zelfde plek."
    assert "weer los" in draft_text(GARAGE_VOS, _COMPLAINT, text, platform="x")
    text = "Vorige week de afvoer laten ontstoppen voor 95 euro. Nu is hij alweer verstopt."
    assert "weer verstopt" in draft_text(LOODGIETER_SMIT, _COMPLAINT, text)


def test_a_wrong_text_on_what_was_ordered_is_said_back_as_written() -> None:
    text = "Beker laten graveren voor de kampioen, 'Sanne Jansen 2024'. Er stond 'Sanne Janssen 2042' op. Slordig."
    assert "'Sanne Janssen 2042'" in draft_text(ENGRAVER, _COMPLAINT, text, platform="google")
    text = 'Verjaardagstaart voor mijn zoon. Er stond "Gefeliciteerd Timo" op, hij heet Tim.'
    draft = draft_text(BAKERY, _COMPLAINT, text)  # a name spelt wrong: the right name, the mistake not repeated
    assert "naam van Tim" in draft or ("Tim hoort" in draft and "naam" in draft)
    assert "Timo" not in draft


def test_a_price_the_writer_could_not_believe_is_said_back() -> None:
    text = "Een kop soep € 9,50?? En de ober keek ons niet eens aan toen we bestelden."
    assert "€ 9,50" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, platform="google")
    text = "Twee krentenbollen 5 euro?!? En dan nog chagrijnig kijken ook achter de toonbank."
    assert "€ 5" in draft_text(BAKERY, _COMPLAINT, text)


def test_a_label_claim_in_quotes_is_no_wrong_text() -> None:
    text = "Armband gekocht, er stond 'hypoallergeen' op! Toch kreeg ik uitslag."
    assert "fout ligt" not in draft_text(ENGRAVER, _COMPLAINT, text)


def test_tears_weigh_more_than_balen() -> None:
    text = "Afspraak voor de communie van mijn dochter stond niet in de agenda. Ze stond te huilen in de salon."
    salon = BusinessProfile(name="Salon Fleur", kind="kapper", signers=["Fleur"], email="fleur@salon.nl")
    assert "tranen" in draft_text(salon, _COMPLAINT, text)
    text = "De taart voor het kinderfeestje was vergeten. Mijn zoon huilde de hele middag."
    assert "tranen" in draft_text(BAKERY, _COMPLAINT, text, platform="google")


def test_return_terms_with_a_free_fix_follow_a_complaint_about_the_result() -> None:
    groomer = replace(
        TRIMSALON_WOLK, return_terms="Niet tevreden over de vacht? Kom binnen vijf dagen terug, bijwerken is gratis."
    )
    text = "Gevraagd om alleen de poten bij te knippen, thuisgekomen met een kaalgeschoren hond."
    assert "bijwerken is gratis" in draft_text(groomer, _COMPLAINT, text)
    barber = replace(BARBIER_ALI, phone="", return_terms="Fade niet strak? Binnen een week corrigeer ik het kosteloos.")
    text = "Ik kwam voor een low fade, ging naar huis met een scheve high fade."
    assert "kosteloos" in draft_text(barber, _COMPLAINT, text, platform="google")


def test_a_foreign_thing_is_said_in_the_dish_the_writer_found_it_in() -> None:
    text = "Mijn zoon vond de wc smerig. En daarna zat er een stukje plastic in mijn tiramisu. De ober lachte erom."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, platform="google")
    assert "in je tiramisu" in draft and "wc" not in draft.split("\n")[1].split(".")[0]
    assert "gaat met je zoon" not in draft
    text = "Het terras was mooi en de wijn lekker. Maar er zat een lange haar in mijn pompoensoep, echt vies."
    assert "in je pompoensoep" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


def test_a_dirty_room_beside_another_point_is_said_back() -> None:
    text = "Er zat een haar in mijn pasta. En de wc was smerig, geen papier en geen zeep."
    assert "de wc niet schoon" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text) or "Ook de wc" in draft_text(
        EETCAFE_DE_LINDE, _COMPLAINT, text
    )
    gym = BusinessProfile(name="Sportschool Puur", kind="sportschool", signers=["Rik"], email="rik@puur.nl")
    text = "Een splinter in mijn hand van de bank. En de kleedkamer stonk, echt vuil overal."
    assert "kleedkamer" in draft_text(gym, _COMPLAINT, text, platform="google")


# What the writer saw or read is said back (session 8, issue #13): one glove or the same hands for money and food,
# and a wrong text on what was ordered written in capitals ('Er stond HAPPY BIRTDAY op'). Businesses and sentences
# of their own, not a round's.
BUTCHER = BusinessProfile(name="Slagerij Brink", kind="slager", signers=["Joop"], voice="wij", phone="0513-221133")
FRIES = BusinessProfile(name="Frituur 't Hoekske", kind="restaurant", signers=["Lut"], voice="ik", phone="03 455 66 77")
PRINTER = BusinessProfile(name="Drukkerij Pers", kind="drukkerij", signers=["Wim"], voice="ik", email="wim@pers.nl")
CAKES = BusinessProfile(name="Taartenatelier Suus", kind="bakkerij", signers=["Suus"], email="suus@taart.nl")


def test_one_glove_for_money_and_food_is_named() -> None:
    text = "De slager pakte met dezelfde handschoen het wisselgeld en daarna mijn gehakt. Niet echt fris."
    assert "dezelfde handschoen" in draft_text(BUTCHER, _COMPLAINT, text)
    text = "Eerst afrekenen met contant geld en toen met dezelfde handen mijn frieten in het bakje scheppen. Bah."
    assert "dezelfde handen" in draft_text(FRIES, _COMPLAINT, text)


def test_a_glove_without_money_is_not_said_to_be_about_money() -> None:
    text = "Ze droeg dezelfde handschoenen de hele dag, de worst viel op de grond en ging zo in mijn broodje."
    assert "geld" not in draft_text(BUTCHER, _COMPLAINT, text)


def test_a_wrong_text_in_capitals_is_said_back_in_quotes() -> None:
    text = "Ik had 'Proficiat Ahmed' gevraagd. Er stond in dikke letters PROFICIAT AHMET op de banner. Slordig."
    draft = draft_text(PRINTER, _COMPLAINT, text)  # a name spelt wrong: the right name, the mistake not repeated
    assert "Ahmed" in draft and "naam" in draft and "AHMET" not in draft
    text = "Besteld met de tekst 'Welkom Baby Noor'. Staat er WELKOM BABY NOAR op de taart, wat nu?"
    draft = draft_text(CAKES, _COMPLAINT, text)
    assert "Noor" in draft and "naam" in draft and "NOAR" not in draft
    text = "Besteld met 'Lotte 18 jaar'. Staat er in grote letters LOTTE 81 JAAR op de taart."
    assert "‘LOTTE 81 JAAR’" in draft_text(CAKES, _COMPLAINT, text)  # a wrong number is said back as it stood


def test_an_ordinary_word_in_capitals_is_no_wrong_text() -> None:
    text = "Ik had 'Fijne dag' besteld. Er stond wel iets op maar de taart was HEEL droog."
    assert "‘" not in draft_text(CAKES, _COMPLAINT, text)


AUTOBEDRIJF_KOK = BusinessProfile(
    name="Autobedrijf Kok", kind="garage", signers=["Erik"], voice="ik", email="erik@kok.nl"
)
TAILOR = BusinessProfile(name="Kleermakerij Naald", kind="kleermaker", signers=["Ayla"], email="ayla@naald.nl")
PLUMBER = BusinessProfile(name="Loodgieter Snel", kind="installateur", signers=["Dirk"], email="dirk@snel.nl")


def test_a_part_added_on_top_of_the_quote_is_named() -> None:
    text = "Offerte was € 320 voor de beurt. Bij het ophalen € 455 afgerekend: 'er moesten nieuwe remschijven bij'."
    draft = draft_text(AUTOBEDRIJF_KOK, _COMPLAINT, text, platform="x")
    assert "remschijven" in draft and "€ 455" in draft
    text = "Offerte € 180 voor een nieuwe kraan, rekening € 260. Er kwam ineens een extra sifon bij. Niemand belde."
    assert "sifon" in draft_text(PLUMBER, _COMPLAINT, text)


def test_a_thing_of_the_writers_person_is_theirs() -> None:
    text = "De jas van mijn zoon hangt al twee weken bij jullie voor een nieuwe rits. Nog steeds niet klaar."
    assert "de jas van je zoon" in draft_text(TAILOR, _COMPLAINT, text)
    text = "De auto van mijn vader staat nu een maand in jullie werkplaats en niemand laat iets horen."
    assert "de auto van je vader" in draft_text(AUTOBEDRIJF_KOK, _COMPLAINT, text)


# A wrong text on what was ordered: the draft names the text that should have been on it, or what stood on it when
# that is all the writer quoted (session 8b, issue #13). Businesses and sentences of their own, not a round's.
PRINTSHOP = BusinessProfile(name="Drukkerij Van Os", kind="winkel", signers=["Joke"], voice="wij", phone="0543-112233")
GRAVEERSTUDIO_LINT = BusinessProfile(
    name="Graveerstudio Lint", kind="winkel", signers=["Sander"], voice="ik", register="u", phone="026-3344556"
)


def test_the_text_that_was_asked_for_is_named() -> None:
    text = "Geboortekaartjes besteld met 'Welkom Noor' erop. Stonden er 'Welkom Nora' op. Nu moet alles opnieuw."
    assert "‘Welkom Noor’" in draft_text(PRINTSHOP, _COMPLAINT, text) or "'Welkom Noor'" in draft_text(
        PRINTSHOP, _COMPLAINT, text
    )
    text = 'Ik vroeg om "Voor altijd, Mark" op de armband. Er staat "Voor altijd, Marc" in. Jammer.'
    draft = draft_text(GRAVEERSTUDIO_LINT, _COMPLAINT, text, platform="google", author="Ilse Bos")
    assert "Voor altijd, Mark" in draft


def test_capitals_in_letters_on_it_are_named() -> None:
    text = "Het spandoek voor het jubileum is mooi, maar er staat in dikke letters JUBELIUM op. Echt zonde."
    assert "JUBELIUM" in draft_text(PRINTSHOP, _COMPLAINT, text)
    text = "Op de gravure van de beker staat er in sierlijke letters KAMPOEN op, voor de finale van zaterdag."
    assert "KAMPOEN" in draft_text(GRAVEERSTUDIO_LINT, _COMPLAINT, text, platform="google", author="Ilse Bos")


# Complaint drafts that say back more of what the writer told (session 11, issue #13): what they had ordered when
# the wrong thing came ('de verkeerde doos ... ik had een kapsalon besteld', either order; a wrong thing alone keeps
# the plain line), the new part a thing was brought in for beside the promised time that passed (not a time or place
# after 'voor'), and the evening a wait was on when the comment opens with it ('Mosselavond: ...'). Businesses and
# sentences of their own, none from the rounds.
def _ordered(text: str) -> dict[str, str] | None:
    return next((s.values(text) for s in shipped_complaint_cues() if s.id == "wrong_ordered" and s.values(text)), None)


def test_the_wrong_thing_and_what_was_ordered_are_found_in_either_order() -> None:
    found = _ordered("de bezorger gaf ons de verkeerde zak mee, wij hadden twee broodjes shoarma besteld")
    assert found == {"waarde": "zak", "tweede": "twee broodjes shoarma"}
    found = _ordered("Ik had een pizza tonno besteld maar kreeg de verkeerde doos.")
    assert found == {"waarde": "doos", "tweede": "een pizza tonno"}
    # a time or place before 'besteld' is not what was ordered
    assert _ordered("de verkeerde saus erbij, terwijl ik gisteren bij jullie besteld had") is None
    assert _ordered("ik had bij jullie besteld en kreeg de verkeerde saus") is None


def test_the_draft_names_what_was_ordered_beside_the_wrong_thing() -> None:
    text = (
        "Net de verkeerde zak thuisbezorgd gekregen, er zit een frikandel speciaal in en ik had een bamischijf besteld."
    )
    draft = draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)
    assert "bamischijf" in draft and "verkeerde zak" in draft


def test_a_wrong_thing_without_what_was_ordered_keeps_the_plain_line() -> None:
    text = "We kregen de verkeerde gerechten en moesten daarna nog eens een half uur wachten."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "besteld" not in draft


def test_the_job_a_thing_was_brought_in_for_is_found() -> None:
    assert brought_for("Auto maandag gebracht voor een nieuwe koppeling.") == "de nieuwe koppeling"
    assert brought_for("Laptop voor het nieuwe scherm afgegeven") == "het nieuwe scherm"
    assert brought_for("Pakket netjes voor de deur afgegeven") == ""
    assert brought_for("De auto stond voor de deur") == ""


def test_the_promised_time_names_the_job_it_was_for() -> None:
    text = "Auto maandag gebracht voor een nieuwe koppeling, zou woensdag klaar zijn. Nu is het zaterdag en nog niks."
    draft = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "nieuwe koppeling" in draft and "woensdag" in draft
    text = "Auto maandag gebracht, zou woensdag klaar zijn. Nu is het zaterdag en nog niks."
    assert "voor de" not in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_an_event_the_comment_opens_with_is_found() -> None:
    assert opening_event("Mosselavond: anderhalf uur gewacht") == "de mosselavond"
    assert opening_event("Kerstbuffet - niks meer over om half acht") == "het kerstbuffet"
    assert opening_event("Avond: lang gewacht") == ""  # the bare word is no event
    assert opening_event("Gisteravond anderhalf uur op ons eten gewacht: schandalig") == ""  # no heading


def test_the_wait_is_said_with_the_evening_it_was_on() -> None:
    text = "Mosselavond: anderhalf uur op onze mosselen gewacht en toen waren ze nog lauw ook. Jammer."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "mosselavond" in draft and "anderhalf uur" in draft


# Complaint drafts that say what went wrong as the writer told it (session 9, issue #13, part 2): money not paid
# back by its name and amount, more on the bill than was had, what the writer told beforehand, the appointment time
# and the time they were served, a remark by staff (not repeated), a price held against what it costs elsewhere, a
# time 'van tevoren' that is no wait, and a noun only said inside a quote that is not the complaint's subject.
# Businesses and sentences of their own, none from the rounds.
ICE = replace(IJSSALON_VENEZIA, phone="")
KNIP_WITHOUT_PHONE = replace(KAPSALON_KNIP, phone="")
NAILS = replace(NAGELBAR_GLOW, phone="")


def test_money_not_paid_back_is_named_with_its_amount() -> None:
    assert sum_named("De aanbetaling van € 250 hebben we nog niet terug.") == ("aanbetaling", "€ 250", "de")
    assert sum_named("mijn borg van 50 euro") == ("borg", "€ 50", "mijn")
    assert sum_named("Ik wil mijn geld terug.") == ("", "", "")
    text = "Bruiloft afgezegd en nu krijg ik de aanbetaling van € 150 voor het bruidsboeket niet terug. Al 3x gemaild!!"
    assert "de aanbetaling van € 150" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    text = "Ik heb mijn borg van 50 euro voor de banner nog steeds niet teruggekregen, alles is heel terug gebracht."
    draft = draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text, platform="google")
    assert "je borg van € 50" in draft and "hoog" not in draft  # money owed back, not a price found too high


def test_more_on_the_bill_than_was_had_is_a_wrong_bill() -> None:
    assert wrong_bill("Op de bon stonden drie frikandellen die we niet hadden besteld.") == "bon"
    assert wrong_bill("stonden er vier coupes meer op de rekening dan we gegeten hebben") == "rekening"
    assert wrong_bill("De rekening was hoger dan vorig jaar.") == ""
    text = "Op de bon stonden drie frikandellen die we niet hadden besteld. En nee, niemand wilde het terugdraaien."
    assert "niet klopt" in draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)
    text = "Bij het afrekenen stonden er vier coupes meer op de rekening dan we gegeten hebben. Slordig."
    draft = draft_text(ICE, _COMPLAINT, text, platform="google")
    assert "rekening" in draft and "niet klopt" in draft and "prijs" not in draft


def test_what_the_writer_told_beforehand_is_said_back() -> None:
    text = (
        "Bij het maken van de afspraak gezegd dat mijn dochter autisme heeft en niet van drukte houdt. Zetten ze "
        "haar gewoon naast de föhn bij de ingang."
    )
    assert "dat je dochter autisme heeft" in draft_text(KNIP_WITHOUT_PHONE, _COMPLAINT, text)
    text = "Bij het reserveren gemeld dat mijn vader in een scootmobiel rijdt. Er was geen plek om hem te parkeren."
    assert "dat je vader in een scootmobiel rijdt" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)
    # what staff said is no thing the writer told
    text = "Er werd een pleister op geplakt en gezegd dat hij stil had moeten zitten."
    assert "vooraf" not in draft_text(NAILS, _COMPLAINT, text)


def test_the_appointment_time_and_the_time_served_are_read() -> None:
    assert minutes("10u45") == 645 and minutes("half elf") == 630 and minutes("kwart voor 11") == 645
    assert booked_and_served("Afspraak om 14:00, om kwart voor drie zat ik nog te bladeren.") == (
        "14:00",
        "kwart voor drie",
    )
    assert booked_and_served("afspraak om half 4 gemaakt, om 16:20 pas aan de beurt") == ("half 4", "16:20")
    assert booked_and_served("Afspraak om 10:30, stond er om 10:25, en om 11:15 nog niks.") == ("10:30", "11:15")
    assert booked_and_served("Om 9 uur gebracht, de afspraak voor de APK was morgen.") == ("", "")


def test_the_wait_between_the_two_times_is_said() -> None:
    text = "Afspraak om 14:00, om kwart voor drie zat ik nog te bladeren in de Libelle. Niemand die iets zei."
    draft = draft_text(KNIP_WITHOUT_PHONE, _COMPLAINT, text, platform="google")
    assert "14:00" in draft and "kwart voor drie" in draft
    text = "afspraak om half 4 gemaakt, om 16:20 pas aan de beurt en dan nog afgeraffeld ook"
    assert "16:20" in draft_text(NAILS, _COMPLAINT, text)
    text = "APK-afspraak om 8:00, de auto stond om 11:30 nog op het terrein. Ik had om 12 uur een afspraak elders."
    assert "8:00" in draft_text(GARAGE_STAM, _COMPLAINT, text) or "wacht" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_time_in_advance_is_no_wait() -> None:
    assert said_ahead("De les werd twee dagen van tevoren afgezegd.", "twee dagen")
    assert said_ahead("we hadden zes weken vooraf gereserveerd", "zes weken")
    assert not said_ahead("Ik wacht al twee weken op mijn fiets.", "twee weken")
    text = "Mijn afspraak werd een uur van tevoren afgezegd per sms, ik had er vrij voor genomen."
    assert "wachten" not in draft_text(NAILS, _COMPLAINT, text) and "wacht " not in draft_text(NAILS, _COMPLAINT, text)


def test_a_remark_by_staff_is_named_not_repeated() -> None:
    text = "Frietje te laat en koud, en als je er wat van zegt krijg je te horen 'dan ga je toch naar de Mac'. Prima!"
    draft = draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text, platform="google")
    assert "opmerking" in draft and "Mac" not in draft
    text = (
        "Ik vroeg waarom mijn nagels al na 2 dagen loslieten en toen zei ze 'dat ligt aan jouw nagels, niet aan ons'."
    )
    draft = draft_text(NAILS, _COMPLAINT, text)
    assert "opmerking" in draft and "jouw nagels" not in draft
    text = "Bij het ophalen zegt die monteur 'ja, oude auto's he'. Terwijl jullie de remmen net hadden gedaan."
    assert "opmerking" in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_a_noun_only_said_in_a_quote_is_not_the_subject() -> None:
    text = "Geen broodjes meer om 9 uur en dan zegt die jongen 'dan moet je maar uit je bed komen'."
    assert quoted_only(text, "bed") and not quoted_only(text, "broodjes")
    assert not quoted_only("€ 85 betaald voor een 'balayage' en nu ben ik oranje.", "balayage")  # own quote marks
    text = "Bij het afhalen van de tulpen zegt de verkoopster 'die zijn voor de etalage, sorry hoor'. Raar."
    assert "etalage" not in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_a_price_held_against_elsewhere_is_about_the_price() -> None:
    for text in (
        "€ 65 voor een rouwstuk, online kost zoiets de helft. Ik voel me echt afgezet.",
        "Bij de webshop kost dezelfde inkt nog geen 20 euro, jullie vragen er 45 voor.",
        "Elders kost een wasbeurt 15 euro, hier 32. Belachelijk.",
    ):
        assert analyse_topics(text).topic == "prijs", text
    assert analyse_topics("Jullie webshop werkt niet, ik kan niet afrekenen.").topic != "prijs"
    text = "€ 65 voor een rouwstuk, online kost zoiets de helft. Ik voel me echt afgezet."
    assert "€ 65 voor een rouwstuk" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


def test_whatever_was_found_in_it_is_named() -> None:
    assert found_thing("er zat een muizenkeutel in het brood", "je") == ("een muizenkeutel", "het brood")
    assert found_thing("Vond ik twee nietjes in mijn salade!", "uw") == ("twee nietjes", "uw salade")
    assert found_thing("Ik zat een uur in de wachtkamer.", "je") == ("", "")
    assert found_thing("Daarna zaten we twee weken in de kou.", "je") == ("", "")
    text = "Gisteren een speltbrood gehaald en er zat een elastiekje in het brood. Echt smerig 🤮"
    assert "een elastiekje in het speltbrood" in draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
    text = "Vond ik twee nietjes in mijn salade! Hoe komen die daar?? Hygiëne is ver te zoeken hier."
    assert "twee nietjes in je salade" in draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)


def test_scalp_seen_through_short_hair_is_no_skin_reaction() -> None:
    for text in (
        "zoon moest er netjes uitzien voor de trouw en nu is het zo kort dat ge zijn hoofdhuid ziet",
        "Aan de achterkant kun je gewoon mijn hoofdhuid zien, zo kort. Ik durf niet naar buiten.",
        "Je ziet gewoon zijn hoofdhuid door zijn haar heen, ik vroeg om een beetje bijknippen",
    ):
        assert "hoofdhuid" not in analyse_topics(text).safety, text
    assert "hoofdhuid" in analyse_topics("Na het verven brandde mijn hoofdhuid en nu zitten er korstjes.").safety


def test_a_thing_never_received_is_named() -> None:
    text = "Al twee maanden geen garantiebewijs ontvangen voor de wasmachine, terwijl dat beloofd was."
    assert "garantiebewijs" in draft_text(GARAGE_STAM, _COMPLAINT, text)
    text = "Nog steeds geen creditnota gekregen voor de teruggestuurde kaarten. Hoe lang nog?"
    assert "creditnota" in draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text, platform="google")
    text = "Ik heb nooit een bevestiging ontvangen en stond vrijdag voor een dichte deur."
    assert "bevestiging" in draft_text(NAILS, _COMPLAINT, text)
    # an answer that never came is said by the channel line, not as a thing never received
    text = "Twee keer gemaild over mijn nagels en geen antwoord gekregen."
    assert "geen antwoord hebt gekregen" not in draft_text(NAILS, _COMPLAINT, text)


def test_a_call_back_that_never_came_is_said_as_such() -> None:
    text = "Drie keer gebeld over mijn banner, elke keer 'we bellen je terug'. Niks meer gehoord."
    draft = draft_text(PRINTSHOP_LETTERZETTER, _COMPLAINT, text)
    assert "teruggebeld" in draft and "beloofd" in draft
    text = "Ik heb twee keer gebeld over de schade aan mijn bumper maar niemand belt terug."
    draft = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "terugbelde" in draft or "teruggebeld" in draft
    assert "beloofd" not in draft  # nobody promised it here
    text = "Gebeld over het bruidsboeket, zou teruggebeld worden door de eigenaar. Niks gehoord!!"
    assert "beloofd" in draft_text(BLOEMERIE_IRIS, _COMPLAINT, text)


# Complaint drafts that say back the detail of what went wrong (issue #13): a price rise with the old price, a fee
# by its name and amount, a bill against the price shown, paying anyway for what did not happen, the advice that was
# part of it and not given, an infection afterwards, brakes that did not grip, and the thing that was delivered
# late. Businesses and sentences of their own, none from the rounds.
def _draft(profile: BusinessProfile, text: str, platform: str = "facebook") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(
        _COMPLAINT, text, author="Sam", platform=platform, details=extract(text).to_dict()
    )
    assert made.text is not None
    return made.text


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def _well_formed(text: str) -> None:
    said = _sentences(text)
    assert len(said) == len(set(said)), text  # no sentence twice
    assert len(re.findall(r"\b(?:bedankt|dank je|dank u)\b", text, re.I)) <= 1, text


def test_a_price_rise_is_named_with_the_old_price() -> None:
    for profile, text, old in (
        (
            BAKKERIJ_GRAAN,
            "Lekker brood hoor, maar 3,85 voor een volkoren?? Vorig jaar betaalde ik nog maar 3,10.",
            "€ 3,10",
        ),
        (SNACKBAR_DE_HOEK, "frietje speciaal kost nu €4,20, een paar maanden geleden nog €3,50 👎", "€ 3,50"),
        (SNACKBAR_DE_HOEK, "Vroeger was een bakske friet nog 3 euro, nu bijna 5. Schandalig", "€ 3"),
    ):
        draft = _draft(profile, text)
        assert old in draft and "prijsverhoging" in draft, draft
        _well_formed(draft)
    # a time without money is no earlier price
    draft = _draft(SNACKBAR_DE_HOEK, "Vorige week nog 20 minuten gewacht op mijn bestelling, nu weer.")
    assert "prijsverhoging" not in draft


def test_a_fee_is_named_by_its_name_and_amount() -> None:
    draft = _draft(
        EETCAFE_DE_LINDE, "Online besteld, eten koud geleverd en dan nog 4,95 euro bezorgkosten ook. Nooit meer."
    )
    assert "€ 4,95 bezorgkosten" in draft, draft
    _well_formed(draft)
    draft = _draft(
        GARAGE_VOS, "€ 35 voorrijkosten voor twee straten verderop?? Plus € 60 voor een nieuwe accu. Zakkenvullers."
    )
    assert "€ 35 voorrijkosten" in draft, draft
    # the fee the empathy names already is not said twice
    draft = _draft(GARAGE_VOS, "Voorrijkosten van € 45 voor een accu die jullie in 5 minuten vervangen?? Afzetterij.")
    assert re.sub(r"\[vul in:.*?\]", "", draft).count("€ 45") == 1, draft


def test_the_amount_said_back_is_named_by_its_fee() -> None:
    draft = _draft(GARAGE_VOS, "Verplaatsingskost van 25 euro voor 2 km, da's toch ni normaal.")
    assert "€ 25 verplaatsingskost" in draft, draft
    assert draft.count("€ 25") == 1, draft


def test_a_bill_against_the_price_shown_says_both() -> None:
    assert quoted_and_billed("Bij de kassa €28 ipv €22 zoals op jullie website staat.") == ("€ 22", "€ 28", "")
    assert quoted_and_billed("Afgerekend: 19 euro in plaats van 15 euro.") == ("€ 15", "€ 19", "")
    draft = _draft(
        KAPSALON_KNIP, "Pony knippen: bij het afrekenen €18 ipv €12 zoals op jullie prijslijst. Nergens vermeld 🙄"
    )
    assert "€ 12" in draft and "€ 18" in draft, draft


def test_paying_anyway_for_what_did_not_happen_is_said_back() -> None:
    for text in (
        "Kwam 5 min te laat (bus reed niet), mocht niet meer geknipt worden en moest toch het volle bedrag betalen!",
        "Afspraak gemist door een ongeluk op de ring, en ik moest wel de helft betalen. Klantvriendelijk hoor.",
    ):
        draft = _draft(KAPSALON_KNIP, text)
        assert re.search(r"het volle bedrag|de helft", draft), draft
        _well_formed(draft)


def test_the_advice_that_was_not_given_is_said_back() -> None:
    draft = _draft(
        NAGELBAR_GLOW, "Gellak gezet, maar er werd niks uitgelegd over de nazorg en na 3 dagen lag alles eraf."
    )
    assert "uitleg" in draft and "over de nazorg" in draft, draft
    draft = _draft(NAGELBAR_GLOW, "Ik kreeg geen advies/uitleg over mijn nagelriemen gegeven, terwijl dat erbij hoort.")
    assert "over uw nagelriemen" in draft or "over je nagelriemen" in draft, draft
    # 'geen uitleg over hoe ...' has no thing to name
    assert "uitleg over hoe" not in _draft(NAGELBAR_GLOW, "Geen uitleg over hoe ik het moet bijhouden. Slecht.")


def test_an_infection_afterwards_is_said_back() -> None:
    for text, said in (
        (
            "Na het scheren bij jullie heb ik een wondinfectie in mijn hals, de huisarts gaf me een zalf.",
            "wondinfectie",
        ),
        (
            "Sinds die fade zit er een ontstoken puist achter mijn oor, met pus. Hoe schoon zijn jullie tondeuses?",
            "ontstoken puist",
        ),
    ):
        draft = _draft(BARBIER_ALI, text)
        assert said in draft, draft
        _well_formed(draft)


def test_brakes_that_did_not_grip_are_named() -> None:
    for text in (
        "Gisteren na de beurt opgehaald en in de afdaling grepen de voorremmen amper. Bijna tegen een paal.",
        "Na de reparatie remden de remmen nauwelijks, ik ben bijna onder een bus gekomen!",
    ):
        draft = _draft(GARAGE_VOS, text)
        assert "rem" in draft.lower(), draft
    for text in ("After your service the brakes barely worked, I almost hit a car!", "The brakes didn't grip at all."):
        assert analyse_topics(text).concept == "remmen", text
    assert not analyse_topics("The brakes work great now, thanks. But the invoice was too high.").is_safety


def test_the_thing_delivered_late_is_named() -> None:
    # a thing said (the rozen) rather than a guess, or the writer's own word for the delivery
    draft = _draft(
        BLOEMERIE_IRIS,
        "Bezorging beloofd voor 12 uur, om 16 uur kwamen de rozen pas aan en de blaadjes waren bruin.",
        "google",
    )
    assert re.search(r"rozen|bezorging", draft), draft
    draft = _draft(
        EETCAFE_DE_LINDE, "Levering 'binnen het uur' beloofd. Twee uur later nog niks, telefoon niet opgenomen."
    )
    assert "levering" in draft.lower(), draft


def test_the_writer_late_or_a_time_on_the_clock_is_no_wait() -> None:
    for text in (
        "Kwam 5 min te laat (bus reed niet) en mocht niet meer geknipt worden.",
        "'k was 5 minuutjes te laat door de file, en toen werd ik weggestuurd.",
    ):
        assert "wachttijd" not in analyse_topics(text).problems, text
    for text in ("Het eten kwam te laat en was koud.", "De bezorger was een uur te laat."):
        assert "wachttijd" in analyse_topics(text).problems, text
    # 'beloofd voor 12 uur' is a time, not twelve hours of waiting
    text = "Boeket besteld, bezorging beloofd voor 12 uur, het kwam om 17 uur en de rozen hingen slap."
    assert analyse_topics(text).duration == ""
    draft = _draft(BLOEMERIE_IRIS, text)
    assert "12 uur wachten" not in draft and "17 uur" in draft, draft


def test_a_fee_found_too_high_is_a_price_complaint_and_a_cause_of_being_late_no_thing() -> None:
    text = "€ 35 voorrijkosten voor twee straten verderop?? Plus € 60 voor een nieuwe accu. Zakkenvullers."
    assert analyse_topics(text).topic == "prijs"
    draft = _draft(GARAGE_VOS, text, "bluesky")
    assert "€ 35 voorrijkosten" in draft and "excuses" not in draft, draft  # a price: understanding, no apology
    found = analyse_topics("Kwam 5 min te laat door de bus, mocht niet meer geknipt worden.")
    assert "bus" not in [p.text for p in found.products]
    draft = _draft(KAPSALON_KNIP, "Kwam 5 min te laat door de bus, en moest toch het volle bedrag betalen!")
    said = re.sub(r"\[vul in:.*?\]", "", draft)
    assert "mis is met" not in said and said.count("bedrag") == 1, draft


# Blind rounds r28/r29 read aloud (issue #13): a bill above what the writer was told is said back with its amounts,
# not as 'de prijs van <a noun nearby>'; a device someone talked or looked on is no subject; something ordered in
# advance that was not there is said back.
CATERER = BusinessProfile(name="Catering Zon", kind="restaurant", signers=["Ilse"], email="info@cateringzon.nl")


def test_the_amount_told_and_the_amount_billed() -> None:
    assert quoted_and_billed("De offerte was € 350. Bij het ophalen moest ik € 520 betalen.") == ("€ 350", "€ 520", "")
    assert quoted_and_billed("Telefonisch werd 60 euro gezegd, op de factuur stond 95.")[:2] == ("€ 60", "€ 95")
    assert quoted_and_billed("De rekening was € 75 hoger dan de offerte.") == ("", "", "€ 75")
    assert quoted_and_billed("Een brood van € 4,35 vind ik te duur.") == ("", "", "")


def test_a_bill_above_the_quote_is_said_with_both_amounts() -> None:
    text = (
        "Offerte voor de distributieriem was € 650. "
        "Bij het ophalen € 890 afgerekend, want de waterpomp moest ook. Niemand heeft gebeld."
    )
    draft = draft_text(GARAGE_VOS, _COMPLAINT, text, platform="google")
    assert "€ 650" in draft and "€ 890" in draft and "prijs van" not in draft
    text = "Aan de telefoon zei u 120 euro voor het ontstoppen en op de factuur stond ineens 210. Uitleg kreeg ik niet."
    draft = draft_text(LOODGIETER_SMIT, _COMPLAINT, text)
    assert "€ 120" in draft and "€ 210" in draft and "telefoon" not in draft


def test_a_bill_that_came_out_higher_than_agreed() -> None:
    text = "Voor ons jubileum lunch laten verzorgen, maar de factuur kwam € 240 hoger uit dan de offerte."
    draft = draft_text(CATERER, _COMPLAINT, text, platform="linkedin")
    assert "€ 240" in draft


def test_a_device_is_no_subject_of_the_wait() -> None:
    text = "Een half uur staan wachten, en het meisje achter de balie zat de hele tijd op haar telefoon."
    draft = draft_text(TRIMSALON_WOLK, _COMPLAINT, text)
    assert "op de telefoon" not in draft and "telefoon" not in draft.split("\n")[1]


def test_what_was_ordered_in_advance_and_not_there_is_said_back() -> None:
    text = "Voor mijn schoonvader hadden we een glutenvrije taart besteld, maar die was er niet. De rest was prima."
    assert "geen glutenvrije taart" in draft_text(CATERER, _COMPLAINT, text)
    text = "We hadden een lactosevrij menu doorgegeven voor twee gasten maar dat bleek er niet te zijn."
    assert "geen lactosevrij menu" in draft_text(CATERER, _COMPLAINT, text, platform="google")


def test_long_runs_take_linear_time() -> None:
    """No cue backtracks on a long run of one token: four times the text takes about four times as long (linear),
    not sixteen (quadratic) or more. Compared with itself, so a busy machine slows both runs alike."""
    import time

    from app.domain.draft_jokes import shipped_complaint_cues
    from app.domain.draft_wellbeing import asks_to_be_called, said_recovered, several_hurt

    def seconds(filler: str, size: int) -> float:
        text = "offerte " + filler * (size // len(filler)) + " 85."
        began = time.perf_counter()
        quoted_and_billed(text), said_recovered(text), asks_to_be_called(text), several_hurt(text)
        for shape in shipped_complaint_cues():
            shape.values(text)
        return time.perf_counter() - began

    for filler in ("1", "€1 ", "1,", " ", "weer ", "'a' ", "?"):
        short, long = seconds(filler, 6_000), seconds(filler, 24_000)
        assert long < 8 * short + 0.5, (filler, short, long)  # linear: x4; quadratic: x16


# Complaint drafts that answer what the writer said (session 8, issue #13): charged twice is said as such, a long
# wait with an appointment names the appointment. Businesses and sentences of their own.
CINEMA = BusinessProfile(name="Filmhuis Lumen", kind="bioscoop", signers=["Eva"], voice="wij", email="eva@lumen.nl")
WASH = BusinessProfile(name="Wasstraat Glans", kind="garage", signers=["Rik"], voice="ik", phone="0318-445566")
DENTIST = BusinessProfile(name="Mondzorg Ede", kind="tandarts", signers=["Iris"], voice="wij", register="u")
BARBER = BusinessProfile(name="Barbershop Fade", kind="kapper", signers=["Mo"], voice="ik", email="mo@fade.nl")


def test_charged_twice_is_found_in_its_forms() -> None:
    assert charged_twice("Mijn pinpas is dubbel afgeschreven voor de kaartjes.")
    assert charged_twice("Heb ik 2x moeten betalen voor één wasbeurt")
    assert charged_twice("Het bedrag is twee keer in rekening gebracht.")
    assert not charged_twice("Ik heb twee keer gebeld en één keer betaald.")


def test_a_double_charge_is_said_as_such() -> None:
    text = "Mijn pinpas is dubbel afgeschreven voor de kaartjes van zaterdag. Graag het geld terug."
    draft = draft_text(CINEMA, _COMPLAINT, text)
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()
    text = "Voor één wasbeurt twee keer gepind, € 19,50 en nog eens € 19,50. Wie zet dat recht?"
    draft = draft_text(WASH, _COMPLAINT, text, platform="google")
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()


def test_a_long_wait_with_an_appointment_names_it() -> None:
    text = "Afspraak om 14:00, pas om 14:50 in de stoel. Niemand die sorry zei."
    assert "afspraak" in draft_text(DENTIST, _COMPLAINT, text, author="Joke")
    text = "Ik had een afspraak om half vijf maar moest drie kwartier wachten tot ik aan de beurt was."
    assert "afspraak" in draft_text(BARBER, _COMPLAINT, text, platform="instagram")


def test_a_wait_for_food_gets_no_appointment_line() -> None:
    text = "We hadden gereserveerd maar moesten een uur op ons hoofdgerecht wachten."
    assert "afspraak" not in draft_text(CINEMA, _COMPLAINT, text)


GARDEN = BusinessProfile(name="Hoveniersbedrijf Groen", kind="hovenier", signers=["Kees"], email="kees@groen.nl")
CATERING_SMAAK = BusinessProfile(
    name="Catering Smaak", kind="restaurant", signers=["Lot"], voice="wij", register="u", email="lot@smaak.nl"
)
FLORIST = replace(BLOEMERIE_IRIS, email="")


def test_a_wrong_bill_names_the_bill() -> None:
    text = "Op de factuur staan twaalf uur werk terwijl jullie er maar acht waren. Graag een gecorrigeerde factuur."
    draft = draft_text(GARDEN, _COMPLAINT, text)
    assert "de factuur" in draft and "klopt" in draft
    text = "De rekening klopt gewoon niet: drie keer koffie gerekend, wij waren met z'n tweeën. Dat kan beter."
    assert "de rekening" in draft_text(CATERING_SMAAK, _COMPLAINT, text, author="Bert")


def test_a_bill_above_the_quote_says_the_difference() -> None:
    text = "De eindafrekening van ons jubileumfeest lag € 450 boven de offerte, zonder uitleg."
    draft = draft_text(CATERING_SMAAK, _COMPLAINT, text, author="Bert")
    assert "€ 450" in draft and "afgesproken" in draft


def test_the_writers_own_occasion_is_named_beside_a_thing_that_names_it() -> None:
    text = "De bruidsboeketten voor onze bruiloft waren bruin aan de randen toen we ze ophaalden. Ontzettend jammer."
    assert "bruiloft" in draft_text(FLORIST, _COMPLAINT, text)
    text = "De verjaardagstaart voor mijn verjaardag was plat en nat. Niet te eten."
    assert "je verjaardag" in draft_text(FLORIST, _COMPLAINT, text)


def test_an_occasion_soon_ahead_makes_a_complaint_urgent() -> None:
    text = "Gisteren gellak laten zetten voor mijn diploma-uitreiking van vrijdag, nu al drie nagels afgebladderd!"
    draft = draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")
    assert "020-6677889" in draft
    text = "Morgen is onze bruiloft en mijn nagels zijn helemaal scheef gezet. Wat moet ik nu?"
    assert "020-6677889" in draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")


def test_a_past_occasion_is_not_urgent() -> None:
    text = "Vorige week voor mijn verjaardag nagels laten zetten, na twee dagen al afgebladderd. Jammer."
    draft = draft_text(NAGELBAR_GLOW, _COMPLAINT, text, platform="instagram")
    assert "hoi@glow.nl" in draft and "met het oog op" not in draft


SHOP = BusinessProfile(name="Witgoed Wouters", kind="winkel", signers=["Ron"], voice="ik", email="ron@wouters.be")


def test_a_defect_names_the_part_that_broke() -> None:
    text = "Vorige maand een espressomachine gekocht en nu doet de maalmolen het niet meer."
    assert "maalmolen" in draft_text(SHOP, _COMPLAINT, text)
    text = "Mijn nieuwe stofzuigerrobot: na drie weken werkt de zijborstel al niet meer. Jammer."
    assert "zijborstel" in draft_text(SHOP, _COMPLAINT, text, platform="google")


def test_paying_twice_in_a_price_complaint_is_a_double_charge() -> None:
    text = "Voor één pizza twee keer moeten betalen, de pin gaf een fout en het ging er toch twee keer af."
    draft = draft_text(CINEMA, _COMPLAINT, text)
    assert "dubbel" in draft.lower() or "twee keer" in draft.lower()
    assert "schrok van de prijs" not in draft


def test_a_wrong_bill_about_a_delivery_names_the_bill() -> None:
    text = "De nota voor de catering klopt niet: 60 hapjes gerekend, 45 geleverd. Graag aanpassen."
    assert "de nota" in draft_text(CATERING_SMAAK, _COMPLAINT, text, author="Bert")


# A complaint about a thing that also names how long the writer waited: the draft says the wait too, not only the
# thing (session 8b, issue #13). Businesses and sentences of their own, not a round's.
PIZZERIA_SOLE = BusinessProfile(
    name="Pizzeria Sole", kind="restaurant", signers=["Luca"], voice="wij", phone="050-1234567"
)
CARWASH = BusinessProfile(
    name="Autopoets Ede", kind="garage", signers=["Rik"], voice="ik", register="u", email="rik@autopoets.nl"
)


def test_the_wait_is_said_beside_what_came() -> None:
    text = (
        "45 minuten wachten op onze pizza's, salade was koud en de ober deed alsof het onze schuld was. "
        "Service was echt next level slecht."
    )
    draft = draft_text(PIZZERIA_SOLE, _COMPLAINT, text, author="Chantal")
    assert "45 minuten" in draft and draft.count("wacht") == 1
    text = (
        "45 minuten wachten op onze schnitzels, friet was koud en de ober deed alsof het onze schuld was. "
        "Service was echt slecht. Als jullie de rekening terugstorten pas ik mijn review aan."
    )
    draft = draft_text(PIZZERIA_SOLE, _COMPLAINT, text, author="Chantal")
    assert "45 minuten" in draft and draft.count("wacht") == 1


def test_a_wait_already_said_is_not_said_twice() -> None:
    text = "Twee uur wachten op een wasbeurt en daarna zat de auto nog onder de strepen."
    draft = draft_text(CARWASH, _COMPLAINT, text, platform="google", author="Hans Smit")
    assert draft.lower().count("wacht") == 1


SNACKS = BusinessProfile(
    name="Cafetaria 't Hoekje",
    kind="snackbar",
    signers=["Ahmet"],
    voice="wij",
    register="je",
    email="info@hoekje.nl",
    phone="0570-223344",
)
BIKES = BusinessProfile(
    name="Rijwielhandel Peeters",
    kind="fietsenmaker",
    signers=["Jan"],
    voice="wij",
    register="u",
    email="jan@peeters.be",
    phone="011 22 33 44",
)
SALON_d5 = BusinessProfile(
    name="Haarstudio Lina",
    kind="kapper",
    signers=["Lina"],
    voice="ik",
    register="u",
    email="lina@haarstudio.be",
    phone="03 123 45 67",
)
THANKS = "uitkomst_bedank_publiek"
COMPLAINT = "uitkomst_herstel"


def test_a_bare_noun_opening_the_comment_of_the_business_is_its_thing() -> None:
    text = "kapsalon van t hoekje >>> elke snackbar in zwolle. fight me"
    assert analyse_topics(text).products[0].text == "kapsalon"
    draft = draft_text(SNACKS, THANKS, text, platform="x", author="@frietfan")
    assert "kapsalon" in draft, draft
    # how the writer felt, from something: no thing ('moe van het wachten')
    assert all(p.text != "moe" for p in analyse_topics("ziek van het wachten, maar de frikandel was top").products)


def test_the_writers_children_said_with_de_are_asked_after() -> None:
    text = "Met de kids voorop de dijk af en plots werkten de remmen niet meer. Vorige week nog nagekeken bij jullie!"
    draft = draft_text(BIKES, COMPLAINT, text, author="Els Maes")
    assert "kids" in draft, draft
    text = "De kinderen van de buren zagen het gebeuren: mijn voorrem begaf het gewoon, net na jullie onderhoud."
    assert "kinderen" not in draft_text(BIKES, COMPLAINT, text, author="Els Maes")


def test_a_skin_reaction_names_the_treatment_and_a_swelling_is_sent_to_a_doctor() -> None:
    text = "Gisteren highlights laten zetten. Nu brandt mijn hoofdhuid en mijn ogen zijn opgezwollen 😢"
    draft = draft_text(SALON_d5, COMPLAINT, text, author="Els Maes")
    assert "na de highlights" in draft and "arts" in draft, draft
    text = "Sinds de permanent van zaterdag jeukt m'n hoofdhuid en m'n oogleden staan helemaal dik, is dat normaal?"
    draft = draft_text(SALON_d5, COMPLAINT, text, author="Els Maes")
    assert "na de permanent" in draft and "arts" in draft, draft
    # a writer who saw a doctor already is not sent to one
    text = "Na het verven kreeg ik dikke lippen en jeuk op mijn hoofdhuid, de huisarts gaf me een zalfje."
    assert "(huis)arts nakijken" not in draft_text(SALON_d5, COMPLAINT, text, author="Els Maes")


def test_what_was_sold_out_is_named() -> None:
    text = "Om half 5 al geen frikandellen meer, alles uitverkocht. Voor niks gefietst."
    draft = draft_text(SNACKS, COMPLAINT, text, author="Sanne")
    assert "frikandellen" in draft and "ze al" in draft, draft
    text = "Kwam voor het stokbrood maar het was weer op 🙄"
    assert "het stokbrood" in draft_text(SNACKS, COMPLAINT, text, author="Sanne")


def test_a_promised_month_that_passed_is_said_back_and_christmas_as_a_deadline_is_no_occasion() -> None:
    text = (
        "E-bike besteld, ze beloofden levering eind oktober. Nu half december en nog steeds niks. "
        "Als hij voor kerst niet geleverd is, annuleer ik."
    )
    draft = draft_text(BIKES, COMPLAINT, text, author="Els Maes")
    assert "eind oktober geleverd" in draft and "kerst" not in draft.lower(), draft
    topics = analyse_topics("Kast besteld in mei, toegezegd voor begin juli. Het is augustus en nog niets.")
    assert topics.promised == ("voor begin juli", "")
    assert analyse_topics("Stoel besteld in mei. Het is augustus en nog niets.").promised == ("", "")


def test_a_condition_named_is_said_back_and_the_doctor_advice_fits_the_register() -> None:
    text = (
        "Mijn zoon heeft een notenallergie, dat had ik gezegd. Toch satésaus op z'n frietje en nu is z'n gezicht dik."
    )
    draft = draft_text(SNACKS, COMPLAINT, text, author="Sanne")
    assert "notenallergie" in draft and "alsjeblieft" in draft and "alstublieft" not in draft, draft
    text = "Ik heb coeliakie en na jullie 'glutenvrije' kroket lag ik de hele nacht met buikkrampen op bed."
    assert "coeliakie" in draft_text(SNACKS, COMPLAINT, text, author="Sanne")


def test_a_delivery_home_the_writer_praises_is_said_back() -> None:
    text = "Bestelling werd netjes thuisbezorgd in Raalte, en de bitterballen waren nog warm. Aanrader!"
    assert analyse_topics(text).delivered
    draft = draft_text(SNACKS, THANKS, text, author="Sanne")
    assert "bezorging" in draft or "thuisbrengen" in draft, draft
    assert not analyse_topics("Lekker gegeten en aardige bediening!").delivered


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Bestelling van vrijdag: de schotel zonder frieten gekregen, maar wel frieten betaald!", "geen frieten"),
        ("Pizza margherita zonder kaas geleverd, echt niet ok.", "geen kaas"),
    ],
)
def test_a_thing_got_without_what_belongs_with_it_is_said_back(text: str, said: str) -> None:
    draft = _draft(SNACKBAR_DE_HOEK, text)
    assert said in draft, draft
    assert "frieten bij zat," not in draft, draft  # a plural takes 'zaten'


def test_what_went_smoothly_is_nothing_missing() -> None:
    draft = _draft(SNACKBAR_DE_HOEK, "Zonder problemen geleverd, maar de friet was koud en slap.")
    assert "geen problemen" not in draft, draft


# Second points said back (fixer c41a): an order to be delivered that never came, a time the business promised that is
# long past, a colour unlike the photo the writer showed, something ordered with and given without. Sentences of
# their own, each with a near miss.
def _cue_id(text: str) -> str | None:
    return next((s.id for s in shipped_complaint_cues() if s.values(text) is not None), None)


def test_an_order_that_was_never_delivered_is_said_back() -> None:
    text = "Vorige week een fruitmand besteld om thuis te laten bezorgen op vrijdag. Er kwam niks, geen bericht."
    assert _cue_id(text) == "never_delivered"
    assert re.search(r"niet geleverd|bezorgd moeten worden", draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text))


def test_a_delivery_that_came_is_no_order_never_delivered() -> None:
    text = "De bezorging was keurig op tijd, maar er zat niks van de beloofde slagroom op de taart."
    assert _cue_id(text) != "never_delivered"


def test_a_promised_time_long_past_is_said_back() -> None:
    text = "Mijn scooter op 3 maart gebracht. Drie dagen beloofden ze. Nu al twee weken verder en nog steeds niks."
    assert _cue_id(text) == "promised_overdue"
    assert "drie dagen" in draft_text(GARAGE_VOS, _COMPLAINT, text)


def test_a_promised_time_that_was_kept_is_not_said_back() -> None:
    text = "Drie dagen beloofden ze en het was ook op tijd klaar, maar de rekening was veel hoger dan gezegd."
    assert _cue_id(text) != "promised_overdue"


def test_a_colour_unlike_the_photo_is_said_back() -> None:
    text = "Ik had een foto meegenomen, maar de blondering lijkt helemaal niet op het voorbeeld. Veel te oranje."
    assert _cue_id(text) == "hair_unlike"
    assert "niet lijkt op de foto" in draft_text(KAPSALON_KNIP, _COMPLAINT, text)


def test_a_colour_like_the_photo_is_not_said_back_as_unlike() -> None:
    text = "De blondering leek precies op het voorbeeld, alleen moest ik wel een uur wachten."
    assert _cue_id(text) != "hair_unlike"


def test_a_thing_ordered_with_and_given_without_is_said_back() -> None:
    text = "Vier pistolets met kaas besteld voor de lunch, thuis bleken ze zonder kaas te zijn. Jammer."
    assert _cue_id(text) == "ordered_with"
    assert "met kaas" in draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text).lower()


def test_a_thing_ordered_with_one_and_without_another_is_not_said_back() -> None:
    text = "Pistolets met kaas besteld, zonder ui graag, maar ze waren oudbakken."
    assert _cue_id(text) != "ordered_with"


def test_two_things_gone_together_are_a_sold_out_complaint() -> None:
    text = "Zaterdag om tien uur en de krentenbollen en de saucijzenbroodjes allemaal op. Kom ik daarvoor uit bed?"
    draft = draft_text(BAKKERIJ_GRAAN, COMPLAINT, text, author="Sanne")
    assert "voor de krentenbollen kwam en ze al op waren" in draft, draft


def test_goods_gone_at_a_meal_are_said_with_the_meal() -> None:
    text = "Zondagontbijt voor 28 euro per persoon, om half tien waren de broodjes en de zalm al op. Dat kan beter."
    draft = draft_text(EETCAFE_DE_LINDE, COMPLAINT, text, author="Sanne")
    assert "de broodjes bij het zondagontbijt al op" in draft, draft
    # near miss: a meal the goods were not had at, but fetched for; the writer came for them
    text = "Kwam om vier uur voor de broodjes voor onze lunch, maar de broodjes waren al op."
    assert "bij de lunch" not in draft_text(BAKKERIJ_GRAAN, COMPLAINT, text, author="Sanne")
