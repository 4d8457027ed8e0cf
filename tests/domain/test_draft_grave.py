"""A grave safety case opens seriously (issue #13, fixer s15): after an ambulance, 112, the emergency room, an
epipen, stitches, a broken bone or burns the draft says 'Wat vreselijk om te lezen ...' or '... is ernstig', never
'Wat schrikken' or 'daar schrik je van' (resources/severity.toml). Businesses and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_grave import grave, opens_lightly
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

PANNENKOEK = BusinessProfile(
    name="Pannenkoekenhuis De Molen",
    kind="restaurant",
    signers=["Iris"],
    voice="wij",
    register="je",
    phone="0318-551122",
)
FRITUUR = BusinessProfile(
    name="Frituur 't Hoekske", kind="restaurant", signers=["Wim"], voice="wij", register="u", phone="050 33 21 90"
)
RIJWIEL = BusinessProfile(
    name="Rijwielhandel Spaak", kind="fietsenmaker", signers=["Joost"], voice="ik", register="je", phone="0495-334455"
)
_LIGHT = ("Wat schrikken", "Wat een schrik", "schrik je van", "schrikt u van", "Balen", "Wat naar dat")


@pytest.mark.parametrize(
    "text",
    [
        "Mijn dochter moest haar epipen gebruiken en is met de ambulance weggebracht.",
        "we hebben 112 moeten bellen, hij kreeg geen lucht meer",
        "Mijn zoon lag 2 nachten op de SEH, anafylactische reactie",
        "Ik moest naar de spoed in het AZ, drie hechtingen in mijn duim",
        "MIJN MAN IS IN HET ZIEKENHUIS OPGENOMEN NA JULLIE MOSSELEN",
        "Met een gebroken pols op de eerste hulp beland.",
        "Mijn vader viel en was even bewusteloos.",
        "Tweedegraads brandwonden op mijn hand van die hete pan.",
        "We ended up in A&E, my son needed stitches.",
        "My wife had to use her EpiPen and went to the hospital.",
        "spent the night in the ER after your pad thai",
        "adrenalinepen gezet, ziekenwagen gebeld",
    ],
)
def test_grave_outcomes_are_known(text: str) -> None:
    assert grave(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb gisteren contact opgenomen, nog niets gehoord.",
        "Ik ben erg gehecht aan jullie zaak, maar dit viel tegen.",
        "Wil je met spoed terugbellen? Dorpsstraat 112 is het adres.",
        "ER ZAT EEN HAAR IN MIJN SOEP",
        "Mijn dochter kreeg bultjes van de saus, gelukkig viel het mee.",
        "De gebroken beloftes van jullie bezorger zijn ook niet alles.",
    ],
)
def test_light_or_other_words_are_not_grave(text: str) -> None:
    assert not grave(text)


def test_light_openings_are_known() -> None:
    assert opens_lightly("Wat schrikken, een allergische reactie.")
    assert opens_lightly("Balen dat het misging.")
    assert not opens_lightly("Wat vreselijk om te lezen van die allergische reactie.")
    assert not opens_lightly("Een allergische reactie op noten is ernstig.")


def _opening(text: str) -> str:
    return text.split("\n", 2)[1] if "\n" in text else text


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (
            PANNENKOEK,
            "Ik had gezegd dat mijn zoon allergisch is voor noten. Epipen moeten zetten en met de ambulance mee.",
        ),
        (
            PANNENKOEK,
            "notenallergie doorgegeven, toch hazelnoot in de pannenkoek. Ze heeft de nacht op de SEH gelegen.",
        ),
        (
            FRITUUR,
            "Allergisch voor selder, gezegd aan de toog. Selder in de saus: adrenaline gekregen in het AZ.",
        ),
        (FRITUUR, "ALLERGIE VOOR MOSTERD GEMELD. TOCH MOSTERD IN DE SAUS. AMBULANCE MOETEN BELLEN!!"),
    ],
)
def test_an_allergy_with_an_epipen_or_ambulance_opens_seriously(profile: BusinessProfile, text: str) -> None:
    draft = draft_text(profile, _SAFETY, text)
    assert not any(light in draft for light in _LIGHT), draft
    assert "ernstig" in draft or "vreselijk" in draft


@pytest.mark.parametrize(
    "text",
    [
        "Voorwiel schoot los op de dijk. Ik lig nu met een gebroken sleutelbeen in het ziekenhuis.",
        "Stuur brak af, een dag na de reparatie. Mijn dochter heeft zes hechtingen in haar kin.",
        "Trapper brak af bij het wegrijden. Knock-out geslagen op de stoep, met de ziekenwagen afgevoerd.",
    ],
)
def test_an_injury_with_a_hospital_or_stitches_says_no_fright(text: str) -> None:
    draft = draft_text(RIJWIEL, _SAFETY, text)
    assert not any(light in draft for light in _LIGHT), draft
    assert "serieus" in draft


def test_a_light_allergy_case_keeps_its_own_words() -> None:
    """Without a grave outcome nothing changes: the allergy is still named and taken seriously."""
    text = "Ik had gezegd dat ik allergisch ben voor ei, en toch zat er ei in de pannenkoek. Jeuk en rode vlekken."
    draft = draft_text(PANNENKOEK, _SAFETY, text)
    assert "allergische reactie" in draft and "serieus" in draft
