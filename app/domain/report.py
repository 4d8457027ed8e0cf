"""The monthly feedback report: what people said, how fast we answered, what we learned.

Plain data, no Qt and no SQL: :func:`build_report` asks a source (the store's
report queries) for aggregates and turns them into a :class:`MonthReport` that
a renderer (PDF) or the CSV export can use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from app.domain.case import Case
from app.domain.categories import CATEGORY_NAMES, PLATFORMS
from app.domain.flowchart import Flowchart, shipped_flowchart
from app.domain.replies import Topic, shipped_templates
from app.domain.textnorm import keyword_hits, normalise
from app.nlp.details import EMAIL, PHONE, URL

MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
NEGATIVE_OUTCOMES = {
    "uitkomst_beledigend",
    "uitkomst_grap",
    "uitkomst_onwaarheid",
    "uitkomst_herstel",
    "uitkomst_actueel",
    "uitkomst_laten_staan",
}
TREND_MONTHS = 6
WORD_SAMPLE = 3000
TEXT_LIMIT = 400
ANONYMISE_MODES = ("namen", "pseudoniem", "weglaten")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_STOP = frozenset(
    [
        "aan",
        "al",
        "alle",
        "alles",
        "als",
        "altijd",
        "andere",
        "ben",
        "bij",
        "bij",
        "daar",
        "dan",
        "dat",
        "de",
        "der",
        "deze",
        "die",
        "dit",
        "doch",
        "doen",
        "door",
        "dus",
        "een",
        "eens",
        "en",
        "er",
        "ge",
        "geen",
        "geweest",
        "haar",
        "had",
        "heb",
        "hebben",
        "heeft",
        "hem",
        "het",
        "hier",
        "hij",
        "hoe",
        "hun",
        "iemand",
        "iets",
        "ik",
        "in",
        "is",
        "ja",
        "je",
        "jij",
        "jou",
        "jouw",
        "jullie",
        "kan",
        "kon",
        "kunnen",
        "maar",
        "me",
        "meer",
        "men",
        "met",
        "mij",
        "mijn",
        "moet",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "ons",
        "onze",
        "ook",
        "op",
        "over",
        "reeds",
        "te",
        "tegen",
        "toch",
        "toen",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "want",
        "waren",
        "was",
        "wat",
        "we",
        "wel",
        "werd",
        "wezen",
        "wie",
        "wij",
        "wil",
        "worden",
        "wordt",
        "zal",
        "ze",
        "zei",
        "zelf",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
        "echt",
        "gewoon",
        "heel",
        "keer",
        "weer",
        "even",
        "vandaag",
        "gisteren",
        "hebt",
        "hadden",
        "zijn",
        "zouden",
        "kunnen",
        "moeten",
        "wordt",
        "werden",
        "gaat",
        "ging",
        "gaan",
        "komen",
        "komt",
        "kwam",
        "zien",
        "zag",
        "waar",
        "weet",
        "nooit",
        "zegt",
        "zeggen",
        "laten",
        "alleen",
        "nieuwe",
        "nieuw",
        "open",
        "terug",
        "staat",
        "staan",
        "jaar",
        "mensen",
        "elke",
        "iedereen",
        "iemand",
        "deze",
        "dat",
        "toen",
        "daarna",
        "eerst",
        "want",
        "omdat",
        "maar",
        "hier",
        "daar",
        "eigenlijk",
        "misschien",
        "beetje",
        "helemaal",
        "zeker",
        "vooral",
        "welke",
        "waarom",
        "wanneer",
        "kunt",
        "heeft",
        "hadden",
        "willen",
        "wilde",
        "graag",
        "goed",
        "beter",
        "best",
        "mooi",
        "hele",
        "hebben",
        "jullie",
        "jouw",
        "zijn",
        "onze",
    ]
)


# What the owner decided, read back as a category: the outcome says more than the assistant's guess.
OUTCOME_CATEGORY = {
    "uitkomst_beledigend": "beledigend",
    "uitkomst_grap": "grap_satire",
    "uitkomst_onwaarheid": "onwaarheid",
    "uitkomst_herstel": "klacht",
    "uitkomst_bedank_publiek": "positief",
    "uitkomst_bedank_publiek_suggestie": "positief",
    "uitkomst_bedank_prive": "positief",
    "uitkomst_bedank_prive_suggestie": "positief",
    "uitkomst_niets_doen": "positief",
    "uitkomst_vraag_beantwoorden": "vraag",
    "uitkomst_vraag_uitzoeken": "vraag",
}


def category_of(label: str, outcome: str) -> str:
    """The category for the report: from the outcome the owner reached, else the assistant's label."""
    return OUTCOME_CATEGORY.get(outcome) or label or ""


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def previous_months(month: str, count: int) -> list[str]:
    year, number = (int(x) for x in month.split("-"))
    result = []
    for _ in range(count):
        result.append(f"{year:04d}-{number:02d}")
        number -= 1
        if number == 0:
            year, number = year - 1, 12
    return list(reversed(result))


