"""A complaint about a charge the writer thought was free ('€ 7,50 bezorgkosten betaald, ik dacht dat dat gratis was
in Ballum?') where the profile says so for what the writer names (a place: 'gratis ... in Hollum en Ballum'): the
writer is right, said so, with the money back; not where the profile's free comes with a condition ('bij huur vanaf
3 dagen'): then the writer may have been wrong, and the rule is for the owner to explain."""

from __future__ import annotations

import re

from app.domain.draft_base import DraftBase
from app.domain.draft_fact_score import FACT_FIELDS
from app.domain.draft_text import Part, place_before
from app.domain.replies import render
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis

# The writer thought, was told or read it was free ('ik dacht dat dat gratis was', 'zou gratis zijn', 'is toch gratis').
_THOUGHT_FREE = re.compile(
    r"\b(?:dacht|dachten|dachtik|ging\s+ervan\s+uit|gingen\s+ervan\s+uit|zou|zouden|is\s+toch|was\s+toch|"
    r"gezegd|beloofd|verteld|staat|stond)\b[^.!?\n]{0,40}?\b(?:gratis|kosteloos|inbegrepen)\b"
    r"|\b(?:gratis|kosteloos|inbegrepen)\s+(?:zou|zouden|moest|moesten|was|is)\b",  # 'toch kosteloos zou zijn'
    re.I,
)
# What was paid: '€7,50', '7,50 euro', '€ 10'.
_PAID = re.compile(r"€\s*(?P<a>\d+(?:[.,]\d{1,2})?)|\b(?P<b>\d+(?:[.,]\d{1,2})?)\s*(?:euro|eur)\b", re.I)
# A free that holds only on a condition ('bij huur vanaf 3 dagen', 'boven € 50', 'mits', 'voor leden').
_CONDITION = re.compile(r"\b(?:vanaf|boven|mits|minimaal|minstens|behalve|voor\s+leden|bij\s+(?:een\s+)?huur)\b", re.I)
_FREE = re.compile(r"\b(?:gratis|kosteloos)\b", re.I)


def free_where_said(text: str, clauses: list[str]) -> str:
    """The profile clause that makes free what the writer thought was free, by a name both say ('Ballum'): a
    capitalised word of the writer's sentence that says free, in a clause that says free without a condition; ''
    otherwise (also when more than one clause would do)."""
    said = next((s for s in sentences(text) if _THOUGHT_FREE.search(s)), "")
    names = {w for w in re.findall(r"(?<![\w@#])([A-Z][a-zà-ÿ]{3,})\b", said)} if said else set()
    found = [
        c
        for c in clauses
        if _FREE.search(c) and not _CONDITION.search(c) and any(re.search(rf"\b{n}\b", c) for n in names)
    ]
    return found[0] if len(found) == 1 else ""


class FreeSaidDrafting(DraftBase):
    """The line of a complaint from a writer charged for what the profile makes free for them."""

    def _free_said(self, parts: list[Part], topics: TopicAnalysis, seed: str, text: str) -> list[Part]:
        """``parts`` with 'U hebt gelijk: ... gratis ..., dus die € 7,50 krijgt u terug.' before the contact, the
        rule, the fee to talk over and the proposal to fill in left out; unchanged when the writer names no amount,
        thought nothing free, or the profile does not make it free for what they name."""
        paid = _PAID.search(text)
        if paid is None or topics.is_safety:
            return parts
        clauses = [c.strip() for f in FACT_FIELDS for c in re.split(r"[;.]\s+", self.profile.value(f)) if c.strip()]
        clause = free_where_said(text, clauses).rstrip(".")
        if not clause:
            return parts
        amount = f"€ {paid['a'] or paid['b']}"
        values = {"feit": clause[:1].lower() + clause[1:], "waarde": amount}
        line = self._line("complaint", "free_said_right", seed, values)
        named = re.findall(r"\b\w*kosten\b", text) or [""]  # 'bezorgkosten': the fee as the cue said it
        fees = [
            render(t, self.tone, {"waarde": w, "tweede": amount})
            for t in self.t.lines("complaint_cue", "fee_named")
            for w in named
        ]
        kept = []
        for p in parts:
            if p.key in {"fact", "solution", "next"}:
                continue
            if p.key == "empathy" and amount in p.text:  # 'dat het bedrag u hoog lijkt: € 5': not when it was wrong
                sorry = self._line("complaint", "free_said_sorry", seed, values)
                kept.append(Part(p.key, sorry, p.essential, sorry))
                continue
            cut = p.text
            for fee in fees:
                cut = cut.replace(fee, "").replace("  ", " ").strip()
            kept.append(Part(p.key, cut, p.essential, p.short) if cut != p.text else p)
        return place_before(kept, Part("fact", line, True), "channel")
