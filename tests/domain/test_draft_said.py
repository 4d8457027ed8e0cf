"""A person of the writer's on a drip (app.domain.draft_said, resources/complaint_cues.toml 'drip'): the nearest
of the writer's people, never 'ons' in '4 van ons', and not said again after their hospital stay. Sentences of
our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
GRILL = BusinessProfile(
    name="Grillroom Het Anker",
    kind="restaurant",
    signers=["Joris"],
    voice="wij",
    register="u",
    email="info@hetanker.nl",
    phone="0223-612345",
)
FRITUUR = BusinessProfile(
    name="Frituur De Leie", kind="frituur", signers=["Jens"], voice="ik", email="jens@deleie.be", phone="056 22 33 44"
)


@pytest.mark.parametrize(
    "text",
    [
        "Met z'n vijven de spareribs gegeten. 3 van ons hebben de hele nacht overgegeven, mijn moeder (81) heeft aan "
        "het infuus gelegen in het ziekenhuis.",
        "vrijdag de kipschotel gehaald, twee van ons zijn doodziek geworden en ONZE DOCHTER moest in het ziekenhuis "
        "aan een infuus",
        "Allemaal ziek na de mosselen, drie van ons hebben gekotst en mijn man lag in het ziekenhuis aan de baxter!!",
    ],
)
def test_a_hospital_stay_on_a_drip_is_said_once_and_of_the_right_person(text: str) -> None:
    for profile in (GRILL, FRITUUR):
        draft = draft_text(profile, _COMPLAINT, text, author="Wim Bakker")
        assert "ons hebben" not in draft and "ons zijn" not in draft
        assert draft.count("raakt") <= 1
        # the hospital and the drip are one point: said once
        assert not ("infuus" in draft and "ziekenhuis" in draft) and not ("baxter" in draft and "ziekenhuis" in draft)


def test_a_drip_without_a_hospital_is_still_named() -> None:
    text = "Na jullie kapsalon-schotel zijn we allemaal ziek; 2 van ons hebben gespuugd en onze zoon kreeg een infuus."
    draft = draft_text(GRILL, _COMPLAINT, text, author="Wim Bakker")
    assert "uw zoon" in draft and "infuus" in draft
