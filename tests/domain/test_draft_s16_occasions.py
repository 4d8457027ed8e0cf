"""Praise around a loss or an occasion that reads right (issue #13, review of r71/r72): a loss is condoled before
anything is thanked for, without a 'Hoi'; an idiom ('tot in de puntjes') names no thing; a birth is celebrated
(the business helped with the kraamvisite, the parents are congratulated); a person named in the thanks is not
named again; one wish, not two; a make ('een nieuwe Ridley') is no colleague. Shops and sentences of their own."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

_THANKS = "uitkomst_bedank_publiek"

BAKERY = BusinessProfile(name="Bakkerij Smit", kind="bakkerij", signers=["Els"], voice="wij", register="je")
SALON = BusinessProfile(name="Kapsalon Noor", kind="kapsalon", signers=["Noor"], voice="ik", register="u")
BIKES = BusinessProfile(name="Fietsen Veldhuis", kind="fietsenwinkel", signers=["Gert"], voice="wij", register="je")


def _draft(profile: BusinessProfile, text: str, author: str = "Sanne de Vries", platform: str = "facebook") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(_THANKS, text, author=author, platform=platform)
    return made.text or ""


def _body(reply: str) -> list[str]:
    return [line for line in reply.splitlines() if line.strip()]


def test_a_loss_is_condoled_first_without_a_casual_greeting() -> None:
    for text in (
        "Bedankt voor de koffietafel na de uitvaart van mijn vader. Alles was tot in de puntjes verzorgd.",
        "Dank jullie wel voor de broodjes op de begrafenis van onze moeder, het was tot in de puntjes geregeld",
        "Na het overlijden van mijn oma hebben jullie de lunch verzorgd. Dank jullie, ze werden heel lekker gevonden.",
    ):
        for platform in ("facebook", "instagram"):
            reply = _draft(BAKERY, text, platform=platform)
            lines = _body(reply)
            assert not lines[0].startswith(("Hoi", "Hey")), reply
            assert "sterkte" in lines[1].lower().split(".")[0], reply
            assert "puntjes" not in reply, reply


def test_a_birth_the_shop_helped_celebrate_congratulates_the_parents() -> None:
    reply = _draft(BAKERY, "De beschuit met muisjes voor de kraamvisite van onze Lotte was top, iedereen genoot!")
    assert "bijdragen aan de geboorte" not in reply and "Lotte nog" not in reply, reply
    reply = _draft(BAKERY, "De taart voor de geboorte van onze Daan was op de kraamvisite een hit 😍 toppers!")
    assert "aan de kraamvisite voor Daan" in reply, reply
    assert "gefeliciteerd met Daan" in reply, reply


def test_a_person_named_in_the_thanks_is_not_named_again() -> None:
    reply = _draft(SALON, "Onze zoon is zaterdag getrouwd en Noor heeft hem en zijn getuigen prachtig geknipt. Dank!")
    assert reply.count("uw zoon") <= 1, reply


def test_a_day_ahead_is_wished_well_once() -> None:
    for text in (
        "Klaar voor mijn bruiloft volgende week dankzij de pakketten bij Noor!",
        "Mijn trouwdag is aanstaande zaterdag en de proefsessie was al perfect, dank je!",
    ):
        reply = _draft(SALON, text)
        assert not ("plezier" in reply and "geniet ervan" in reply), reply


def test_a_make_bought_is_no_one_to_pass_praise_to() -> None:
    for text in (
        "Een nieuwe Gazelle gekocht bij Gert, perfect afgesteld. Echte vakman!",
        "Mijn tweedehands Cube loopt weer als een zonnetje, dank aan Gert!",
        "Vorige week een nieuwe Batavus bij jullie gekocht en nu al 200 km gereden. Top!",
    ):
        reply = _draft(BIKES, text)
        for make in ("Gazelle", "Cube", "Batavus"):
            assert f"aan {make}" not in reply, reply
        assert "de nieuwe " not in reply and "de tweedehands " not in reply, reply
