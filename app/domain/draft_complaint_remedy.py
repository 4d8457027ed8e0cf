"""What a complaint reply proposes: the fix, the warranty or free fix from the profile's terms, or the plan when
sold out."""

from __future__ import annotations

import re
from functools import cache

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_cancel import asks_remedy
from app.domain.draft_complaint_said import has_cue
from app.domain.draft_counts import property_instead
from app.domain.draft_cues import draft_cues
from app.domain.draft_events import asks_more
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_loan import loan_offer
from app.domain.draft_order_ahead import order_ahead_tip
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_queue_tip import queue_tip
from app.domain.draft_safety_named import AFTER_SERVICES
from app.domain.draft_terms import fix_asked, free_fix, not_fixed, terms_for, work_terms
from app.domain.draft_text import Part, place_before
from app.domain.draft_times import still_at_shop
from app.domain.draft_wellbeing import offline
from app.domain.replies import Topic, pick, render
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation

# A thing of the business for everyone to use ('de gratis pomp voor iedereen', 'het toestel bij de deur'): when it
# breaks, no warranty on the writer's thing is at stake.
_AMENITY = re.compile(
    r"\b(?:bij|voor|aan|naast)\s+(?:de|jullie|uw|je|de\s+eigen)\s+(?:deur|ingang|winkel|zaak|gevel)\b|\bvoor\s+iedereen\b",
    re.I,
)
# The comment is about booking or ordering, not about what the site says ('de prijzen op de site').
_BOOKING = re.compile(r"\b(?:boek|reserv|afspra|bestel|inschrijv)", re.I)


@cache
def _online_way() -> re.Pattern[str]:
    """An online way in (resources/phrase_cues.toml online_ways: 'account', 'boekingssysteem'), read at first use."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().online_ways, spaced=True)})\b", re.I)


@cache
def _hassle() -> re.Pattern[str]:
    """That way found too hard (phrase_cues.toml online_hassles: 'een drama', 'niet te doen'), read at first use."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().online_hassles, spaced=True)})\b", re.I)


def online_hassle(text: str) -> bool:
    """Whether the writer finds the online way in too hard ('het online afspraken maken is een drama: account
    aanmaken, wachtwoord ...', 'dat boekingssysteem is veel te ingewikkeld'): an online way in and a word of hassle
    in one sentence of a comment about booking or ordering."""
    if _BOOKING.search(text) is None:
        return False
    return any(_online_way().search(s) and _hassle().search(s) for s in sentences(text))


def shut_out(topics: TopicAnalysis, topic: Topic | None, text: str) -> bool:
    """Whether the writer, not online ('heb geen computer') or finding the online way too hard ('account aanmaken,
    wachtwoord ... een drama'), is left out by booking or ordering online: the grievance is the way in, not a thing
    that failed; not when their call went unanswered or someone got hurt."""
    online = topic is None or topic.id in {"website", "afspraak", "overig"}
    way = offline(text) or online_hassle(text)
    return online and not topics.is_safety and "telefoon" not in topics.tried and way


@cache
def _again() -> re.Pattern[str]:
    words = phrase_cues().again_said
    return re.compile(rf"\b(?:{alternation(words, spaced=True)})\b" if words else "(?!)", re.I)


def said_again(text: str) -> bool:
    """Whether the writer says it happened before ('al de derde keer deze maand'; phrase_cues.toml again_said)."""
    return _again().search(text) is not None


# Second points that say a thing came wrong (resources/complaint_cues.toml): made good like a thing that failed.
_MADE_WRONG = ("wrong_text", "missing_none", "missing_item", "got_instead")
# The profile books appointments by phone ('Enkel op afspraak: telefonisch of online', 'Bel ons of boek online').
_BOOKS_BY_PHONE = re.compile(r"\btelefonisch\b|\bbel\s+(?:ons|me|mij)\b|\bbellen\s+voor\s+een\s+afspraak\b", re.I)