def clean_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """Untrusted text made safe to print: no control or direction characters, cut at ``limit``."""
    text = _CONTROL.sub("", text or "").replace("\r", "")
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ReportSource(Protocol):
    def totals(self, month: str) -> Any: ...
    def counts_by(self, column: str, month: str) -> dict[str, int]: ...
    def label_outcome_counts(self, month: str) -> dict[tuple[str, str], int]: ...
    def texts(self, month: str, limit: int) -> list[str]: ...
    def repeat_writers(self, month: str, negative_outcomes: set[str], minimum: int = 2) -> list[tuple[str, int]]: ...
    def open_follow_ups(self, limit: int = 15) -> tuple[int, list[Case]]: ...
    def lessons(self, month: str, limit: int = 30) -> list[tuple[str, list[str], int]]: ...
    def notable(self, month: str, limit: int = 5) -> list[Case]: ...
    def authors(self) -> list[str]: ...


@dataclass(frozen=True)
class TrendPoint:
    month: str
    count: int
    median_minutes: float | None


@dataclass(frozen=True)
class CaseSummary:
    when: str
    platform: str
    author: str
    text: str
    outcome: str
    status: str
    reply: str
    follow_up: str | None = None


@dataclass
class MonthReport:
    month: str
    business: str
    anonymise: str
    count: int
    previous_count: int | None
    median_minutes: float | None
    within_hour: float | None  # share 0..1 of cases with a known reply time
    within_day: float | None
    timed: int
    by_category: list[tuple[str, int]]
    by_platform: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]
    by_status: list[tuple[str, int]]
    trend: list[TrendPoint]
    topics: list[tuple[str, int]]
    words: list[tuple[str, int]]
    sampled: int  # how many comments the topics and words are based on
    repeat_writers: list[tuple[str, int]]
    open_follow_ups: int
    follow_ups: list[CaseSummary]
    lessons: list[tuple[str, list[str]]]
    notable: list[CaseSummary]
    made_on: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def title(self) -> str:
        return f"Maandrapport {month_label(self.month)}"

    @property
    def empty(self) -> bool:
        return self.count == 0

    def summary(self) -> list[str]:
        """A few plain Dutch sentences for the top of the report."""
        if self.empty:
            return [
                f"In {month_label(self.month)} zijn er geen reacties in Reageerwijzer vastgelegd.",
                "Rustige maand, of nog niet alles ingevoerd? "
                "Reacties die je afhandelt met de wizard verschijnen hier vanzelf.",
            ]
        lines = [f"In {month_label(self.month)} kwamen er {self.count} reacties binnen."]
        if self.previous_count is not None:
            diff = self.count - self.previous_count
            if self.previous_count == 0:
                lines[0] += " De maand ervoor waren er geen."
            elif diff > 0:
                lines[0] += f" Dat is {diff} meer dan de maand ervoor ({self.previous_count})."
            elif diff < 0:
                lines[0] += f" Dat is {-diff} minder dan de maand ervoor ({self.previous_count})."
            else:
                lines[0] += " Evenveel als de maand ervoor."
        if self.median_minutes is not None and self.within_hour is not None and self.within_day is not None:
            lines.append(
                f"De helft kreeg binnen {format_minutes(self.median_minutes)} antwoord; "
                f"{percent(self.within_hour)} binnen het uur en {percent(self.within_day)} binnen een dag. "
                "Op sociale media verwachten mensen een antwoord binnen het uur, de meesten in elk geval dezelfde dag."
            )
        if self.by_category:
            top, n = self.by_category[0]
            lines.append(f"Het vaakst ging het om: {top} ({n}×).")
        if self.open_follow_ups == 1:
            lines.append("Er staat nog 1 opvolging open.")
        elif self.open_follow_ups:
            lines.append(f"Er staan nog {self.open_follow_ups} opvolgingen open.")
        return lines


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


