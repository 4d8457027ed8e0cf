"""A near one who went to the doctor or hospital is a person ('mijn vader van 78'), never the writer's own skin or
hand ('mijn huid zat vol bulten en ik ben naar de huisarts gegaan'). Sentences of our own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Haarhuis Tine",
    kind="kapper",
    signers=["Tine"],
    voice="wij",
    register="u",
    email="info@haarhuistine.be",
    phone="053 44 55 66",
)


def test_the_writers_own_skin_did_not_go_to_the_doctor() -> None:
    text = (
        "Dinsdag mijn haar laten kleuren. Dezelfde avond stond mijn huid in brand en ben ik naar de huisarts "
        "geweest, hij zag blaren. Dit had nooit mogen gebeuren."
    )
    draft = draft_text(_SALON, "uitkomst_herstel", text, author="Greet Bosmans")
    assert "uw huid zelfs" not in draft and "uw huid er zelfs" not in draft, draft


def test_a_near_one_at_the_doctor_is_still_named() -> None:
    text = (
        "Na jullie kleuring kreeg mijn moeder blaren op haar hoofd, mijn moeder moest zelfs naar de dokter. Schandalig."
    )
    draft = draft_text(_SALON, "uitkomst_herstel", text, author="Greet Bosmans")
    assert "moeder" in draft, draft
