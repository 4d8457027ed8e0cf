"""Praise fixes after blind round r65/r66 (issue #13): what the writer forgot is no product, the writer's own
name is never greeted as a third person, a product word in the business's name is still the product when
written as a thing, maternity visits named as said, and no food phrase for a service at an occasion."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

BAKERY = BusinessProfile(name="Bakkerij De Korenaar", kind="bakkerij", signers=["Wim"], voice="we")
PANCAKES = BusinessProfile(name="Pannenkoek Paleis Lotte", kind="restaurant", signers=["Lotte"], voice="we")


def _thanks(profile: BusinessProfile, text: str, author: str = "Kim") -> str:
    return draft_text(profile, "uitkomst_bedank_publiek", text, author=author)


def test_a_thing_the_writer_forgot_is_no_product() -> None:
    text = "Ik had mijn pinpas thuis laten liggen, maar Wim liet me de suikerbrood gewoon meenemen. Top!"
    products = [p.text for p in analyse_topics(text).products]
    assert "pinpas" not in products
    forgot = "Bleek ik mijn sleutelhanger vergeten bij de kassa. Wat een lieve mensen."
    assert "sleutelhanger" not in [p.text for p in analyse_topics(forgot).products]


def test_what_the_shop_forgot_stays_the_writers_thing() -> None:
    # the shop forgot it: the complaint is about that very thing
    text = "Jullie zijn mijn appelflap vergeten in de zak, en ik was al thuis."
    assert "appelflap" in [p.text for p in analyse_topics(text).products]


def test_a_regional_bread_is_a_product() -> None:
    text = "De krentenwegge voor het kraambezoek bij mijn nichtje was een groot succes!"
    assert analyse_topics(text).products[0].text == "krentenwegge"


def test_the_writers_own_first_name_is_never_greeted() -> None:
    text = "Wim heeft mijn taart voor de kraamvisite zo mooi ingepakt. Hartelijke groet van Truus"
    reply = _thanks(BAKERY, text, author="Truus Bakker")
    assert "aan Truus" not in reply and "Wim" in reply


def test_a_handle_named_after_a_pet_still_greets_the_pet() -> None:
    reply = _thanks(BAKERY, "Bobbie is weer helemaal blij na zijn koekje bij Wim", "bobbie_de_tekkel")
    assert "aan Bobbie" in reply


def test_a_product_word_in_the_business_name_is_the_dish_in_lower_case() -> None:
    reply = _thanks(PANCAKES, "pannenkoek met spek en appel, echt de lekkerste van de stad!")
    assert "pannenkoek" in reply


def test_the_business_name_written_as_a_name_is_no_product() -> None:
    reply = _thanks(PANCAKES, "Pannenkoek Paleis heeft ons hele gezelschap snel en vriendelijk geholpen.")
    assert "over de pannenkoek" not in reply and "met de pannenkoek" not in reply


def test_a_maternity_visit_is_named_as_said() -> None:
    assert analyse_topics("Mijn beschuitbollen voor de kraamvisite waren heerlijk.").occasion_words == "kraamvisite"


def test_a_thing_at_an_occasion_is_never_said_to_taste() -> None:
    for seed in ("a", "b", "c", "d", "e", "f"):
        reply = _thanks(BAKERY, f"De taart voor mijn pensioen was prachtig ({seed})")
        assert "in de smaak" not in reply


def test_a_day_wished_for_names_the_idea() -> None:
    from app.domain.draft_wishes import day_wished

    assert day_wished("Top service! Zaterdagochtend zou ook heel handig zijn voor wie doordeweeks werkt.") == (
        "voor de zaterdagochtend"
    )
    assert day_wished("Op zondag was het erg druk, maar wel gezellig.") == ""


def test_a_trip_is_what_was_praised() -> None:
    assert analyse_topics("Wat een mooie fietstocht hebben we gemaakt op jullie huurfietsen!").products[0].text == (
        "fietstocht"
    )
