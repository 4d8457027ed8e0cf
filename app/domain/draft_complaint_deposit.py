"""A complaint about the deposit the business asks when booking ('ge moet 25 euro per persoon voorschot betalen, da
'k èn nog nooit gezien'): a rule the business chose, not a mistake. The reply names the deposit and its amount,
understands instead of apologising, leaves the reason to the owner and says what happens when the writer has to
cancel: the profile's rule for cancelling, or a slot for it. Word lists: resources/cancel.toml (deposit_rule,
deposit_if)."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_cancel import cancel_rule, cancel_words, cancelled_not_by_them, deposit_word
from app.domain.draft_text import Part, place_before
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis, shipped_topic_data

# An amount said with the deposit ('25 euro per persoon voorschot', 'een voorschot van € 30 p.p.').
_AMOUNT = re.compile(
    r"(?:€\s?(?P<n>\d+(?:,\d{2})?)|\b(?P<m>\d+(?:,\d{2})?)\s?(?:euro|eur)\b)"
    r"(?P<per>\s*(?:per\s+persoon|per\s+pers\.?|p\.\s?p\.?|pp\b|de\s+man|per\s+kop))?",
    re.I,
)


def deposit_demanded(text: str) -> str:
    """The sentence in which the writer says the business asks a deposit ('ge moet 25 euro per persoon voorschot
    betalen', 'Jullie vragen een voorschot van € 30?'), when nothing was cancelled yet; else ''."""
    rule = cancel_words().deposit_rule
    if rule is None or cancelled_not_by_them(text):
        return ""
    return next((s for s in sentences(text) if deposit_word(s) and rule.search(s)), "")


class DepositRuleDrafting(DraftBase):
    """The lines of a complaint about the deposit asked."""

    def _deposit_rule(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy about the deposit asked, understanding for an apology, a slot for the reason
        and what happens when the writer must cancel; unchanged when the writer does not complain about a deposit
        asked."""
        said = deposit_demanded(text)
        if not said:
            return parts
        amount = _AMOUNT.search(said)
        per = " per persoon" if amount is not None and amount.group("per") else ""
        occasion = shipped_topic_data().concept(topics.occasion) if topics.occasion else None
        values = {
            "waarde": f" van € {amount.group('n') or amount.group('m')}{per}" if amount is not None else "",
            "onderwerp": f" voor {occasion.say}" if occasion is not None and occasion.say else "",
        }
        empathy = self._line("complaint", "deposit_rule", seed, values)
        rule = cancel_rule(self.profile)
        asked_if = cancel_words().deposit_if
        what_if = asked_if.search(text) if asked_if is not None else None
        if rule:
            cancel = self._line("complaint", "deposit_if_rule", seed, {"feit": rule[:1].lower() + rule[1:]})
        elif what_if is not None:  # 'as menne vrouw ziek wordt, ben ik da kwijt?': illness named, or cancelling
            ill = cancel_words().ill_any.search(what_if.group(0)) or re.search(r"\bziek", what_if.group(0), re.I)
            cancel = self._line("complaint", "deposit_if_ill" if ill else "deposit_if", seed)
        else:
            cancel = ""
        out: list[Part] = []
        for p in parts:
            if p.key == "empathy":
                out.append(Part("empathy", empathy, True, empathy))
            elif p.key == "apology":
                continue  # a rule chosen is no mistake: the empathy understands already
            elif p.key == "next":
                out.append(Part("next", self._line("complaint", "deposit_why", seed), True, ""))
            elif p.key == "solution":
                if cancel:
                    out.append(Part("solution", cancel, True, cancel))
            elif p.key != "acknowledge":
                out.append(p)
        if cancel and not any(p.key == "solution" for p in out):  # a short reply without a proposal: before contact
            out = place_before(out, Part("solution", cancel, True, cancel), "channel")
        return out
