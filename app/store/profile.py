"""The business profile, kept in the settings table of the history."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, ProfileError
from app.errors import StoreError
from app.store.cases import CaseStore

PROFILE_KEY = "bedrijfsprofiel"


def load_profile(store: CaseStore) -> BusinessProfile:
    data = store.get_setting(PROFILE_KEY, {})
    try:
        return BusinessProfile.from_dict(data)
    except ProfileError as exc:
        raise StoreError(f"Het opgeslagen bedrijfsprofiel is ongeldig: {exc}") from None


def save_profile(store: CaseStore, profile: BusinessProfile) -> None:
    profile.validate()
    store.set_setting(PROFILE_KEY, profile.to_dict())
