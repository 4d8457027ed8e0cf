"""The wizard's history jobs: where the case in progress sits, saving it, and the profile to draft with.

These run inside :class:`~app.ui.tasks.HistoryWorker` jobs, off the GUI thread.
"""

from __future__ import annotations

from app.domain.case import Case
from app.domain.profile import BusinessProfile
from app.errors import ReageerwijzerError
from app.store import CaseStore
from app.store.profile import load_profile


class DraftSlot:
    """Where the case being worked on sits in the history.

    Read and written only inside history jobs, which run one at a time in order, so a second
    autosave queued before the first has returned still updates the same row instead of adding one.
    """

    def __init__(self, case_id: int | None = None) -> None:
        self.id = case_id


def store_case(store: CaseStore, case: Case, slot: DraftSlot, by: str | None = None) -> int:
    """Save the case in progress (a history job); an update keeps when it was first received and created.

    ``by``: who drafted it, as typed in the save form (None: the name remembered in the history)."""
    if case.id is None:
        case.id = slot.id
    if case.id is not None:
        existing = store.get(case.id)
        case.received_at = existing.received_at
        case.created_at = existing.created_at
    slot.id = store.save(case, by=by)
    return slot.id


def profile_or_default(store: CaseStore) -> BusinessProfile:
    try:
        return load_profile(store)
    except ReageerwijzerError:
        return BusinessProfile()
