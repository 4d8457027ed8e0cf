"""Retention periods, name patterns for erasure, and the register text (app/domain/privacy.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.privacy import (
    DEFAULT_REASON,
    ErasureRecord,
    ForgetOutcome,
    PrivacyError,
    RegisterFacts,
    RetentionPolicy,
    cutoff,
    person_pattern,
    register_text,
    shown_reason,
    signer_role,
)


def test_cutoff_counts_calendar_months() -> None:
    assert cutoff(24, datetime(2026, 12, 1, 9, 30, tzinfo=UTC)) == "2024-12-01T09:30:00"
    assert cutoff(1, datetime(2026, 3, 31, tzinfo=UTC)) == "2026-02-28T00:00:00"
    assert cutoff(13, datetime(2026, 1, 15, tzinfo=UTC)) == "2024-12-15T00:00:00"


@pytest.mark.parametrize(
    "text", ["Jan de Vries", "jan de vries", "JAN DE VRIES", "@jandevries", "jan_de_vries", "jan.de.vries", "De Vries"]
)
def test_person_pattern_finds_every_spelling(text: str) -> None:
    assert person_pattern("Jan de Vries").search(f"zei {text} gisteren")


def test_person_pattern_not_inside_other_words() -> None:
    pattern = person_pattern("@jandevries")
    assert pattern.search("groet aan JanDeVries")
    assert not pattern.search("janneke de vriesland")


def test_person_pattern_needs_letters() -> None:
    with pytest.raises(PrivacyError):
        person_pattern("@ ")


def test_policy_from_bad_data_is_the_default() -> None:
    assert RetentionPolicy.from_dict({"months": "veel"}).months == 24
    assert RetentionPolicy.from_dict({"months": 500, "reason": "x"}).months == 24
    assert RetentionPolicy.from_dict({"months": 6, "reason": "kort"}).months == 6


def test_register_text_from_the_settings() -> None:
    facts = RegisterFacts(
        business="Bakkerij De Korenschoof",
        path=Path("/home/eigenaar/geschiedenis.sqlite3"),
        policy=RetentionPolicy(18, "Anderhalf jaar terugkijken.", "2026-11-02T10:00:00+00:00"),
        cases=120,
        anonymised=7,
        erasures=[ErasureRecord("2026-11-20T10:00:00+00:00", 2, 1, 0)],
        backups=[Path("/home/eigenaar/geschiedenis.reservekopie-20261101-120000.sqlite3")],
        roles=["Sanne (ondertekent reacties)"],
    )
    text = register_text(facts)
    for part in (
        "Bakkerij De Korenschoof",
        "18 maanden",
        "gekozen op 2026-11-02",
        "Anderhalf jaar terugkijken.",
        "/home/eigenaar/geschiedenis.sqlite3",
        "reservekopie-20261101",
        "Sanne",
        "1 wisverzoeken",
        "2026-11-20",
    ):
        assert part in text


def test_register_and_erasure_in_english_keep_the_owners_own_words() -> None:
    """The English window gets the register in English; the owner's reason and names stay as written."""
    facts = RegisterFacts(
        business="Bakkerij De Korenschoof",
        path=Path("/home/eigenaar/geschiedenis.sqlite3"),
        policy=RetentionPolicy(18, "Anderhalf jaar terugkijken.", "2026-11-02T10:00:00+00:00"),
        cases=120,
        anonymised=7,
        erasures=[],
        backups=[],
        roles=[signer_role("Sanne", "en")],
    )
    text = register_text(facts, "en")
    assert text.startswith("Record of processing")
    for part in (
        "18 months after receipt (chosen on 2026-11-02)",
        "Anderhalf jaar terugkijken.",
        "Sanne (signs replies)",
    ):
        assert part in text
    assert "last: none yet" in text and "Verwerking" not in text and "maanden" not in text
    default = register_text(RegisterFacts("", Path("/h"), RetentionPolicy(), 0, 0, [], []), "en")
    assert "(fill in the business name)" in default and "(default period)" in default
    assert shown_reason(DEFAULT_REASON, "en") in default and DEFAULT_REASON not in default
    assert shown_reason(DEFAULT_REASON, "nl") == DEFAULT_REASON
    message = ForgetOutcome(ErasureRecord("2026-11-20T10:00:00+00:00", 1, 2, 1), wal_empty=False).message("en")
    assert message.startswith("Erased: 1 case and 2 lessons; the name was removed from 1 other text.")
    assert "WAL file could not be emptied" in message
    assert ForgetOutcome(ErasureRecord("x", 2, 1, 0)).message("nl").startswith("Gewist: 2 zaken en 1 les;")
