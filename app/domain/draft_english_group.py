"""A group an English comment names ('We'd be 6 adults and 3 kids'), at a business where a group books ahead: the
values for the line that says so ('With 9 of you, it is best to book ahead: 015 61 30 52.')."""

from __future__ import annotations

import re

from app.domain.draft_counts import group_size
from app.domain.draft_kinds import shipped_kinds
from app.domain.profile import BusinessProfile

# A draft that says how to book already ('To book, ...', 'reserveren via ...').
_BOOK_SAID = re.compile(r"\b(?:book\w*|reserv\w*)", re.I)


def group_book(profile: BusinessProfile, text: str, said: str) -> dict[str, str]:
    """{waarde: the group's size, kanaal: the phone number or email to book by} when an English comment names a
    group (draft_counts.group_size) coming to a business where a group books ahead (resources/kinds.toml), and the
    draft so far (``said``) says nothing of booking; {} otherwise."""
    size = group_size(text)
    reach = profile.phone.strip() or profile.email.strip()
    if not size or not reach or _BOOK_SAID.search(said) or not shipped_kinds().books_groups(profile):
        return {}
    return {"waarde": str(size), "kanaal": reach}
