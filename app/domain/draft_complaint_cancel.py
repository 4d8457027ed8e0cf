"""Money in a complaint, and a writer left without news. A fee for an appointment or booking the writer cancelled
themself ('afspraak 1 dag van tevoren afgezegd want kind ziek, krijg ik een rekening van € 42,50??'): not 'your
appointment was cancelled', but the fee for cancelling, the writer's reason when it is illness, and the profile's
cancellation rule when it holds one. The writer who asks whether they must pay for what went wrong ('moet ik nou
gewoon betalen voor een taart met de verkeerde naam') is answered: not simply the full price, the proposal open. A
fee on the bill is answered with the profile's own rule for it. Word lists: resources/cancel.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import Field

from app.domain.articles import diminutive
from app.domain.datafile import read_toml
from app.domain.draft_base import DraftBase
from app.domain.draft_complaint_price import listed_fee, listed_price
from app.domain.draft_fact_words import WEEKDAY
from app.domain.draft_kinds import shipped_kinds
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_text import Part, place_before
from app.domain.profile import BusinessProfile
from app.domain.schema import Strict, Texts, located, validate
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import alternation, possessive_alternation
from app.errors import DataFileError
from app.resources import resource_path


@cache
def _cancel_shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(cancelled, by them, by me): the words in resources/phrase_cues.toml (cancelled*)."""
    cues = phrase_cues()
    done, split = alternation(cues.cancelled), alternation(cues.cancelled_split)
    in_time, warned = alternation(cues.cancelled_in_time, spaced=True), alternation(cues.cancelled_warned)
    # Cancelling, as the writer says they did it ('afgezegd', 'zegde hem af', 'op voorhand verwittigd') or had to
    # ('Nu moeten we annuleren omdat ons moeder in het ziekenhuis ligt')
    forced = alternation(cues.cancelled_forced, spaced=True) if cues.cancelled_forced else "(?!)"
    had_to = rf"\b(?:moeten|moesten|moest|moet)\s+(?:we|wij|ik)\s+(?:[\w'‘’]+\s+){{0,3}}?(?:{forced})\b"
    # ... or could not come ('We kunnen niet komen, mijn vrouw ligt in het ziekenhuis', 'kon ik er niet bij zijn')
    cannot = alternation(cues.cancelled_cannot, spaced=True) if cues.cancelled_cannot else "(?!)"
    modal = r"(?:kunnen|kan|konden|kon)"
    had_to += rf"|\b(?:(?:we|wij|ik|'k)\s+{modal}|{modal}\s+(?:we|wij|ik|'k))\s+(?:{cannot})\b"
    cancelled = re.compile(rf"\b(?:{done}|(?:{split})\s+\w+\s+af|(?:{in_time})\s+(?:{warned}))\b|{had_to}", re.I)
    # By the business or by nobody in particular: 'werd afgezegd', 'jullie hebben geannuleerd', 'ze zegden af'.
    by_them = re.compile(
        rf"\b(?:werd|werden|wordt|is|was)\s+(?:\w+\s+){{0,4}}?(?:{done})\b"
        rf"|\b(?:jullie|ze|zij|u|de\s+zaak|de\s+salon|de\s+kapper|de\s+kapster)\s+(?:\w+\s+){{0,3}}?(?:{done})\b",
        re.I,
    )
    # The writer did it: in time ('een dag van tevoren'), with a reason ('want', 'omdat', 'dus'), or as 'ik'; a quoted
    # word or phrase between counts as one word ('omdat ik mijn afspraak 'te laat' heb afgezegd').
    by_me = re.compile(
        rf"\b(?:{in_time})\b[^.!?]{{0,30}}?\b(?:{done}|{warned})\b"
        # (a Flemish article after it is no quote: 'afgebeld omdat 't stormde')
        rf"|\b(?:{done})\s+(?:\w+\s+)?(?:want|omdat|vanwege|wegens)\s+(?!['‘\"“](?![tkns]\b))"
        # ... or with the time said after it ('Groep van 12 geannuleerd, meer dan 2 weken op voorhand')
        rf"|\b(?:{done})\b[,;:]?\s+(?:[\w'‘’]+\s+){{0,6}}?(?:{in_time})\b"
        # ... or with the reason first, in a chat without 'ik' ('dochter had buikgriep dus om 8 uur afgebeld')
        rf"|\b(?:dus|daarom|daardoor)\s+(?:[\w'‘’]+\s+){{0,6}}?(?:{done})\b"
        rf"|\b(?:ik|we|wij)\s+(?:(?:[\"“'‘][^\"”'’.!?]{{1,30}}[\"”'’]|[\w'‘’]+)\s+){{0,5}}?(?:{done})\b"
        rf"|{had_to}",
        re.I,
    )
    return cancelled, by_them, by_me


