"""Drafts that name what the writer named, read right (review pattern: dialect and foreign words taken for names or
subjects, the wrong person or occasion). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_praise import praised_product
from app.domain.language import english_object
from app.domain.topics import Mention
from app.nlp.topics import analyse_topics
from tests.domain.drafting.shops import BARBER, BISTRO
from tests.domain.drafts import suggested


def test_a_verb_and_its_particle_opening_an_english_review_name_no_thing() -> None:
    assert english_object("Cycled out from Gent, lovely waffles.", praised=True) == ""
    # near miss: a short phrase without a verb still names its subject
    assert english_object("Lovely cheese shop, friendly people.", praised=True) == "the cheese shop"


def test_a_dutch_gloss_the_writer_is_unsure_of_names_the_thing() -> None:
    text = "We had a slice of their almond cake (amandeltaart?) and it was great."
    assert praised_product("the visit", (Mention("amandeltaart"),), text) == "the amandeltaart"


def test_riding_is_no_queue_in_a_joke() -> None:
    text = "Ik rij elke zondag naar jullie zaak om daarna met een gerust hart twee appelflappen te eten."
    assert analyse_topics(text).topic != "wachttijd"
    # near miss: a queue at the door is still a wait
    assert analyse_topics("Zaterdag stond de rij tot aan de kerk, haha.").topic == "wachttijd"


def test_a_drents_compliment_passes_praise_to_no_day_or_word() -> None:
    text = "Mirjam, man, bedankt! Zundagmiddag mit mien olders naor Dwingeloo west. Iederien was d'r bliej mee."
    reply = suggested(BISTRO, text, label="positief", author="Henk Bos")
    assert "Iederien" not in reply
    assert "Zundagmiddag" not in reply
    assert "Dwingeloo" not in reply
    assert "je man" not in reply  # 'man' is how the writer calls Mirjam


def test_years_married_in_flemish_are_congratulated_as_an_anniversary() -> None:
    text = "Ons va en moe zin vorige week 45 joar getrouwd en jullie hebben er een prachtig diner van gemaakt."
    reply = suggested(BISTRO, text, label="positief", author="Els Peeters")
    assert "45" in reply
    assert "bruiloft" not in reply
    assert "joar" not in reply


def test_a_greeting_to_the_staff_is_none_of_the_writers_people() -> None:
    text = "Mannen, vorige week mijn baard laten doen en nu is hij al scheef. Niet wat ik vroeg."
    reply = suggested(BARBER, text, label="klacht", author="Tom")
    assert "mannen" not in reply.lower()


def test_one_daughter_takes_one_name() -> None:
    text = "Onze dochter Fleur en Mirjam stonden zaterdag samen in de keuken voor haar verjaardagstaart. Top!"
    reply = suggested(BISTRO, text, label="positief", author="Anouk")
    assert "Fleur en Mirjam" not in reply
