"""Praise, rumours and jokes after blind rounds r69/r70 (issue #13): a rumour about a weekday, the weekend or a
pick-up fee is answered with the profile's own hours or terms; the thing a compliment is about comes before an
aside ('En de ... waren ook top'); 'die X van jullie 😍' names X; 'laten proberen' is done, not wished; a joke's
light reply plays on the one the writer brought along or on the thing of a mock proposal. Shops and sentences of
their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_asked import particle_fields
from app.domain.draft_claims import claim_of, named_claim
from app.domain.draft_days import day_terms
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_RUMOUR = "uitkomst_onwaarheid"
_THANKS = "uitkomst_bedank_publiek"

BAKERY = BusinessProfile(
    name="Bakkerij Hoogeveen",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="je",
    email="mieke@bakkerijhoogeveen.nl",
    opening_hours="di–za 7:30–17:00; zondag 8:00–11:00, alleen broodjes, van mei tot september",
)
REPAIR = BusinessProfile(
    name="Laptopdokter Smit",
    kind="computerwinkel",
    signers=["Joris"],
    voice="ik",
    register="u",
    email="joris@laptopdokter.nl",
    delivery_terms="ophalen en terugbrengen binnen 10 km voor € 12,50",
)
CAFE = BusinessProfile(
    name="Lunchroom Het Hoekje",
    kind="lunchroom",
    signers=["Sanne"],
    voice="wij",
    register="je",
    opening_hours="wo–zo 10:00–17:00",
)
SALON = BusinessProfile(name="Kapsalon Lokken", kind="kapsalon", signers=["Yara"], voice="wij", register="je")


def _rumour(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(_RUMOUR, text, author="", platform="facebook")
    return made.text or ""


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


def test_what_the_hours_add_to_one_day() -> None:
    assert day_terms(BAKERY.opening_hours, "op zondag") == "alleen broodjes, van mei tot september"
    assert day_terms(BAKERY.opening_hours, "zaterdagochtend") == ""
    assert day_terms("ma–vr 9:00–17:00, za 9:00–12:00", "zaterdag") == ""


def test_a_rumour_about_a_weekday_gets_that_days_hours() -> None:
    reply = _rumour(BAKERY, "Die bakker verkoopt op zondag geen broodjes meer, dus niet meer heen fietsen")
    assert "8:00" in reply and "mei" in reply, reply
    assert "[vul in" not in reply, reply


def test_a_rumour_about_the_weekend_gets_the_hours() -> None:
    reply = _rumour(CAFE, "Het Hoekje is tegenwoordig alleen nog in het weekend open, hoorde ik op het schoolplein.")
    assert "10:00" in reply, reply


def test_a_particle_before_te_names_the_pick_up_terms() -> None:
    assert particle_fields("Ze rekenen 40 euro om je laptop op te halen!") == {"delivery_terms"}
    assert particle_fields("Kunnen jullie hem af te halen?") == {"delivery_terms"}
    reply = _rumour(REPAIR, "Let op, Smit rekent 40 euro alleen al om je laptop op te halen. Stond op Facebook.")
    assert "12,50" in reply, reply


def test_a_stressing_hoor_makes_no_claim() -> None:
    assert claim_of("Die zaak heeft geen vergunning hoor, gewoon iemand die dat thuis doet.") == ""
    assert claim_of("Ik hoor dat jullie stoppen met de verhuur.") == "jullie stoppen met de verhuur"


def test_a_long_name_word_counts_in_any_case() -> None:
    said = "die 'lunchroom' van hoogeveen heeft geen vergunning, zeggen ze"
    assert named_claim(said, "Bakkerij Hoogeveen", "bakkerij") == said
    assert named_claim("mijn kind zegt dat het lekker is", "Het Hoekje", "lunchroom") == ""


def test_the_thing_made_comes_before_an_aside() -> None:
    reply = draft_text(
        BAKERY,
        _THANKS,
        "Voor het afscheid van mijn collega een taart met haar lievelingsboek erop laten maken. "
        "Iedereen was stil toen hij binnenkwam. En de saucijzenbroodjes waren ook weer top!",
    )
    assert "taart" in reply, reply


def test_a_thing_of_yours_before_praise_is_praised() -> None:
    assert [m.text for m in analyse_topics("die macarons van jullie 😍 beste van de stad").praised] == ["macarons"]
    assert [m.text for m in analyse_topics("Allez, de pistolets van jullie zijn top!").praised][:1] == ["pistolets"]


def test_let_try_is_done_not_wished() -> None:
    topics = analyse_topics("Joris heeft me een nieuwe laptop laten proberen en alles rustig uitgelegd.")
    assert [p.text for p in topics.products if not p.wished][:1] == ["laptop"], topics.products
    wished = analyse_topics("Misschien kunnen jullie ook eens glutenvrije taart proberen?")
    assert all(p.wished for p in wished.products if p.text == "taart")


def test_a_joke_about_the_one_brought_along() -> None:
    reply = _joke(
        SALON,
        "mijn man kwam alleen mee om te wachten en zit nu zelf elke maand in de stoel. hij gaat vaker mee dan ik 😂",
    )
    assert "je man" in reply, reply


def test_a_mock_proposal_takes_up_its_thing() -> None:
    reply = _joke(BAKERY, "idee: de hele stad een dag vrij geven en overal gratis saucijzenbroodjes uitdelen. klaar.")
    assert "saucijzenbroodjes" in reply, reply