class _CancelModel(Strict):
    schema_version: Literal[1] = Field(alias="schema")
    billed: Texts
    ill: Texts
    who: Texts
    rule: Texts
    uninformed: Texts
    pay_asked: Texts
    no_show: Texts = Field(default_factory=list)
    weather: Texts = Field(default_factory=list)
    asked_to_move: Texts = Field(default_factory=list)
    remedy_asked: Texts = Field(default_factory=list)
    remedy_verbs: Texts = Field(default_factory=list)
    deposit_kept: Texts = Field(default_factory=list)
    deposit_awaited: Texts = Field(default_factory=list)
    earlier: Texts = Field(default_factory=list)
    deposit_rule: Texts = Field(default_factory=list)
    fee_feared: Texts = Field(default_factory=list)
    deposit_if: Texts = Field(default_factory=list)
    hospital: Texts = Field(default_factory=list)


@dataclass(frozen=True)
class CancelWords:
    """resources/cancel.toml as patterns: being billed, illness and whose, a FAQ's cancellation rule, no news."""

    billed: re.Pattern[str]
    ill_who: re.Pattern[str]
    ill_any: re.Pattern[str]
    rule: re.Pattern[str]
    uninformed: re.Pattern[str]
    pay_asked: re.Pattern[str]
    no_show: re.Pattern[str] | None = None  # billed as not having come ('omdat ik 'niet kwam opdagen'')
    weather: re.Pattern[str] | None = None  # the weather that made the writer cancel ('door de ijzel')
    # the writer asked to move or cancel ('gemaild om mijn afspraak van zaterdag te verzetten'); group 'how'
    asked_to_move: re.Pattern[str] | None = None
    remedy_asked: re.Pattern[str] | None = None
    remedy_verb: re.Pattern[str] | None = None  # the verb it is put right with ('rechtzetten')
    deposit_kept: re.Pattern[str] | None = None  # the deposit is kept ('krijg ik niet terug', 'ben ik kwijt')
    deposit_awaited: re.Pattern[str] | None = None  # still awaited ('zou teruggestort worden', 'nog niet terug')
    earlier: re.Pattern[str] | None = None  # the cancelling was an earlier time ('vorige maand')
    hospital: re.Pattern[str] | None = None  # the reason is a stay in hospital ('ligt in het ziekenhuis')
    deposit_rule: re.Pattern[str] | None = None  # the business asks a deposit ('ge moet ... voorschot betalen')
    fee_feared: re.Pattern[str] | None = None  # a fee still feared ('Nu zal ik zeker nog moeten betalen')
    # a 'what if' about cancelling or falling ill ('En als mijn vrouw ziek wordt, ben ik dat kwijt?')
    deposit_if: re.Pattern[str] | None = None


def _alternatives(words: list[str]) -> str:
    """'a|b c|d*' as a regex group of words: a space any spacing, a '*' at the end any ending."""
    said = (
        r"\s+".join(re.escape(w) for w in word.rstrip("*").split()) + (r"\w*" if word.endswith("*") else r"\b")
        for word in words
    )
    return "(?:" + "|".join(said) + ")"


def _words_or_none(words: list[str]) -> re.Pattern[str] | None:
    """The words of a list as one pattern from a word start ('a*' any ending), or None for an empty list."""
    return re.compile(rf"\b{_alternatives(words)}", re.I) if words else None