def format_minutes(minutes: float) -> str:
    if minutes < 60:
        return f"{max(1, round(minutes))} minuten"
    if minutes < 48 * 60:
        hours = minutes / 60
        return f"{hours:.1f} uur".replace(".", ",")
    return f"{round(minutes / 1440)} dagen"


# Name particles: part of a surname ("de Vries"), never a name on their own.
_PARTICLES = frozenset(
    {
        *("de", "der", "den", "van", "von", "het", "ter", "ten", "te", "t", "op", "in"),
        *("la", "le", "du", "di", "da", "del", "della", "des", "zu", "el", "al", "bin", "ibn", "ben"),
    }
)
_TOKEN = re.compile(r"@?[^\W_]+(?:[_][^\W_]+)*")  # words and @handles (letters/digits, joined by '_')
_LETTER_RUNS = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d")
_MAX_NGRAM = 5
# Placeholders put into anonymised text; never counted as words of the month.
PLACEHOLDER_WORDS = frozenset({"schrijver", "naam", "mail", "link", "telefoon", "account"})


def _name_tokens(name: str) -> list[str]:
    return [m.group(0).lower().lstrip("@") for m in _TOKEN.finditer(name)]


class Pseudonyms:
    """Names as shown in the report: real, 'Schrijver 3', or left out.

    :meth:`scrub` removes every person-identifying string from a text in the
    anonymised modes: e-mail addresses, phone numbers and links always; every
    known writer's name in all its variants (full name, first name, surname with
    or without particles, initials + surname, the name written as one word, the
    handle, and a handle's name parts, also when the text writes them apart);
    and any other @handle. Matching walks the words once, so it is linear in
    the text length.
    """

    def __init__(self, mode: str, authors: Iterable[str] = ()) -> None:
        if mode not in ANONYMISE_MODES:
            raise ValueError(f"onbekende keuze voor namen: {mode}")
        self.mode = mode
        self.names: dict[str, str] = {}
        self._variants: dict[str, str] = {}  # lower-case variant -> author key
        self._starts: set[str] = set()  # first words of multi-word variants
        self._handle_parts: dict[str, str] = {}  # prefixes/suffixes of one-word handles
        self._seen: set[str] = set()
        self._display: dict[str, str] = {}  # author key -> the name as first written
        self._keys: set[str] = set()  # every word that occurs in some variant (for the quick path)
        for author in authors:
            self.add_author(author)

    def name(self, author: str) -> str:
        author = clean_text(author, 80)
        if self.mode == "namen" or not author:
            return author
        if self.mode == "weglaten":
            return ""
        key = author.lower()
        if key not in self.names:
            self.names[key] = f"Schrijver {len(self.names) + 1}"
        return self.names[key]

    def _replacement(self, author: str) -> str:
        return self.name(author) or "[naam]"

    def add_author(self, raw: str) -> None:
        """Learn a writer's name and its variants, so they are scrubbed from every text."""
        author = clean_text(raw or "", 80)
        key = author.lower()
        if not author or key in self._seen or self.mode == "namen":
            return
        self._seen.add(key)
        tokens = _name_tokens(author)
        if not tokens:
            return
        core = [t for t in tokens if t not in _PARTICLES]
        variants: set[str] = {" ".join(tokens), "".join(tokens)}
        if len(tokens) > 1:
            variants.add(" ".join(tokens[1:]))  # surname with particles: "de vries"
            variants.add("".join(tokens[1:]))  # "devries"
            variants.add(tokens[0][0] + "".join(tokens[1:]))  # "jdevries"
            variants.add(" ".join(core))
        for token in core:
            variants.add(token)
        for part in tokens:  # a handle written with separators: jan_de_vries
            for piece in part.split("_"):
                if piece and piece not in _PARTICLES:
                    variants.add(piece)
        if len(tokens) == 1:
            # A one-word handle ("pietbakker"): its leading and trailing letters may be a first name
            # or a surname written apart ("Piet Bakker"); remember them for capitalised words.
            for run in _LETTER_RUNS.findall(tokens[0]):
                for cut in range(3, len(run) - 2):
                    self._handle_parts.setdefault(run[:cut], key)
                    self._handle_parts.setdefault(run[cut:], key)
        for variant in variants:
            if len(variant) < 2 or variant in _PARTICLES:
                continue
            self._variants.setdefault(variant, key)
            self._keys.update(_WORDS.findall(variant))
            if " " in variant:
                self._starts.add(variant.split(" ", 1)[0])
        self._keys.update(self._handle_parts)
        self._display.setdefault(key, author)

    def _author_for(self, key: str) -> str:
        return self._display.get(key, key)

    def scrub(self, text: str, authors: Iterable[str] = ()) -> str:
        """The text without names of writers, e-mail addresses, phone numbers, links and @handles."""
        if self.mode == "namen" or not text:
            return text
        for author in authors:
            self.add_author(author)
        if "@" in text:
            text = EMAIL.sub("[e-mail]", text)
        lower = text.lower()
        if "://" in lower or "www." in lower:
            text = URL.sub("[link]", text)
        if _DIGITS.search(text):
            text = PHONE.sub(
                lambda m: "[telefoon]" if sum(ch.isdigit() for ch in m.group(0)) >= 9 else m.group(0), text
            )
        if "@" not in text and self._keys.isdisjoint(_WORDS.findall(lower)):
            return text  # quick path: no word of the text can be part of a name
        tokens = list(_TOKEN.finditer(text))
        if not tokens:
            return text
        out: list[str] = []
        position = 0
        i = 0
        while i < len(tokens):
            match = tokens[i]
            word = match.group(0)
            bare = word.lstrip("@").lower()
            found: tuple[int, str] | None = None
            if bare in self._starts:
                spaced = [bare]
                for n in range(1, _MAX_NGRAM):
                    j = i + n
                    if j >= len(tokens) or not text[tokens[j - 1].end() : tokens[j].start()].isspace():
                        break
                    spaced.append(tokens[j].group(0).lstrip("@").lower())
                for n in range(len(spaced), 1, -1):
                    key = self._variants.get(" ".join(spaced[:n])) or self._variants.get("".join(spaced[:n]))
                    if key:
                        found = (n, key)
                        break
            if found is None:
                key = self._variants.get(bare)
                capital = word[:1].isupper() or word.startswith("@")
                if key and (len(bare) >= 4 or capital):
                    found = (1, key)
                elif word[:1].isupper() and len(bare) >= 3 and bare in self._handle_parts:
                    found = (1, self._handle_parts[bare])
                elif word.startswith("@") and len(word) > 1:
                    out.append(text[position : match.start()])
                    out.append("[account]")
                    position = match.end()
                    i += 1
                    continue
            if found is None:
                i += 1
                continue
            n, key = found
            out.append(text[position : match.start()])
            out.append(self._replacement(self._author_for(key)))
            position = tokens[i + n - 1].end()
            i += n
        out.append(text[position:])
        return "".join(out)


