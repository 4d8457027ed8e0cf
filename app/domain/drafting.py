"""Reply drafts per flowchart outcome, in the business's own tone.

A draft is composed from the sentences in resources/replies.toml, what the
comment is about (a :class:`TopicAnalysis`: product, occasion, safety, the
channel the writer already tried), the details found in it (order number) and
the business profile. Whatever the app cannot know stays an explicit
``[vul in: …]`` slot: a draft never invents facts. Same input, same draft.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.flowchart import Flowchart, Node, shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.replies import (
    Platform,
    ReplyTemplates,
    Tone,
    Topic,
    open_slots,
    pick,
    posted_length,
    render,
    shipped_templates,
)
from app.domain.textnorm import keyword_hits, normalise
from app.domain.topics import EMPTY, Mention, TopicAnalysis, article_of, shipped_topic_data
from app.domain.writers import REPEAT_MINIMUM, repeat_with

# Earlier negative cases of the same writer before the repeat-critic reply (the rule: app.domain.writers).
REPEAT_THRESHOLD = REPEAT_MINIMUM - 1
CONGRATULATE = frozenset({"verjaardag", "bruiloft", "jubileum", "diploma", "geboorte", "communie"})
VENUE_KINDS = ("restaurant", "café", "cafe", "eetcafé", "brasserie", "bistro", "lunchroom", "zaal", "hotel")
# Trouble the business got the writer out of (a thank-you for help with it).
_RESCUES = ("lekkage", "storing", "pech", "verstopping", "panne", "noodgeval", "inbraak", "stroomstoring")
_SHORTEN_LAST = frozenset({"empathy", "thanks", "answer", "correction"})
_FOREIGN = frozenset({"plastic", "glas", "vlieg", "made", "insect", "steentje", "metaal", "stukje", "splinter"})
_WAGES = frozenset({"loon", "salaris", "uitbetalen", "uitbetaald", "loonvordering", "achterstallig", "gewerkt"})
_PROVIDER_ENDS = frozenset({"therapeut", "therapie", "praktijk", "salon", "zaak", "kliniek", "centrum"})
# Complaint concepts whose wording fits any thing the writer named, also a guessed one.
_GUESS_SAFE = frozenset({None, "defect", "kwaliteit", "temperatuur"})
_AFTER_SERVICES = frozenset({"reparatie", "onderhoud", "behandeling"})  # 'na de reparatie'
_HANDLE = re.compile(r"^@|^[\w.]+$")
_GENERIC = frozenset(
    [
        "reparer",
        "repareren",
        "hebb",
        "hebben",
        "kunn",
        "kunnen",
        "verkop",
        "verkopen",
        "mak",
        "maken",
        "doen",
        "doet",
        "open",
        "vraag",
        "graag",
        "wil",
        "willen",
        "zoud",
        "zou",
        "mog",
        "mag",
        "moet",
        "ook",
        "nog",
        "jullie",
        "bij",
        "lekker",
        "goed",
        "klopt",
        "kom",
        "komen",
        "ga",
        "gaan",
        "kun",
        "kunt",
        "laten",
        "hoi",
        "hallo",
        "hey",
        "beste",
        "goedemorgen",
        "goedemiddag",
        # time words say when, not what: 'hoe lang', 'vanaf september', 'eerst', 'direct'
        "lang",
        "vanaf",
        "eerst",
        "direct",
        "meteen",
        "weer",
        "januari",
        "februari",
        "maart",
        "april",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "week",
        "maand",
    ]
)
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
        "hem",
        "hun",
        "zich",
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


_TITLES = {
    "mevrouw": "mevrouw",
    "mevr": "mevrouw",
    "mw": "mevrouw",
    "mvr": "mevrouw",
    "meneer": "meneer",
    "mr": "meneer",
    "dhr": "meneer",
    "hr": "meneer",
    "heer": "meneer",
    "familie": "familie",
    "fam": "familie",
}
_ACADEMIC = frozenset({"drs", "dr", "ir", "ing", "prof", "bc", "ba", "ma", "msc", "bsc", "mba", "phd", "mr"})
_NO_NAMES = frozenset({"anoniem", "anonymous", "onbekend", "klant", "gast", "naamloos", "n.n.", "nn"})
# An author that is an organisation ('Team Sales BV', 'Gemeente Zeist') has no first name to greet.
_ORGANISATION = frozenset(
    {"team", "bv", "b.v.", "vof", "v.o.f.", "nv", "stichting", "vereniging", "gemeente", "school", "bedrijf"}
)
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "op", "la", "le", "du", "d'"})


def _surname(words: list[str]) -> str:
    """'van dijk' → 'Van Dijk' (after a title the first particle takes a capital)."""
    return " ".join(
        w[:1].upper() + w[1:] if i == 0 or w.lower() not in _PARTICLES else w.lower() for i, w in enumerate(words)
    )


def first_name(author: str) -> str:  # noqa: PLR0911 - too long/branchy, to split (issue #14)
    """A name to greet with: the first name, 'mevrouw Van Dijk' when a title is given,
    or '' for handles, a lone title and empty or odd names (never guessed)."""
    author = " ".join(author.split())
    if author.lower() in _NO_NAMES or any(w.lower() in _ORGANISATION for w in author.split()):
        return ""
    if not author or (_HANDLE.match(author) and " " not in author and not author.istitle()):
        return ""
    words = author.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in _ACADEMIC and words[0].lower().rstrip(".") != "mr":
        words = words[1:]  # 'Dr. Ingrid Pauwels' → 'Ingrid'
    if words[:2] and words[0].lower() == "de" and len(words) > 1 and words[1].lower() == "heer":
        words = ["meneer", *words[2:]]
    title = _TITLES.get(words[0].lower().rstrip("."))
    if title and len(words) > 3 and words[1].lower() in {"en", "&"}:
        second = _TITLES.get(words[2].lower().rstrip("."))
        rest = [w for w in words[3:] if not re.fullmatch(r"(?:[A-Za-z]\.)+", w)]
        valid = rest and all(re.fullmatch(r"[^\W\d_][\w'-]*", w) for w in rest)
        if second is None or second == title or "familie" in {title, second} or not valid:
            return ""  # 'Dhr. en Bos', 'Dhr. en dhr. Bos': not guessed
        return f"{title} en {second} {_surname(rest)}"[:60]  # 'meneer en mevrouw Bos'
    if title:
        rest = [w for w in words[1:] if w.rstrip(".").lower() not in _TITLES and w.rstrip(".").lower() not in _ACADEMIC]
        # 'Mw. A. de Vries': initials go, the surname stays.
        rest = [w for w in rest if not re.fullmatch(r"(?:[A-Za-z]\.)+", w)]
        if not rest or not all(re.fullmatch(r"[^\W\d_][\w'-]*", w) for w in rest):
            return ""
        return f"{title} {_surname(rest)}"[:60]
    if len(words) == 3 and words[1].lower() in {"en", "&"} and all(w[:1].isupper() for w in (words[0], words[2])):
        return f"{words[0]} en {words[2]}"  # 'Bart en Ilse'
    first = words[0]
    if not first[:1].isalpha() or any(ch.isdigit() for ch in first) or not 2 <= len(first) <= 30:
        return ""
    if first.endswith(".") or (len(first) <= 2 and first.isupper()):
        return ""  # initials are no name to greet with
    return first[:1].upper() + first[1:]


def strip_emoji(text: str) -> str:
    kept = []
    for ch in text:
        if unicodedata.category(ch) == "So" or ch in "\ufe0f\u200d":
            continue
        kept.append(ch)
    return re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", "".join(kept))).strip()


def detect_topic(text: str, topics: Iterable[Topic], bonus: Mapping[str, int] | None = None) -> Topic | None:
    """The topic with the most keyword hits (used by the monthly report's topic counts)."""
    best: tuple[int, Topic] | None = None
    norm = normalise(text)
    for topic in topics:
        hits = keyword_hits(text, topic.keywords, normalised=norm) + (bonus or {}).get(topic.id, 0)
        if hits and (best is None or hits > best[0]):
            best = (hits, topic)
    return best[1] if best else None


def _similar(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


def match_faq(
    question: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, float, str] | None:
    """(answer, score, faq question) of the FAQ entry whose key words best match the question's
    lemmas. Score 1.0 means every key word of the FAQ question is in the comment."""
    words = _keys(question)
    if not words:
        return None
    best: tuple[str, float, str] | None = None
    for item in profile.faq:
        keys = _keys(lemmas_of(item.question))
        if not keys:
            continue
        shared = {k for k in keys if any(_similar(k, w) for w in words)}
        score = min(len(shared) / len(keys), len(shared) / len(words) + 0.25) if shared else 0.0
        # An answer that holds every content word of a short question answers it too
        # ('Kunnen jullie een broek korter maken?' → 'broeken inkorten kost € 15').
        said = _keys(lemmas_of(item.answer))
        if 2 <= len(words) <= 3 and all(any(_similar(w, a) for a in said) for w in words):
            score = max(score, 0.75)
        if score and (best is None or score > best[1]):
            best = (item.answer.strip(), score, item.question.strip())
    return best


def faq_covers(
    text_lemmas: Iterable[str], profile: BusinessProfile, lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, str] | None:
    """(question, answer) of a FAQ entry whose question's key words (two or more) all occur in a
    longer text, such as a rumour ('honden niet meer welkom' → 'Zijn honden toegestaan?')."""
    words = _keys(text_lemmas)
    for item in profile.faq:
        keys = _keys(lemmas_of(item.question))
        if len(keys) >= 2 and all(any(_similar(k, w) for w in words) for k in keys):
            return item.question.strip(), item.answer.strip()
    return None


# Words that mean the same thing for matching questions to FAQ entries.
_RELATED = {
    "zaterdag": "weekend",
    "zondag": "weekend",
    "zaterdags": "weekend",
    "zondags": "weekend",
    "welkom": "toegestaan",
    "toegestaan": "toegestaan",
    "korter": "inkorten",
    "inkort": "inkorten",
    "inkorten": "inkorten",
    "stopzetten": "pauzeren",
    "zoon": "kind",
    "dochter": "kind",
    "zoontje": "kind",
    "dochtertje": "kind",
    "kinderen": "kind",
    "mee": "meedoen",
    "meekomen": "meedoen",
    "meedoen": "meedoen",
    "ziek": "spoed",
    "noodgeval": "spoed",
    "dringend": "spoed",
    "opzeggen": "opzeggen",
    "opzegg": "opzeggen",
}


def _keys(lemmas: Iterable[str]) -> set[str]:
    def related(w: str) -> str:
        if w.startswith(("zaterdag", "zondag")):
            return "weekend"  # 'zaterdagavond' ~ 'in het weekend'
        return _RELATED.get(w, w)

    return {related(w) for w in lemmas if w not in _GENERIC and w not in _STOP and len(w) > 2}


# Names for the same fixed day: a profile may say '31 december' where the writer says 'oudejaarsdag'.
_SAME_DAY = (
    frozenset({"oudejaarsdag", "oudjaar", "oudejaarsavond", "31 december", "31 dec", "31-12"}),
    frozenset({"nieuwjaarsdag", "nieuwjaar", "1 januari", "1 jan", "01-01"}),
    frozenset({"kerstavond", "24 december", "24 dec", "24-12"}),
    frozenset({"eerste kerstdag", "1e kerstdag", "25 december", "25 dec", "25-12"}),
    frozenset({"tweede kerstdag", "2e kerstdag", "26 december", "26 dec", "26-12"}),
    frozenset({"koningsdag", "27 april", "27 apr"}),
    frozenset({"bevrijdingsdag", "5 mei"}),
)


def _holiday_names(holiday: str) -> set[str]:
    """'tweede paasdag' → {'tweede paasdag', '2e paasdag', '2de paasdag', 'paasmaandag'}."""
    name = normalise(holiday)
    names = {name}
    for word, short in (("eerste", "1"), ("tweede", "2")):
        if name.startswith(word + " "):
            rest = name[len(word) + 1 :]
            names |= {f"{short}e {rest}", f"{short}de {rest}", f"{short}ste {rest}"}
    extra = {"tweede paasdag": "paasmaandag", "tweede pinksterdag": "pinkstermaandag"}
    if name in extra:
        names.add(extra[name])
    for group in _SAME_DAY:
        if names & group:
            names |= group
    return names


def _holiday_preposition(holiday: str) -> str:
    """'met kerst', 'met Pasen', but 'op tweede paasdag', 'op Koningsdag'."""
    name = normalise(holiday)
    seasons = ("kerst", "kerstmis", "pasen", "pinksteren", "oud en nieuw", "carnaval", "sinterklaas", "de feestdagen")
    if name in seasons or name == "feestdagen":
        return "met" if name != "feestdagen" else "tijdens"
    if name.startswith(("zomervakantie", "vakantie", "bouwvak")):
        return "in de" if not name.startswith("de ") else "in"
    return "op"


_QUESTION_END = re.compile(r"(?<=\?)[\s\u200d\ufe0f]*(?=\S)|(?<=[.!])\s+")
# Words that make a question rhetorical or a reproach rather than something to answer.
_RHETORICAL = re.compile(
    r"\b(?:waarom|hoe (?:moeilijk|lastig|kan|haal)|wie (?:doet|denk|verzint)|eigenlijk|nou|toch|normaal|serieus|"
    r"echt waar|zijn jullie gek|meen je|ben je|hallo)\b|[?!]{2,}",
    re.I,
)
_ADDRESSED = re.compile(
    r"\b(?:jullie|u|uw|je|jij|jou|jouw)\b"
    r"|\b(?:krijg|kan|mag|moet|kunnen|krijgen|mogen|moeten)\s+(?:ik|we|wij)\b"
    r"|^\W*(?:wanneer|wat|waar|welke|hoe lang|hoeveel|wie)\b"
    r"|\b(?:garantie\w*|vergoed\w*|terug\w*|korting\w*|levering|klaar|opgelost|oplossing|ruilen|retour\w*|annuleren)\b"
    r"|^\W*(?:kan|kunnen|kunt|mag|wil|wilt)\b.*\bniet\b",
    re.I,
)


_LOWER_AFTER_COLON = frozenset({"ja", "nee", "dat", "het", "de", "een", "we", "wij", "ik", "er", "u", "je"})
_WISH = re.compile(r"\b(?:zou|zouden|misschien|eens|idee|overwegen)\b", re.I)
_EMOJI = r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
_CLAUSE_BREAK = re.compile(rf"(?<=[.!?…])\s+|{_EMOJI}\s*")


def last_clause(question: str) -> str:
    """The part of a 'sentence' that asks: 'Jurk gescheurd 😡 Kan ik hem ruilen?' → 'Kan ik hem ruilen?'."""
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(question) if p and p.strip()]
    asking = [p for p in pieces if p.endswith("?")]
    return asking[-1] if asking else question.strip()


def question_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a text that end in a question mark (a plain fallback for callers that
    have no language-assistant analysis)."""
    found = []
    for part in _QUESTION_END.split(text):
        sentence = part.strip()
        if sentence.endswith("?") and any(ch.isalpha() for ch in sentence):
            found.append(sentence[:300])
    return tuple(found[:3])


# 'Hebben jullie ook Lego Duplo?', 'Doet u ook het snoeien van grote bomen?': what is asked about.
_ASKED_ABOUT = re.compile(
    r"^\W*(?:hebben|hebt|heeft|verkopen|verkoopt|doen|doet|maken|maakt|repareren|repareert|leveren|levert|"
    r"verhuren|verhuurt|organiseren|organiseert|geven|geeft|verzorgen|verzorgt|plaatsen|plaatst)\s+"
    r"(?:jullie|u|je|jij|ze)\s+(?:(?:ook|nog|al|eigenlijk|misschien|wel)\s+)*(?P<what>[^?!.]+?)\s*[?!.]*\W*$",
    re.I,
)
_OWN_TO_YOURS = {"mijn": "{poss}", "m'n": "{poss}", "mn": "{poss}"}


def asked_about(asked: Iterable[str], poss: str = "je") -> str:
    """The thing a yes/no question to the business asks about, as the writer put it ('Lego Duplo',
    'het snoeien van grote bomen'); '' when no question has that shape or it is long."""
    for question in asked:
        match = _ASKED_ABOUT.match(last_clause(question))
        if not match:
            continue
        words = strip_emoji(match.group("what")).split()
        if 0 < len(words) <= 7:
            return " ".join(_OWN_TO_YOURS.get(w.lower(), w).replace("{poss}", poss) for w in words)
    return ""


def addressed_question(question: str) -> bool:
    """True for a question put to the business that wants an answer ('Krijg ik mijn geld terug?',
    'Gaan jullie dit vergoeden?'); false for rhetoric ('Hoe moeilijk kan het zijn?', 'Normaal?!')."""
    if _RHETORICAL.search(question):
        return False
    return bool(_ADDRESSED.search(question.strip()))


def _simple_lemmas(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in _STOP]


class Drafter:
    """Composes drafts. ``analyser`` turns a text into a :class:`TopicAnalysis` (the CLI and
    the GUI pass app.nlp.topics.analyse_topics); without it a draft uses neutral wording."""

    def __init__(
        self,
        profile: BusinessProfile,
        templates: ReplyTemplates | None = None,
        analyser: Callable[[str], TopicAnalysis] | None = None,
        flow: Flowchart | None = None,
    ) -> None:
        self.profile = profile
        self.flow = flow or shipped_flowchart()
        self.t = templates or shipped_templates()
        self.analyser = analyser
        self.tone = Tone(profile.register, "ik" if profile.voice == "ik" else "wij")
        self._faq_lemmas: dict[str, tuple[str, ...]] = {}

    # -- building blocks

    def _line(self, section: str, key: str, seed: str, values: Mapping[str, str] | None = None) -> str:
        return render(pick(self.t.lines(section, key), seed, f"{section}.{key}"), self.tone, values)

    def _lemmas_of(self, text: str) -> tuple[str, ...]:
        if text not in self._faq_lemmas:
            self._faq_lemmas[text] = self.analyser(text).lemmas if self.analyser else tuple(_simple_lemmas(text))
        return self._faq_lemmas[text]

    def _analysis(self, text: str, topics: TopicAnalysis | None) -> TopicAnalysis:
        if topics is not None:
            return topics
        return self.analyser(text) if self.analyser else EMPTY

    @property
    def _poss(self) -> str:
        return "je" if self.tone.register == "je" else "uw"

    @property
    def _you(self) -> str:
        return "je" if self.tone.register == "je" else "u"

    def _greeting(self, author: str, plat: Platform, seed: str) -> str:
        name = first_name(author)
        key = f"{plat.style}_{self.tone.register}_{'named' if name else 'anonymous'}"
        return self._line("greeting", key, seed, {"naam": name})

    def _signoff(self, plat: Platform, seed: str) -> str:
        signer = self.profile.signer or "[vul in: voornaam van wie ondertekent]"
        line = self._line(
            "signoff", f"{plat.style}_{self.tone.register}", seed, {"ondertekenaar": signer, "bedrijf": ""}
        )
        if plat.style == "formal" and self.profile.name:
            line += f"\n{self.profile.name}"
        return line

    def _channel(self, plat: Platform, seed: str, *, urgent: bool, tried: Iterable[str]) -> tuple[Part, str]:
        """How to continue privately: a channel the platform has, phone first when it is urgent or
        the writer's mail went unanswered, never the channel that already failed."""
        tried = set(tried)
        order = ["phone", "email", "dm"] if urgent or tried else ["email", "phone", "dm"]
        available = {
            "phone": bool(self.profile.phone.strip()) and "telefoon" not in tried,
            "email": bool(self.profile.email.strip()) and "mail" not in tried and plat.code != "email",
            "dm": plat.dm and self.profile.dm and "dm" not in tried,
        }
        kind = next((k for k in order if available[k]), "missing")
        if plat.code == "email" and kind != "phone":
            return Part("channel", "", False), "mail"  # the reply is already private
        if kind == "missing" and tried:
            # The writer's mail or call went unanswered and there is no other way: we get in touch.
            callback = self._line("channel", "callback", seed)
            return Part("channel", callback, True, self._line("channel", "callback_short", seed)), sorted(tried)[0]
        values = {"kanaal": (self.profile.phone if kind == "phone" else self.profile.email).strip()}
        key = f"{kind}_urgent" if urgent and kind in {"phone", "email"} else kind
        code = {"phone": "telefoon", "email": "mail", "dm": "dm", "missing": "open"}[kind]
        return (
            Part(
                "channel",
                self._line("channel", key, seed, values),
                True,
                self._line("channel", f"{key}_short", seed, values),
            ),
            code,
        )

    def _occasion_phrase(self, topics: TopicAnalysis) -> str:
        concept = shipped_topic_data().concept(topics.occasion)
        words = topics.occasion_words or (concept.say if concept else "")
        if not words:
            return ""
        if topics.occasion == "moederdag":
            return words  # 'voor moederdag', nobody's own
        if topics.owner:
            return f"{article_of(words.split()[-1])} {words} van {self._owner(topics)}"
        return f"{self._poss} {words}"

    def _np(self, mention: Mention) -> str:
        """'de fiets', or 'je fiets' / 'uw fiets' when the writer said 'mijn fiets'."""
        return f"{self._poss} {mention.text}" if mention.own else mention.definite

    def _owner(self, topics: TopicAnalysis) -> str:
        """Whose occasion: 'je moeder', or a name as written ('Yasmin')."""
        return topics.owner if topics.owner[:1].isupper() else f"{self._poss} {topics.owner}"

    def _subject(self, topics: TopicAnalysis) -> str:
        """What the writer named, as a noun phrase: 'de eenhoorntaart voor je dochter'."""
        if not topics.products:
            return ""
        base = self._np(topics.products[0])
        occasion = self._occasion_phrase(topics)
        if topics.products[0].occasion:
            occasion = ""  # 'de bruidstaart', not 'de bruidstaart voor uw bruiloft'
            if not topics.recipient:
                return base
        if occasion and topics.owner:
            return f"{base} voor {occasion}"
        if topics.recipient:  # only when the writer said who it was for ('voor mijn dochter')
            return f"{base} voor {self._poss} {topics.recipient}"
        if topics.products[0].theirs and topics.people:  # 'mijn zoon ... zijn rijles'
            return f"{base} van {self._poss} {topics.people[0]}"
        if occasion:
            return f"{base} voor {occasion}"
        return base

    @staticmethod
    def _things(topics: TopicAnalysis) -> str:
        """The (at most two) things the writer named: 'de douche en de handdoek'."""
        named = [m.definite for m in topics.products[:2]]
        return " en ".join(named)

    def _fact(self, topics: TopicAnalysis, *, rumour: bool = False) -> tuple[str, str] | None:
        """(label, value) of the first subject the comment is about that the profile fills in."""
        data = shipped_topic_data()
        for subject in topics.subjects:
            # Opening hours answer a rumour only about days and times, not about closing down.
            closing_down = topics.closure and not topics.times  # 'gaat dicht op zondag' is about hours
            if rumour and subject == "openingstijden" and (closing_down or topics.is_safety or not topics.times):
                continue
            concept = data.concept(subject)
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if concept is None or qt is None:
                continue
            value = self.profile.value(qt.field).rstrip(".")
            if value:
                return qt.label, value
        return None

    def _without_business(self, topics: TopicAnalysis) -> TopicAnalysis:
        """'Beste fysio van de stad': a word for the business itself is no product to thank for."""
        kind = normalise(self.profile.kind)
        if not kind:
            return topics

        def business(word: str) -> bool:
            # 'fysio' for a fysiotherapeut, 'tandarts' for a tandarts; but a fietsenmaker's 'fiets' is a product.
            w = normalise(word)
            return w == kind or (len(w) >= 4 and kind.startswith(w) and kind[len(w) :] in _PROVIDER_ENDS)

        kept = tuple(m for m in topics.products if not business(m.text))
        return topics if len(kept) == len(topics.products) else replace(topics, products=kept)

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
        topics: TopicAnalysis | None = None,
        questions: Iterable[str] | None = None,
    ) -> Draft:
        """The draft for an outcome of the flowchart. ``questions`` are the question sentences in
        the comment (the language assistant's ``questions``); None = find them in the text."""
        details = details or {}
        asked = tuple(questions) if questions is not None else question_sentences(text)
        flags = set(flags)
        plat = self.t.platform(platform)
        analysis = self._without_business(self._analysis(text, topics))
        # Someone who signs as 'mevrouw Bakker' is answered with 'u', whatever the profile says.
        saved_tone = self.tone
        if first_name(author).startswith(("mevrouw ", "meneer ", "familie ")):
            self.tone = Tone("u", self.tone.voice)
        try:
            # An outcome the chart does not know (an older history) gets no draft.
            node = self.flow.nodes.get(outcome) or Node(outcome, "outcome", outcome)
            return self._draft(node, text, author, plat, details, flags, earlier_negative, analysis, asked)
        finally:
            self.tone = saved_tone

    def _draft(  # noqa: C901, PLR0912, PLR0915 - one dispatch over the outcomes, called once
        self,
        node: Node,
        text: str,
        author: str,
        plat: Platform,
        details: Mapping[str, Any],
        flags: set[str],
        earlier_negative: int,
        topics: TopicAnalysis,
        asked: tuple[str, ...] = (),
    ) -> Draft:
        seed = self._seed(text, author, plat.code)
        kind = node.draft
        question = self._question_part(asked, seed, slot=not topics.is_safety, wish=node.suggestion)
        greeting = Part("greeting", self._greeting(author, plat, seed), False)
        sign = Part("sign", self._signoff(plat, seed), True)
        warnings: list[str] = []
        suggestions: list[str] = []
        topic_id: str | None = None
        question_topic: str | None = None
        optional: str | None = None
        parts: list[Part] | None = None
        channel: str | None = None

        repeat = node.repeat_advice and repeat_with(earlier_negative, node.negative)
        if repeat:
            warnings.append(
                f"Deze schrijver had al {earlier_negative} negatieve reacties. Reageer één keer inhoudelijk, "
                "bied persoonlijk contact aan en laat het daarna los."
            )
            contact, channel = self._channel(plat, seed, urgent=topics.is_safety, tried=topics.tried)
            parts = [
                greeting,
                Part("repeat", self._line("repeat", "lines", seed), True),
                Part("invite", self._line("repeat", "invite", seed), False),
                contact,
                sign,
            ]
        elif kind == "herstel":
            parts, channel, topic_id = self._complaint(topics, plat, details, seed)
            if question is not None:
                # The answer to the writer's own question takes the place of the generic proposal,
                # before the invitation to continue privately.
                parts = [p for p in parts if p.key != "solution"]
                at = next((i for i, p in enumerate(parts) if p.key in {"channel", "sign"} and p.text), len(parts))
                parts.insert(at, question)
            if "suggestie" in flags:
                parts.append(Part("tip", self._line("complaint", "tip", seed), False))
            parts = [greeting, *parts, sign]
        elif kind == "rechtzetten":
            parts = [greeting, *self._rumour(topics, seed)]
            if topics.is_safety:
                # A rumour about health or safety: whoever was affected can reach us directly, by phone first.
                contact, channel = self._channel(plat, seed, urgent=True, tried=topics.tried)
                parts.append(contact)
            parts.append(sign)
        elif kind == "bedanken":
            parts = [greeting, *self._thanks(node.suggestion, topics, author, plat, seed), sign]
            if question is not None:
                at = next((i for i, p in enumerate(parts) if p.key in {"closing", "sign"}), len(parts))
                parts.insert(at, question)
        elif kind == "beantwoorden":
            answer, question_topic, suggestions = self._answer(topics, seed)
            more = self._question_part(asked[1:], seed, slot=False) if len(asked) > 1 else None
            if more is not None and more.text.split(": ", 1)[-1] not in answer:
                answer = f"{answer} {self._line('question', 'also', seed, {'antwoord': more.text.split(': ', 1)[-1]})}"
            parts = [
                greeting,
                Part("answer", answer, True),
                Part("more", self._line("question", "more", seed), False),
                sign,
            ]
        elif kind == "uitzoeken":
            _, question_topic, suggestions = self._answer(topics, seed)
            about = asked_about(asked, self._poss)
            later = (
                self._line("question", "later_about", seed, {"onderwerp": about})
                if about
                else self._line("question", "later", seed)
            )
            parts = [greeting, Part("later", later, True), sign]
        elif kind == "actueel":
            parts = [greeting, Part("current", self._line("current", "lines", seed), True), sign]
        elif kind == "luchtig":
            optional = self._join([greeting, Part("joke", self._joke(topics, seed), True), sign], plat)

        threat, hate = "bedreiging" in flags, "haat" in flags
        if kind == "melden":
            warnings.append(f"Melden bij {plat.name}: {plat.report}")
            if threat and not topics.legal:
                warnings.append("Bij een bedreiging: bewaar een schermafbeelding en overweeg aangifte bij de politie.")
        elif threat or hate:
            warnings.append(
                f"De assistent ziet mogelijk {'een bedreiging' if threat else 'haat'}; lees zelf of dat klopt. "
                f"Zo ja: Melden bij {plat.name}: {plat.report}"
            )
        if threat and topics.legal:
            warnings.append(
                "Juridische stappen aankondigen of loon opeisen is geen bedreiging: antwoord inhoudelijk en "
                "houd het verder persoonlijk."
            )
        for suggestion in suggestions:
            warnings.append(suggestion)

        draft_text = self._join(parts, plat) if parts is not None else None
        short = None
        posted = posted_length(draft_text, plat, self.t.slot_fill) if draft_text else 0
        if draft_text is not None and plat.limit and posted > plat.limit:
            short = self._shorten(parts or [], plat)
            short_len = posted_length(short, plat, self.t.slot_fill)
            if plat.style == "chat":
                # On short-message platforms the fitting version is the draft itself.
                warnings.append(f"Ingekort voor {plat.name}: ingevuld ongeveer {short_len} van de {plat.limit} tekens.")
                draft_text, short, posted = short, None, short_len
            else:
                warnings.append(
                    f"Het concept wordt ingevuld ongeveer {posted} tekens; {plat.name} staat er {plat.limit} toe. "
                    f"Gebruik de korte versie (ongeveer {short_len} tekens)."
                )
            if short_len > plat.limit:
                warnings.append(f"Ook de korte versie is te lang voor {plat.name}: schrap zelf nog iets.")
        slots = open_slots(draft_text or "")
        return Draft(
            node.id,
            draft_text,
            short,
            optional,
            slots,
            warnings,
            topic_id,
            question_topic,
            plat.limit,
            channel if draft_text else None,
            posted,
            suggestions,
        )

    def _complaint(  # noqa: C901, PLR0912, PLR0915 - too long/branchy, to split (issue #14)
        self, topics: TopicAnalysis, plat: Platform, details: Mapping[str, Any], seed: str
    ) -> tuple[list[Part], str, str]:
        data = shipped_topic_data()
        if topics.legal and _WAGES & set(topics.lemmas):
            # An (ex-)employee's wage claim: no customer empathy, no public discussion, quick contact.
            contact, channel = self._channel(plat, seed, urgent=True, tried=topics.tried)
            return (
                [
                    Part("empathy", self._line("complaint", "employee", seed), True),
                    Part("next", self._line("complaint", "employee_next", seed), True, ""),
                    contact,
                ],
                channel,
                "overig",
            )
        tried = [Part("tried", self._line("channel", f"tried_{c}", seed), True) for c in topics.tried[:1]]
        if topics.is_safety:
            concept = topics.safety[0] if topics.safety else "hygiene"
            known = data.concept(concept)
            say = render(known.say, self.tone) if known else ""
            services = [data.concept(s) for s in topics.services]
            if concept == "remmen" and services and services[0] is not None:
                say = f"{say} {services[0].say}"
            if topics.people:
                person = f"{self._poss} {topics.people[0]}"
            elif topics.body:
                person = f"{self._poss} {topics.body}"  # 'Hoe gaat het nu met uw schouder?'
            else:
                person = self._you
            after = ""
            named = topics.products[0] if topics.products else None
            if named is not None and not named.guessed and named.text not in {"remmen", "rem"}:
                after = f" na {self._np(topics.products[0])}"
            elif "etentje" in topics.services:
                after = " na het eten"
            elif "behandeling" in topics.services:
                after = " na de behandeling"
            plural = bool(topics.people) and topics.people[0].endswith(("en", "s")) and topics.people[0] != "man"
            subject = person
            if not topics.people and "gezin" in topics.lemmas:
                subject = f"{self._you} met het hele gezin"  # 'dat u met het hele gezin ziek werd'
            elif not topics.people and "collega" in topics.lemmas:
                subject = f"{self._poss} collega's"  # 'dat je collega's ziek werden'
                plural = True
            elif topics.people and {"allebei", "beiden", "beide"} & set(topics.lemmas):
                # 'mijn man en ik allebei': both of them
                you = "jij" if self.tone.register == "je" else "u"
                subject = f"{you} en {self._poss} {topics.people[0]}"
                person = "jullie" if self.tone.register == "je" else "u beiden"
                plural = True
            elif not topics.people and {"gezelschap", "iedereen", "allemaal"} & set(topics.lemmas):
                subject = person = "jullie" if self.tone.register == "je" else "u en uw gezelschap"
                plural = True  # 'dat u en uw gezelschap ziek werden', 'hoe gaat het nu met jullie?'
            values = {
                "meervoud": "ja" if concept == "remmen" and "rem " not in f"{say} " else "nee",
                "onderwerp": say,
                "persoon": person,
                "persoon_subject": subject,
                "werd": "werden" if plural else "werd",
                # A hazard is 'met de accu', not 'na de accu'.
                "na": (f" met {self._np(named)}" if named is not None else "") if concept == "gevaar" else after,
            }
            if concept == "hoofdhuid":
                skin = "hoofdhuid" if "hoofdhuid" in topics.lemmas else "huid"
                values["onderwerp"] = f"{self._poss} {skin}"
            key = concept
            if concept == "allergie" and {"gelukkig", "bijna"} & set(topics.lemmas):
                key = "allergie_bijna"  # it went well just in time: no 'allergic reaction' happened
            empathy = self._line("safety", key, seed, values)
            if concept == "hygiene" and topics.products and {"schimmel", "beschimmeld"} & set(topics.lemmas):
                # 'kaas die beschimmeld was': not about cleaning, it should never have been sold
                empathy = self._line("safety", "mould", seed, {**values, "onderwerp": self._np(topics.products[0])})
            elif concept == "hygiene" and topics.products and _FOREIGN & set(topics.lemmas):
                # 'een stukje plastic in het ijsje': not dirt, something that should never be in it
                empathy = self._line("safety", "foreign", seed, {**values, "onderwerp": self._np(topics.products[0])})
                if topics.people:
                    empathy += " " + self._line("safety", "foreign_person", seed, values)
            elif concept == "hygiene" and topics.products:
                # 'De douche en de handdoek horen gewoon schoon te zijn.'
                things = self._things(topics)
                plural = " en " in things or topics.products[0].plural
                values = {**values, "onderwerp": things[:1].upper() + things[1:], "meervoud": "ja" if plural else "nee"}
                empathy = self._line("safety", "hygiene_about", seed, values)
            contact, channel = self._channel(plat, seed, urgent=True, tried=topics.tried)
            parts = [
                Part("empathy", empathy, True, self._line("safety", "short", seed)),
                *tried,
                Part("care", self._line("safety", "care", seed), False),
                contact,
            ]
            topic = next((t for t in self.t.complaint_topics if t.id == topics.topic), None)
            return parts, channel, topic.id if topic else "veiligheid"

        topic = next((t for t in self.t.complaint_topics if t.id == topics.topic), None)
        staff_too = False
        if topic is not None and topic.id == "personeel" and topics.products and len(topics.problems) > 1:
            # 'Pizza koud en de bezorger onbeleefd': the empathy is about the pizza, the rudeness gets a line.
            other = next((c for c in topics.problems if c != "personeel"), "")
            other_concept = data.concept(other)
            topic = next((t for t in self.t.complaint_topics if other_concept and t.id == other_concept.topic), topic)
            staff_too = topic.id != "personeel"
        subject = self._subject(topics)
        guess = bool(subject) and topics.products[0].guessed
        if guess and (topics.concept not in _GUESS_SAFE or (topics.concept is None and topics.people)):
            # A guessed noun is named where it cannot be wrong ('over het treintje'), not as what was
            # waited for or who was rude.
            subject = ""
        if (
            not subject
            and "bestelling" in topics.lemmas
            and topic is not None
            and topic.id in {"wachttijd", "levering"}
        ):
            subject = f"{self._poss} bestelling"  # 'Wat vervelend dat je zo lang op je bestelling moest wachten.'
        service = next((data.concept(s) for s in topics.services if s in _AFTER_SERVICES), None)
        number = {"meervoud": "ja" if topics.products and topics.products[0].plural else "nee"}
        if topics.concept == "temperatuur":
            cold = "koud" in topics.lemmas or "kou" in topics.lemmas
            empathy = self._line("complaint", "cold" if cold else "hot", seed)
        elif topics.concept == "overlast":
            night = bool({"nacht", "slapen", "slaap", "nachtrust"} & set(topics.lemmas))
            empathy = self._line("complaint", "overlast_night" if night else "overlast", seed)
        elif topics.concept == "defect" and subject:
            empathy = self._line("complaint", "defect", seed, {"onderwerp": subject, **number})
        elif topic is not None and subject:
            empathy = render(pick(topic.about, seed, f"about.{topic.id}"), self.tone, {"onderwerp": subject, **number})
        elif topic is not None and topic.id == "personeel" and topics.people and not subject:
            # 'Mijn dochter werd door de assistente uitgelachen'
            values = {"persoon": f"{self._poss} {topics.people[0]}"}
            empathy = self._line("complaint", "staff_person", seed, values)
        elif topic is not None:
            empathy = render(pick(topic.empathy, seed, f"empathy.{topic.id}"), self.tone)
        elif subject and service is not None:
            values = {"onderwerp": subject, "dienst": service.say, **number}
            empathy = self._line("complaint", "service", seed, values)
        elif subject:
            overig = next(t for t in self.t.complaint_topics if t.id == "overig")
            empathy = render(pick(overig.about, seed, "about.overig"), self.tone, {"onderwerp": subject, **number})
        elif topics.people:
            empathy = self._line("complaint", "neutral_person", seed, {"persoon": f"{self._poss} {topics.people[0]}"})
        else:
            empathy = self._line("complaint", "neutral", seed)
        orders = [str(o) for o in details.get("order_numbers") or []]
        if orders and plat.code == "email":
            follow = self._line("complaint", "order_known", seed, {"ordernummer": orders[0]})
        elif orders:
            follow = self._line("complaint", "order_public", seed)
        else:
            follow = self._line("complaint", "order_unknown", seed)
        contact, channel = self._channel(plat, seed, urgent=False, tried=topics.tried)
        empathy_part = Part("empathy", empathy, True, self._line("complaint", "short", seed))
        apology = Part("apology", self._line("complaint", "apology", seed), True, "")
        follow_part = Part("next", follow, False)
        solution = Part(
            "solution",
            render(pick(topic.solution, seed, f"solution.{topic.id}"), self.tone)
            if topic is not None and topic.solution
            else self._line("complaint", "solution", seed),
            True,
            self._line("complaint", "solution_short", seed),
        )
        terms = self.profile.value("return_terms").rstrip(".")
        if terms and topics.concept in {"defect", "kwaliteit"} and topic is not None and topic.id == "kwaliteit":
            # Broken or disappointing, and the profile names the warranty or exchange terms.
            solution = Part(
                "solution",
                f"{self._line('complaint', 'terms', seed, {'waarde': terms})} {solution.text}",
                True,
                solution.short,
            )
        if staff_too:
            empathy_part = Part(
                "empathy",
                f"{empathy} {self._line('complaint', 'also_staff', seed)}",
                True,
                self._line("complaint", "short", seed),
            )
        if tried:
            apology = Part("apology", "", False)  # the apology for the unanswered message says sorry already
        variant = pick(("a", "b", "c"), seed, "complaint.structure")
        if variant == "a":
            parts = [empathy_part, *tried, apology, follow_part, solution, contact]
        elif variant == "b":
            parts = [apology, empathy_part, *tried, follow_part, solution, contact]
        else:
            acknowledge = Part("acknowledge", self._line("complaint", "acknowledge", seed), False)
            parts = [empathy_part, *tried, acknowledge, apology, follow_part, solution, contact]
        if topics.occasion == "rouw" and topics.owner:
            person = self._owner(topics)
            # 'gecondoleerd met het verlies van je vader' names him; the complaint then says 'de uitvaart'.
            parts = [
                Part(p.key, p.text.replace(f" van {person}", "", 1), p.essential, p.short) if p.key == "empathy" else p
                for p in parts
            ]
            parts.insert(0, Part("condolence", self._line("complaint", "condolence", seed, {"persoon": person}), True))
        return parts, channel, topic.id if topic else "overig"

    def _rumour(self, topics: TopicAnalysis, seed: str) -> list[Part]:
        fact = self._fact(topics, rumour=True)
        holiday = self._holiday_answer(topics.holiday, seed) if topics.holiday else ""
        if holiday and not open_slots(holiday):
            correction = short = holiday  # 'We zijn op Koningsdag dicht.'
            fact = ("", holiday)
        elif fact:
            correction = self._line("rumour", "fact", seed, {"label": fact[0], "waarde": fact[1]})
            short = correction
        elif covered := faq_covers(topics.lemmas, self.profile, self._lemmas_of):
            values = {"vraag": covered[0], "antwoord": covered[1]}
            correction = short = self._line("rumour", "faq", seed, values)  # 'Zijn honden toegestaan? Ja, ...'
            fact = ("", covered[1])
        else:
            correction = self._line("rumour", "correction", seed)
            short = self._line("rumour", "short", seed)
        if self.profile.website.strip():
            source = self._line("rumour", "source_site", seed, {"kanaal": self.profile.website.strip()})
            source_short = source
        else:
            source = self._line("rumour", "source", seed)
            source_short = self._line("rumour", "source_short", seed)
        if topics.products and not topics.products[0].wished:
            opening = self._line("rumour", "opening_about", seed, {"onderwerp": topics.products[0].definite})
        else:
            opening = self._line("rumour", "opening", seed)
        return [
            Part("opening", opening, False),
            Part("correction", correction, True, short),
            Part("source", source, not fact, source_short),
            Part("closing", self._line("rumour", "closing", seed), False),
        ]

    def _thanks(self, suggestion: bool, topics: TopicAnalysis, author: str, plat: Platform, seed: str) -> list[Part]:  # noqa: C901, PLR0912, PLR0915 - too long/branchy, to split (issue #14)
        occasion = self._occasion_phrase(topics)
        praised = [p for p in topics.products if not p.wished]
        first = praised[0] if praised else None
        product = self._np(first) if first else ""
        plural = "ja" if first and first.plural else "nee"
        kind = self.profile.kind.lower()
        here = "etentje" in topics.services or any(k in kind for k in VENUE_KINDS) or "vier" in topics.lemmas
        grief = topics.occasion == "rouw"
        named_occasion = True
        if grief and product:
            named_occasion = False
            thanks = self._line("positive", "thanks_grief", seed, {"product": product})
        elif grief:
            thanks = self._line("positive", "thanks_grief_general", seed)
        elif occasion and here:
            thanks = self._line("positive", "thanks_occasion_here", seed, {"gelegenheid": occasion})
        elif occasion and first and not first.occasion:
            thanks = self._line(
                "positive",
                "thanks_occasion_product",
                seed,
                {"gelegenheid": occasion, "product": product, "meervoud": plural},
            )
        elif occasion and not first:
            thanks = self._line("positive", "thanks_occasion", seed, {"gelegenheid": occasion})
        elif (topics.kin or topics.people) and not first:
            # 'de goede zorg voor onze Bolletje', 'de rustige aanpak van mijn dochter'
            person = topics.kin[0] if topics.kin else f"{self._poss} {topics.people[0]}"
            thanks = self._line("positive", "thanks_person", seed, {"persoon": person})
        elif rescued := next((t for t in _RESCUES if t in topics.lemmas), ""):
            # 'Zondagavond lekkage en Gert stond binnen het uur op de stoep': glad we could help with it.
            thanks = self._line("positive", "thanks_rescue", seed, {"onderwerp": f"{article_of(rescued)} {rescued}"})
        elif topics.body and not first:
            # 'Dankzij Sanne loop ik na mijn knieblessure weer': glad the knee is better.
            thanks = self._line("positive", "thanks_body", seed, {"onderwerp": f"{self._poss} {topics.body}"})
        elif first:
            named_occasion = False
            subject = self._subject(topics) if first is topics.products[0] else product
            thanks = self._line("positive", "thanks_product", seed, {"product": subject, "meervoud": plural})
        else:
            thanks = self._line("positive", "thanks_general", seed)
        parts = [Part("thanks", thanks, True, self._line("positive", "short", seed))]
        if grief:
            if topics.owner or topics.kin or topics.people:
                # 'het inslapen van onze oude kater Max' → 'het verlies van Max'; 'mijn overleden moeder'
                if topics.owner:
                    person = self._owner(topics)
                else:
                    person = topics.kin[0] if topics.kin else f"{self._poss} {topics.people[0]}"
                line = self._line("positive", "condolence", seed, {"persoon": person})
            else:
                line = self._line("positive", "condolence_general", seed)
            parts.append(Part("condolence", line, True))
        elif occasion and topics.occasion in CONGRATULATE:
            with_whom = f" met {self._owner(topics)}" if topics.owner else ""
            if not with_whom and not named_occasion:
                with_whom = f" met {occasion}"
            parts.append(Part("congrats", self._line("positive", "congrats", seed, {"persoon": with_whom}), False))
        author_words = {w.lower() for w in re.split(r"[\s_.\-@]+", author) if w}
        own = {w.lower() for w in self.profile.name.split()} | {s.lower() for s in self.profile.signers}
        staff = [
            n for n in topics.names if n.lower() not in author_words and n.lower() not in own and n not in topics.kin
        ]
        # The writer's own people or pet ('onze Coco', '@coco_de_poedel'; 'mijn kleinkinderen') get a greeting.
        kin = [*topics.kin, *(n for n in topics.names if n.lower() in author_words and n not in topics.kin)]
        said = " ".join(p.text for p in parts)
        if kin and kin[0] not in said and not grief:
            parts.append(Part("kin", self._line("positive", "kin", seed, {"naam": kin[0]}), False))
        elif topics.people and topics.people[0] not in said and not grief:
            person = f"{self._poss} {topics.people[0]}"
            parts.append(Part("kin", self._line("positive", "kin", seed, {"naam": person}), False))
        if staff:
            parts.append(Part("staff", self._line("positive", "staff", seed, {"naam": staff[0]}), False))
        if suggestion:
            fact = self._fact(topics)
            if fact:
                line = self._line("positive", "suggestion_fact", seed, {"label": fact[0], "waarde": fact[1]})
            else:
                line = self._line("positive", "suggestion", seed)
            parts.append(Part("suggestion", line, True))
        if not grief:
            closing = self._line("positive", "closing", seed)
            if plat.emoji:
                closing += " " + self._line("positive", "emoji", seed)
            parts.append(Part("closing", closing, False))
        return parts

    def _joke(self, topics: TopicAnalysis, seed: str) -> str:
        problem = topics.problems[0] if topics.problems else ""
        if problem in {"wachttijd", "prijs"}:
            return self._line("joke", problem, seed)
        if topics.products:
            first = topics.products[0]
            values = {"onderwerp": first.definite, "meervoud": "ja" if first.plural else "nee"}
            return self._line("joke", "product", seed, values)
        if problem == "kwaliteit":
            return self._line("joke", problem, seed)
        return self._line("joke", "general", seed)

    def _question_part(
        self, asked: tuple[str, ...], seed: str, *, slot: bool = True, wish: bool = False
    ) -> Part | None:
        """A question the writer put to the business ('Gaan jullie dit vergoeden?') is answered:
        from the FAQ, the holiday days or a profile fact when they clearly answer it, else (when
        ``slot``) with a slot that names the question. Rhetorical questions ('Hoe moeilijk kan het
        zijn?') are left alone, and so is a suggestion put as a question when ``wish`` is set."""
        clauses = (last_clause(q) for q in asked)
        question = next((q for q in clauses if addressed_question(q) and not (wish and _WISH.search(q))), None)
        if question is None:
            return None
        if len(question) > 60 and " of " in question:
            question = question.split(" of ", 1)[0].rstrip(" ,") + "?"  # 'Gaat iemand dit oplossen of ...?'
        topics = self._analysis(question, None)
        answer = ""
        if topics.holiday:
            answer = self._holiday_answer(topics.holiday, seed)
        if not answer and self.profile.faq:
            faq = match_faq(topics.lemmas, self.profile, self._lemmas_of)
            if faq and faq[1] >= 0.75:
                answer = faq[0]
        if not answer:
            # A profile fact on the subject ('Kan ik hem nog ruilen?' → the return terms); 'betalen'
            # only answers how to pay, not whether something costs money, so it is left out.
            fact = next((f for f in self._question_facts(topics, question) if f), "")
            answer = f"{fact}." if fact else ""
        if answer and not open_slots(answer):
            first, _, rest = answer.partition(" ")
            if first.rstrip(",").lower() in _LOWER_AFTER_COLON:
                answer = f"{first.lower()} {rest}"  # 'En dan je vraag: ja, tot drie maanden.'
            line = self._line("complaint", "question_fact", seed, {"antwoord": answer})
        elif not slot:
            return None
        else:
            said = " ".join(re.sub(r"[\[\]{}]", "", question).split())
            if len(said) > 120:
                said = said[:117].rsplit(" ", 1)[0] + " …?"
            line = self._line("complaint", "question", seed, {"vraag": said})
        return Part("question", line, True, self._line("question", "unknown", seed))

    def _question_facts(self, topics: TopicAnalysis, question: str) -> Iterable[str]:
        for subject in topics.subjects:
            if subject == "betalen":
                continue
            if subject == "openingstijden" and not re.search(r"\b(?:open|dicht|openingstijd\w*)\b", question, re.I):
                continue  # 'Wanneer kan ik wel terecht?' asks for an appointment, not the opening hours
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if qt is not None:
                yield self.profile.value(qt.field).strip().rstrip(".")

    @staticmethod
    def _seed(text: str, author: str, platform: str) -> str:
        return f"{text}\0{author}\0{platform}"

    def knows_answer(
        self, text: str, *, author: str = "", platform: str = "overig", topics: TopicAnalysis | None = None
    ) -> bool:
        """Whether the profile or FAQ answers this question without an open slot."""
        answer, _, _ = self._answer(self._analysis(text, topics), self._seed(text, author, platform))
        return not open_slots(answer)

    def _holiday_answer(self, holiday: str, seed: str) -> str:
        """From the profile's holiday days, else a FAQ entry or the part of the opening hours that
        names the day; the normal opening hours alone do not say whether a holiday is open."""
        names = _holiday_names(holiday)
        with_prep = f"{_holiday_preposition(holiday)} {holiday}"
        values = {
            "feestdag": with_prep,
            "feestdag_naam": holiday,
            "feestdag_hoofd": with_prep[:1].upper() + with_prep[1:],
        }

        def say(value: str) -> str:
            if re.search(r"\b(?:dicht|gesloten|niet open)\b", value, re.I):
                return self._line("question", "holiday_closed", seed, values)
            if re.search(r"\d", value):
                return self._line("question", "holiday_open", seed, {**values, "waarde": value.rstrip(".")})
            return self._line("question", "holiday_text", seed, {**values, "waarde": value.rstrip(".")})

        for day, value in self.profile.holiday_entries():
            if any(n in normalise(day) for n in names):
                return say(value) if value else day.rstrip(".") + "."
        for item in self.profile.faq:
            if any(n in normalise(f"{item.question} {item.answer}") for n in names):
                return item.answer.strip()
        hours = self.profile.value("opening_hours").rstrip(".")
        for part in re.split(r"[,;\n]", hours):
            if any(n in normalise(part) for n in names):
                rest = part
                for n in sorted(names, key=len, reverse=True):
                    rest = re.sub(re.escape(n), "", normalise(rest)) if n in normalise(rest) else rest
                return say(rest.strip(" :") or part)
        if hours:
            return self._line("question", "holiday_unknown", seed, {**values, "waarde": hours})
        return self._line("question", "unknown", seed)

    def _answer(self, topics: TopicAnalysis, seed: str) -> tuple[str, str | None, list[str]]:
        """(answer, question topic, suggestions for the owner). A weak FAQ match is a suggestion
        for the owner, never a fact in the draft."""
        suggestions: list[str] = []
        if topics.holiday:
            return self._holiday_answer(topics.holiday, seed), "feestdagen", suggestions
        faq = match_faq(topics.lemmas, self.profile, self._lemmas_of) if self.profile.faq else None
        if faq and faq[1] >= 0.5:
            return faq[0], "faq", suggestions
        if faq:
            suggestions.append(
                f"Misschien past dit antwoord uit je veelgestelde vragen (‘{faq[2]}’): {faq[0]} "
                "Controleer of het echt over hetzelfde gaat voor je het overneemt."
            )
        for subject in topics.subjects:
            qt = next((q for q in self.t.question_topics if q.id == subject), None)
            if qt is None:
                continue
            value = self.profile.value(qt.field).rstrip(".")
            if value:
                return (
                    render(pick(qt.answer, seed, f"answer.{qt.id}"), self.tone, {"waarde": value}),
                    qt.id,
                    suggestions,
                )
            return self._line("question", "unknown", seed), qt.id, suggestions
        return self._line("question", "unknown", seed), None, suggestions

    @staticmethod
    def _join(parts: list[Part], plat: Platform) -> str:
        parts = [p for p in parts if p.text]
        greeting = parts[0].text if parts and parts[0].key == "greeting" else ""
        body = " ".join(p.text for p in parts if p.key not in {"greeting", "sign"})
        sign = next((p.text for p in parts if p.key == "sign"), "")
        if plat.style == "chat":
            text = "\n".join(x for x in (greeting, body, sign) if x)
        else:
            text = "\n\n".join(x for x in (f"{greeting}\n{body}" if greeting else body, sign) if x)
        return text if plat.emoji else strip_emoji(text)

    def _shorten(self, parts: list[Part], plat: Platform) -> str:
        """Step by step: only the essential parts; then their short wordings; then a one-line sign-off."""

        def size(text: str) -> int:
            return posted_length(text, plat, self.t.slot_fill)

        kept = [p for p in parts if p.essential]
        text = self._join(kept, plat)
        while size(text) > plat.limit:
            longer = [p for p in kept if p.short is not None and len(p.short) < len(p.text)]
            if not longer:
                break
            # What the writer named (empathy, thanks, answer) is shortened last; the channel first.
            longest = max(longer, key=lambda p: (p.key not in _SHORTEN_LAST, len(p.text) - len(p.short or "")))
            kept = [Part(p.key, p.short or "", True) if p is longest else p for p in kept]
            kept = [p for p in kept if p.text]
            text = self._join(kept, plat)
        if size(text) > plat.limit:
            body = " ".join(p.text for p in kept if p.key not in {"greeting", "sign"})
            signer = self.profile.signer or "[vul in: voornaam van wie ondertekent]"
            text = f"{body} ^{signer}"
            text = text if plat.emoji else strip_emoji(text)
        return text

    def pause_message(self, seed: str = "") -> str:
        """A transparent message for switching comments off when a thread gets out of hand."""
        plat = self.t.platform("facebook")
        return self._join(
            [Part("pause", self._line("pause", "lines", seed), True), Part("sign", self._signoff(plat, seed), True)],
            plat,
        )


