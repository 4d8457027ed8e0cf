"""Error types with a message fit to show to a user (Dutch)."""

from __future__ import annotations


class ReageerwijzerError(Exception):
    """Base class: ``str(error)`` is a one-line message for the user."""


class DataFileError(ReageerwijzerError):
    """A data file in resources/ (or given by the user) is missing or invalid."""

    def __init__(self, file: str, problem: str, where: str | None = None) -> None:
        self.file = file
        self.where = where
        self.problem = problem
        location = f"{file}, {where}" if where else file
        super().__init__(f"{location}: {problem}")


class StoreError(ReageerwijzerError):
    """The history database cannot be opened or written."""
