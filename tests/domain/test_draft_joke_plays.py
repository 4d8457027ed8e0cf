"""The light reply to a joke plays on the joke's own words: the bean in the king cake, the famous one someone thinks
he is, the figure a child believes brings the treats, a child named after the staff, then and now, the writer's own
'research', a thing fitted where it does not belong, a wait from one moment to another and how long a job lay.
Sentences of their own, other businesses."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BAKERY = BusinessProfile(name="Bakkerij De Graankorrel", kind="bakkerij", signers=["Marloes"])
BIKES = BusinessProfile(name="Tweewielers De Spaak", kind="fietsenmaker", signers=["Gijs"], voice="wij", register="u")
SALON = BusinessProfile(name="Kapsalon Knip & Zo", kind="kapsalon", signers=["Ilse"])
DINER = BusinessProfile(name="Eetcafé De Pomp", kind="restaurant", signers=["Bart"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Pim", platform="threads")
    assert made.optional is not None
    return made.optional


@pytest.mark.parametrize(
    ("profile", "text", "words"),
    [
        (BAKERY, "Het boontje zat in mijn stuk koningentaart, dus thuis heb ik het laatste woord 👑", ("boon",)),
        (BAKERY, "Voor de derde keer de boon uit de galette gevist. Mijn schoonzus vertrouwt het niet 🤨", ("boon",)),
        (BIKES, "Sinds zijn nieuwe racefiets denkt mijn vader dat hij Van Aert is 😂", ("Van Aert",)),
        (SALON, "Met haar nieuwe vlechten waant ze zich Rapunzel, ze wil nu een toren 🏰", ("Rapunzel",)),
        (BAKERY, "Onze kleine denkt dat de speculaas door Sinterklaas zelf gebakken wordt 🎁", ("Sinterklaas",)),
        (BIKES, "Krijg mijn roestbak nog aan de praat en ik vernoem mijn volgende hond naar jullie 🐶", ("hond",)),
        (SALON, "Vroeger kreeg ik bij de kapper een lolly. Nu krijg ik een cappuccino ☕", ("lolly", "cappuccino")),
        (BIKES, "Wetenschappelijk vastgesteld: de helling naar jullie zaak is steiler dan de Ventoux", ("wetenschap",)),
        (BIKES, "Bij deze sneeuw laat ik gewoon ski's onder mijn bakfiets monteren, kan dat? ⛷️", ("ski's", "bakfiets")),
    ],
)
def test_the_light_reply_says_the_jokes_own_words(profile: BusinessProfile, text: str, words: tuple[str, ...]) -> None:
    reply = _joke(profile, text)
    assert all(w.lower() in reply.lower() for w in words), reply


def test_the_bean_reply_does_not_guess_king_or_queen() -> None:
    reply = _joke(BAKERY, "Boontje gevonden in de driekoningentaart, ik ben de baas vandaag 👑")
    assert "koning" not in reply.lower().replace("koningentaart", ""), reply


def test_a_wait_from_one_moment_to_another_is_said_back_with_a_sorry() -> None:
    text = "Wachttijd bij De Pomp: je bestelt je soep bij de aftrap van de wedstrijd en krijgt hem tegen de rust ⚽"
    reply = _joke(DINER, text)
    assert "de wedstrijd" in reply and "de rust" in reply and "sorry" in reply.lower(), reply


def test_a_job_that_lay_for_days_says_how_long() -> None:
    reply = _joke(BIKES, "Twee weken wachten op mijn herstelling. Tegen dan is het herfst en neem ik de bus 🍂")
    assert "twee weken" in reply.lower() and "herstelling" in reply and "sorry" in reply.lower(), reply


@pytest.mark.parametrize(
    ("profile", "text", "word"),
    [
        (BAKERY, "Ik vond een boon in mijn erwtensoep, is dat de bedoeling? 🫘", "majesteit"),  # no king cake
        (SALON, "Mijn man denkt dat hij grappig is met zijn nieuwe kapsel 🙄", "een echte"),  # no famous name
    ],
)
def test_no_play_without_the_jokes_cue(profile: BusinessProfile, text: str, word: str) -> None:
    assert word not in _joke(profile, text), "played on a cue the joke does not have"


def test_what_the_writer_calls_the_business_is_no_thing_the_joke_turns_on() -> None:
    text = "Ik haal 'één' croissant en kom thuis met zes taartjes 😂 Marloes, jij bent een ramp voor mijn lijn!"
    assert "ramp" not in _joke(BAKERY, text)


def test_research_into_the_business_thing_named_before_names_it() -> None:
    text = "Elke zaterdag eet ik drie appelflappen van jullie. Wetenschappelijk bewezen dat dat gezond is 🤓"
    reply = _joke(BAKERY, text)
    assert "appelflap" in reply and "wetenschap" in reply, reply
