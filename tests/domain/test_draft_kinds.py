"""Tests of app/domain/draft_kinds.py: which kind of business a profile is (resources/kinds.toml)."""

from __future__ import annotations

import pytest

from app.domain.draft_kinds import parse_kinds, shipped_kinds
from app.domain.profile import BusinessProfile
from app.errors import DataFileError


def _kind(kind: str = "", name: str = "") -> str:
    found = shipped_kinds().of(BusinessProfile(kind=kind, name=name))
    return found.id if found is not None else ""


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("ijssalon", "IJssalon Venezia"),
        ("Nagelsalon", "Nails by Noor"),
        ("trimsalon", "Woef & Co"),  # a dog groomer
        ("theesalon", ""),
        ("", "Schoonheidssalon Bella"),
        ("IJSSALON", ""),
    ],
)
def test_a_salon_of_another_trade_is_no_hair_salon(kind: str, name: str) -> None:
    assert _kind(kind, name) != "kapsalon"


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("kapsalon", ""),
        ("Salon", "Salon Lisa"),
        ("", "Salon Lisa"),  # 'salon' on its own, in the name
        ("haarsalon", ""),
        ("dameskapsalon", ""),
        ("kapperszaak", ""),
        ("barbershop", "Barber Bram"),
        ("", "Kapsalon Knip & Co"),
    ],
)
def test_a_hair_salon_is_still_one(kind: str, name: str) -> None:
    assert _kind(kind, name) == "kapsalon"


def test_a_word_that_counts_alone_must_be_a_word_of_the_kind() -> None:
    kind = {"id": "kapsalon", "words": ["kapper", "salon"], "solution": "bijv. bijwerken", "alone": ["salon"]}
    data = {"schema": 1, "default": {"solution": "bijv. iets"}, "kinds": [kind]}
    parsed = parse_kinds(data)
    assert parsed.of(BusinessProfile(kind="salon")) is not None and parsed.of(BusinessProfile(kind="ijssalon")) is None
    assert parse_kinds({**data, "kinds": [{**kind, "alone": []}]}).of(BusinessProfile(kind="ijssalon")) is not None
    with pytest.raises(DataFileError, match="alone"):
        parse_kinds({**data, "kinds": [{**kind, "alone": ["kapsalon"]}]})


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("ijssalon", "Mijn zoontje heeft zijn tong verbrand aan de hete karamelsaus op z'n coupe!"),
        ("Nagelsalon", "Na de gellak is mijn duim ontstoken en dik"),
        ("trimsalon", "Onze hond is bij jullie in zijn oor geknipt, het bloedde flink"),
    ],
)
def test_no_hair_salon_step_in_a_safety_reply_of_another_salon(kind: str, text: str) -> None:
    from tests.domain.drafts import draft_text

    shop = BusinessProfile(name="Zaak Noor", kind=kind, signers=["Noor"], voice="wij", register="u")
    said = draft_text(shop, "uitkomst_herstel", text)
    assert not any(w in said for w in ("tangen", "tondeuse", "blondeer", "kam na elke klant"))
