"""Safety complaints that tell who got hurt and how (issue #13): the injury named as the writer said it ('een
gebroken sleutelbeen', 'een hersenschudding', 'een brandwonde in mijn nek'), a wish to get well instead of the
question whether everyone is fine, children who rode along without 'mijn' ('met twee kinderen in de bak') and
both dishes named side by side before people got ill. Businesses and sentences of their own, not a round's."""

from __future__ import annotations

import re

import pytest

from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_wellbeing import before_how_are, instead_of_all_fine
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

RIJWIEL = BusinessProfile(
    name="Rijwielhuis Spaak", kind="fietsenmaker", signers=["Tom"], voice="ik", register="je", phone="050-3344556"
)
KAPPER_BE = BusinessProfile(
    name="Haarhuis Noor", kind="kapsalon", signers=["Noor"], voice="wij", register="je", phone="03 211 45 67"
)
VISHUIS = BusinessProfile(
    name="Vishuis De Haven", kind="restaurant", signers=["Gert"], voice="wij", register="u", phone="0223-445566"
)


def _cue(shape: str, text: str) -> dict[str, str] | None:
    return next((s.values(text) for s in shipped_complaint_cues() if s.id == shape and s.values(text)), None)


def _said(shape: str, text: str) -> bool:
    """Whether a cue without values is in the text."""
    return any(s.id == shape and s.values(text) is not None for s in shipped_complaint_cues())


def test_a_broken_or_bruised_part_of_the_body_is_an_injury_as_said() -> None:
    assert _cue("injury", "Nu zit ik met een gebroken sleutelbeen thuis.") == {"waarde": "gebroken sleutelbeen"}
    assert _cue("injury", "heb er een gekneusde pols aan overgehouden") == {"waarde": "gekneusde pols"}
    assert _cue("injury", "Mijn dochter heeft een lichte hersenschudding.") == {"waarde": "hersenschudding"}
    assert _cue("injury", "Resultaat: een polsbreuk en zes weken gips.") == {"waarde": "polsbreuk"}
    assert _cue("injuries", "mijn man viel en heeft gekneusde ribben") == {"waarde": "gekneusde ribben"}
    # a burn said the Flemish way
    assert _cue("injury", "ik heb een brandwonde in mijn nek") == {"waarde": "brandwonde in mijn nek"}
    # a thing that broke is no injury
    assert _cue("injury", "Een gebroken stuur na twee weken, dat kan toch niet.") is None


def test_the_injury_is_named_and_a_get_well_wish_replaces_is_everyone_fine() -> None:
    text = "Mijn voorvork brak af in de afdaling. Ik lig nu met een gebroken sleutelbeen in het ziekenhuis."
    made = draft_text(RIJWIEL, _SAFETY, text)
    assert "gebroken sleutelbeen" in made
    assert "Is iedereen in orde?" not in made
    # told in lower case with a concussion, someone else hurt
    made = draft_text(RIJWIEL, _SAFETY, "het stuur schoot los en mijn zoon heeft een hersenschudding")
    assert "hersenschudding" in made and "Is iedereen in orde?" not in made


def test_a_burn_is_named_not_only_where_it_is() -> None:
    text = "De föhn stond zo heet dat ik een brandwonde in mijn nek heb, nu nog altijd een blaar."
    made = draft_text(KAPPER_BE, _SAFETY, text)
    assert "brandwonde in je nek" in made
    assert "Is iedereen in orde?" not in made


def test_children_riding_along_are_named_without_guessing_whose() -> None:
    assert _cue("children_on_board", "met twee kinderen in de bak ging de rem stuk") == {"waarde": "kinderen"}
    assert _cue("children_on_board", "Met de kleine achterop blokkeerde mijn voorwiel.") == {"waarde": "kleine"}
    assert _cue("children_on_board", "De kinderen zaten gelukkig niet in de bak") is None
    assert _cue("children_on_board", "Met de kinderen komen we nooit meer.") is None
    text = "Met drie kinderen in de bak deden de remmen helemaal niks op de dijk. Net op tijd gestopt."
    made = draft_text(RIJWIEL, _SAFETY, text)
    assert "de kinderen" in made


def test_two_dishes_named_together_are_both_said() -> None:
    text = "We aten de kibbeling en een portie garnalen en lagen daarna de hele nacht boven de wc."
    made = draft_text(VISHUIS, _SAFETY, text)
    assert "de kibbeling en de garnalen" in made
    text = "Mosselen en de vispan gegeten, de hele nacht overgeven."
    assert "mosselen en de vispan" in draft_text(VISHUIS, _SAFETY, text)


def test_a_hazard_that_hurt_someone_wishes_them_well() -> None:
    text = "Het zadel brak af tijdens het fietsen, mijn vriendin viel en heeft een gebroken pols."
    made = draft_text(RIJWIEL, _SAFETY, text)
    assert "gebroken pols" in made and "Is iedereen in orde?" not in made


def test_the_question_placement_helpers() -> None:
    line = "Dit is ernstig. We hopen dat het inmiddels beter gaat met je."
    assert before_how_are(line, "Zo'n blaar is niet niks.") == (
        "Dit is ernstig. Zo'n blaar is niet niks. We hopen dat het inmiddels beter gaat met je."
    )
    assert instead_of_all_fine("Wat een schrik. Is iedereen in orde?", "Veel beterschap.") == (
        "Wat een schrik. Veel beterschap."
    )


