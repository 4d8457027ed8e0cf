"""A complaint whose cause the writer already knows, the shop's own holiday ('nu zie ik dat jullie op vakantie
zijn'), is answered honestly, without promising to find out how it could happen (app/domain/draft_complaint.py)."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Mira",
    kind="kapper",
    signers=["Mira"],
    voice="ik",
    register="je",
    email="hallo@kapsalonmira.nl",
    phone="050 123 45 67",
    holidays="Zomersluiting van maandag 1 t/m zaterdag 13 augustus.",
)


def test_the_shops_own_holiday_is_said_honestly_not_looked_into() -> None:
    text = "Al een week bel ik voor een knipbeurt en niemand neemt op. Nu zie ik dat jullie op vakantie zijn. Slordig!"
    made = draft_text(_SALON, "uitkomst_herstel", text, author="Noor")
    assert "verlof" in made
    assert not any(
        w in made for w in ("uitzoeken", "zoek uit", "Ik zoek", "waar het mis is gegaan", "hoe dit zo gekomen")
    )


def test_the_writers_own_holiday_keeps_the_look_into_it() -> None:
    text = "Voor mijn vakantie mijn afspraak verzet en nu staat hij er niet in. Slordig!"
    made = draft_text(_SALON, "uitkomst_herstel", text, author="Noor")
    assert "verlof" not in made