def parse_cancel_words(data: dict[str, Any], source: str = "<cancel>") -> CancelWords:
    """The lists of cancel.toml made patterns; each pattern of 'uninformed', 'pay_asked' and 'remedy_asked' must
    compile, '{remedy_verbs}' in a 'remedy_asked' pattern standing for the words of 'remedy_verbs'."""
    model = validate(_CancelModel, data, source, located)
    verbs = alternation(tuple(model.remedy_verbs)) if model.remedy_verbs else ""
    remedy = [p.replace("{remedy_verbs}", verbs) if verbs else p for p in model.remedy_asked]
    checked = (("uninformed", model.uninformed), ("pay_asked", model.pay_asked), ("remedy_asked", remedy))
    for name, patterns in checked:
        for i, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise DataFileError(source, f"ongeldig patroon: {exc}", f"{name}[{i}]") from None
            if "{remedy_verbs}" in pattern:  # a list named that is not there
                raise DataFileError(source, "'{remedy_verbs}' zonder lijst remedy_verbs", f"{name}[{i}]")
    ill, who, own = _alternatives(model.ill), _alternatives(model.who), possessive_alternation()
    return CancelWords(
        # billed for it: a word for it, or an amount ('€ 42,50', '35 euro')
        billed=re.compile(rf"\b{_alternatives(model.billed)}|€\s?\d|\b\d+(?:,\d{{2}})?\s?(?:euro|eur)\b", re.I),
        # 'want kind ziek', 'omdat mijn dochter koorts had', 'een zieke dochter'
        ill_who=re.compile(
            rf"\b(?:want|omdat|vanwege|wegens)\s+(?:(?:{own}|de|het)\s+)?(?P<who>{who})\s+"
            rf"(?:\w+\s+){{0,2}}?{ill}|\b(?:een\s+)?zieke?\s+(?P<who2>{who})\b"
            # 'mijn zoontje had 40 graden koorts', 'mijn zoon lag met 39 graden koorts' in a sentence of its own
            # (only read when the writer cancelled)
            rf"|\b(?:{own})\s+(?P<who3>{who})\s+(?:[\w,]+\s+){{0,5}}?{ill}"
            # ... or as an aside in brackets ('geannuleerd (de kleine is ziek)', '(mijn man had griep)')
            rf"|\(\s*(?:(?:{own}|de|het|ons|onze)\s+)?(?P<who4>{who})\s+(?:[\w,]+\s+){{0,3}}?{ill}",
            re.I,
        ),
        # 'want ziek', 'met de griep', or the writer ill in a sentence of their own ('Ik werd ziek (38,9 koorts)',
        # 'ik lag met 39,5 koorts in bed': a fever's degrees count as a word)
        ill_any=re.compile(
            rf"\b(?:want|omdat|vanwege|wegens)\b[^.!?,]{{0,30}}?\b{ill}|\bmet\s+(?:de\s+|een\s+)?{ill}"
            rf"|\b(?:ik|we|wij)\s+(?:[\w,]+\s+){{0,3}}?{ill}",
            re.I,
        ),
        rule=re.compile(rf"\b{_alternatives(model.rule)}", re.I),
        uninformed=re.compile("|".join(f"(?:{p})" for p in model.uninformed), re.I),
        pay_asked=re.compile("|".join(f"(?:{p})" for p in model.pay_asked), re.I),
        no_show=re.compile(rf"\b{_alternatives(model.no_show)}", re.I) if model.no_show else None,
        weather=re.compile(rf"\b{_alternatives(model.weather)}", re.I) if model.weather else None,
        asked_to_move=re.compile(rf"\bom\s+(?:[\w'‘’]+\s+){{1,6}}?(?P<how>{_alternatives(model.asked_to_move)})", re.I)
        if model.asked_to_move
        else None,
        remedy_asked=re.compile("|".join(f"(?:{p})" for p in remedy), re.I) if remedy else None,
        remedy_verb=re.compile(rf"\b(?:{verbs})\b", re.I) if verbs else None,
        deposit_kept=re.compile(rf"\b{_alternatives(model.deposit_kept)}", re.I) if model.deposit_kept else None,
        deposit_awaited=_words_or_none(model.deposit_awaited),
        earlier=_words_or_none(model.earlier),
        hospital=re.compile(rf"\b{_alternatives(model.hospital)}", re.I) if model.hospital else None,
        deposit_rule=re.compile(rf"\b{_alternatives(model.deposit_rule)}", re.I) if model.deposit_rule else None,
        fee_feared=re.compile("|".join(f"(?:{p})" for p in model.fee_feared), re.I) if model.fee_feared else None,
        deposit_if=re.compile(
            rf"\b{_alternatives(model.deposit_if)}\s[^.!?]{{0,60}}?\b(?:{ill}|{_alternatives(model.rule)})", re.I
        )
        if model.deposit_if
        else None,
    )


