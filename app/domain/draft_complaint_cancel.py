"""A writer left without news, and a fee for an appointment or booking the writer cancelled themself
('afspraak 1 dag van tevoren afgezegd want kind ziek, krijg ik een rekening van € 42,50??'): not 'your
appointment was cancelled', but the fee for cancelling, the writer's reason when it is illness, and the
profile's cancellation rule when it holds one."""

from __future__ import annotations

import re
from dataclasses import replace

from app.domain.articles import diminutive
from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_price import listed_price
from app.domain.draft_text import Part
from app.domain.profile import BusinessProfile
from app.domain.topics import TopicAnalysis

# Cancelling, as the writer says they did it.
_CANCELLED = re.compile(
    r"\b(?:afgezegd|geannuleerd|afgebeld|afgemeld|gecanceld|gecanceled|annuleerde|annuleerden|zegde\s+\w+\s+af|"
    r"belde\s+\w+\s+af|meldde\s+\w+\s+af)\b",
    re.I,
)
# By the business or by nobody in particular: 'werd afgezegd', 'jullie hebben geannuleerd', 'ze zegden af'.
_BY_THEM = re.compile(
    r"\b(?:werd|werden|wordt|is|was)\s+(?:\w+\s+){0,4}?(?:afgezegd|geannuleerd|afgebeld|gecanceld|gecanceled)\b"
    r"|\b(?:jullie|ze|zij|u|de\s+zaak|de\s+salon|de\s+kapper|de\s+kapster)\s+(?:\w+\s+){0,3}?"
    r"(?:afgezegd|geannuleerd|afgebeld|gecanceld|annuleerde|annuleerden)\b",
    re.I,
)
# The writer did it: in time ('een dag van tevoren'), with a reason ('want', 'omdat'), or as 'ik'.
_BY_ME = re.compile(
    r"\b(?:van\s*tevoren|op\s+voorhand|vooraf|de\s+dag\s+ervoor|tijdig|netjes|op\s+tijd)\b[^.!?]{0,30}?"
    r"\b(?:afgezegd|geannuleerd|afgebeld|afgemeld|gecanceld)\b"
    r"|\b(?:afgezegd|geannuleerd|afgebeld|afgemeld|gecanceld)\s+(?:\w+\s+)?(?:want|omdat|vanwege|wegens)\s+(?!['‘\"“])"
    r"|\b(?:ik|we|wij)\s+(?:\w+\s+){0,3}?(?:afgezegd|geannuleerd|afgebeld|afgemeld|gecanceld|annuleerde|annuleerden)\b",
    re.I,
)
# Billed for it: a bill, a fee, having to pay (not what was paid before: 'cursus betaald, na 5 lessen afgezegd').
_BILLED = re.compile(
    r"\b(?:rekening|factuur|betalen|aangerekend|gerekend|afgeschreven|boete|annuleringskosten|annulatiekosten)\b"
    r"|€\s?\d|\b\d+(?:,\d{2})?\s?(?:euro|eur)\b",
    re.I,
)
# Illness as the reason, and whose: 'want kind ziek', 'omdat mijn dochter koorts had', 'ik was ziek'.
_ILL = r"(?:ziek|griep|koorts|buikgriep|corona|covid|overgeven|spoed)"
_WHO = r"(?:kind|kindje|zoon|zoontje|dochter|dochtertje|man|vrouw|partner|moeder|vader|baby|kleine)"
_ILL_WHO = re.compile(
    rf"\b(?:want|omdat|vanwege|wegens)\s+(?:(?:mijn|m'n|mn|ons|onze|de|het)\s+)?(?P<who>{_WHO})\s+(?:\w+\s+){{0,2}}?{_ILL}"
    rf"|\b(?:een\s+)?zieke?\s+(?P<who2>{_WHO})\b",
    re.I,
)
_ILL_ANY = re.compile(rf"\b(?:want|omdat|vanwege|wegens)\b[^.!?,]{{0,30}}?\b{_ILL}", re.I)
# A FAQ entry about cancelling, by its question or answer.
_RULE = re.compile(r"\b(?:annul\w*|afzeg\w*|afgezegd|afmeld\w*|no-show|niet\s+komt|niet\s+kunt\s+komen)", re.I)