class ComplaintRemedy(DraftBase):
    """The proposal of a complaint reply."""

    def _sold_out(self, parts: list[Part], seed: str, text: str, product: str) -> list[Part]:
        """Sold out: nothing to replace, so no proposal but what is done about it ('Bakt er dan wat meer': taken
        seriously), and the profile's way to order ahead ``product`` (or anything) before the contact."""
        plan = self._line("complaint", "sold_out_more" if asks_more(text) else "sold_out_plan", seed)
        parts = [Part("plan", plan, True) if p.key == "solution" else p for p in parts]
        # how much is baked is a choice, nothing went wrong: no 'Dit had niet zo mogen gaan', a sorry that the writer
        # missed out, after the line that says what they came for
        if any(p.key == "apology" and p.text for p in parts):
            sorry = Part("apology", self._line("complaint", "sold_out_sorry", seed), True, "")
            parts = [p for p in parts if p.key != "apology"]
            at = next((i + 1 for i, p in enumerate(parts) if p.key == "empathy"), 0)
            parts[at:at] = [sorry]
        # nothing to look into ('We zoeken meteen uit hoe dit kon gebeuren'): the writer said what happened
        parts = [p for p in parts if p.key != "next"]
        if tip := order_ahead_tip(self.profile, product, text):
            parts = place_before(
                parts, Part("fact", self._line("complaint", "sold_out_tip", seed, {"feit": tip}), False), "channel"
            )
        elif said_again(text):  # 'al de derde zondag op rij': a way to be sure next time, for the owner to fill in
            parts = place_before(parts, Part("plan", self._line("complaint", "sold_out_again", seed), True), "channel")
        return parts

    def _queue_tip(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """A long wait at a place the profile's order-ahead FAQ names ('drie kwartier in de kou bij jullie kraam'):
        how to order ahead there, before the contact (app.domain.draft_queue_tip); the parts as they are otherwise."""
        tip = queue_tip(self.profile, text, topics.products) if topics.concept == "wachttijd" else ""
        if not tip:
            return parts
        return place_before(
            parts, Part("fact", self._line("complaint", "queue_tip", seed, {"feit": tip}), False), "channel"
        )

    def _under_warranty(self, topics: TopicAnalysis, topic: Topic | None, text: str = "") -> bool:
        """Broken or not right (after a repair), and the profile's terms name a warranty; not for work left
        undone ('de fiets stond nog onaangeroerd'): nothing was done that a warranty covers."""
        terms = terms_for(self.profile.value("return_terms"), text)  # not the used bikes' terms for a new one
        if "garantie" not in terms.lower() or has_cue("left_undone", text) or still_at_shop(text):
            # nothing was done, or nothing came back yet ('mijn Sparta die nu al 4 weken bij je staat')
            return False
        if has_cue("warranty_refused", text):  # 'Garantie? 'verkeerd gebruik'': the refusal is owned, no terms
            return False
        if _AMENITY.search(text) and not any(p.own for p in topics.products):
            return False  # 'die gratis pomp voor iedereen bij de deur is stuk': ours, no work of ours on theirs
        # Only a warranty answers a defect; exchange terms ('ongeopend ruilen') usually do not.
        after_service = any(s in AFTER_SERVICES for s in topics.services)
        # Not for damage done by staff ('verf op onze auto'), nor for a thing only named in a complaint
        # about something else ('geen leenfiets gekregen', calls that went unanswered): no warranty matter.
        broken = topics.concept in {"defect", "kwaliteit"} or (topics.concept is None and after_service)
        # ... or the work did not help ('nog altijd lijk voorheen'), also when the writer speaks of its price
        broken = broken or (after_service and not_fixed(text))
        return broken and (topic is None or topic.id == "kwaliteit")

    def _come_again(self, seed: str, text: str) -> Part:
        """Work that did not help, under the profile's warranty: come back, it is looked at again free of charge,
        with the warranty on work said after it ('3 maanden garantie op herstellingen')."""
        terms = work_terms(terms_for(self.profile.value("return_terms"), text))
        line = self._line("complaint", "come_again", seed, {"waarde": terms})
        return Part("come_again", line, True, self._line("complaint", "come_again_short", seed))

    def _solution(self, topics: TopicAnalysis, topic: Topic | None, seed: str, comment: str = "") -> Part:
        # the slot's examples fit the kind of business (resources/kinds.toml): no 'opnieuw versturen' at a salon
        examples = {"voorbeelden": shipped_kinds().solution(self.profile)}
        if topic is not None and topic.id == "afspraak":  # a booking gone wrong: what fits that kind of business
            examples = {"voorbeelden": shipped_kinds().booking(self.profile)}
        text = (
            render(pick(topic.solution, seed, f"solution.{topic.id}"), self.tone, examples)
            if topic is not None and topic.solution
            else self._line("complaint", "solution", seed, examples)
        )
        terms = terms_for(self.profile.value("return_terms"), comment)
        loan = loan_offer(self.profile, comment)  # 'Zonder fiets naar m'n werk': the profile's leenfiets, said
        if self._under_warranty(topics, topic, comment) and not_fixed(comment):
            return self._come_again(seed, comment)  # 'Moet ik nu terugkomen?': yes, and it costs nothing
        if self._come_again_plain(topics, comment):
            # the work did not help and the profile names no warranty: come back, it is looked at again (what it
            # costs stays the owner's to say)
            line = self._line("complaint", "come_again_plain", seed)
            return Part("come_again", line, True, line)
        if self._under_warranty(topics, topic, comment):
            # Broken or disappointing, and the profile names the warranty (and the loan, for one left without).
            also = self._line("complaint", "loan_too", seed, {"waarde": loan}) if loan else ""
            text = " ".join(p for p in (self._line("complaint", "terms", seed, {"waarde": terms}), also, text) if p)
            # short platforms keep the warranty, not an empty slot ('weer plat' two days after the repair)
            return Part("solution", text, True, self._line("complaint", "terms_short", seed))
        if shut_out(topics, topic, comment):
            return Part("solution", self._line("complaint", "offline_solution", seed), True, "")
        fix = self._free_fix(topics, seed, comment) or (
            self._line("complaint", "terms", seed, {"waarde": loan}) if loan else ""
        )
        return Part("solution", f"{fix} {text}".strip(), True, self._line("complaint", "solution_short", seed))

    def _chat_terms(self, topics: TopicAnalysis, topic: Topic | None, seed: str, text: str = "") -> str:
        """The profile's terms said short in a chat reply: the warranty ('weer plat' after the repair) or a free
        fix ('een driehoek' for a curly cut: 'binnen 7 dagen knippen we gratis bij'), or, when the writer says they
        got no money back ('en we kregen niks terug'), a slot for what is paid back; '' when none applies."""
        if draft_cues().refund_refused.search(text) and not topics.is_safety:
            return self._line("complaint", "chat_refund", seed)
        if self._under_warranty(topics, topic, text):
            key = "come_again_short" if not_fixed(text) else "terms_short"  # 'Moet ik terugkomen?': yes, free
            return self._line("complaint", key, seed)
        if self._come_again_plain(topics, text):
            return self._line("complaint", "come_again_plain", seed)
        fix = self._free_fix(topics, seed, text)
        # ... also a kind the writer ordered and another that came ('natuur besteld, met rozijnen meegekregen'),
        # when the thing itself has a name the topic finder does not know
        other_kind = bool(property_instead(text)[1])
        made = other_kind or any(not (p.place or p.guessed) for p in topics.products)
        # ... or came wrong, without a concept: a wrong text on it, a thing missing ('GEEN boon erin'), another thing
        wrong = topics.concept is None and (other_kind or any(has_cue(c, text) for c in _MADE_WRONG))
        # ... unless the writer asks what is done about it: that question gets the proposal to fill in
        failed = (topics.concept == "kwaliteit" or wrong) and made and not topics.is_safety
        if not fix and failed and not asks_remedy(text):
            # 'De saucijzenbroodjes waren steenkoud en taai': a thing that failed is made good, how in private
            return self._line("complaint", "chat_make_good", seed)
        return fix

    @staticmethod
    def _come_again_plain(topics: TopicAnalysis, text: str) -> bool:
        """Whether the work did not help and the reply offers to look at it again, without a warranty to name."""
        return not_fixed(text) and any(s in AFTER_SERVICES for s in topics.services) and not topics.is_safety

    def _free_fix(self, topics: TopicAnalysis, seed: str, comment: str = "") -> str:
        """'Goed om te weten: binnen 7 dagen knippen we gratis bij.' when the writer names the result they came
        for or judged ('Gevraagd om koperblond, naar huis als een kastanje') and the profile offers a free fix."""
        fix = free_fix(self.profile.value("return_terms").rstrip("."))
        # ... or names what went wrong with the thing the work made ('een kale plek' in the fade), also beside a
        # booking that ran late ('om 20.05 pas in de stoel en in 10 minuten afgeraffeld')
        bad = topics.concept == "kwaliteit" or "kwaliteit" in topics.problems
        failed = bad and any(not p.place for p in topics.products)
        if not fix or not (topics.asked or topics.judged or failed or fix_asked(comment)) or topics.is_safety:
            return ""
        line = self._line("complaint", "terms", seed, {"waarde": fix})
        phone = self.profile.phone.strip()
        if phone and _BOOKS_BY_PHONE.search(
            " ".join([self.profile.opening_hours, *(f.answer for f in self.profile.faq)])
        ):
            # 'Enkel op afspraak: telefonisch ...': the fix is booked the way appointments are made here
            line = f"{line} {self._line('complaint', 'fix_by_phone', seed, {'kanaal': phone})}"
        return line
