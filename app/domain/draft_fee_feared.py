"""A writer who fears a fee for an appointment they cannot keep ('Al twee keer gevraagd om mijn afspraak te verzetten,
nul reactie ... Nu zal ik zeker nog moeten betalen omdat ik nie kan komen'): no bill yet, so no 'dat je toch een
rekening kreeg'; the profile's terms for cancelling answer the fear, and what they mean for this appointment is the
owner's to say."""

from __future__ import annotations

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_cancel import cancel_terms, fee_feared
from app.domain.draft_text import Part, place_before


class FeeFearedDrafting(DraftBase):
    """The line that answers a fee feared."""

    def _fee_feared(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the terms for cancelling (or a slot) before the contact, when the writer fears a fee;
        unchanged otherwise, or when a line names the fee already."""
        if not fee_feared(text) or any(p.key in {"pay", "fact"} for p in parts):
            return parts
        terms = cancel_terms(self.profile)
        if terms:
            line = self._line("complaint", "fee_feared_terms", seed, {"feit": terms[:1].lower() + terms[1:]})
        else:
            line = self._line("complaint", "fee_feared", seed)
        return place_before(parts, Part("fee", line, True, line), "channel")
