"""The word lists of app/domain/draft_luck.py are read from resources/praise.toml and checked when loaded: a missing,
empty or non-word list is a clear Dutch error naming the list, not a crash later."""

from __future__ import annotations

import pytest

from app.domain import draft_luck
from app.errors import DataFileError


@pytest.mark.parametrize("bad", [None, [], ["succes", ""], "succes", [3]])
def test_a_bad_list_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, bad: object) -> None:
    monkeypatch.setattr(draft_luck, "read_toml", lambda _path: {} if bad is None else {"trials": bad})
    with pytest.raises(DataFileError, match="trials"):
        draft_luck._alternatives("trials")


def test_the_shipped_lists_load_longest_first() -> None:
    found = [w.replace("\\", "") for w in draft_luck._alternatives("wished_well").split("|")]
    assert found and [len(w) for w in found] == sorted((len(w) for w in found), reverse=True)
    assert draft_luck.wished_luck("Duimen voor Noortje morgen!") == "Noortje"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("nu met fresh haar naar m'n eerste examen (engels)", "eerste examen"),
        ("Morgen met dit kapsel naar mijn auditie!", "auditie"),
        ("Vorige week geknipt voor mijn examen en geslaagd!", ""),  # behind the writer: no luck wished
        ("Mijn zoon heeft morgen zijn examen", ""),  # someone else's, wished luck by name elsewhere
    ],
)
def test_the_writers_own_trial_ahead_is_found(text: str, want: str) -> None:
    assert draft_luck.own_trial(text) == want
