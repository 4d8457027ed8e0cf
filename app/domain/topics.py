"""What a comment is about: the small, plain result the drafter takes as input.

The spaCy-based analysis in app/nlp/topics.py produces it; the domain only
reads it, so drafting stays free of spaCy and testable with hand-made values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from typing import Any

from app.domain.datafile import read_toml
from app.domain.draft_dialects import dialect_forms
from app.errors import DataFileError
from app.resources import resource_path

SAFETY_TOPICS = frozenset({"veiligheid", "hygiene"})


@dataclass(frozen=True)
class Mention:
    """A product or service the writer named, as written ('eenhoorntaart'), with its article."""

    text: str
    article: str = "de"
    plural: bool = False
    occasion: bool = False  # the word itself names the occasion ('bruidstaart', 'trouwdiner')
    wished: bool = False  # named in a suggestion ('een kopje thee zou fijn zijn'), not praised
    own: bool = False  # the writer's own ('mijn haar'): the reply says 'je haar' / 'uw haar'
    theirs: bool = False  # someone else's ('zijn rijles'): 'de rijles van je zoon'
    guessed: bool = False  # not in the lexicon, found by its place after an article ('het houten treintje')
    place: bool = False  # where the writer was ('in de stoel'), not what went wrong or was praised

    @property
    def definite(self) -> str:
        return f"{self.article} {self.text}"


@dataclass(frozen=True)
class TopicAnalysis:
    """What the writer talks about. Every value is a piece of the comment or a concept id
    from resources/topics.toml; empty means 'not found', never a guess."""

    safety: tuple[str, ...] = ()  # safety concepts found (allergie, remmen, ...): beat every other topic
    allergen: str = ""  # the allergen named ('allergisch voor sesam' → 'sesam', 'notenallergie' → 'noten')
    problems: tuple[str, ...] = ()  # what went wrong (wachttijd, kwaliteit, ...)
    topic: str | None = None  # complaint topic id in replies.toml; None when unclear
    concept: str | None = None  # the concept that decided the topic
    products: tuple[Mention, ...] = ()
    services: tuple[str, ...] = ()  # service concepts (reparatie, behandeling)
    occasion: str = ""  # concept id (verjaardag, bruiloft, ...)
    occasion_words: str = ""  # as said: '80ste verjaardag'
    # ages and wedding years said as a day to celebrate, (number, as the writer said it): ('80', 'tachtig') of
    # 'mama werd tachtig', ('6', 'zesde') of 'zijn zesde verjaardag'; never a bare '(84)'
    ages: tuple[tuple[str, str], ...] = ()
    people: tuple[str, ...] = ()  # the writer's people: ('dochter',)
    passing: tuple[str, ...] = ()  # people only named as whose a thing is ('de fiets van mijn moeder'): not affected
    recipient: str = ""  # who it was for: 'voor mijn dochter' → 'dochter'
    company: bool = False  # the writer's first person came along ('met mijn vriendinnen'), was not served
    owner: str = ""  # whose occasion: '' (the writer) or a person word ('moeder')
    owner_name: str = ""  # the owner's name right after the person word: 'onze collega Hans' → 'Hans'
    others_occasion: bool = False  # said to be another's: 'de begrafenis van een vriendin' (no loss of 'je oma')
    group_occasion: str = ""  # whose it is, said after 'van de/het': 'het jubileum van de fanfare' → 'de fanfare'
    named_people: tuple[tuple[str, str], ...] = ()  # the writer's people with a name: (('zoontje', 'Daan'),)
    names: tuple[str, ...] = ()  # proper names in the comment (staff, people)
    kin: tuple[str, ...] = ()  # names of the writer's own people ('onze Yasmin'): never staff
    # people named only in a memory ('vroeger bij mijn vader') or as who typed the comment: not greeted
    ungreeted: tuple[str, ...] = ()
    body: str = ""  # a part of the writer's own body named ('mijn schouder' → 'schouder')
    times: tuple[str, ...] = ()  # time words as written ('zaterdag', 'gisteravond')
    duration: str = ""  # how long, as written ('drie uur', '45 minuten', 'twee weken')
    holiday: str = ""  # a holiday named ('tweede paasdag')
    tried: tuple[str, ...] = ()  # channels the writer tried without an answer: mail, telefoon, dm
    subjects: tuple[str, ...] = ()  # profile subjects (betalen, openingstijden, ...)
    closure: bool = False  # about the business stopping, going bankrupt, being sold
    legal: bool = False  # legal steps or a wage claim: not a threat
    violence: bool = False  # harm or damage held out ('kom ik met een paar maten langs'): a threat, legal claim or not
    urgent: bool = False  # the writer is in a hurry or panics ('in paniek', 'met spoed'): phone first
    lemmas: tuple[str, ...] = ()  # content lemmas (and compound heads), for matching FAQ entries
    judged: tuple[tuple[str, str], ...] = ()  # a thing and the negative judgement on it: (('vis', 'lauw'),)
    asked: str = ""  # what the writer came or asked for ('Ik kwam voor asblond' → 'asblond')
    measure: str = ""  # a measure the writer names ('5 cm kwijt' → '5 cm')
    promised: tuple[str, str] = ("", "")  # a promised time that passed: ('om 14u', 'bezorgd'), ('dinsdag', 'klaar')
    criticism: str = (
        ""  # a problem concept said after 'maar'/'alleen'/'helaas' in praise ('maar de bediening was traag')
    )
    criticised: str = ""  # what that point names: 'jammer dat de poncho's extra kostten' → 'de poncho's'
    group: str = ""  # the writer's group, as said: 'fietsclub uit Hasselt', '38 collega's' (app.nlp.topic_praise)
    praised: tuple[Mention, ...] = ()  # what a compliment is about: what the business gave or made, what a
    # praise word is said of ('gaf me een leenfiets mee', 'de vlechten zaten perfect'); at most two
    hearsay: bool = False  # the writer passes on what others said or wrote ('ik las dat', 'klopt het dat')
    missed: str = ""  # what a wish or minus point says is missing, as said: 'waarom geen spelt krentenbollen' →
    # 'spelt krentenbollen', 'missing: een kindermenu' → 'een kindermenu' (app.nlp.topic_wished)
    crew: str = ""  # the part of the staff a compliment is for: 'chapeau keuken' → 'keuken' (app.nlp.topic_praise)
    delivered: bool = False  # the writer says it was brought home ('gratis thuisgebracht'; praise.toml)
    loyal: str = ""  # how long the writer has been a customer, as said: 'al veertig jaar', 'al jaren', 'sinds 1998'
    # (app.nlp.topic_loyalty.loyalty)
    found: str = ""  # what was found in the food, as the reply names it: 'een pleister', 'een stukje glas'
    # the thing a failure clause is about: 'het stuur zat los', 'mijn taart is ingezakt' (app.nlp.topic_failed)
    failed: Mention | None = None
    gave_way: Mention | None = None  # the part that gave way: 'het stuur schoot los' (app.nlp.topic_harm)
    advice: str = ""  # what the writer can do right away after a hazard (resources/harm.toml 'advice')
    punch: Mention | None = None  # what a joke's last line turns on: 'm'n belastingaangifte' (app.nlp.topic_punch)
    infection: str = ""  # an infection someone caught, as said: 'een schimmelinfectie' (app.nlp.topic_happened)
    nouns: tuple[str, ...] = ()  # the nouns named, as written: what a question asks about (app.nlp.topic_focus)
    own_leave: bool = False  # the business itself was on holiday: 'dat u op vakantie bent' (app.nlp.topic_leave)

    @property
    def is_safety(self) -> bool:
        return bool(self.safety) or self.topic in SAFETY_TOPICS

    @property
    def people_affected(self) -> tuple[str, ...]:
        """The writer's people a complaint may feel with: not the one mourned ('de uitvaart van mijn vader ... Mijn
        moeder kon er niet komen' → only 'moeder')."""
        return tuple(p for p in self.people if not (self.occasion == "rouw" and p == self.owner))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["products"] = [m.definite for m in self.products]
        data["praised"] = [m.definite for m in self.praised]
        data["gave_way"] = self.gave_way.definite if self.gave_way is not None else ""
        data["punch"] = self.punch.definite if self.punch is not None else ""
        data["failed"] = self.failed.definite if self.failed is not None else ""
        return data


