"""A joke about a change nobody noticed gets a light reply that plays on it (session 8): other businesses
and other words than the benchmark round."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

BARBER = BusinessProfile(name="Barbershop Kees", kind="barbier", signers=["Kees"], voice="ik")
GROOMER = BusinessProfile(name="Trimsalon Wolk", kind="trimsalon", signers=["Ank"], register="u")
CARWASH = BusinessProfile(name="Wasstraat Glans", kind="autowasstraat", signers=["Rob"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Tim", platform="threads")
    assert made.optional is not None
    return made.optional


def test_someone_who_did_not_notice_the_change_is_named_in_the_reply() -> None:
    reply = _joke(BARBER, "Mijn vrouw had het niet eens door dat ik geknipt was 😂 volgende keer een hanenkam?")
    assert "vrouw" in reply and "vul in" not in reply, reply
    reply = _joke(CARWASH, "Auto laten poetsen en mijn man zag het pas na een week. Echt waar 🙄")
    assert "man" in reply and "vul in" not in reply, reply


def test_a_change_nobody_noticed_asks_for_more_next_time() -> None:
    reply = _joke(GROOMER, "Niemand heeft gemerkt dat Bobbie getrimd is, hij zag er al zo keurig uit 🤣")
    assert "drastischer" in reply and "vul in" not in reply, reply
    reply = _joke(BARBER, "Volgende keer graag iets opvallenders, mijn collega's hadden niks door 😂")
    assert "drastischer" in reply and "uw" not in reply, reply


BAKERY = BusinessProfile(name="Bakkerij Rogge", kind="bakkerij", signers=["Lies"])


def test_a_mock_lawsuit_is_pleaded_guilty() -> None:
    reply = _joke(BAKERY, "Ik ga jullie aanklagen: sinds ik jullie tompoezen ken pas ik niet meer in mijn jas 😭")
    assert "schuldig" in reply, reply
    reply = _joke(BARBER, "Ik eis schadevergoeding: sinds die fade kijkt mijn vriendin alleen nog naar mij 😎")
    assert "schuldig" in reply, reply


def test_a_pet_that_does_not_know_the_writer_anymore() -> None:
    reply = _joke(GROOMER, "Onze kat blaast naar mij sinds ik bij jullie geknipt ben 😂")
    assert "kat" in reply and "vul in" not in reply, reply
    reply = _joke(BARBER, "Zo strak geknipt dat mijn hond me niet meer herkende 🐶")
    assert "hond" in reply, reply


RESTO = BusinessProfile(name="Eetcafé Pier", kind="eetcafé", signers=["Pim"], voice="wij")


def test_a_broken_diet_names_what_broke_it() -> None:
    reply = _joke(RESTO, "Jullie saté is de reden dat mijn dieet nooit verder komt dan dinsdag 😭")
    assert "saté" in reply and "dieet" in reply, reply
    reply = _joke(BAKERY, "Mijn dieet en ik gaan uit elkaar. Schuldige: jullie gevulde koeken 🍪💔")
    assert "koeken" in reply and "je dieet" not in reply, reply


def test_a_secret_shared_with_the_business_is_kept() -> None:
    reply = _joke(BARBER, "Kees weet als enige hoeveel grijze haren ik echt heb. Ons geheimpje 🤫")
    assert "geheim" in reply or "verzegeld" in reply, reply
    reply = _joke(BAKERY, "Niemand hoeft te weten dat die taart op het feest niet zelfgebakken was 😇")
    assert "geheim" in reply or "verzegeld" in reply, reply


def test_someone_who_noticed_the_wrong_change() -> None:
    reply = _joke(BARBER, "Mijn vriendin vroeg of ik een nieuwe trui aanhad. Nee, ik was net geknipt 🙄")
    assert "vriendin" in reply and "vul in" not in reply, reply
