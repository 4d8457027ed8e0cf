"""Praise and jokes after blind rounds r73/r74 (issue #13): a condolence names who died, not the first person
word ('het verlies van je papa', and the hair done was mama's); a weekly visit closes on its day ('Tot zondag!');
curls in a hyphenated compound are named ('3C-krullen'); a joke's light reply plays on the business's thing in its
last lines (also after 'zo'n'), not on a name of several capitals or a means of transport, pleads guilty to a mock
complaint ('ik kom reclameren'), and keeps the u-register. Shops and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_habit import habit_day
from app.domain.draft_joke_reply import came_by
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.domain.topics import Mention
from app.nlp.topics import analyse_topics

_THANKS = "uitkomst_bedank_publiek"
_JOKE = "uitkomst_grap"

SALON = BusinessProfile(name="Kapsalon Haarmonie", kind="kapsalon", signers=["Inge"], voice="ik", register="je")
BAKERY = BusinessProfile(name="Bakkerij Het Wiel", kind="bakkerij", signers=["Joke"], voice="wij", register="je")
BISTRO = BusinessProfile(name="Bistro De Kade", kind="restaurant", signers=["Karel"], voice="wij", register="u")
BIKES = BusinessProfile(name="Rijwielhandel Smit", kind="fietsenmaker", signers=["Bas"], voice="ik", register="je")


def _draft(profile: BusinessProfile, kind: str, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(kind, text, author="Sam Peeters", platform="facebook")
    return made.text or ""


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(_JOKE, text, author="Sam", platform="bluesky")
    assert made.optional is not None
    return made.optional


def test_the_condolence_names_who_died_and_whose_hair_was_done() -> None:
    reply = _draft(
        SALON,
        _THANKS,
        "Inge kwam naar het verpleeghuis om mijn moeder haar haar te doen, zodat ze er netjes uitzag op de "
        "uitvaart van mijn vader. Dat was zo lief.",
    )
    assert "verlies van je vader" in reply
    assert "je moeder" in reply
    assert "verlies van je moeder" not in reply


def test_a_funeral_of_someone_elses_gets_no_named_loss() -> None:
    reply = _draft(SALON, _THANKS, "Mijn oma liet haar haar doen voor de begrafenis van een vriendin. Prachtig.")
    assert "verlies van je oma" not in reply
    assert "sterkte" in reply.lower()


def test_a_weekly_visit_closes_on_its_day() -> None:
    reply = _draft(BAKERY, _THANKS, "Lekkerste krentenbollen van de stad. Iedere zaterdagochtend haal ik er zes.")
    assert "zaterdag" in reply.lower()
    assert habit_day("'s Vrijdags altijd even langs voor een croissant!") == "vrijdag"
    assert habit_day("Elke dinsdag fietsen we hierheen voor de appeltaart.") == "dinsdag"
    assert habit_day("Jammer dat jullie elke maandag dicht zijn.") == ""
    assert habit_day("Elke dag lekker vers brood.") == ""


def test_curls_in_a_hyphenated_compound_are_named() -> None:
    found = analyse_topics("Eindelijk een kapper die snapt wat je met 4A-krullen moet doen!")
    assert "krullen" in [p.text for p in found.products]
    reply = _draft(SALON, _THANKS, "Eindelijk een kapper die weet wat ze met 2B-krullen moet. Super blij!")
    assert "krullen" in reply


def test_the_joke_plays_on_the_business_thing_after_zon() -> None:
    reply = _joke(BISTRO, "Als kat van de buren geef ik De Kade 5 sterren. Nog nooit zo'n lekkere kibbeling gejat.")
    assert "kibbeling" in reply


def test_a_name_of_several_capitals_is_no_punch() -> None:
    reply = _joke(
        BAKERY,
        "Jullie roggebrood is zo zwaar dat ik er de deur mee openhoud. Gisteren het Algemeen Dagblad gelezen met "
        "een krentenbol ernaast.",
    )
    assert "Algemeen!" not in reply and "het Algemeen" not in reply


def test_a_mock_complaint_pleads_guilty_for_the_thing_not_the_means_of_transport() -> None:
    reply = _joke(BAKERY, "Met de racefiets heen, vier tompoezen op. Netto plus een kilo. Ik kom morgen klagen 😂")
    assert "schuldig" in reply.lower() and "tompoezen" in reply
    assert came_by(Mention("racefiets"), "met de racefiets heen", ("bakkerij",))
    assert not came_by(Mention("racefiets"), "met de racefiets heen", ("fietsenmaker", "fiets"))
    assert not came_by(Mention("tompoezen"), "met de tompoezen naar huis", ("bakkerij",))


def test_a_word_said_back_keeps_the_u_register() -> None:
    reply = _joke(BISTRO, "Man zegt: we nemen 'een klein hapje'. Drie uur later zitten we aan het dessert 😂")
    assert " je " not in f" {reply} "