# The writer is kept waiting without news ('niemand laat iets weten', 'ik hoor niks', 'niet op de hoogte gehouden'):
# a call, not another message to wait on.
_UNINFORMED = re.compile(
    r"\bniemand\s+(?:die\s+)?(?:laat|liet|heeft)\s+(?:\w+\s+){0,2}?(?:weten|horen)\b"
    r"|\b(?:hoor|hoorde|horen|hoorden)\s+(?:ik|we|wij)\s+(?:\w+\s+)?(?:niets|niks)\b"
    r"|\b(?:niet|nooit)\s+op\s+de\s+hoogte\s+(?:gehouden|gebracht|gesteld)\b",
    re.I,
)


def left_uninformed(text: str) -> bool:
    """Whether the writer says nobody keeps them informed while they wait."""
    return _UNINFORMED.search(text) is not None


def cancelled_by_writer(text: str) -> bool:
    """Whether the writer cancelled an appointment or booking themself and was billed for it."""
    return (
        _CANCELLED.search(text) is not None
        and _BY_ME.search(text) is not None
        and _BY_THEM.search(text) is None
        and _BILLED.search(text) is not None
    )


def ill_cancelled(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """The topics without safety when the illness named was the writer's reason to cancel ('afgezegd omdat mijn
    dochter koorts had ... betalen?'), or when the hazard named is the job an appointment was for that nobody
    came to do ('Afspraak gemaakt ... de terugtraprem slipt. Niemand gekomen'): no harm was done here; else the
    topics as they are."""
    ill = cancelled_by_writer(text) and ill_reason(text)[0]
    missed = "afspraak" in topics.problems and _NO_SHOW.search(text) is not None and not _HURT.search(text)
    if topics.is_safety and (ill or (missed and set(topics.safety) <= _THING_HAZARDS)):
        return replace(topics, safety=(), topic="afspraak", concept="afspraak")
    return topics


# Nobody came to the appointment ('Niemand gekomen', 'niet komen opdagen', 'er kwam niemand').
_NO_SHOW = re.compile(
    r"\bniemand\s+(?:is\s+)?(?:gekomen|verschenen|komen\s+opdagen|opgedaagd)\b|\b(?:kwam|verscheen)\s+(?:er\s+)?niemand\b"
    r"|\bniet\s+(?:komen\s+)?opgedaagd\b|\bniet\s+(?:komen\s+)?opdagen\b|\bniemand\s+kwam\b",
    re.I,
)
# Hazards of a thing (not of a person): said as the job to be done they are no harm yet.
_THING_HAZARDS = frozenset({"remmen", "gevaar", "breuk"})
# ... unless someone got hurt.
_HURT = re.compile(r"\b(?:gevallen|gewond|letsel|ziekenhuis|ongeluk|pijn|gebroken)\b", re.I)


def ill_reason(text: str) -> tuple[bool, str]:
    """(whether illness was the reason, whose: 'kind', 'dochter', '' for the writer or not said)."""
    found = _ILL_WHO.search(text)
    if found is not None:
        return True, (found.group("who") or found.group("who2")).lower()
    return _ILL_ANY.search(text) is not None, ""


def cancel_rule(profile: BusinessProfile) -> str:
    """The profile's rule for cancelling (a FAQ answer about it), without its final full stop; or ''."""
    for item in profile.faq:
        if _RULE.search(item.question) or _RULE.search(item.answer):
            return item.answer.strip().rstrip(".")
    return ""


# What the writer cancelled, by the word they use for it ('mijn les', 'de reservering'); else 'afspraak'.
_BOOKED = re.compile(
    r"\b(?P<w>afspraak|afspraakje|reservering|boeking|les|behandeling|proefles|workshop|sessie)\b", re.I
)
_DEPOSIT = re.compile(r"\b(?:voorschot|aanbetaling|waarborg|borg|reserveringskosten)\b", re.I)
_AMOUNT = re.compile(r"€\s?(?P<n>\d+(?:,\d{2})?)|\b(?P<m>\d+(?:,\d{2})?)\s?(?:euro|eur)\b", re.I)


class CancelFeeDrafting(DraftBase):
    """The lines of a complaint about a fee for cancelling."""

    def _cancel_fee(self, parts: list[Part], seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy about the fee (and the illness that was the reason), understanding
        instead of an apology (a rule is no mistake) and the profile's rule before the proposal; unchanged
        when the writer did not cancel themself or was not billed."""
        if not cancelled_by_writer(text):
            return parts
        booked = _BOOKED.search(text)
        amount = _AMOUNT.search(text)
        values = {
            "onderwerp": f"{self._poss} {booked.group('w').lower() if booked else 'afspraak'}",
            "waarde": f" van € {amount.group('n') or amount.group('m')}" if amount else "",
        }
        deposit = _DEPOSIT.search(text)
        if deposit:  # 'Ons voorschot van € 150 krijgen we niet terug': the deposit kept, by the writer's word
            values = {**values, "onderwerp": f"{self._poss} {deposit.group(0).lower()}"}
        empathy = self._line("complaint", "cancel_deposit" if deposit else "cancel_fee", seed, values)
        ill, who = ill_reason(text)
        if ill and who:  # 'want kind ziek': 'Met een ziek kind ...'; 'mijn dochter': 'een zieke dochter'
            sick = "ziek" if who == "kind" or diminutive(who) else "zieke"
            empathy += " " + self._line("complaint", "cancel_ill", seed, {"onderwerp": f"een {sick} {who}"})
        elif ill:
            empathy += " " + self._line("complaint", "cancel_ill_self", seed)
        understand = Part("apology", self._line("complaint", "understand", seed), False, "")
        out = [
            Part("empathy", empathy, True, p.short) if p.key == "empathy" else understand if p.key == "apology" else p
            for p in parts
        ]
        rule = cancel_rule(self.profile)
        if rule:  # before the proposal, or before the contact when a short reply has none
            keys = [p.key for p in out]
            at = (
                keys.index("solution")
                if "solution" in keys
                else keys.index("channel")
                if "channel" in keys
                else len(out)
            )
            out.insert(at, Part("fact", self._line("complaint", "cancel_rule", seed, {"feit": _lower(rule)}), True))
        return out

    def _said_fees(self, parts: list[Part], topics: TopicAnalysis, topic: str, seed: str, text: str) -> list[Part]:
        """``parts`` with what the writer said about a fee or a visit said back: a fee for cancelling, an
        appointment nobody came to, and for a price the profile's own price for the thing named."""
        parts = self._no_show(self._cancel_fee(parts, seed, text), topics, topic, seed, text)
        listed = listed_price(self.profile, topics, text) if topic == "prijs" else ""
        if listed and not any(p.key == "fact" for p in parts):  # 'een 3D-taart begint bij € 95 voor 15 personen'
            keys = [p.key for p in parts]
            at = (
                keys.index("solution")
                if "solution" in keys
                else keys.index("channel")
                if "channel" in keys
                else len(parts)
            )
            parts.insert(at, Part("fact", self._line("complaint", "price_faq", seed, {"feit": listed}), True))
        return parts

    def _no_show(self, parts: list[Part], topics: TopicAnalysis, topic: str, seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy opening on the appointment nobody came to ('Afspraak gemaakt voor donderdag
        ... Niemand gekomen'), the day when the writer named one, and the thing it was for; unchanged for anything
        else."""
        if topic != "afspraak" or _NO_SHOW.search(text) is None:
            return parts
        day = _DAY.search(text)
        thing = next((p for p in topics.products if not p.guessed and not p.place), None)
        values = {
            "waarde": f" {day.group(0).lower()}" if day else "",
            "onderwerp": f" voor {self._np(thing)}" if thing is not None else "",
        }
        line = self._line("complaint", "no_show", seed, values)
        # the first sentence of the empathy, the one about what went wrong, is replaced
        return [
            Part("empathy", f"{line} {p.text.split('. ', 1)[1] if '. ' in p.text else ''}".strip(), True, p.short)
            if p.key == "empathy"
            else p
            for p in parts
        ]


_DAY = re.compile(r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b", re.I)


def _lower(rule: str) -> str:
    """'Kosteloos tot 24 uur ...' → 'kosteloos tot 24 uur ...' (not a name or an abbreviation in capitals)."""
    return rule[:1].lower() + rule[1:] if rule[1:2].islower() else rule
