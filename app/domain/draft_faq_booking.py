"""The FAQ entry about booking ahead as the answer to a question whether to book or walk in, or by which way to book
(app.domain.draft_booking finds the entry; app.domain.draft_faq_answers answers the other questions)."""

from __future__ import annotations

from app.domain.draft_base import DraftBase
from app.domain.draft_booking import (
    asks_booking,
    asks_booking_way,
    booking_about,
    booking_entry,
    booking_topic,
    with_contact,
)
from app.domain.draft_facts import match_faq
from app.domain.draft_yes_lead import without_yes


class FaqBooking(DraftBase):
    def _booking_known(self, question: str) -> str:
        """The FAQ answer about booking for a question whether to book ahead or walk in ('moet ik een afspraak
        maken of kan ik gewoon langskomen?') or by which way ('Kan ik via insta boeken?'), with the phone number where
        it says to call; its yes left out when it answers another question ('Kan ik op mijn fiets wachten? Ja, ...
        zonder afspraak'); '' when the question asks no such thing or no entry says it."""
        asked = asks_booking(question) or asks_booking_way(question)
        entry = booking_entry(self.profile) if asked else None
        if entry is None:
            return ""
        own, _ = booking_about(entry)
        answer = entry.answer.strip()
        if not own:
            answer = without_yes(answer)
        return with_contact(answer, self.profile)

    def _own_booking(self, question: str) -> str:
        """The answer of the FAQ entry about the very thing a booking question names, when that answer says itself
        how to book it ('En kunt u mijn accu testen, of moet dat ook op afspraak?' ~ 'Kan ik de accu laten testen?
        Ja, ... u hoeft geen afspraak te maken'), rather than the general booking entry; '' otherwise."""
        entry = booking_entry(self.profile) if asks_booking(question) else None
        found = match_faq(self._lemmas_of(question), self.profile, self._lemmas_of) if entry is not None else None
        item = next((f for f in self.profile.faq if found and f.question.strip() == found[2] and f is not entry), None)
        if found is None or found[1] < 0.75 or item is None or not booking_about(item)[1]:
            return ""
        return with_contact(item.answer.strip(), self.profile)

    def _booking_said(self, question: str, seed: str) -> str:
        """The booking answer as the answer to a comment's question; said with what it is about when the FAQ
        question asks about booking and its answer need not say it ('Over reserveren: ja, voor groepen vanaf
        zes personen; bel ons even op ...')."""
        answer = self._booking_known(question)
        entry = booking_entry(self.profile)
        if not answer or entry is None or not booking_about(entry)[0]:
            return answer
        values = {"onderwerp": booking_topic(entry, question), "antwoord": f"{answer[:1].lower()}{answer[1:]}"}
        return self._line("question", "booking", seed, values)
