"""Error and status messages in the window's language (app/domain/messages.py, resources/i18n/en/messages.toml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.approval import ApprovalError, clean_name
from app.domain.i18n import catalogue, content_language_as
from app.domain.messages import CATALOGUE, user_message
from app.domain.privacy import PrivacyError, RetentionPolicy, person_pattern
from app.errors import ReageerwijzerError
from app.fileio import OutputError, check_output
from app.store import CaseStore

ROOT = Path(__file__).resolve().parent.parent.parent


def _source() -> str:
    """All of app/'s Python, with implicitly joined string literals joined ("a " "b" → "a b")."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "app").rglob("*.py")))
    return re.sub(r"\"\s*\n\s*f?\"", "", text)


def test_every_listed_message_is_still_written_by_the_code() -> None:
    """A Dutch message edited in the code must be edited here too, or its English would go unused."""
    source = _source()
    stale = [
        dutch
        for dutch in catalogue(CATALOGUE, "en")
        if not all(part in source for part in re.split(r"\{\w+\}", dutch) if part.strip(" .;:'()"))
    ]
    assert not stale, stale


def _raised(make: object) -> str:
    try:
        make()  # type: ignore[operator]
    except ReageerwijzerError as exc:
        return str(exc)
    raise AssertionError("no error")


def test_store_and_file_refusals_read_english_in_the_english_window(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.sqlite3"
    empty.write_bytes(b"")
    refused = _raised(lambda: CaseStore.open(empty))
    assert refused.startswith(f"{empty} is een leeg bestand")  # Dutch stays the code's (and the CLI's) language
    assert user_message(refused, "en") == (
        f"{empty} is an empty file, not a Reageerwijzer history. The file has not been touched; "
        "choose another file or a new name."
    )
    folder = _raised(lambda: CaseStore.open(tmp_path))
    assert user_message(folder, "en") == f"The history cannot be opened: {tmp_path} is a folder, not a file."
    history = tmp_path / "geschiedenis.sqlite3"
    CaseStore.open(history).close()
    with pytest.raises(OutputError) as exc:
        check_output(history, history)
    assert user_message(str(exc.value), "en").endswith("choose another file. Nothing has been overwritten.")


def test_refusals_in_the_window_follow_its_language() -> None:
    with pytest.raises(ApprovalError) as approval:
        clean_name("  ")
    with pytest.raises(PrivacyError) as privacy:
        RetentionPolicy(500, "x").validate()
    with pytest.raises(PrivacyError) as particle:
        person_pattern("van der")
    with content_language_as("en"):
        assert user_message(str(approval.value)).startswith("first choose or type your name")
        assert user_message(str(privacy.value)) == "choose a retention period from 1 to 120 months"
        assert user_message(str(particle.value)) == "'van der' is not a name but a surname prefix; give the whole name"
    assert user_message(str(privacy.value)) == str(privacy.value)  # the Dutch window: as written


def test_filled_in_parts_are_translated_in_turn_and_unknown_messages_stay() -> None:
    nested = "Kan geen reservekopie maken: De geschiedenis /x is bezet door een ander programma; probeer het zo opnieuw"
    assert user_message(nested + ".", "en") == (
        "Cannot make a backup: The history /x is in use by another program; try again in a moment."
    )
    assert user_message(nested + "..", "en") == (
        "Cannot make a backup: The history /x is in use by another program; try again in a moment.."
    )
    assert user_message("Opslaan is mislukt: disk I/O error.", "en") == "Saving failed: disk I/O error."
    assert user_message("zaak 12 wacht al op goedkeuring", "en") == "case 12 is already waiting for approval"
    assert user_message("iets dat nergens staat", "en") == "iets dat nergens staat"
    assert user_message("", "en") == ""