@lru_cache(maxsize=1)
def cancel_words() -> CancelWords:
    file = resource_path("cancel.toml")
    return parse_cancel_words(read_toml(file), str(file))


def left_uninformed(text: str) -> bool:
    """Whether the writer says nobody keeps them informed while they wait."""
    return cancel_words().uninformed.search(text) is not None


def big_day_unanswered(topics: TopicAnalysis) -> bool:
    """Whether the writer's own once-only day went wrong and our phone failed them too ('afspraak per ongeluk
    verwijderd ... Op mijn trouwdag! En nooit teruggebeld'): we call them, and give the number for a call now."""
    # a day that cannot be done again (resources/phrase_cues.toml once_only_occasions)
    once_only = topics.occasion in phrase_cues().once_only_occasions
    return once_only and not topics.others_occasion and topics.tried == ("telefoon",)


def asks_to_pay(text: str) -> bool:
    """Whether the writer asks if they must pay for what went wrong ('moet ik nou gewoon betalen voor een taart met
    de verkeerde naam')."""
    return cancel_words().pay_asked.search(text) is not None


def asks_remedy(text: str) -> bool:
    """Whether the writer asks what the business will do to put it right ('Wat gaan jullie eraan doen?', 'hoe
    gaan jullie dit oplossen?'; resources/cancel.toml remedy_asked)."""
    found = cancel_words().remedy_asked
    return found is not None and found.search(text) is not None


def remedy_verb(question: str) -> str:
    """The verb a question asks how it is put right with, in lower case ('Hoe gaat u dit rechtzetten?' →
    'rechtzetten'; resources/cancel.toml remedy_verbs), or ''."""
    verbs = cancel_words().remedy_verb
    found = verbs.search(question) if verbs is not None else None
    return found.group(0).lower() if found else ""


def cancelled_by_writer(text: str) -> bool:
    """Whether the writer cancelled an appointment or booking themself, or asked to move or cancel it (got an answer
    or not), and was billed for it."""
    cancelled, by_them, by_me = _cancel_shapes()
    text = fee_feared_away(text)  # 'Nu zal ik zeker nog moeten betalen': no bill yet
    # ... also a booking cancelled without a subject whose deposit is kept ('Reservatie geannuleerd, maar de
    # € 120 voorschot krijg ik niet terug'): a deposit is the writer's, not cancelled by the business
    mine = by_me.search(text) is not None or (_DEPOSIT.search(text) is not None and _TABLE.search(text) is not None)
    done = cancelled.search(text) is not None and mine
    return (
        (done or bool(asked_to_move(text)))
        and by_them.search(text) is None
        and cancel_words().billed.search(text) is not None
    )


def fee_feared(text: str) -> bool:
    """Whether the writer fears they will still have to pay ('Nu zal ik zeker nog moeten betalen omdat ik nie kan
    komen'): no bill yet (resources/cancel.toml fee_feared)."""
    feared = cancel_words().fee_feared
    return feared is not None and feared.search(text) is not None


def fee_feared_away(text: str) -> str:
    """``text`` without the clauses in which the writer fears a fee still to come, so they are no bill."""
    feared = cancel_words().fee_feared
    return feared.sub(" ", text) if feared is not None else text


