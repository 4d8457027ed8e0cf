"""Praise, rumours and jokes after blind rounds r71/r72 (issue #13): English praise passes the thanks on to whom
the writer thanks by name ('Thanks so much, Tom!'); a rumour that the business moves, answered with the address,
says the rumour back ('We verhuizen niet: ...'); a joke's light reply plays on a new name, a comparison, or (in
English) the thing; a thanks names the one thing praised at a meal, the broken thing brought, what was saved, until
when it held and the client's organisation. Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_english_praise import english_joke, english_names
from app.domain.draft_names import affiliation
from app.domain.draft_praise_held import broken_brought, lasted, saved_said
from app.domain.draft_rumour import moving_said
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

_RUMOUR = "uitkomst_onwaarheid"
_THANKS = "uitkomst_bedank_publiek"
_JOKE = "uitkomst_grap"

FLORIST = BusinessProfile(
    name="Bloemen Ilse",
    kind="bloemenwinkel",
    signers=["Ilse"],
    voice="ik",
    register="u",
    email="ilse@bloemenilse.be",
    address="Grote Markt 4, 2300 Turnhout",
)
SHOP = BusinessProfile(
    name="Fietsen Veldhuis",
    kind="fietsenwinkel",
    signers=["Gert"],
    voice="wij",
    register="je",
    email="gert@fietsenveldhuis.nl",
    address="Kerkstraat 12, Zwolle",
)


def _draft(profile: BusinessProfile, kind: str, text: str, author: str = "") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(kind, text, author=author, platform="facebook")
    return made.text or ""


def test_english_names_whom_the_writer_thanks() -> None:
    assert english_names("Thank you Marie at the counter!") == ("Marie",)
    assert english_names("Thanks so much, Tom! Lovely flowers") == ("Tom",)
    assert english_names("Big thanks to Joris and Eva for the bouquet") == ("Joris", "Eva")
    assert english_names("shout-out to Ana, she is a star") == ("Ana",)


def test_english_thanks_without_a_name_names_no_one() -> None:
    assert english_names("Thank you for the lovely bouquet!") == ()
    assert english_names("thanks everyone!") == ()
    assert english_names("Thanks Mum for finding this place") == ()
    assert english_names("Thank you! Great flowers") == ()


def test_english_praise_passes_the_thanks_on_to_the_one_named() -> None:
    reply = _draft(FLORIST, _THANKS, "Gorgeous tulips for my mother's birthday. Thanks so much, Lotte!", "Jane Doe")
    assert "Lotte" in reply, reply


def test_what_says_the_business_moves() -> None:
    assert moving_said("Hoor ik dat jullie gaan verhuizen naar Herentals?")
    assert moving_said("Ze zijn verhuisd, zegt mijn buurvrouw")
    assert moving_said("Klopt het dat Ilse verkast naar een ander pand?")
    assert not moving_said("Klopt het dat jullie stoppen?")


def test_a_rumour_of_moving_answered_with_the_address_says_it_back() -> None:
    reply = _draft(FLORIST, _RUMOUR, "Ik hoorde dat Bloemen Ilse gaat verhuizen naar Geel? Weet iemand meer?")
    assert "verhui" in reply.lower() and "Grote Markt 4" in reply, reply
    reply = _draft(SHOP, _RUMOUR, "Klopt het dat jullie verhuisd zijn naar Deventer? Waar zitten jullie nu?")
    assert "verhui" in reply.lower() and "Kerkstraat 12" in reply, reply


def test_a_move_to_where_the_business_is_is_not_denied() -> None:
    reply = _draft(SHOP, _RUMOUR, "Klopt het dat jullie verhuisd zijn naar de Kerkstraat?")
    assert "verhuizen niet" not in reply.lower() and "nee hoor" not in reply.lower(), reply


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(_JOKE, text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


BAKERY = BusinessProfile(name="Bakkerij Smit", kind="bakkerij", signers=["Els"], voice="wij", register="je")
BISTRO = BusinessProfile(name="Bistro Kade", kind="restaurant", signers=["Tom"], voice="wij", register="u")


def test_a_joke_on_a_new_name_says_the_name_back() -> None:
    reply = _joke(BAKERY, "Mijn man at een hele appelflap op. Hij luistert nu alleen nog naar de naam 'flappie' 😂")
    assert "flappie" in reply and "[vul in" not in reply, reply
    reply = _joke(BAKERY, "Na drie moorkoppen reageert mijn zoon alleen nog op 'Moor' 🤣")
    assert "Moor" in reply, reply


def test_a_joke_comparing_with_something_named_says_the_comparison() -> None:
    reply = _joke(BISTRO, "Een tafel krijgen bij Bistro Kade op vrijdag is lastiger dan een kaartje voor de finale 😂")
    assert "lastiger dan een kaartje voor de finale" in reply, reply
    assert "van de krijgen" not in reply, reply
    reply = _joke(BISTRO, "De soep hier is sneller op tafel dan de TGV 🚄")
    assert "sneller dan de TGV" in reply, reply


def test_a_wait_joke_with_a_comparison_keeps_the_wait_line() -> None:
    reply = _joke(BAKERY, "De rij bij Bakkerij Smit is langer dan die bij de kermis")
    assert "rij" in reply, reply


def test_an_english_joke_gets_an_english_reply_on_its_thing() -> None:
    assert english_joke("The waffles here are so good that I now speak fluent Dutch 😂") == (
        "joke_product",
        {"onderwerp": "the waffles"},
    )
    reply = _joke(BISTRO, "Had so much of the fish soup that I grew gills 🐟😂 you did this to me")
    assert "soup" in reply and "[vul in" not in reply and "Haha, daar" not in reply, reply
    assert english_joke("lol you guys are crazy 😂")[0] == "joke"


def test_one_thing_praised_at_a_meal_is_named_with_the_meal() -> None:
    reply = _draft(BISTRO, _THANKS, "Kerstdiner met de hele afdeling. De tarte tatin was de ster van de avond!")
    assert "tarte tatin" in reply and "diner" in reply, reply


def test_the_broken_thing_brought_and_what_was_saved() -> None:
    assert broken_brought("Kwam met een lekke band binnen, tien minuten later reed ik weer", "je") == "de lekke band"
    assert broken_brought("met mijn gebroken spaak aan de deur", "uw") == "uw gebroken spaak"
    assert broken_brought("Super service, echt een aanrader", "je") == ""
    assert broken_brought("Joost kwam zelfs op zaterdag een lekke band plakken", "u") == ""
    assert saved_said("Kees heeft mijn vakantie gered!", "je") == "je vakantie"
    assert saved_said("Jullie hebben onze trouwdag gered", "u") == "uw trouwdag"
    assert saved_said("Het weekend was gered", "je") == ""


def test_until_when_the_work_held() -> None:
    assert lasted("Het kapsel hield stand tot na middernacht. Top!") == ("tot na middernacht", "")
    assert lasted("De vlechten bleven zitten van de ceremonie tot het einde van het feest, echt knap") == (
        "tot het einde van het feest",
        "",
    )
    assert lasted("Het zat om 3 uur 's nachts nog perfect") == ("om 3 uur 's nachts", "perfect")


def test_the_clients_organisation_is_named() -> None:
    assert affiliation("Femke Arts, Kinderopvang De Kroos") == "Kinderopvang De Kroos"
    assert affiliation("Tom de Vries | Bouwbedrijf Tol") == "Bouwbedrijf Tol"
    assert affiliation("Jansen, Petra") == "" and affiliation("Anna, Amsterdam") == ""
    reply = _draft(
        SHOP,
        _THANKS,
        "Al drie jaar onderhoudt Fietsen Veldhuis de bedrijfsfietsen van Bouwbedrijf Tol. Top!",
        "Tom de Vries | Bouwbedrijf Tol",
    )
    assert "Bouwbedrijf Tol" in reply, reply