EMPTY = TopicAnalysis()


GROUPS = frozenset(
    {
        "safety",
        "problem",
        "service",
        "occasion",
        "person",
        "holiday",
        "channel",
        "unanswered",
        "closure",
        "legal",
        "violence",
        "subject",
        "time",
        "body",
        "urgency",
        "memory",
        "typed",
        "late",
    }
)


@dataclass(frozen=True)
class Concept:
    id: str
    group: str
    terms: tuple[str, ...]
    heads: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # phrases that cancel a match ('in de smaak gevallen' is no fall)
    topic: str = ""
    say: str = ""
    field: str = ""


@dataclass(frozen=True)
class TopicData:
    concepts: tuple[Concept, ...]
    lemmas: dict[str, str]
    products: dict[str, str]  # word -> article
    articles: dict[str, str]  # occasion word -> article
    plurals: set[str] = dc_field(default_factory=set)  # product words that are plural as they stand
    stand_ins: tuple[str, ...] = ()  # how a compound starts that is another thing than its plain word ('huurauto')
    # a plain word and the more precise words it yields to when the writer names one too ('haar' ~ 'kapsel')
    yields: dict[str, tuple[str, ...]] = dc_field(default_factory=dict)

    def concept(self, concept_id: str | None) -> Concept | None:
        return next((c for c in self.concepts if c.id == concept_id), None)