def anonymised(cases: Iterable[Case], mode: str, authors: Iterable[str] = ()) -> Iterator[Case]:
    """Copies of the cases with the writers' names shown, replaced or left out (for the CSV).

    In the anonymised modes every text field (comment, reply, lessons) is scrubbed of
    the names of all ``authors`` (pass every writer in the history) and of the case's own
    writer, and of e-mail addresses, phone numbers, links and handles; links are dropped.
    """
    if mode == "namen":
        yield from cases
        return
    names = Pseudonyms(mode, authors)
    for case in cases:
        names.add_author(case.author)
        copy = replace(case)
        copy.author = names.name(case.author)
        copy.text = names.scrub(case.text)
        copy.reply = names.scrub(case.reply)
        copy.lessons = [
            replace(lesson, text=names.scrub(lesson.text), tags=list(lesson.tags)) for lesson in case.lessons
        ]
        copy.link = ""
        copy.session = None
        yield copy


def _summary(case: Case, flow: Flowchart, names: Pseudonyms) -> CaseSummary:
    outcome = flow.nodes.get(case.outcome or "")
    names.add_author(case.author)
    return CaseSummary(
        when=(case.received_at or "")[:10],
        platform=PLATFORMS.get(case.platform, case.platform),
        author=names.name(case.author),
        text=_scrubbed(case.text, names),
        outcome=outcome.title if outcome else "",
        status=flow.status_label(case.status),
        reply=_scrubbed(case.reply, names),
        follow_up=case.follow_up,
    )


def _scrubbed(text: str, names: Pseudonyms, limit: int = TEXT_LIMIT) -> str:
    """Scrub before cutting, so a name at the cut is still recognised whole."""
    return clean_text(names.scrub((text or "")[: limit * 2 + 200]), limit)


