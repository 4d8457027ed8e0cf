"""Reply drafts per flowchart outcome, in the business's own tone.

A draft is composed from the sentences in resources/replies.toml, the details
the pipeline found in the comment (order number, product words) and the
business profile. Whatever the app cannot know stays an explicit
``[vul in: …]`` slot: a draft never invents facts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.profile import BusinessProfile
from app.domain.replies import Platform, ReplyTemplates, Tone, Topic, open_slots, pick, render, shipped_templates
from app.domain.textnorm import keyword_hits, normalise
from app.nlp.details import with_article

REPEAT_THRESHOLD = 2  # earlier negative cases of the same writer before the repeat-critic reply
NEGATIVE_OUTCOMES = frozenset({"uitkomst_herstel", "uitkomst_onwaarheid", "uitkomst_actueel"})
_HANDLE = re.compile(r"^@|^[\w.]+$")
_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "te",
        "van",
        "voor",
        "met",
        "bij",
        "naar",
        "aan",
        "om",
        "is",
        "zijn",
        "jullie",
        "jij",
        "je",
        "u",
        "uw",
        "wat",
        "hoe",
        "waar",
        "wanneer",
        "welke",
        "wie",
        "kan",
        "kunnen",
        "mag",
        "hebben",
        "heb",
        "hebt",
        "heeft",
        "er",
        "ook",
        "nog",
        "wel",
        "niet",
        "geen",
        "dat",
        "die",
        "deze",
        "dit",
        "ik",
        "we",
        "wij",
        "ze",
    ]
)


@dataclass(frozen=True)
class Part:
    key: str
    text: str
    essential: bool
    short: str | None = None  # a shorter wording for tight platforms ("" = leave out)


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

    @property
    def length(self) -> int:
        return len(self.text or "")

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
        }


_TITLES = {
    "mevrouw": "mevrouw",
    "mevr": "mevrouw",
    "mw": "mevrouw",
    "meneer": "meneer",
    "mr": "meneer",
    "dhr": "meneer",
    "heer": "meneer",
    "familie": "familie",
    "fam": "familie",
}


def first_name(author: str) -> str:
    """A name to greet with: the first name, 'mevrouw Bakker' when a title is given,
    or '' for handles and empty or odd names (never guessed)."""
    author = " ".join(author.split())
    if not author or (_HANDLE.match(author) and " " not in author and not author.istitle()):
        return ""
    words = author.split(" ")
    if words[:2] and words[0].lower() == "de" and words[1].lower() == "heer":
        words = ["meneer", *words[2:]]
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title and len(words) > 1:
        return " ".join([title, *words[1:]])[:60]
    first = words[0]
    if not first[:1].isalpha() or any(ch.isdigit() for ch in first) or not 2 <= len(first) <= 30:
        return ""
    return first


def strip_emoji(text: str) -> str:
    kept = []
    for ch in text:
        if unicodedata.category(ch) == "So" or ch in "\ufe0f\u200d":
            continue
        kept.append(ch)
    return re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", "".join(kept))).strip()


def detect_topic(text: str, topics: Iterable[Topic], bonus: Mapping[str, int] | None = None) -> Topic | None:
    """The topic with the most keyword hits; ties go to the topic listed first in the data
    (the file lists the most serious complaint topics first)."""
    best: tuple[int, Topic] | None = None
    norm = normalise(text)
    for topic in topics:
        hits = keyword_hits(text, topic.keywords, normalised=norm) + (bonus or {}).get(topic.id, 0)
        if hits and (best is None or hits > best[0]):
            best = (hits, topic)
    return best[1] if best else None


def match_faq(text: str, profile: BusinessProfile) -> str | None:
    """The answer of the frequently asked question that best matches the comment."""
    words = {w for w in normalise(text).split() if len(w) > 2 and w not in _STOP}
    best: tuple[float, str] | None = None
    for item in profile.faq:
        keys = {w for w in normalise(item.question).split() if len(w) > 2 and w not in _STOP}
        if not keys:
            continue
        shared = len(words & keys)
        score = shared / len(keys)
        if shared >= 1 and score >= 0.5 and (best is None or score > best[0]):
            best = (score, item.answer.strip())
    return best[1] if best else None


class Drafter:
    def __init__(self, profile: BusinessProfile, templates: ReplyTemplates | None = None) -> None:
        self.profile = profile
        self.t = templates or shipped_templates()
        self.tone = Tone(profile.register, "ik" if profile.voice == "ik" else "wij")

    # -- building blocks

    def _line(self, section: str, key: str, seed: str, values: Mapping[str, str] | None = None) -> str:
        return render(pick(self.t.lines(section, key), seed, f"{section}.{key}"), self.tone, values)

    def _greeting(self, author: str, formal: bool, seed: str) -> str:
        name = first_name(author)
        formal = formal or self.tone.register == "u"
        key = ("formal_" if formal else "") + ("named" if name else "anonymous")
        return self._line("greeting", key, seed, {"naam": name})

    def _signoff(self, formal: bool, seed: str) -> str:
        signer = self.profile.signer or "[vul in: je voornaam]"
        line = self._line(
            "signoff", "formal" if formal or self.tone.register == "u" else "informal", seed, {"ondertekenaar": signer}
        )
        if formal and self.profile.name:
            line += f"\n{self.profile.name}"
        return line

    def _channel(self, seed: str) -> Part:
        """How to continue privately, with the real channel from the profile."""
        if self.profile.email:
            key, values = "email", {"kanaal": self.profile.email.strip()}
        elif self.profile.phone:
            key, values = "phone", {"kanaal": self.profile.phone.strip()}
        elif self.profile.dm:
            key, values = "dm", {}
        else:
            key, values = "missing", {}
        return Part(
            "channel",
            self._line("channel", key, seed, values),
            True,
            self._line("channel", f"{key}_short", seed, values),
        )

    # -- per outcome

    def draft(
        self,
        outcome: str,
        text: str,
        *,
        author: str = "",
        platform: str = "overig",
        details: Mapping[str, Any] | None = None,
        flags: Iterable[str] = (),
        earlier_negative: int = 0,
    ) -> Draft:
        """The draft for an outcome of the flowchart."""
        details = details or {}
        flags = set(flags)
        plat = self.t.platform(platform)
        # Someone who signs as 'mevrouw Bakker' is answered with 'u', whatever the profile says.
        saved_tone = self.tone
        if first_name(author).startswith(("mevrouw ", "meneer ", "familie ")):
            self.tone = Tone("u", self.tone.voice)
        try:
            return self._draft(outcome, text, author, plat, details, flags, earlier_negative)
        finally:
            self.tone = saved_tone

    def _draft(  # noqa: PLR0917 - internal, called once with everything resolved
        self,
        outcome: str,
        text: str,
        author: str,
        plat: Platform,
        details: Mapping[str, Any],
        flags: set[str],
        earlier_negative: int,
    ) -> Draft:
        platform = plat.code
        seed = self._seed(text, author, platform)
        formal = plat.formal
        greeting = Part("greeting", self._greeting(author, formal, seed), False)
        sign = Part("sign", self._signoff(formal, seed), True)
        warnings: list[str] = []
        topic: Topic | None = None
        question_topic: Topic | None = None
        optional: str | None = None
        parts: list[Part] | None = None

        repeat = earlier_negative >= REPEAT_THRESHOLD and outcome in NEGATIVE_OUTCOMES
        if repeat:
            warnings.append(
                f"Deze schrijver had al {earlier_negative} negatieve reacties. Reageer één keer inhoudelijk, "
                "bied persoonlijk contact aan en laat het daarna los."
            )
            parts = [
                greeting,
                Part("repeat", self._line("repeat", "lines", seed), True),
                Part("invite", self._line("repeat", "invite", seed), False),
                self._channel(seed),
                sign,
            ]
        elif outcome == "uitkomst_herstel":
            orders = details.get("order_numbers") or []
            # An order number points at a shipped order: it tips a tie towards delivery.
            candidates = [t for t in self.t.complaint_topics if t.id != "overig"]
            topic = detect_topic(text, candidates, {"levering": 1} if orders else None)
            topic = topic or next(t for t in self.t.complaint_topics if t.id == "overig")
            empathy = render(pick(topic.empathy, seed, f"empathy.{topic.id}"), self.tone)
            # Safety and health: first care and personal contact, no admission or offer before the facts.
            careful = topic.id == "veiligheid"
            parts = [
                greeting,
                Part("empathy", empathy, True, self._line("complaint", "short", seed)),
                Part("apology", "" if careful else self._line("complaint", "apology", seed), True, ""),
                Part(
                    "next",
                    self._line("complaint", "order_known", seed, {"ordernummer": str(orders[0])})
                    if orders
                    else self._line("complaint", "order_unknown", seed),
                    False,
                ),
                Part(
                    "solution",
                    "" if careful else self._line("complaint", "solution", seed),
                    True,
                    "" if careful else self._line("complaint", "solution_short", seed),
                ),
                self._channel(seed),
                sign,
            ]
        elif outcome == "uitkomst_onwaarheid":
            parts = [
                greeting,
                Part("opening", self._line("rumour", "opening", seed), False),
                Part("correction", self._line("rumour", "correction", seed), True, self._line("rumour", "short", seed)),
                Part("source", self._line("rumour", "source", seed), True, self._line("rumour", "source_short", seed)),
                Part("closing", self._line("rumour", "closing", seed), False),
                sign,
            ]
        elif outcome in {
            "uitkomst_bedank_publiek",
            "uitkomst_bedank_prive",
            "uitkomst_bedank_publiek_suggestie",
            "uitkomst_bedank_prive_suggestie",
        }:
            products = [p for p in details.get("products") or [] if p not in {"bestelling", "pakket", "levering"}]
            thanks = (
                self._line("positive", "thanks_product", seed, {"product": with_article(str(products[0]))})
                if products
                else self._line("positive", "thanks_general", seed)
            )
            parts = [greeting, Part("thanks", thanks, True, self._line("positive", "short", seed))]
            if outcome.endswith("_suggestie"):
                parts.append(Part("suggestion", self._line("positive", "suggestion", seed), True))
            closing = self._line("positive", "closing", seed)
            if plat.emoji:
                closing += " " + self._line("positive", "emoji", seed)
            parts += [Part("closing", closing, False), sign]
        elif outcome == "uitkomst_vraag_beantwoorden":
            answer, question_topic = self._answer(text, seed)
            parts = [
                greeting,
                Part("answer", answer, True),
                Part("more", self._line("question", "more", seed), False),
                sign,
            ]
        elif outcome == "uitkomst_vraag_uitzoeken":
            parts = [greeting, Part("later", self._line("question", "later", seed), True), sign]
        elif outcome == "uitkomst_actueel":
            parts = [greeting, Part("current", self._line("current", "lines", seed), True), sign]
        elif outcome == "uitkomst_grap":
            optional = self._join([greeting, Part("joke", self._line("joke", "light", seed), True), sign], plat.emoji)

        if "haat" in flags or "bedreiging" in flags or outcome == "uitkomst_beledigend":
            if "haat" in flags or "bedreiging" in flags:
                warnings.append(f"Melden bij {plat.name}: {plat.report}")
            if "bedreiging" in flags:
                warnings.append("Bij een bedreiging: bewaar een schermafbeelding en overweeg aangifte bij de politie.")

        draft_text = self._join(parts, plat.emoji) if parts is not None else None
        short = None
        if draft_text is not None and plat.limit and len(draft_text) > plat.limit:
            short = self._shorten(parts or [], plat.limit, plat.emoji)
            warnings.append(
                f"Het concept is {len(draft_text)} tekens; {plat.name} staat er {plat.limit} toe. "
                f"Gebruik de korte versie ({len(short)} tekens)."
            )
            if len(short) > plat.limit:
                warnings.append(f"Ook de korte versie is te lang voor {plat.name}: schrap zelf nog iets.")
        slots = open_slots(draft_text or "")
        return Draft(
            outcome,
            draft_text,
            short,
            optional,
            slots,
            warnings,
            topic.id if topic else None,
            question_topic.id if question_topic else None,
            plat.limit,
        )

    @staticmethod
    def _seed(text: str, author: str, platform: str) -> str:
        return f"{text}\0{author}\0{platform}"

    def knows_answer(self, text: str, *, author: str = "", platform: str = "overig") -> bool:
        """Whether the profile or FAQ answers this question without an open slot."""
        answer, _ = self._answer(text, self._seed(text, author, self.t.platform(platform).code))
        return not open_slots(answer)

    def _answer(self, text: str, seed: str) -> tuple[str, Topic | None]:
        faq = match_faq(text, self.profile)
        topic = detect_topic(text, self.t.question_topics)
        if faq:
            return faq, topic
        if topic is not None and topic.field != "faq":
            value = self.profile.value(topic.field).rstrip(".")
            if value:
                return render(pick(topic.answer, seed, f"answer.{topic.id}"), self.tone, {"waarde": value}), topic
        return self._line("question", "unknown", seed), topic

    @staticmethod
    def _join(parts: list[Part], emoji: bool) -> str:
        parts = [p for p in parts if p.text]
        greeting = parts[0].text if parts and parts[0].key == "greeting" else ""
        body = " ".join(p.text for p in parts if p.key not in {"greeting", "sign"})
        sign = next((p.text for p in parts if p.key == "sign"), "")
        text = "\n\n".join(x for x in (f"{greeting}\n{body}" if greeting else body, sign) if x)
        return text if emoji else strip_emoji(text)

    def _shorten(self, parts: list[Part], limit: int, emoji: bool) -> str:
        """Step by step: only the essential parts; then their short wordings; then a one-line sign-off."""
        kept = [p for p in parts if p.essential]
        text = self._join(kept, emoji)
        while len(text) > limit:
            longer = [p for p in kept if p.short is not None and len(p.short) < len(p.text)]
            if not longer:
                break
            longest = max(longer, key=lambda p: len(p.text) - len(p.short or ""))
            kept = [Part(p.key, p.short or "", True) if p is longest else p for p in kept]
            kept = [p for p in kept if p.text]
            text = self._join(kept, emoji)
        if len(text) > limit:
            body = " ".join(p.text for p in kept if p.key not in {"greeting", "sign"})
            signer = self.profile.signer or "[vul in: je voornaam]"
            text = f"{body} ^{signer}"
            text = text if emoji else strip_emoji(text)
        return text

    def pause_message(self, seed: str = "") -> str:
        """A transparent message for switching comments off when a thread gets out of hand."""
        return self._join(
            [Part("pause", self._line("pause", "lines", seed), True), Part("sign", self._signoff(False, seed), True)],
            True,
        )