def parse_topic_data(data: dict[str, Any], source: str = "<topics>") -> TopicData:
    if data.get("schema") != 1:
        raise DataFileError(source, "'schema' moet 1 zijn")
    concepts = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("concept", [])):
        where = f"concept '{raw.get('id', i)}'"
        cid, group = raw.get("id"), raw.get("group")
        if not isinstance(cid, str) or not cid or cid in seen:
            raise DataFileError(source, "elk concept heeft een eigen 'id' nodig", where)
        seen.add(cid)
        if group not in GROUPS:
            raise DataFileError(source, f"'group' moet een van {', '.join(sorted(GROUPS))} zijn", where)
        terms = raw.get("terms")
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            raise DataFileError(source, "'terms' moet een niet-lege lijst met woorden zijn", where)
        heads = raw.get("heads", [])
        unless = raw.get("unless", [])
        for name, value in (("heads", heads), ("unless", unless)):
            if not isinstance(value, list) or not all(isinstance(h, str) for h in value):
                raise DataFileError(source, f"'{name}' moet een lijst met woorden zijn", where)
        for key in ("topic", "say", "field"):
            if not isinstance(raw.get(key, ""), str):
                raise DataFileError(source, f"'{key}' moet tekst zijn", where)
        concepts.append(
            Concept(
                cid,
                group,
                tuple(terms),
                tuple(heads),
                tuple(unless),
                raw.get("topic", ""),
                raw.get("say", ""),
                raw.get("field", ""),
            )
        )
    lemmas = data.get("lemmas", {})
    products = data.get("products", {})
    articles = data.get("articles", {})
    for name, table in (("lemmas", lemmas), ("products", products), ("articles", articles)):
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise DataFileError(source, f"[{name}] moet woorden op woorden afbeelden", name)
    if any(v not in {"de", "het"} for v in [*products.values(), *articles.values()]):
        raise DataFileError(source, "elk woord heeft lidwoord 'de' of 'het'", "products")
    stand_ins = data.get("stand_ins", [])
    if not isinstance(stand_ins, list) or not all(isinstance(w, str) and w.strip() for w in stand_ins):
        raise DataFileError(source, "'stand_ins' moet een lijst woorden zijn", "stand_ins")
    yields = data.get("yields", {})
    if not isinstance(yields, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v) for v in yields.values()
    ):
        raise DataFileError(source, "[yields] moet een woord op een lijst woorden afbeelden", "yields")
    return TopicData(
        tuple(concepts),
        dict(lemmas),
        dict(products),
        dict(articles),
        stand_ins=tuple(stand_ins),
        yields={k: tuple(v) for k, v in yields.items()},
    )


@lru_cache(maxsize=1)
def shipped_topic_data() -> TopicData:
    path = resource_path("topics.toml")
    data = parse_topic_data(read_toml(path), str(path))
    # The shared product lexicon adds words and their article ('=het' marks het-words).
    lexicon = resource_path("lexicons", "producten.txt")
    if lexicon.exists():
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip().lower()
            word, _, marker = entry.partition("=")
            if word.strip() and word.strip() not in data.products:
                data.products[word.strip()] = "het" if marker.strip() == "het" else "de"
            if word.strip() and marker.strip() == "mv":
                data.plurals.add(word.strip())
    # 'pistolets' next to 'pistolet', 'kroketten' next to 'kroket': a listed word whose singular is listed too
    data.plurals.update(w for w in data.products if _singular_listed(w, data.products))
    # An occasion said in a dialect ('mien 30e verjaordag', 'zien 70ste verjoardag') is that occasion: the words a
    # dialect uses only for one of its terms (synonyms.toml, e.g. [limburgish_words]) take the term as their lemma.
    for concept in data.concepts:
        if concept.group == "occasion":
            for term in concept.terms:
                for word in dialect_forms(term) - {term} if term.isalpha() else ():
                    data.lemmas.setdefault(word, term)
    return data


def _singular_listed(word: str, products: dict[str, str]) -> bool:
    """Whether ``word`` is a plural form ('-s', "-'s", '-en', '-n') of another listed word."""
    for ending in ("'s", "s", "en", "n"):
        stem = word.removesuffix(ending) if word.endswith(ending) else ""
        undoubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""  # 'kroketten' → 'kroket'
        if any(len(s) >= 3 and s in products for s in (stem, undoubled)):
            return True
    return False


def article_of(word: str) -> str:
    """'de' or 'het' for a noun: listed words by their list, others by their form and compound head
    (:func:`app.domain.articles.article`)."""
    from app.domain.articles import article  # articles reads this module's topic data

    return article(word)


def ours_before(noun: str, *, ik: bool) -> str:
    """The business's own before a noun, as it speaks: 'mijn' for one who signs as 'ik', else 'ons' before a het-word
    ('ons terras', 'ons kerstmenu') and 'onze' before the rest ('onze zaal')."""
    return "mijn" if ik else ("ons" if article_of(noun) == "het" else "onze")