def cancel_terms(profile: BusinessProfile) -> str:
    """The profile's rule for cancelling: a FAQ answer about it, else the sentence of the return terms that names
    cancelling ('Annuleren kan gratis tot 24 uur op voorhand'), without its final full stop; or ''."""
    rule = cancel_rule(profile)
    if rule:
        return rule
    said = (s.strip().rstrip(".") for s in sentences(profile.return_terms))
    return next((s for s in said if cancel_words().rule.search(s)), "")


def asked_to_move(text: str) -> str:
    """How the writer asked to move or cancel their appointment ('gemaild om mijn afspraak van zaterdag te
    verzetten' → 'te verzetten', 'gebeld om de reservatie af te zeggen' → 'af te zeggen'), lower case; or ''."""
    shape = cancel_words().asked_to_move
    found = shape.search(text) if shape is not None else None
    return re.sub(r"\s+", " ", found.group("how").lower()) if found else ""


def cancelled_not_by_them(text: str) -> bool:
    """Whether the writer says a booking was cancelled and not by the business ('Op 3 november hebben we het
    kerstdiner afgezegd, omdat ...'), billed or not."""
    cancelled, by_them, _ = _cancel_shapes()
    return cancelled.search(text) is not None and by_them.search(text) is None


def refund_rule(profile: BusinessProfile) -> str:
    """The part of the profile's cancellation rule that says what comes back ('Ja, € 25 per persoon; wie tot 14
    dagen van tevoren annuleert, krijgt de aanbetaling volledig terug' → 'wie tot 14 ... volledig terug'), or ''."""
    rule = cancel_rule(profile)
    back = re.compile(r"\b(?:terug\w*|terugbeta\w*|terugstort\w*)\b", re.I)
    parts = [p.strip() for p in re.split(r"[;.]\s+", rule) if p.strip()]
    return next((p for p in parts if back.search(p) and cancel_words().rule.search(p)), "")


def billed_no_show(text: str) -> bool:
    """Whether the writer says they were billed as not having come ('een rekening omdat ik 'niet kwam opdagen'')."""
    found = cancel_words().no_show
    return found is not None and found.search(text) is not None


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
    found = cancel_words().ill_who.search(text)
    if found is not None:
        return True, next(w for w in found.group("who", "who2", "who3", "who4") if w).lower()
    return cancel_words().ill_any.search(text) is not None, ""


def cancel_rule(profile: BusinessProfile) -> str:
    """The profile's rule for cancelling (a FAQ answer about it), without its final full stop; or ''."""
    for item in profile.faq:
        if cancel_words().rule.search(item.question) or cancel_words().rule.search(item.answer):
            return item.answer.strip().rstrip(".")
    return ""


# What the writer cancelled, by the word they use for it ('mijn les', 'de reservering'); else 'afspraak'.
_BOOKED = re.compile(
    r"\b(?P<w>afspraak|afspraakje|reservering|boeking|les|behandeling|proefles|workshop|sessie)\b", re.I
)
# A booking named only by its verb ('Huurfiets gereserveerd').
_RESERVED = re.compile(r"\b(?:gereserveerd|reserveerde|reserveerden|geboekt|boekte|boekten)\b", re.I)


def _booked_verb(text: str) -> str:
    """What was cancelled when the writer names no booking but the verb ('Huurfiets gereserveerd ... afgebeld'
    → 'reservering'), else 'afspraak'."""
    return "reservering" if _RESERVED.search(text) else "afspraak"


# A booking a deposit is paid for ('Reservatie voor 4 geannuleerd', 'tafel afgezegd'), not an event of the writer's own
# ('Bruiloft afgezegd': the writer's own words for the deposit are said back instead); also as the last part of a
# word ('groepsreservering') or a group booked ('een groep van 12 geannuleerd').
_TABLE = re.compile(r"(?:reservatie|reservering|boeking|\btafel|\bafspraak|\bgroep)\b", re.I)
_ANNULLED = re.compile(r"\b(?:ge)?annul\w*", re.I)
_DEPOSIT = re.compile(r"\b(?:voorschot|aanbetaling|waarborg|borg|reserveringskosten)\b", re.I)
_AMOUNT = re.compile(r"€\s?(?P<n>\d+(?:,\d{2})?)|\b(?P<m>\d+(?:,\d{2})?)\s?(?:euro|eur)\b", re.I)
_AMOUNT_BEFORE = re.compile(rf"(?:{_AMOUNT.pattern})\s*$", re.I)


