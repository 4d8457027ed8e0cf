"""A walk-in that was full (app.domain.draft_walk_in): the walk-in and who came along named, and the next chance.
Shops and sentences of their own."""

from __future__ import annotations

from dataclasses import replace

from app.domain.draft_walk_in import walked_in_full
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Roos",
    kind="kapper",
    signers=["Roos"],
    voice="wij",
    register="je",
    email="roos@kapsalonroos.be",
    phone="03 444 55 66",
    opening_hours="di–za 9u–18u, op afspraak; vrijdag inloop van 16u tot 18u",
)


def test_a_walk_in_that_was_full_is_found() -> None:
    assert walked_in_full("Vrijdag naar de inloop gekomen om 16u30 en het was al volzet.") == "inloop"
    assert walked_in_full("Walk-in op zaterdag? Om 10u was het al vol.") == "walk-in"
    assert walked_in_full("De inloop is echt handig, top!") == ""  # no full said


def test_the_reply_names_who_came_along_and_an_appointment() -> None:
    text = "Met mijn twee zonen naar de inloop gekomen en om 16u15 was het 'vol'. Voor niks gereden."
    reply = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "de inloop al vol zat" in reply and "met je zonen" in reply, reply
    assert "afspraak" in reply, reply


def test_without_appointments_the_next_chance_is_left_to_the_owner() -> None:
    shop = replace(_SALON, opening_hours="di–za 9u–18u, iedereen welkom zonder afspraak")
    text = "Walk-in om 11u en het was al volgeboekt voor vandaag. Jammer."
    reply = draft_text(shop, "uitkomst_herstel", text, platform="facebook", author="Els Maes")
    assert "[vul in: wanneer je het best weer langskomt" in reply, reply


def test_a_writer_who_travelled_for_a_full_walk_in_gets_the_number_to_call_first() -> None:
    text = "Vrijdag 40 minuten gefietst voor de inloop, om 16u15 al volzet. Nou ja."
    made = draft_text(_SALON, "uitkomst_herstel", text, platform="facebook", author="Jana Peeters")
    assert "03 444 55 66" in made and ("voor je vertrekt" in made or "voor vertrek" in made), made
    made = draft_text(_SALON, "uitkomst_herstel", "Vrijdag om 16u15 naar de inloop, al volzet.", platform="facebook")
    assert "vertrek" not in made, made