# ---------------------------------------------------------------- checks before copying

_ORDER = re.compile(
    r"#\s?\d{3,12}\b|\b(?:bestel(?:ling|nummer)?|order(?:nummer)?|factuur)\s*(?:nr\.?|nummer)?\s*[:#]?\s*\d{3,12}\b",
    re.I,
)
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|\+32|0032|0)[\s-]?(?:\(0\)[\s-]?)?\d{1,3}(?:[\s-]?\d{2,4}){2,4}(?!\w)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.I)
_ADDRESS = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|steeg|markt|dreef)\s+\d+[a-z]?\b"
    r"|\b\d{4}\s?[A-Z]{2}\b"
)
_REVIEW = r"(?:review|recensie|beoordeling|sterren|ster|rating|waardering)"
_CHANGE = (
    r"(?:aan\s?(?:te\s)?passen|aanpast|verwijder\w*|weg\s?(?:te\s)?halen|weghaalt|bij\s?(?:te\s)?stellen|"
    r"bijstelt|wijzig\w*|offline\s?(?:te\s)?halen|herzien|verhogen|omhoog)"
)
_ASK_CHANGE = re.compile(
    rf"{_REVIEW}\W+(?:\w+\W+){{0,8}}?{_CHANGE}|{_CHANGE}\W+(?:\w+\W+){{0,4}}?{_REVIEW}"
    rf"|\b(?:pas|past|haal|haalt|stel|stelt)\W+(?:\w+\W+){{0,3}}?{_REVIEW}\w*\W+(?:\w+\W+){{0,2}}?(?:aan|weg|bij)\b",
    re.I,
)
_INCENTIVE = re.compile(
    r"\b(?:korting|tegoedbon|cadeaubon|kortingsbon|waardebon|gratis|vergoeding|cadeau|iets lekkers|op kosten van)\b",
    re.I,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def copy_warnings(reply: str, comment: str = "", profile: BusinessProfile | None = None) -> list[str]:
    """Warnings before a reply is copied (Google's and Meta's rules for business replies):
    personal data of the writer in public, a reward for changing a review, or asking the
    writer to change or remove a review. Open slots are not checked (the copy is refused anyway)."""
    profile = profile or BusinessProfile()
    text = re.sub(r"\[vul in:[^\]]*\]", " ", reply)
    own = {_digits(profile.phone)} | {profile.email.lower().strip()} | {normalise(profile.address)}
    warnings: list[str] = []
    personal = []
    for match in _ORDER.finditer(text):
        personal.append(f"bestelnummer {_digits(match.group(0))}")
    for match in _PHONE.finditer(text):
        if _digits(match.group(0)) not in own and sum(ch.isdigit() for ch in match.group(0)) >= 9:
            personal.append(f"telefoonnummer {match.group(0).strip()}")
    for match in _EMAIL.finditer(text):
        if match.group(0).lower() not in own:
            personal.append(f"e-mailadres {match.group(0)}")
    for match in _ADDRESS.finditer(text):
        if normalise(match.group(0)) not in normalise(profile.address):
            personal.append(f"adres {match.group(0)}")
    comment_orders = {_digits(m.group(0)) for m in _ORDER.finditer(comment)}
    for number in comment_orders:
        if number and number in _digits(text) and f"bestelnummer {number}" not in personal:
            personal.append(f"bestelnummer {number}")
    if personal:
        warnings.append(
            "Het antwoord bevat persoonsgegevens van de schrijver ("
            + ", ".join(dict.fromkeys(personal))
            + "). Haal die weg uit een openbaar antwoord en vraag ze privé."
        )
    asks = _ASK_CHANGE.search(text)
    if asks and _INCENTIVE.search(text):
        warnings.append(
            "Het antwoord biedt iets aan in ruil voor het aanpassen van een review. Dat mag niet volgens de "
            "regels van Google en Meta: bied een oplossing zonder voorwaarde."
        )
    elif asks:
        warnings.append(
            "Het antwoord vraagt de schrijver een review aan te passen of te verwijderen. Laat die keuze aan de "
            "schrijver: Google en Meta staan dat verzoek in een antwoord niet toe."
        )
    return warnings
