"""A real complaint told as a joke (a service that took far too long, one paid for that still fails) is still
a complaint: the reply laughs along briefly, names the service, says sorry and offers a way to sort it out,
instead of only praising the comparison. Sentences of their own, other businesses."""

from __future__ import annotations

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

GARAGE = BusinessProfile(name="Garage Hofstra", kind="garage", signers=["Wietse"], voice="wij", register="u")
SALON = BusinessProfile(name="Kapsalon Schaar & Zo", kind="kapsalon", signers=["Ineke"])
BIKES = BusinessProfile(name="Tweewielers De Ketting", kind="fietsenmaker", signers=["Joris"])


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


@pytest.mark.parametrize(
    ("profile", "text", "service"),
    [
        (GARAGE, "Garage Hofstra: waar een kleine beurt langer duurt dan de Noord-Zuidlijn 🚧", "kleine beurt"),
        (BIKES, "Mijn herstelling duurde weer langer dan een Vlaamse regeringsvorming, allez 🙃", "herstelling"),
        (BIKES, "De reparatie bij De Ketting duurt inmiddels langer dan mijn laatste relatie 💔", "reparatie"),
        (SALON, "Knipbeurt van € 45,50 betaald en toch zit mijn pony scheef alsof mijn neefje het deed ✂️", "knipbeurt"),
        (GARAGE, "APK-BEURT: 120 EURO AFGETIKT EN DAARNA RAMMELT DE UITLAAT ALS EEN FANFARE 🎺", "apk-beurt"),
        (BIKES, "onderhoudsbeurt, 79.95 afrekenen en achteraf slipt de ketting vaker dan ik 🤡", "onderhoudsbeurt"),
    ],
)
def test_a_complaint_in_a_joke_is_taken_seriously(profile: BusinessProfile, text: str, service: str) -> None:
    reply = _joke(profile, text)
    assert service in reply.lower(), reply
    assert "sorry" in reply.lower(), reply
    assert "berichtje" in reply, reply
    assert "vergelijking" not in reply and "reclamebord" not in reply, reply


def test_the_reply_speaks_with_the_business_voice() -> None:
    assert " ons " in _joke(GARAGE, "Waar een grote beurt langer duurt dan een ijstijd 🧊"), "wij-voice"
    reply = _joke(BIKES, "Waar een grote beurt langer duurt dan een ijstijd 🧊")
    assert " me " in reply and "ik" in reply, reply


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (BIKES, "Jullie werkplaats is drukker dan het station op maandagochtend 😅"),
        (BIKES, "Grote beurt gehad, € 89 betaald en daarna rijdt hij als een zonnetje. Jaloers 😂"),
        (SALON, "Na de knipbeurt herkende mijn kat me niet meer en begon te blazen 🐈"),
        (GARAGE, "Na de beurt rijdt mijn ouwe Volvo sneller dan ik kan sturen 🚗💨"),
    ],
)
def test_a_joke_without_a_complaint_stays_light(profile: BusinessProfile, text: str) -> None:
    reply = _joke(profile, text)
    assert "sorry" not in reply.lower() and "berichtje" not in reply, reply


@pytest.mark.parametrize(
    ("profile", "text", "service"),
    [
        (
            BIKES,
            "Voorjaarsbeurt bij De Ketting: je fiets mag er gratis vier weken 'logeren'. Gezellig 🙃",
            "voorjaarsbeurt",
        ),
        (GARAGE, "Grote beurt afgesproken, auto staat er nu 2 weken. Lekker rustig zonder auto hoor 😂", "grote beurt"),
        (
            SALON,
            "drie weken gewacht op mijn behandeling en dan nog zeggen dat ik geduld moet hebben lol",
            "behandeling",
        ),
        (
            BIKES,
            "Mijn herstelling bij ulder: al tien dagen binnen, ik ga ondertussen te voet naar de Kempen 🚶",
            "herstelling",
        ),
    ],
)
def test_a_service_kept_for_days_told_as_a_joke_is_a_complaint(
    profile: BusinessProfile, text: str, service: str
) -> None:
    reply = _joke(profile, text)
    assert service in reply.lower() and "sorry" in reply.lower(), reply
    assert "geduld" not in reply, reply


EETCAFE = BusinessProfile(name="Eetcafé De Linde", kind="restaurant", signers=["Mark"], voice="wij", register="u")


@pytest.mark.parametrize(
    "text",
    [
        "Porties zo klein dat we daarna nog langs de frituur zijn gereden. Wel mooi opgemaakt hoor 🎨",
        "De kaaskroketten van De Linde: de kaas moet ge met een vergrootglas zoeken 🔍",
        "Het bord was zo mini dat ik dacht dat het een proevertje was. Thuis nog een pizza besteld 🍕",
    ],
)
def test_too_little_said_with_a_wink_gets_a_calm_laugh_and_no_sorry(text: str) -> None:
    # a biting joke about the business: a calm, light answer that takes it along, never an apology (review190)
    reply = _joke(EETCAFE, text)
    assert "sorry" not in reply.lower() and "excuses" not in reply.lower(), reply
    assert "keuken" in reply or "mee" in reply, reply
    assert "een goeie" not in reply, reply


def test_the_thing_looked_for_with_a_magnifying_glass_is_named_with_its_article() -> None:
    reply = _joke(EETCAFE, "Bij De Linde zoek je het vlees in de stoofpot met een loep, knap staaltje goochelwerk 🔎")
    assert "van het vlees" in reply and "sorry" not in reply.lower(), reply


def test_a_joke_about_small_things_that_is_no_complaint_stays_light() -> None:
    reply = _joke(EETCAFE, "Mijn zoontje is zo klein dat hij onder de tafel door kon lopen voor zijn frietjes 😂")
    assert "sorry" not in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "Na het etentje nog even langs de frituur voor een ijsje en een babbel met de buren 😄",
        "Met de bal zo klein dat ik hem met een vergrootglas moest zoeken scoorde ik nog 🤣 top voetbalavond",
        "Het stuk taart was zo klein dat mijn dochter dacht dat het voor de pop was 😂 Heerlijk trouwens!",
    ],
)
def test_a_joke_with_small_things_or_a_snackbar_but_no_complaint_gets_no_sorry(text: str) -> None:
    reply = _joke(EETCAFE, text)
    assert "sorry" not in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "Mijn scooter staat al sinds oud en nieuw onder het zeil en is nu een ijsblok 🥶 "
        "Kunnen jullie hem ontdooien of moet ik wachten tot de lente? 😂",
        "Onze tandem is na deze winter één grote roestbal. "
        "Doen jullie ook wonderen of zullen we maar wachten tot Pasen? 😅",
    ],
)
def test_a_wait_named_as_the_other_choice_to_our_help_gets_no_sorry(text: str) -> None:
    reply = _joke(BIKES, text)
    assert "sorry" not in reply.lower() and "wachten" not in reply, reply