_WORD_OR_MARK = re.compile(r"[^\W\d_]+|[.!?]")


def _proper_nouns(texts: Iterable[str]) -> set[str]:
    """Words that are written capitalised in mid-sentence more often than not: names of people and places."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        sentence_start = True
        for match in _WORD_OR_MARK.finditer(text):
            word = match.group(0)
            if word in ".!?":
                sentence_start = True
                continue
            key = normalise(word)
            if word[0].isupper() and not sentence_start:
                capital[key] += 1
            elif word[0].islower():
                lower[key] += 1
            sentence_start = False
    return {word for word, n in capital.items() if n > lower[word]}


def _topic(text: str, norm: str, topics: list[Topic]) -> Topic | None:
    """detect_topic (drafting) with the text normalised once for topics and words alike."""
    best: tuple[int, Topic] | None = None
    for topic in topics:
        hits = keyword_hits(text, topic.keywords, normalised=norm)
        if hits and (best is None or hits > best[0]):
            best = (hits, topic)
    return best[1] if best else None


def build_report(
    source: ReportSource, month: str, business: str = "", anonymise: str = "namen", flow: Flowchart | None = None
) -> MonthReport:
    flow = flow or shipped_flowchart()
    authors = source.authors() if anonymise != "namen" and hasattr(source, "authors") else []
    names = Pseudonyms(anonymise, authors)
    totals = source.totals(month)
    earlier = previous_months(month, TREND_MONTHS)[:-1]
    trend = [TrendPoint(m, t.count, t.median_minutes) for m, t in ((m, source.totals(m)) for m in earlier)]
    trend.append(TrendPoint(month, totals.count, totals.median_minutes))
    previous = trend[-2].count if len(trend) > 1 else None

    def named(counts: dict[str, int], names_map: dict[str, str]) -> list[tuple[str, int]]:
        return [(names_map.get(k, k or "onbekend"), v) for k, v in counts.items()]

    outcome_names = {n.id: n.title for n in flow.outcomes}
    status_names = {s.id: s.label for s in flow.statuses}
    texts = source.texts(month, WORD_SAMPLE) if totals.count else []
    topics = Counter[str]()
    words = Counter[str]()
    complaint_topics = [t for t in shipped_templates().complaint_topics if t.id != "overig"]
    skip: set[str] = set()
    if anonymise != "namen":
        # No names in the word list: scrub every sampled text, and leave out capitalised (proper) nouns.
        texts = [names.scrub(text) for text in texts]
        skip = _proper_nouns(texts) | PLACEHOLDER_WORDS
    for text in texts:
        norm = normalise(text)
        topic = _topic(text, norm, complaint_topics)
        if topic:
            topics[topic.label] += 1
        for word in set(norm.split()):
            if len(word) >= 4 and word not in _STOP and not word.isdigit() and word not in skip:
                words[word] += 1
    open_total, follow_ups = source.open_follow_ups()
    category_counts: Counter[str] = Counter()
    for (label, outcome), n in source.label_outcome_counts(month).items():
        category_counts[category_of(label, outcome)] += n
    categories = dict(category_counts.most_common())
    timed = totals.timed
    return MonthReport(
        month=month,
        business=clean_text(business, 120),
        anonymise=anonymise,
        count=totals.count,
        previous_count=previous,
        median_minutes=totals.median_minutes,
        within_hour=totals.within_hour / timed if timed else None,
        within_day=totals.within_day / timed if timed else None,
        timed=timed,
        by_category=named(categories, {**CATEGORY_NAMES, "": "overig"}),
        by_platform=named(source.counts_by("platform", month), PLATFORMS),
        by_outcome=named(source.counts_by("outcome", month), outcome_names),
        by_status=named(source.counts_by("status", month), status_names),
        trend=trend,
        topics=topics.most_common(8),
        words=words.most_common(15),
        sampled=len(texts),
        repeat_writers=[
            (names.name(a) or "(naam weggelaten)", n) for a, n in source.repeat_writers(month, NEGATIVE_OUTCOMES)
        ],
        open_follow_ups=open_total,
        follow_ups=[_summary(c, flow, names) for c in follow_ups],
        lessons=[(_scrubbed(t, names, 300), tags) for t, tags, _ in source.lessons(month)],
        notable=[_summary(c, flow, names) for c in source.notable(month)],
    )
