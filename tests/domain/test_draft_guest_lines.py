"""A German or French guest is greeted in their language and told 'see you next year' when they say they come
back; the thing a German guest praises and the dish and the day a French guest names are said back in their
language. Sentences and profiles of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_dialects import is_french
from app.domain.draft_french import french_celebrated, french_dish, french_farewell, french_trip
from app.domain.draft_german import farewell_key, german_praised, greeting_keyed, with_guest_lines
from app.domain.draft_text import Part
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

BISTRO = BusinessProfile(
    name="Bistro Het Anker",
    kind="restaurant",
    signers=["Wout"],
    voice="wij",
    register="u",
    email="info@hetanker.be",
    phone="050 11 22 33",
)


@pytest.mark.parametrize(
    ("greeting", "keyed"),
    [
        ("Beste meneer Vogel,", ("greeting_sir", "Vogel")),
        ("Beste mevrouw Klein,", ("greeting_madam", "Klein")),
        ("Hallo Jonas,", ("greeting_named", "Jonas")),
        ("Goedendag,", ("greeting", "")),
        ("Hoi!", ("greeting", "")),
    ],
)
def test_the_dutch_greeting_gives_the_guests_one(greeting: str, keyed: tuple[str, str]) -> None:
    assert greeting_keyed(greeting) == keyed


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Wir kommen im nächsten Jahr bestimmt wieder!", "next_year"),
        ("Nächstes Jahr sind wir wieder da.", "next_year"),
        ("Wir kommen gerne wieder.", "again"),
        ("Die Torte war lecker.", ""),
    ],
)
def test_a_german_guest_who_comes_back(text: str, key: str) -> None:
    assert farewell_key(text) == key


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Der Apfelkuchen war super lecker!", "den Apfelkuchen"),
        ("Die Muscheln sind ein Traum.", "die Muscheln"),
        ("Das Brot ist echt der Hammer", "das Brot"),
        ("Die Verkäuferin war sehr freundlich.", ""),
    ],
)
def test_what_german_praise_says_is_great(text: str, thing: str) -> None:
    assert german_praised(text) == thing


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Les meilleures moules de la côte !", "les moules"),
        ("Une tarte au citron délicieuse", "la tarte au citron"),
        ("Très bon accueil, merci", ""),
    ],
)
def test_the_dish_a_french_guest_names(text: str, dish: str) -> None:
    assert french_dish(text) == dish


def test_the_day_a_french_guest_celebrates_and_comes_back() -> None:
    assert french_celebrated("Nous venons pour fêter notre anniversaire de mariage") == "votre anniversaire de mariage"
    assert french_celebrated("pour mes 40 ans") == "vos 40 ans"
    assert french_farewell("On reviendra l'an prochain") == "next_year"
    assert french_farewell("Nous reviendrons !") == "again"
    assert french_farewell("Super accueil") == ""


def test_the_lines_take_the_greeting_and_the_close() -> None:
    parts = [
        Part("greeting", "Beste meneer Vogel,", False),
        Part("thanks", "Dank u wel voor uw mooie woorden!", True),
        Part("closing", "Tot de volgende keer!", False),
        Part("sign", "Groet, Wout", True),
    ]

    def line(section: str, key: str, values: dict[str, str]) -> str:
        return f"{section}:{key}:{values.get('naam', '')}"

    made = with_guest_lines(parts, "german", "praise", "Wir kommen nächstes Jahr wieder.", line)
    assert [p.text for p in made] == [
        "german:greeting_sir:Vogel",
        "german:praise:",
        "Dank u wel voor uw mooie woorden!",
        "german:next_year:",
        "Groet, Wout",
    ]


def test_a_french_compliment_gets_a_french_reply_with_the_dish() -> None:
    text = "Un accueil formidable et les meilleures moules de la région ! Nous reviendrons l'année prochaine."
    assert is_french(text)
    reply = suggested(BISTRO, text, label="positief", author="Claire Martin")
    assert reply.startswith("Bonjour")
    assert "les moules" in reply
    assert "l'année prochaine" in reply


def test_a_german_compliment_names_the_thing_and_next_year() -> None:
    text = "Wir waren im Urlaub hier und der Apfelkuchen war super lecker. Bis nächstes Jahr!"
    reply = suggested(BISTRO, text, label="positief", author="Jonas Weber")
    assert "den Apfelkuchen" in reply
    assert "nächstes Jahr" in reply


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        # 'de tout notre séjour': how much, no filling of the croissants
        ("Les meilleurs croissants de tout notre séjour !", "les croissants"),
        ("La meilleure tarte de votre région", "la tarte"),
        ("Une tarte aux pommes délicieuse", "la tarte aux pommes"),
    ],
)
def test_the_dish_keeps_a_filling_but_not_how_much(text: str, dish: str) -> None:
    assert french_dish(text) == dish


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("Balade à vélo le long de l'Escaut, arrêt chez vous : parfait !", "votre balade à vélo"),
        ("Pendant nos vacances nous sommes passés trois fois", "vos vacances"),
        ("Le meilleur café de notre séjour", "votre séjour"),
        ("Très bon pain, merci", ""),
    ],
)
def test_the_trip_a_french_guest_was_on(text: str, trip: str) -> None:
    assert french_trip(text) == trip


def test_french_praise_with_a_trip_ends_in_french() -> None:
    text = "Balade à vélo avec mes enfants, arrêt au hasard chez vous : des gaufres délicieuses ! Merci beaucoup"
    reply = suggested(BISTRO, text, label="positief", author="Claire Martin")
    assert "votre balade à vélo" in reply, reply
    assert "Tot " not in reply and "tot ziens" not in reply.lower(), reply  # no Dutch see-you after French lines


def test_german_praise_for_help_on_a_breakdown_says_so_in_german() -> None:
    bikes = BusinessProfile(name="Fietsen De Dijk", kind="fietsenmaker", signers=["Ruud"], voice="wij", register="u")
    text = "Auf der Radtour kurz vor Nijmegen eine Panne, die Kette war gerissen. Ruud hat sie sofort repariert. Danke!"
    reply = suggested(bikes, text, label="positief", author="Anna Becker")
    assert "bei der Panne" in reply, reply
    assert "Tot de volgende keer" not in reply, reply


def test_a_german_guest_named_by_title_is_greeted_as_a_business_would() -> None:
    from app.domain.replies import shipped_templates

    german = shipped_templates().sections["german"]
    for key, title in (("greeting_sir", "Herr"), ("greeting_madam", "Frau")):
        for line in german[key]:
            # 'Lieber Herr …' is for someone one knows well; a business writes 'Hallo/Guten Tag Herr …'
            assert line.startswith(("Hallo ", "Guten Tag ")) and f"{title} {{naam}}" in line, line