def deposit_word(text: str) -> str:
    """The word for a deposit in ``text`` ('voorschot', 'aanbetaling', 'borg'), lower case; or ''."""
    found = _DEPOSIT.search(text)
    return found.group(0).lower() if found else ""


class CancelFeeDrafting(DraftBase):
    """The lines of a complaint about a fee for cancelling."""

    def _cancel_fee(self, parts: list[Part], seed: str, text: str, topics: TopicAnalysis | None = None) -> list[Part]:
        """``parts`` with the empathy about the fee (and the illness that was the reason), understanding
        instead of an apology (a rule is no mistake) and the profile's rule before the proposal; unchanged
        when the writer did not cancel themself or was not billed."""
        if not cancelled_by_writer(text):
            return parts
        booked = _BOOKED.search(text)
        amount = _AMOUNT.search(text)
        values = {
            "onderwerp": f"{self._poss} {booked.group('w').lower() if booked else _booked_verb(text)}",
            "waarde": f" van € {amount.group('n') or amount.group('m')}" if amount else "",
        }
        deposit = _DEPOSIT.search(text)
        if deposit:  # 'Ons voorschot van € 150 krijgen we niet terug': the deposit kept, by the writer's word
            values = self._deposit_values(deposit, topics, text)
        # 'een rekening omdat ik 'niet kwam opdagen' ... ik had geannuleerd': billed as if they never came
        no_show = not deposit and billed_no_show(text)
        key = _fee_key(text, deposit is not None, no_show)
        values = {**values, "tweede": asked_to_move(text)}
        empathy = self._line("complaint", key, seed, values)
        if earlier_cancel(text):  # a second point beside the complaint of today, which keeps its own lines
            return self._fee_beside(parts, empathy, "" if no_show or key == "cancel_moved" else "rule", seed, text)
        reason = self._cancel_reason(seed, text)
        empathy += f" {reason}" if reason else ""
        understand = Part("apology", self._line("complaint", "understand", seed), False, "")
        # who asked to move it and was billed anyway ('twee keer gemaild ... nooit antwoord') keeps the apology
        moved = key == "cancel_moved"
        out = [
            Part("empathy", empathy, True, p.short)
            if p.key == "empathy"
            else understand
            if p.key == "apology" and not moved
            else p
            for p in parts
            # a deposit kept is the rule at work, no mystery: no 'ik zoek uit hoe dit kon gebeuren'
            if not (key == "cancel_deposit" and p.key == "next")
        ]
        out = _after_empathy(out, understand)  # an apology held in front ('') is no place to open with it
        # the rule for not coming, to one who cancelled or asked to: no
        rule = "" if no_show or moved else cancel_terms(self.profile)  # a FAQ answer, else the return terms
        if key == "cancel_deposit_open":  # when it comes back is the owner's to say, in the place of the proposal
            out = _deposit_when(out, self._line("complaint", "cancel_deposit_when", seed, values))
        if rule:
            return _insert_fact(out, self._line("complaint", "cancel_rule", seed, {"feit": _lower(rule)}))
        return out

    def _cancel_reason(self, seed: str, text: str, key: str = "cancel_ill") -> str:
        """Why the writer cancelled, understood: someone's stay in hospital, someone ill (said with ``key``), the
        writer ill, or the weather; '' for no such reason."""
        ill, who = ill_reason(text)
        hospital = cancel_words().hospital
        if ill and who and hospital is not None and hospital.search(text):  # 'mijn vrouw ligt in het ziekenhuis'
            return self._line("complaint", "cancel_hospital", seed, {"onderwerp": f"{self._poss} {who}"})
        if ill and who:  # 'want kind ziek': 'Met een ziek kind ...'; 'mijn dochter': 'een zieke dochter'
            sick = "ziek" if who == "kind" or diminutive(who) else "zieke"
            return self._line("complaint", key, seed, {"onderwerp": f"een {sick} {who}"})
        if ill:
            return self._line("complaint", "cancel_ill_self", seed)
        if (weather := cancel_words().weather) and weather.search(text):  # 'spiegelglad door de ijzel'
            return self._line("complaint", "cancel_weather", seed)
        return ""

    def _fee_beside(self, parts: list[Part], fee: str, rule: str, seed: str, text: str) -> list[Part]:
        """``parts`` of the complaint of today with the fee of an earlier time said after the empathy (only its
        reason when a line says the payment already: 'En dan toch nog de helft moeten betalen') and the profile's
        rule for cancelling (``rule`` 'rule') before the proposal."""
        paid = any(_PAID.search(p.text) for p in parts)
        reason = self._cancel_reason(seed, text, "cancel_ill_beside")
        said = reason if paid else f"{fee} {reason}".strip()
        at = next((i + 1 for i, p in enumerate(parts) if p.key == "empathy"), 0)
        out = [*parts[:at], Part("fee", said, True), *parts[at:]] if said else parts
        terms = cancel_terms(self.profile) if rule else ""
        if not terms:
            return out
        return _insert_fact(out, self._line("complaint", "cancel_rule", seed, {"feit": _lower(terms)}))

    def _deposit_values(self, deposit: re.Match[str], topics: TopicAnalysis | None, text: str) -> dict[str, str]:
        """'je voorschot voor het oudejaarsmenu', with its amount only when said right after it ('voorschot van
        € 150'; not the menu's '€ 95 pp' said elsewhere)."""
        amount = _AMOUNT.match(text[deposit.end() :].lstrip(" :").removeprefix("van ").lstrip())
        # ... or right before it ('de € 120 voorschot', '50 euro borg')
        amount = amount or _AMOUNT_BEFORE.search(text[: deposit.start()])
        thing = next((p for p in (topics.products if topics else ()) if not (p.guessed or p.place or p.own)), None)
        booked = f" voor {self._np(thing)}" if thing is not None else ""  # what the deposit was for
        return {
            "onderwerp": f"{self._poss} {deposit.group(0).lower()}{booked}",
            "waarde": f" van € {amount.group('n') or amount.group('m')}" if amount else "",
        }

    def _said_fees(self, parts: list[Part], topics: TopicAnalysis, topic: str, seed: str, text: str) -> list[Part]:
        """``parts`` with what the writer said about a fee or a visit said back: a fee for cancelling, an
        appointment nobody came to, the question whether to pay for what went wrong, and for a price the profile's
        rule for the fee on the bill or else its own price for the thing named."""
        parts = self._no_show(self._cancel_fee(parts, seed, text, topics), topics, topic, seed, text)
        if topic != "prijs" and asks_to_pay(text) and not cancelled_by_writer(text):
            # 'moet ik nou gewoon betalen voor een taart met de verkeerde naam': no, not simply; the proposal open
            examples = {"voorbeelden": shipped_kinds().solution(self.profile)}
            line = self._line("complaint", "pay_asked", seed, examples)
            if any(p.key == "solution" for p in parts):  # in the place of the proposal, which it leaves open
                # 'Moet ik dat wéér betalen of valt dat onder garantie??': a proposal that names the profile's
                # warranty answers that already, and stays (on X too: 'hiervoor geldt mijn garantie')
                warranty = next(
                    (p.text for p in parts if p.key == "solution" and "garantie" in f"{p.text} {p.short}"), ""
                )
                return [Part("pay", warranty or line, True, p.short) if p.key == "solution" else p for p in parts]
            return place_before(parts, Part("pay", line, True), "channel")
        if topic != "prijs" or any(p.key == "fact" for p in parts):
            return parts
        fee = listed_fee(self.profile, text)  # '25 euro verplaatsing ... Eksaarde': 'verplaatsing € 15 binnen ...'
        if fee:
            return _insert_fact(parts, self._line("complaint", "fee_listed", seed, {"feit": fee}))
        listed = listed_price(self.profile, topics, text)  # 'een 3D-taart begint bij € 95 voor 15 personen'
        return _insert_fact(parts, self._line("complaint", "price_faq", seed, {"feit": listed})) if listed else parts

    def _no_show(self, parts: list[Part], topics: TopicAnalysis, topic: str, seed: str, text: str) -> list[Part]:
        """``parts`` with the empathy opening on the appointment nobody came to ('Afspraak gemaakt voor donderdag
        ... Niemand gekomen'), the day when the writer named one, and the thing it was for; unchanged for anything
        else."""
        if topic != "afspraak" or _NO_SHOW.search(text) is None or cancelled_by_writer(text):
            # 'een rekening omdat ik 'niet kwam opdagen', ik had geannuleerd': the fee, not a visit nobody came to
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


