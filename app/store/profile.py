"""The business profile, kept in the settings table of the history."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, ProfileError
from app.domain.radar_plan import CrisisPlan
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
    """Store the profile. A profile without a crisis plan (``crisis`` None: a form or file that does
    not carry one) keeps the plan already stored."""
    profile.validate()
    data = profile.to_dict()
    if profile.crisis is None:
        stored = store.get_setting(PROFILE_KEY, {})
        if isinstance(stored, dict) and isinstance(stored.get("crisis"), dict):
            data["crisis"] = stored["crisis"]
    store.set_setting(PROFILE_KEY, data)


def save_crisis_plan(store: CaseStore, plan: CrisisPlan) -> None:
    """Store only the crisis plan; the rest of the profile stays as it is."""
    plan.validate()
    profile = load_profile(store)
    profile.crisis = plan
    save_profile(store, profile)
