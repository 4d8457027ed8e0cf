"""A fault back right after the work, on a short platform (X, Bluesky): when the profile names a
warranty, the short reply still says it (session 8b, issue #13). Businesses and sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.businesses import SCOOTERHUIS_VAN_DAM
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"

PHONES = BusinessProfile(
    name="Telefoonfix Zwolle",
    kind="winkel",
    signers=["Youssef"],
    voice="ik",
    email="info@telefoonfix.nl",
    return_terms="zes maanden garantie op elke reparatie",
)


def test_a_fault_back_after_the_repair_gets_the_warranty_on_x() -> None:
    text = "scherm maandag laten vervangen bij telefoonfix, woensdag alweer kapot. 90 euro weggegooid"
    draft = draft_text(PHONES, _COMPLAINT, text, platform="x", author="@sanne")
    assert "garantie" in draft and len(draft) <= 280
    text = "uitlaat vorige week laten repareren, nu weer los. lekker dan"
    assert "garantie" in draft_text(SCOOTERHUIS_VAN_DAM, _COMPLAINT, text, platform="x", author="@mo")


def test_no_warranty_line_without_warranty_terms() -> None:
    plain = BusinessProfile(name="Telefoonfix", kind="winkel", signers=["Youssef"], voice="ik", email="i@t.nl")
    text = "scherm maandag laten vervangen, woensdag alweer kapot. 90 euro weggegooid"
    assert "garantie" not in draft_text(plain, _COMPLAINT, text, platform="x", author="@sanne")