def _fee_key(text: str, deposit: bool, no_show: bool) -> str:
    """The line for the fee: a deposit kept, a bill as if the writer never came after asking to move or cancel
    ('gemaild om mijn afspraak te verzetten ... nu een rekening voor no-show'), or after cancelling, or a fee for
    cancelling (in the writer's word: 'geannuleerd', 'annulatie', not 'afgezegd')."""
    cancelled, _, by_me = _cancel_shapes()
    done = cancelled.search(text) is not None and by_me.search(text) is not None
    if deposit:  # kept ('krijg ik niet terug'), or the writer does not know yet ('gemaild, geen reactie') or still
        # waits for it ('Voorschot nog altijd niet terug', 'zou teruggestort worden')
        kept, awaited = cancel_words().deposit_kept, cancel_words().deposit_awaited
        if awaited is not None and awaited.search(text):
            return "cancel_deposit_open"
        return "cancel_deposit" if kept is None or kept.search(text) else "cancel_deposit_open"
    if no_show:
        return "cancel_no_show" if done or not asked_to_move(text) else "cancel_moved"
    return "cancel_fee_annulled" if _ANNULLED.search(text) else "cancel_fee"


_DAY = re.compile(rf"\b{WEEKDAY}\b", re.I)
# A line that says a payment already ('En dan toch nog de helft moeten betalen').
_PAID = re.compile(r"\b(?:betal\w*|rekening|aangerekend|gerekend)\b", re.I)


