"""Safety complaints that name what the writer named (session 8, issue #13): the allergen ('een
allergische reactie op selderij'), an injury next to a thing that failed ('de remmen ... gewond'), a
person of the writer's taken to hospital, and a reaction the writer is glad is over is no near miss.
Businesses and sentences of their own, not a round's."""

from __future__ import annotations

from dataclasses import replace

from app.domain.profile import BusinessProfile
from tests.domain.businesses import SCOOTERHUIS_VAN_DAM
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

SNACKBAR = BusinessProfile(
    name="Cafetaria De Hoek", kind="restaurant", signers=["Ria"], voice="wij", phone="0412-334455"
)
SCOOTER = replace(SCOOTERHUIS_VAN_DAM, voice="ik", return_terms="")
GRILL = BusinessProfile(
    name="Grillroom Anatolia", kind="restaurant", signers=["Emre"], voice="ik", register="u", phone="040-2233445"
)


def test_the_allergen_is_named() -> None:
    text = "Ik had gezegd dat mijn dochter allergisch is voor selderij. Na de soep kreeg ze rode vlekken."
    assert "allergische reactie op selderij" in draft_text(SNACKBAR, _SAFETY, text)
    text = "Mijn man heeft een mosterdallergie, dat stond zelfs op de bon. Toch zat het in de saus; hij werd benauwd."
    assert "op mosterd" in draft_text(GRILL, _SAFETY, text, platform="google", author="Petra")


def test_a_reaction_the_writer_is_glad_is_over_is_no_near_miss() -> None:
    text = (
        "Mijn zoontje is allergisch voor pinda. Na het ijsje zat hij onder de bultjes en moesten we met spoed "
        "naar de dokter. Hij is gelukkig weer in orde."
    )
    draft = draft_text(SNACKBAR, _SAFETY, text)
    assert "allergische reactie op pinda" in draft and "zeker met een allergie" not in draft
    assert "Gelukkig gaat het weer goed met je zoontje" in draft
    text = "Mijn vriendin is allergisch voor noten. Gelukkig proefde ze het meteen en spuugde ze het uit."
    assert "een allergie voor noten" in draft_text(SNACKBAR, _SAFETY, text)


def test_an_injury_next_to_a_part_that_failed_is_named() -> None:
    text = "Gisteren nieuwe remmen op mijn scooter laten zetten. Vanochtend weigerden ze en ben ik onderuit gegaan."
    draft = draft_text(SCOOTER, _SAFETY, text)
    assert "gewond" in draft
    assert draft.index("gewond") < draft.index("Hoe gaat het nu")
    text = "De remmen van mijn bakfiets deden niks meer na jullie beurt. Mijn zoon heeft een hersenschudding."
    assert "gewond" in draft_text(SCOOTER, _SAFETY, text)


def test_a_failed_part_without_an_injury_gets_no_injury_line() -> None:
    text = "De achterrem deed het niet meer na de reparatie, ik kon nog net op tijd stoppen. Levensgevaarlijk!"
    assert "gewond" not in draft_text(SCOOTER, _SAFETY, text)


def test_a_person_in_hospital_is_named() -> None:
    text = "Na de shoarma zijn we allemaal ziek geworden. Mijn vader is zelfs in het ziekenhuis opgenomen."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "uw vader zelfs in het ziekenhuis" in draft
    text = "Na de kipsaté kreeg onze dochter buikkrampen en moest ze met de ambulance mee."
    assert "uw dochter zelfs in het ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google")


def test_no_hospital_when_nobody_answered_the_phone() -> None:
    text = "Na de kibbeling werd mijn man ziek. Ik heb gebeld maar niemand heeft opgenomen."
    assert "ziekenhuis" not in draft_text(SNACKBAR, _SAFETY, text)


def test_a_writer_who_mailed_and_phoned_in_vain_is_called() -> None:
    for text in (
        "Na de lahmacun werd ik ziek. Ik heb gemaild en gebeld, nog geen reactie.",
        "Mijn remmen gaven het op na jullie beurt. Ik heb twee keer gebeld en een mail gestuurd: niks gehoord.",
    ):
        draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
        assert "bel" in draft.lower() and "belt u " not in draft.lower(), draft


def test_a_compound_body_part_that_broke_is_named() -> None:
    text = "Na jullie reparatie schoot mijn stuur los. Ik viel en mijn sleutelbeen is gebroken."
    assert "sleutelbeen" in draft_text(SCOOTER, _SAFETY, text)
    text = "De trapper brak af tijdens het fietsen, ik ben gevallen en mijn onderarm is gekneusd."
    assert "onderarm" in draft_text(SCOOTER, _SAFETY, text, platform="google")


def test_a_pain_told_is_owned_in_the_right_verb_form_in_every_variant() -> None:
    from app.domain.replies import Tone, render, shipped_templates

    for line in shipped_templates().lines("complaint_cue", "pain_told"):
        said = render(line, Tone("je", "wij"), {"waarde": "prikte"})
        assert " had we " not in said and "hadden we" in said, said


def test_a_hurt_part_says_whose_it_is() -> None:
    text = "Mijn vader gleed uit over de natte vloer bij jullie en heeft zijn pols gebroken."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "zijn pols" in draft and "uw pols" not in draft
    text = "Onze dochter viel van jullie wiebelende kruk en haar knie lag open."
    assert "haar knie" in draft_text(SNACKBAR, _SAFETY, text)


def test_the_shops_stairs_are_not_the_writers() -> None:
    text = "Mijn moeder viel van de trap naar de toiletten, er lag geen antislip op. Ze is flink gewond."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "uw trap" not in draft


def test_a_stay_at_the_emergency_room_is_named() -> None:
    text = "Na de kapsalon-shoarma kreeg mijn man hevige buikkrampen en hij is op de spoedeisende hulp beland."
    assert "ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")


def test_a_hospital_stay_told_with_a_pronoun_is_named() -> None:
    text = "Mijn neefje kreeg na jullie satésaus een allergische reactie. Hij moest met de ambulance mee."
    assert "hij zelfs in het ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
