"""What a complaint's draft says back (fixer k16, issue #13): vomiting told as what someone lay doing, an allergen
in Flemish ('allergisch aan'), the dish an allergen was in when it went well just in time, an amount for a thing
with a bare adjective ('een klein wit brood'), a part of the body that bothers the writer since, whose birthday
('de 50ste van mijn vent'), what the writer had to rent or buy because of it, a fine they got, a free re-cut
from the profile on a chat platform, and a wait told in minutes ('45 min') apart from the thing named later.
Businesses and sentences of their own, not a round's."""

from __future__ import annotations

import re

from app.domain.draft_terms import free_fix
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

EETCAFE = BusinessProfile(
    name="Eetcafé De Linde", kind="restaurant", signers=["Ruud"], voice="ik", register="u", phone="0345-223344"
)
FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske", kind="restaurant", signers=["An"], voice="wij", register="je", phone="09 224 55 66"
)
BAKKER = BusinessProfile(
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
    assert "een klein wit brood" in draft_text(BAKKER, _COMPLAINT, text)


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
