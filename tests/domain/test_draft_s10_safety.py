"""Safety complaints told in other words (session 10, issue #13): a crack with its size between the crack and
the part ('een barst van een paar centimeter in dat frame'), a swelling told verb first ('toen zwol haar tong
op'), a piece of a scourer in a dish named first ('In mijn curry zat ...'), the allergen asked about
('gevraagd of er pinda in zat') and a fall. Businesses and sentences of their own, not a round's."""

from __future__ import annotations

import re

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

FIETSMAKER = BusinessProfile(
    name="Fietsmaker Bolt", kind="fietsenmaker", signers=["Sem"], voice="ik", register="je", phone="010-4455667"
)
WOKBAR = BusinessProfile(
    name="Wokbar Lotus", kind="restaurant", signers=["Mei"], voice="wij", register="u", phone="030-2211443"
)


def _channel(profile: BusinessProfile, text: str) -> str:
    return Drafter(profile, analyser=analyse_topics).draft(_SAFETY, text, author="Bram", platform="facebook").channel


def test_a_crack_with_its_size_in_a_bearing_part_is_a_safety_case() -> None:
    text = "Gisteren zag ik een barst van een paar centimeter in dat aluminium frame, net na jullie onderhoud."
    found = analyse_topics(text)
    assert "breuk" in found.safety
    assert _channel(FIETSMAKER, text) == "telefoon"
    assert "scheur in het frame" in draft_text(FIETSMAKER, _SAFETY, text)


def test_a_crack_in_a_tyre_or_a_laugh_is_no_safety_case() -> None:
    assert "breuk" not in analyse_topics("Er zit een barst van wel vijf centimeter in de band, dat mag niet.").safety
    assert not analyse_topics("Ik barst van het lachen om die foto van jullie etalage.").is_safety


def test_a_swelling_told_verb_first_is_an_allergic_reaction() -> None:
    text = "Ik had gezegd: geen sesam. Na een paar happen zwol haar tong op en zijn we snel naar huis gegaan."
    assert "allergie" in analyse_topics(text).safety
    assert _channel(WOKBAR, text) == "telefoon"


def test_a_swelling_of_something_else_is_no_allergy() -> None:
    assert "allergie" not in analyse_topics("Het deeg zwol prachtig op in de oven, mooi gebakken.").safety


def test_a_scourer_in_a_dish_named_first_is_said_back() -> None:
    text = "In mijn nasi zat een stukje van een groen pannensponsje. Ik heb het gelukkig op tijd gezien."
    draft = draft_text(WOKBAR, _SAFETY, text)
    assert "pannensponsje" in draft and "in uw nasi" in draft


def test_the_allergen_asked_about_is_named() -> None:
    text = "Aan de balie gevraagd of er pinda in de saté-saus zat. 'Nee hoor.' Mijn zoon kreeg het daarna benauwd."
    assert "pinda" in draft_text(WOKBAR, _SAFETY, text)


def test_a_fall_is_named() -> None:
    text = (
        "Na de beurt bij jou liep mijn ketting eraf op de brug en ben ik lelijk gevallen. Mijn knie ligt helemaal open."
    )
    assert "val" in draft_text(FIETSMAKER, _SAFETY, text).lower()


def test_falling_asleep_or_liking_is_no_fall() -> None:
    text = "Mijn dochter is na de knipbeurt meteen in slaap gevallen, maar de pony is echt veel te kort."
    assert "Zo'n val" not in draft_text(FIETSMAKER, _SAFETY, text)


def test_a_safety_reply_beside_an_unanswered_call_says_excuses_once() -> None:
    text = (
        "Na jullie beurt deed de voorrem van mijn bakfiets niks meer, mijn dochter zat voorin. "
        "Drie keer gebeld en gemaild, niemand neemt op."
    )
    draft = draft_text(FIETSMAKER, _SAFETY, text)
    assert "excuses" in draft.lower()
    assert len(re.findall(r"\b(?:sorry|excuses|spijt)\b", draft, re.I)) == 1
