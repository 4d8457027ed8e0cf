"""A light reply that takes up the joke's own image (session 7): sentences of their own, other businesses and
other words than the benchmark rounds."""

from __future__ import annotations

from tests.domain.drafting.shops import BARBER, BISTRO, GARAGE
from tests.domain.drafts import draft

JOKE = "uitkomst_grap"


def _light(profile: object, text: str) -> str:
    made = draft(profile, JOKE, text, platform="instagram")  # type: ignore[arg-type]
    return made.optional or made.text or ""


def test_came_in_for_one_thing_and_left_with_much_more() -> None:
    text = "Kwam voor één ruitenwisser naar binnen en reed naar buiten met nieuwe banden en een lege portemonnee 😅"
    reply = _light(GARAGE, text)
    assert "één ruitenwisser" in reply and "lege portemonnee" in reply, reply
    text = "Ging voor een koffie naar binnen, kwam buiten met een taartje, twee bitterballen en een kater 🙈"
    reply = _light(BISTRO, text)
    assert "een koffie" in reply and "kater" in reply, reply


def test_not_recognised_by_a_pet_or_a_person_after_a_change() -> None:
    reply = _light(BARBER, "Na die fade herkent mijn eigen kat me niet meer, ze blijft me aanstaren 😂")
    assert "kat" in reply and "vul in" not in reply, reply
    reply = _light(BARBER, "Mijn schoonmoeder herkende me niet op de verjaardag. Missie geslaagd Lex!")
    assert "schoonmoeder" in reply, reply


def test_a_word_of_the_business_in_quotes_is_taken_up() -> None:
    reply = _light(GARAGE, "Wim noemt mijn auto 'een liefhebbersauto'. Ik noem het een geldput 🙃")
    assert "liefhebbersauto" in reply and "vul in" not in reply, reply
    reply = _light(BISTRO, 'De ober zei dat de portie "goed gevuld" was. Ik heb nog steeds honger 😂')
    assert "goed gevuld" in reply, reply


def test_came_for_one_thing_said_without_binnen_and_buiten() -> None:
    text = "Ik kom voor een ventiel en ga weg met een nieuwe zadelpen, een bel en een lichter portemonnee 🙃"
    reply = _light(GARAGE, text)
    assert "ventiel" in reply and "zadelpen" in reply, reply


def test_asked_for_a_little_in_quotes_before_wilde() -> None:
    reply = _light(BARBER, "Lex vroeg of ik 'alleen de puntjes' wilde. Ik zie nu mijn nek weer 😂")
    assert "alleen de puntjes" in reply, reply


def test_there_so_often_it_lives_here() -> None:
    reply = _light(GARAGE, "Mijn bus staat zo vaak bij jullie dat hij de monteurs bij naam kent 🚐")
    assert "bus" in reply and "vul in" not in reply, reply


def test_a_new_name_for_what_the_business_offers_is_taken_up() -> None:
    reply = _light(BISTRO, "Jullie noemen het een proeverij, ik noem het een vijfgangendiner met uitzicht 😂")
    assert "vijfgangendiner" in reply and "vul in" not in reply, reply
