"""A draft and its parts: joining them in the platform's layout and shortening to its limit."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from app.domain.draft_fact_spoken import fact_spoken, spoken_name_words
from app.domain.replies import Platform, posted_length, shipped_templates
from app.domain.textnorm import sentences

# What the writer named (empathy, thanks, answer) is shortened last.
SHORTEN_LAST = frozenset({"empathy", "thanks", "answer", "answer_profile", "correction"})


@dataclass(frozen=True)
class Part:
    key: str
    text: str
    essential: bool
    short: str | None = None  # a shorter wording for tight platforms ("" = leave out)


def place_before(parts: list[Part], part: Part, *keys: str) -> list[Part]:
    """``parts`` with ``part`` put before the first of ``keys`` that is there with a text (tried in the order
    given: a fact before the proposal, else before the contact), or at the end."""
    for key in keys:
        at = next((i for i, p in enumerate(parts) if p.key == key and p.text), None)
        if at is not None:
            return [*parts[:at], part, *parts[at:]]
    return [*parts, part]


@dataclass
class Draft:
    """A reply draft, or ``text=None`` when the advice is not to reply publicly."""

    outcome: str
    text: str | None
    short: str | None = None  # a shortened variant when ``text`` is over the platform limit
    optional: str | None = None  # a reply that may be used (a joke), not the default
    slots: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    topic: str | None = None
    question_topic: str | None = None
    limit: int = 0
    channel: str | None = None  # how the draft continues privately: telefoon | mail | dm | open
    posted: int = 0  # length as the platform counts it, with the slots filled in realistically
    suggestions: list[str] = field(default_factory=list)  # possible facts for the owner to check

    @property
    def length(self) -> int:
        return self.posted or len(self.text or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "draft": self.text,
            "draft_short": self.short,
            "draft_optional": self.optional,
            "slots": self.slots,
            "warnings": self.warnings,
            "topic": self.topic,
            "question_topic": self.question_topic,
            "limit": self.limit,
            "length": self.length,
            "channel": self.channel,
            "suggestions": self.suggestions,
        }


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ch in "\ufe0f\u200d" or "\U0001f3fb" <= ch <= "\U0001f3ff"


def strip_emoji(text: str, *, keep_stops: bool = False) -> str:
    """The text without emoji (and their skin tones). With ``keep_stops`` (a draft for a platform without
    emoji), an emoji that ended a sentence leaves a full stop ('Haha, dat is een goeie 😄' on Google → 'Haha,
    dat is een goeie.'), not a sentence that stops halfway."""
    kept: list[str] = []
    last = ""  # the last character kept that is no space
    for at, ch in enumerate(text):
        if not _is_emoji(ch):
            kept.append(ch)
            last = ch if ch != " " else last
            continue
        if not keep_stops or (at + 1 < len(text) and _is_emoji(text[at + 1])):
            continue  # the stop goes after the last emoji of a run
        rest = text[at + 1 : at + 40].lstrip(" ")  # (a bounded look ahead: the text is read once)
        if last.isalnum() and (not rest or rest[0] == "\n" or rest[0].isupper()):
            while kept and kept[-1] == " ":
                kept.pop()
            kept.append(".")
            last = "."
    return re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", "".join(kept))).strip()


# 'echt' as a word that only stresses the next one ('echt niet', 'echt veel te laat'), outside a slot.
_STRESS_ECHT = re.compile(r"(?<![\w\[])echt (?=[a-zë])")


def once_echt(body: str) -> str:
    """The body with 'echt' as a stress word once: 'zo willen we het echt niet. ... is echt veel te laat' →
    '... is veel te laat'. Sentences written for different points each stress on their own; read aloud, a
    second 'echt' in one reply already sounds like a template."""
    slots = [(m.start(), m.end()) for m in re.finditer(r"\[[^\]]*\]", body)]
    found = [m for m in _STRESS_ECHT.finditer(body) if not any(a <= m.start() < b for a, b in slots)]
    for m in reversed(found[1:]):
        body = body[: m.start()] + body[m.end() :]
    return body


# A rate per hour written short in profile text ('28–30 km/u', '€ 45/u'): the 'u' of 'uur' reads as the formal
# 'u', so a quoted profile text says it out ('28–30 km per uur').
_PER_HOUR = re.compile(
    r"(?<![\w/.])(?P<rate>(?:\d+(?:[.,]\d+)?\s*)?(?:km|m|kg|l|euro)|\d+(?:[.,]\d+)?)\s*/\s*u(?![\w/])"
)


def hours_spelled(body: str) -> str:
    """'ongeveer 80 km op 28–30 km/u' → '... 28–30 km per uur'; a rate per hour said out, not as '/u'."""
    return _PER_HOUR.sub(r"\g<rate> per uur", body)


def upper_first(text: str) -> str:
    """``text`` opening with a capital, the Dutch way: 'één trede' → 'Eén trede' (not 'Één')."""
    if text[:3] == "één":
        return f"Eén{text[3:]}"
    return text[:1].upper() + text[1:]


def join_parts(parts: list[Part], plat: Platform) -> str:
    """Greeting, body and sign-off in the platform's layout (chat: one line each)."""
    parts = [p for p in parts if p.text]
    greeting = parts[0].text if parts and parts[0].key == "greeting" else ""
    # every part is a sentence of its own: a profile value that opens one starts with a capital ('Jaarlijks verlof ...')
    said = [upper_first(p.text) for p in parts if p.key not in {"greeting", "sign"}]
    body = fact_spoken(hours_spelled(once_echt(" ".join(said))))
    sign = next((p.text for p in parts if p.key == "sign"), "")
    if plat.style == "chat":
        text = "\n".join(x for x in (greeting, body, sign) if x)
    else:
        text = "\n\n".join(x for x in (f"{greeting}\n{body}" if greeting else body, sign) if x)
    return text if plat.emoji else strip_emoji(text, keep_stops=True)


# What a professional cuts first on a tight platform inside a part that must stay, after the courtesy lines and the
# short wordings: the promise to find out about a further question ('En een knipbeurt voor mannen: dat ga ik even
# voor u na.'), an extra offered beside the answer ('Ook handig: ...') and a closing after the day asked with the day
# back ('Let op: van 1 t/m 4 januari is de zaak dicht. Vanaf 5 januari ...'); the answers themselves stay.
CUT_FIRST = (
    ("question", "ack_about"),
    ("question", "ack"),
    ("question", "ack_more"),
    ("question", "field_besides"),
    ("question", "closed_after"),
    ("question", "open_again"),
)
_CHOICE = re.compile(r"\{[rvn]:([^|}]*)\|([^}]*)\}")
_VALUE = re.compile(r"\{[a-z_]+\}")


@cache
def _cut_first() -> re.Pattern[str]:
    """A sentence said by one of the CUT_FIRST lines, whatever the register, voice or values."""
    said = []
    for section, key in CUT_FIRST:
        for line in shipped_templates().lines(section, key):
            pieces = re.split(r"(\{[^}]*\})", line)
            out = []
            for piece in pieces:
                choice = _CHOICE.fullmatch(piece)
                if choice:
                    out.append(f"(?:{re.escape(choice[1])}|{re.escape(choice[2])})")
                elif _VALUE.fullmatch(piece):
                    out.append(r"[^.!?]+?")
                else:
                    out.append(re.escape(piece))
            said.append("".join(out))
    return re.compile(rf"(?i:{'|'.join(said)})")


def _without_cut_first(text: str) -> str:
    """``text`` without its sentences said by a CUT_FIRST line."""
    kept = [s for s in sentences(text) if not _cut_first().fullmatch(s.strip())]
    return " ".join(kept)


def shorten_parts(parts: list[Part], plat: Platform, slot_fill: Mapping[str, int], signer: str) -> str:
    """Step by step: only the essential parts; then their short wordings; then without a promise to find out or an
    extra offered beside the answer (CUT_FIRST); then a one-line sign-off."""

    def size(text: str) -> int:
        return posted_length(text, plat, slot_fill)

    kept = [p for p in parts if p.essential or p.key == "greeting"]
    text = join_parts(kept, plat)
    while size(text) > plat.limit:
        longer = [p for p in kept if p.short is not None and len(p.short) < len(p.text)]
        if not longer:
            break
        # The channel first; what the writer named last.
        longest = max(longer, key=lambda p: (p.key not in SHORTEN_LAST, len(p.text) - len(p.short or "")))
        kept = [Part(p.key, p.short or "", True) if p is longest else p for p in kept]
        kept = [p for p in kept if p.text]
        text = join_parts(kept, plat)
    if size(text) > plat.limit:
        cut = [replace(p, text=_without_cut_first(p.text)) if p.key not in {"greeting", "sign"} else p for p in kept]
        kept = [p for p in cut if p.text]
        text = join_parts(kept, plat)
    if size(text) > plat.limit:
        # A one-line sign-off; the greeting stays when it still fits (a reply without any greeting is curt).
        body = " ".join(p.text for p in kept if p.key not in {"greeting", "sign"})
        greeting = next((p.text for p in kept if p.key == "greeting"), "")
        text = f"{greeting}\n{body} ^{signer}" if greeting else f"{body} ^{signer}"
        if greeting and size(text) > plat.limit:
            text = f"{body} ^{signer}"
        text = text if plat.emoji else strip_emoji(text, keep_stops=True)
    return text


def after_colon(sentence: str) -> str:
    """'Pinnen en creditcard.' after 'Handig om te weten:' starts small; 'IBAN ...' and a name of a way to pay
    ('Bancontact, Payconiq en cash.': resources/spoken.toml names) stay as they are."""
    first = re.match(r"[^\W\d_]+", sentence)
    if first is not None and first.group(0) in spoken_name_words():
        return sentence
    return sentence[:1].lower() + sentence[1:] if sentence[1:2].islower() else sentence


def sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``text`` that holds position ``at`` begins: after the last '.', '!' or '?' before it."""
    return max(text.rfind(mark, 0, at) for mark in ".!?") + 1


_SENTENCE_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences_and_lines(text: str, maxsplit: int = 0) -> list[str]:
    """The text split as by textnorm.sentences and at each line break too, a line without a stop at its end being
    a sentence of its own: 'Top\nEcht! Ja' → ['Top', 'Echt!', 'Ja']; ``maxsplit`` as in ``re.split``."""
    return _SENTENCE_OR_LINE.split(text, maxsplit)


def sentence_of(text: str, found: re.Match[str]) -> str:
    """The sentence of ``text`` that a match lies in ('... nog € 45 betalen, omdat je een nieuwe buitenband had
    gelegd.'): from the last '.', '!' or '?' before it to the first after it."""
    start = sentence_start(text, found.start())
    ends = [at for at in (text.find(mark, found.end()) for mark in ".!?") if at >= 0]
    return text[start : min(ends, default=len(text))]


# A sentence that only says what an amount was for ('38 euro hebben ze gevraagd! Voor een bandje!').
_FOR_ONLY = re.compile(r"\s*voor\b[^.!?]{0,40}[.!?]", re.IGNORECASE)


def amount_for_after(text: str, found: re.Match[str]) -> str:
    """The short sentence right after the amount's own that opens with 'voor' and says what it was for ('€ 45
    gerekend! Voor een knipbeurt van tien minuten!'), or ''."""
    ends = [at for at in (text.find(mark, found.end()) for mark in ".!?") if at >= 0]
    if not ends:
        return ""
    rest = text[min(ends) :].lstrip(".!? ")
    said = _FOR_ONLY.match(rest)
    return said.group(0).strip() if said else ""


# The rest of a quoted profile text after its first ';' ('‘... voor € 5; bestellen twee dagen vooraf’').
_QUOTE_TAIL = re.compile(r";[^‘’]*’")


def quote_head(line: str) -> str | None:
    """The line with the profile text it quotes cut at its first ';', a shorter wording when the reply does not
    fit the platform ('‘... leveren we in Veurne voor € 5’'); None when it quotes nothing that long."""
    short = _QUOTE_TAIL.sub("’", line)
    return short if short != line else None


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def lower_but_names(phrase: str, text: str) -> str:
    """A phrase of the writer in lower case to be said back, but for the names in it: a word the writer wrote
    with a capital not at the start of a sentence ('onze Noor (11)' → 'onze Noor (11)', 'Mijn fiets' → 'mijn
    fiets'); a word all in capitals ('LAUW') is lowered."""

    def kept(word: re.Match[str]) -> str:
        said = word.group(0)
        name = said[:1].isupper() and said[1:2].islower()
        for at in (m.start() for m in re.finditer(rf"(?<![\w'-]){re.escape(said)}(?![\w'-])", text)) if name else ():
            if not re.search(r"(?:^|[.!?:;\n]|['‘\"“(])\W*$", text[:at]):
                return said
        return said.lower()

    return _WORD.sub(kept, phrase)
