"""The local SQLite history (sqlite-utils). The only place with SQL."""

from app.store.cases import CaseFilter, CaseStore

__all__ = ["CaseFilter", "CaseStore"]