def test_the_writer_in_hospital_is_hurt_told() -> None:
    assert _said("hospital_self", "Het stuur schoot los. Ik lig nu in het AZ.")
    assert _said("hospital_self", "ik moest met mijn pols naar de spoed")
    assert _said("hospital_self", "Toen belandde ik op de eerste hulp.")
    assert not _said("hospital_self", "Ik moest gelukkig niet naar het ziekenhuis.")
    made = draft_text(RIJWIEL, _SAFETY, "Mijn trapper brak af en ik lig nu in het ziekenhuis.")
    assert "ziekenhuis" in made and "Is iedereen in orde?" not in made


# A part that gave way and hurt the rider is a hazard as well as an injury: the injury is said, not only the part.
@pytest.mark.parametrize(
    "text",
    [
        "De zadelpen brak gewoon af op de dijk, ik lag op het fietspad met schaafwonden aan mijn been.",
        "Mijn voorvork knakte in de afdaling, gevallen en overal schaafwonden, helm kapot. Levensgevaarlijk!",
        "stuurpen afgebroken na 2 maand, ik ben gevallen en zat vol schaafwonden. da kan toch nie",
        "De trapas brak af op weg naar mijn werk, ik ben gewond geraakt en mijn jas is gescheurd.",
    ],
)
def test_a_part_that_gave_way_and_hurt_the_rider_says_the_injury(text: str) -> None:
    made = draft_text(RIJWIEL, _SAFETY, text)
    assert re.search(r"gewond|schaafwond|gevallen|Hoe gaat het", made), made


# Issue #13, fixer w31: a reaction the writer says is over ('Gelukkig gaat het nu weer') gets no question how
# the person is; what happened is said before the gladness; a grave outcome gets no line on the day it fell on.
@pytest.mark.parametrize(
    ("text", "recovered"),
    [
        ("Met spoed naar de huisarts. Gelukkig gaat het nu weer.", True),
        ("Hij moest naar de eerste hulp, maar het gaat inmiddels alweer, hoor.", True),
        ("Gelukkig gaat ze weer!", True),
        ("Na een week gaat het weer mis met de remmen.", False),
        ("Hoe gaat het nu weer? Dat vraag ik me af.", False),
    ],
)
def test_going_again_at_the_end_of_a_clause_is_recovered(text: str, recovered: bool) -> None:
    from app.domain.draft_wellbeing import said_recovered

    assert said_recovered(text) is recovered


def test_a_line_goes_before_the_gladness_that_all_is_well_again() -> None:
    line = "Dit is ernstig. Gelukkig gaat het weer goed met Mila."
    assert before_how_are(line, "En dat terwijl je het had gezegd.") == (
        "Dit is ernstig. En dat terwijl je het had gezegd. Gelukkig gaat het weer goed met Mila."
    )


BAKKER = BusinessProfile(
    name="Bakkerij De Korenschoof", kind="bakkerij", signers=["Els"], voice="wij", register="je", phone="0413-556677"
)


def test_a_grave_reaction_on_a_holiday_that_is_over_again_is_not_asked_after() -> None:
    text = (
        "Op Moederdag een vlaai gehaald en nog gevraagd of er noten in zaten, 'nee hoor'. Mijn dochter Mila (7) "
        "kreeg dikke lippen, we moesten de epipen gebruiken en zijn met de ambulance naar het ziekenhuis gegaan. "
        "Gelukkig gaat het nu weer. Hoe kan dit?"
    )
    made = draft_text(BAKKER, _SAFETY, text)
    assert "Hoe gaat het nu" not in made and "extra naar" not in made, made


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vriendin zag de nootjes net op tijd liggen, anders hadden we met haar naar de eerste hulp gemoeten.",
        "Onze dochter had het bijna opgegeten en dan was ze zeker in het ziekenhuis beland.",
    ],
)
def test_a_hospital_that_was_only_nearly_or_otherwise_is_no_hospital(text: str) -> None:
    assert _cue("hospital", text) is None


def test_a_hospital_that_happened_is_still_one() -> None:
    assert _cue("hospital", "Mijn schoonvader moest na het eten met de ambulance mee, echt schrikken.") is not None


def test_an_allergy_caught_in_time_with_the_emergency_room_only_as_otherwise_is_a_near_miss() -> None:
    from app.domain.draft_wellbeing import near_miss
    from app.nlp.topics import analyse_topics

    text = (
        "Ik had nog zo gezegd: geen noten, hij is allergisch. Zaten er toch hazelnoten in de taart. Mijn zus zag het "
        "gelukkig op tijd, anders hadden we met hem op de spoedeisende hulp gezeten."
    )
    assert near_miss(analyse_topics(text), text)
    hurt = (
        "Ik had nog zo gezegd: geen noten. Hij kreeg het benauwd en moest naar de spoedeisende hulp, "
        "gelukkig is hij weer thuis."
    )
    assert not near_miss(analyse_topics(hurt), hurt)


@pytest.mark.parametrize(
    ("text", "whose", "not_said"),
    [
        (
            "Vorige maand een step voor onze Mats gekocht. Zondag brak het voetplankje door. Hij is gevallen, "
            "knie open. Hoe kan dat bij een nieuwe step?",
            "hij daarbij een open knie",
            "je daarbij een open knie",
        ),
        (
            "Ik fietste naar huis en de trapper schoot los. Ik viel, knie open. Kan dit bij een nieuwe fiets?",
            "je daarbij een open knie",
            "hij daarbij",
        ),
    ],
)
def test_a_bare_hurt_part_belongs_to_who_fell(text: str, whose: str, not_said: str) -> None:
    # 'Ze is voorover gevallen, kin open': the hurt part of the one the sentence is about, not the writer's
    made = draft_text(RIJWIEL, _SAFETY, text)
    assert (whose in made or "ook nog een open knie" in made) and not_said not in made, made