def earlier_cancel(text: str) -> bool:
    """Whether the writer cancelled at an earlier time, said after another point ('Vandaag 40 minuten gewacht. En
    vorige maand moest ik de helft betalen omdat ik afbelde'; resources/cancel.toml earlier)."""
    cancelled = _cancel_shapes()[0]
    earlier = cancel_words().earlier
    said = sentences(text)
    return earlier is not None and any(cancelled.search(s) and earlier.search(s) for s in said[1:])


def _after_empathy(parts: list[Part], part: Part) -> list[Part]:
    """``parts`` with ``part`` moved right after the empathy when it stands before it."""
    keys = [p.key for p in parts]
    if part not in parts or "empathy" not in keys or parts.index(part) > keys.index("empathy"):
        return parts
    rest = [p for p in parts if p is not part]
    at = [p.key for p in rest].index("empathy") + 1
    return [*rest[:at], part, *rest[at:]]


def _deposit_when(parts: list[Part], line: str) -> list[Part]:
    """``parts`` with the slot for when a deposit awaited comes back in the place of the proposal, or before the
    contact when a short reply has none."""
    if any(p.key == "solution" for p in parts):
        return [Part("solution", line, True, line) if p.key == "solution" else p for p in parts]
    return place_before(parts, Part("solution", line, True, line), "channel")


def _insert_fact(parts: list[Part], line: str) -> list[Part]:
    """``parts`` with a fact from the profile said before the proposal, or before the contact when a short reply
    has none, or at the end."""
    return place_before(parts, Part("fact", line, True), "solution", "channel")


def _lower(rule: str) -> str:
    """'Kosteloos tot 24 uur ...' → 'kosteloos tot 24 uur ...' (not a name or an abbreviation in capitals)."""
    return rule[:1].lower() + rule[1:] if rule[1:2].islower() else rule
