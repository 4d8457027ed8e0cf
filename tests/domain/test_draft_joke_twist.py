"""The light reply to a joke plays on its twist, not on its first noun or a person in it: a made-up swap ('vervangt
de X door Y', a 1 April joke), a mock request for a service the business does not offer ('doe jij ook ...?'), the
clocks changed (resources/jokes.toml swapped, asked_service, clock_changed). Sentences and shops of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_jokes import shipped_jokes
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft


def _shape(text: str) -> tuple[str, dict[str, str]] | None:
    for shape in shipped_jokes():
        values = shape.values(text)
        if values is not None:
            return shape.id, values
    return None


@pytest.mark.parametrize(
    ("text", "out", "into"),
    [
        ("Nieuws: slagerij Kok vervangt per direct alle worsten in de soep door tofu 😱 #1april", "worsten", "tofu"),
        ("De kroketten worden vanaf maandag vervangen door selderij, aldus de baas 🙃", "kroketten", "selderij"),
    ],
)
def test_a_made_up_swap_names_what_goes_out_and_what_comes_in(text: str, out: str, into: str) -> None:
    assert _shape(text) == ("swapped", {"van": out, "naar": into})


def test_a_mock_request_for_a_service_names_the_service() -> None:
    text = "Mijn kat zit na de verbouwing al drie dagen te mokken onder de bank. Doen jullie eigenlijk ook kattenyoga?"
    assert _shape(text) == ("asked_service", {"naar": "kattenyoga"})


@pytest.mark.parametrize(
    "text",
    [
        "Klokken een uur vooruit gezet en toch nog te laat voor mijn knipbeurt, hoe dan 🙈",
        "Dat winteruur ook, ik stond zaterdag om acht uur al voor een dichte deur 😴",
    ],
)
def test_the_clocks_changed_is_the_joke(text: str) -> None:
    found = _shape(text)
    assert found is not None and found[0] == "clock_changed", found


def test_an_ordinary_question_about_a_service_is_no_mock_request() -> None:
    found = _shape("Doen jullie ook bruidskapsels, of alleen knippen en kleuren?")
    assert found is None or found[0] != "asked_service", found


SLAGER = BusinessProfile(name="Slagerij Het Hakblok", kind="slagerij", signers=["Kees"], register="u", voice="wij")


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "EXCLUSIEF: Slagerij Het Hakblok vervangt de gehaktballen in het menu door broccoli. Mijn opa is al aan "
            "het hamsteren 😂 #1april",
            ("broccoli", "gehaktballen"),
            "opa",
        ),
        (
            "Sinds de zomertijd sta ik elke ochtend een uur te vroeg voor jullie toonbank, mijn horloge weet het "
            "ook niet meer 🕐",
            ("klok",),
            "horloge",
        ),
    ],
)
def test_the_reply_plays_on_the_twist_not_on_a_person_or_a_thing_on_the_side(
    text: str, said: tuple[str, ...], not_said: str
) -> None:
    reply = draft(SLAGER, "uitkomst_grap", text, author="Joke").optional or ""
    assert all(s in reply for s in said) and not_said not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "Het was gisteren zo warm op jullie terras dat mijn ijsje al gesmolten was voor ik de lepel pakte ☀️",
        "Pas op dat je niet vastsmelt aan de barkrukken, 36 graden in de zon 🥵",
    ],
)
def test_a_joke_about_the_heat_plays_on_the_heat(text: str) -> None:
    reply = draft(SLAGER, "uitkomst_grap", text, author="Joke").optional or ""
    assert "hitte" in reply, reply


def test_heat_that_only_frames_another_twist_is_left_to_that_twist() -> None:
    found = _shape("Het is zo warm in het café dat de planten zelf om een biertje vragen 🌺")
    assert found is None or found[0] != "heat", found


@pytest.mark.parametrize(
    "text",
    [
        "Om 6 uur al de eerste broden uit de oven en om 22 uur nog open, Wim, slaap jij eigenlijk ooit? 😅",
        "Seriously, do you guys ever sleep? Fresh bread at dawn again 😂",
        "Na het zomeruur om half zeven aan de deur en alles al klaar... slapen jullie wel eens?",
    ],
)
def test_asking_whether_the_business_ever_sleeps_is_the_joke(text: str) -> None:
    found = _shape(text)
    assert found is not None and found[0] == "never_sleeps", found
    reply = draft(SLAGER, "uitkomst_grap", text, author="Joke").optional or ""
    assert "sleep" in text or "slaap" in reply, reply  # (an English joke gets an English reply)


def test_a_mock_price_question_names_the_thing_asked() -> None:
    text = "Derde keer deze maand met modder tot aan het zadel binnen. Wat kost een jaarabonnement op de afspuitplaats?"
    found = _shape(text)
    assert found == ("asked_price", {"naar": "jaarabonnement"}), found


@pytest.mark.parametrize(
    "text",
    [
        "Vrijdag geknipt. Mijn zoon dacht dat mijn nieuwe kapsel een grap was. Nog steeds aan het lachen 🙃",
        "Nieuwe coupe sinds zaterdag. Heeft iemand een muts te leen tot de zomer? 🥶",
    ],
)
def test_a_haircut_laughed_at_is_a_grievance_offered_a_touch_up(text: str) -> None:
    found = _shape(text)
    assert found is not None and found[0] == "grievance_look", found
    kapper = BusinessProfile(name="Kapsalon Lok", kind="kapsalon", signers=["Ria"], voice="ik", register="je")
    reply = draft(kapper, "uitkomst_grap", text, author="Joke").optional or ""
    assert "sorry" in reply.lower() and ("langs" in reply or "terug" in reply), reply


def test_the_front_row_is_no_queue() -> None:
    reply = (
        draft(
            SLAGER,
            "uitkomst_grap",
            "Bij jullie barbecue-avond zit ik weer op de eerste rij, vooraan bij de worstjes 😂",
            author="Joke",
        ).optional
        or ""
    )
    assert "rij is" not in reply, reply


@pytest.mark.parametrize(
    ("text", "shape", "who"),
    [
        (
            "Onze kat kent de weg naar jullie winkel beter dan wij, elke zaterdag zit ze al aan de deur 🐱",
            "knows_the_way",
            "kat",
        ),
        ("Mijne hond weet den weg naar de slager beter dan ik 🐶", "knows_the_way", "hond"),
        ("Na mijn nieuwe kleur vroeg mijn man of ik een lief heb 😂", "partner_suspects", "man"),
        (
            "Sinds het nieuwe pak vraagt mijn vriendin steeds voor wie ik me zo opdoff 😅",
            "partner_suspects",
            "vriendin",
        ),
    ],
)
def test_the_writers_own_pet_or_partner_is_the_joke(text: str, shape: str, who: str) -> None:
    assert _shape(text) == (shape, {"naar": who})
    reply = draft(SLAGER, "uitkomst_grap", text, author="Joke").optional or ""
    assert f"uw {who}" in reply, reply
