"""Praise, rumours and jokes after blind rounds r71/r72 (issue #13): English praise passes the thanks on to whom
the writer thanks by name ('Thanks so much, Tom!'); a rumour that the business moves, answered with the address,
says the rumour back ('We verhuizen niet: ...'). Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_english_praise import english_names
from app.domain.draft_rumour import moving_said
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

_RUMOUR = "uitkomst_onwaarheid"
_THANKS = "uitkomst_bedank_publiek"

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
