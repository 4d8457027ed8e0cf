"""Scoring the profile's FAQ entries and fact fields against what a writer asks.

Every key word the writer asks counts by how rare it is across the profile (a word few entries name,
'maaltijdcheque', says more than 'fiets' in a bike shop's profile); a word in a FAQ question counts more
than one only in its answer or in a field's value. The score is the share of the asked words' weight an
entry covers: 1.0 when it names every one of them. Weights, thresholds and the writer's words that mean a
profile word ('wat vragen jullie' → 'kost') are in resources/fact_scores.toml.
"""

from __future__ import annotations

import itertools
import math
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.domain.draft_booking import change_unasked
from app.domain.draft_deals import other_deal
from app.domain.draft_fact_matching import goods_of
from app.domain.draft_fact_words import fact_words, without_service_animals
from app.domain.draft_facts import WEAK_MATCH, key_words, verb_words
from app.domain.draft_own_range import rule_about
from app.domain.draft_thing_kinds import diets_asked
from app.domain.draft_word_match import only_first_part, similar
from app.domain.language import ENGLISH
from app.domain.profile import BusinessProfile
from app.domain.textnorm import normalise, sentences
from app.domain.words import stop_words
from app.resources import resource_path

LemmasOf = Callable[[str], Iterable[str]]

# The profile fields a fact can come from besides the FAQ (their values are matched as answers).
FACT_FIELDS = ("payment", "delivery_terms", "return_terms", "parking", "accessibility")


@dataclass(frozen=True)
class ScoreWords:
    """resources/fact_scores.toml."""

    question_weight: float
    answer_weight: float
    strong: float
    maybe: float
    context: float
    alone: float
    pointed: float
    lead: float
    phrases: dict[str, str]
    aliases: dict[str, str]
    parts: dict[str, str]
    noise: frozenset[str]
    implies: dict[str, str]
    pointing: frozenset[str]


@lru_cache(maxsize=1)
def score_words() -> ScoreWords:
    raw = tomllib.loads(resource_path("fact_scores.toml").read_text(encoding="utf-8"))
    if raw.get("schema") != 1:
        raise ValueError("fact_scores.toml: schema 1 expected")
    numbers = {
        k: raw.get(k) for k in ("question_weight", "answer_weight", "strong", "maybe", "context", "alone", "pointed")
    }
    if not all(isinstance(v, int | float) and 0 < v <= 1 for v in numbers.values()):
        raise ValueError(
            "fact_scores.toml: question_weight, answer_weight, strong, maybe, context, alone and pointed must be in"
            " (0, 1]"
        )
    lead = raw.get("lead")
    if not isinstance(lead, int | float) or lead < 1:
        raise ValueError("fact_scores.toml: 'lead' must be a number of 1 or more")
    if not numbers["maybe"] < numbers["strong"]:  # type: ignore[operator]
        raise ValueError("fact_scores.toml: 'maybe' must be below 'strong'")
    tables = {k: raw.get(k, {}) for k in ("phrases", "aliases", "parts", "implies")}
    for name, table in tables.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
            raise ValueError(f"fact_scores.toml: [{name}] must map words to the profile's word")
    return ScoreWords(
        float(numbers["question_weight"]),  # type: ignore[arg-type]
        float(numbers["answer_weight"]),  # type: ignore[arg-type]
        float(numbers["strong"]),  # type: ignore[arg-type]
        float(numbers["maybe"]),  # type: ignore[arg-type]
        float(numbers["context"]),  # type: ignore[arg-type]
        float(numbers["alone"]),  # type: ignore[arg-type]
        float(numbers["pointed"]),  # type: ignore[arg-type]
        float(lead),
        {normalise(k): v for k, v in tables["phrases"].items()},
        {normalise(k): v for k, v in tables["aliases"].items()},
        {normalise(k): v for k, v in tables["parts"].items()},
        frozenset(_words(raw, "noise")),
        {normalise(k): v for k, v in tables["implies"].items()},
        frozenset(_words(raw, "pointing")),
    )


def _words(raw: dict[str, object], name: str) -> list[str]:
    value = raw.get(name)
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
        raise ValueError(f"fact_scores.toml: '{name}' must be a list of words")
    return [normalise(w) for w in value]


@lru_cache(maxsize=1)
def _field_terms() -> dict[str, tuple[str, ...]]:
    """The one-word terms that name each fact field (resources/topics.toml, the subject concepts with a field)."""
    raw = tomllib.loads(resource_path("topics.toml").read_text(encoding="utf-8"))
    return {
        c["field"]: tuple(t for t in c.get("terms", []) if " " not in t)
        for c in raw.get("concept", [])
        if c.get("field") in FACT_FIELDS
    }


@lru_cache(maxsize=1)
def _phrase_terms() -> dict[str, tuple[str, ...]]:
    """The terms of more words that name each subject concept with a fact field, by the concept's id."""
    raw = tomllib.loads(resource_path("topics.toml").read_text(encoding="utf-8"))
    return {
        c["id"]: tuple(normalise(t) for t in c.get("terms", []) if " " in t)
        for c in raw.get("concept", [])
        if c.get("field") in FACT_FIELDS
    }


def fields_named(text: str) -> set[str]:
    """The ids of the fact-field subjects a text names by a term of more words ('op rekening' → 'betalen')."""
    said = f" {normalise(text)} "
    return {cid for cid, terms in _phrase_terms().items() if any(f" {t} " in said for t in terms)}


def field_terms() -> dict[str, tuple[str, ...]]:
    """The one-word terms that name each fact field ('ophalen', 'afhalen' for the delivery terms)."""
    return _field_terms()


@dataclass(frozen=True)
class Source:
    """A FAQ entry (``field`` '') or a profile field: its question's and its answer's key words."""

    question: str
    answer: str
    field: str
    asks: frozenset[str]
    says: frozenset[str]
    verbs: frozenset[str] = frozenset()  # the key words of its question's verb ('kost' of 'Wat kost een ...?')
    implied: frozenset[str] = frozenset()  # the words its question only implies ('vlees' of 'ossewit')


@dataclass(frozen=True)
class Scored:
    source: Source
    score: float
    asked: bool  # a word of its FAQ question is asked about, not only one of its answer
    matched: frozenset[str] = frozenset()  # the asked words its question holds
    held: int = 0  # how many of the asked words it holds


def asked_words(text: str, lemmas_of: LemmasOf) -> set[str]:
    """The key words of what a writer asks, with the words of resources/fact_scores.toml made the profile's."""
    sw = score_words()
    said = normalise(text)
    # English function words ('you', 'for') say nothing about what is asked either, nor a count ('mijn twee
    # kinderen' ~ 'twee jaar garantie')
    keys = {w for w in key_words(text, lemmas_of) if w not in sw.noise and w not in ENGLISH}
    words = {sw.aliases.get(w, w) for w in keys - fact_words().number_words} | diets_asked(text)
    for phrase, word in sw.phrases.items():
        if f" {phrase} " in f" {said} ":  # 'wat vragen jullie' is 'kost', its own words nothing more
            words = (words - key_words(phrase, lemmas_of)) | {word}
    # a part names the thing it belongs to as well ('mijn Bosch-motor', 'het display' ~ an e-bike), a brand
    # that it is of a brand ('mijn Gazelle' ~ 'alle merken'): each thing of a 'e-bike|merk'
    named = (things for part, things in sw.parts.items() if any(_names_part(part, w) for w in words))
    return words | {thing for things in named for thing in things.split("|")}


def _names_part(part: str, word: str) -> bool:
    """Whether an asked word names a part of resources/fact_scores.toml [parts]: the same word, a form or a compound
    ending in it ('bosch-motor'), but not only the first half of the part ('naaf' is no 'naafmotor')."""
    return similar(part, word) and not (part.startswith(word) and len(part) - len(word) > 3)


def implied_words(text: str, lemmas_of: LemmasOf) -> frozenset[str]:
    """What a profile word says besides itself (resources/fact_scores.toml [implies]): 'ossewit' is of an animal
    ('zit er vlees in de friet?'), a 'feest' may be a wedding, 'vegan' is without meat and cheese ('vlees|kaas')."""
    sw = score_words()
    return frozenset(x for w in map(normalise, lemmas_of(text)) if w in sw.implies for x in sw.implies[w].split("|"))


def sources(profile: BusinessProfile, lemmas_of: LemmasOf) -> list[Source]:
    """The FAQ entries and the filled-in fact fields of a profile, each with its key words."""

    def keys(text: str) -> frozenset[str]:
        return frozenset(score_words().aliases.get(w, w) for w in key_words(text, lemmas_of)) | implied(text)

    def implied(text: str) -> frozenset[str]:
        return implied_words(text, lemmas_of)

    def verbs(question: str) -> frozenset[str]:
        return keys(" ".join(verb_words(question)))

    found = [
        Source(
            f.question.strip(),
            f.answer.strip(),
            "",
            keys(f.question),
            keys(f.answer),
            verbs(f.question),
            implied(f.question) - key_words(f.question, lemmas_of),
        )
        for f in profile.faq
    ]
    for name in FACT_FIELDS:
        value = profile.value(name)
        if value:
            found.append(Source("", value, name, frozenset(_field_terms().get(name, ())), keys(value)))
    return found


def field_answering(asked: str, profile: BusinessProfile, lemmas_of: LemmasOf) -> str:
    """The fact field that answers a question no FAQ entry answers: it scores best, ``alone`` or more, and holds an
    asked word no FAQ entry holds that names a part of its value ('is er plek om te spelen?' ~ accessibility 'volledig
    gelijkvloers, speelhoek voor kinderen'); '' when none does."""
    words = asked_words(asked, lemmas_of)
    scored = score_all(words, sources(profile, lemmas_of))
    if not scored or not scored[0].source.field or scored[0].score < score_words().alone:
        return ""
    best = scored[0].source
    in_faq = {w for s in scored if not s.source.field for w in words if _named(w, s.source.asks | s.source.says)}
    named = _part_names(best.answer, lemmas_of)
    # what the field says it is done with names no part of it: 'taart zonder suiker' asks nothing of 'taarten
    # bezorgen we in ...'
    goods = goods_of(best.answer, lemmas_of)
    own = {w for w in words - in_faq if _named(w, best.says) and _named(w, named) and not _named(w, goods)}
    # a pet asked about is not named by the assistance dogs a field lets in ('Mag onze hond mee?' ~ 'hulphonden
    # welkom'), unless the question asks about one of those
    own -= _named_as_service(own, asked, best.answer, lemmas_of)
    # who or what a question asks may come along must be named ('Mag onze labrador mee op het terras?' is not
    # answered by 'zaal en terras zonder drempels')
    allowed = rule_about(asked)
    says = key_words(without_service_animals(best.answer, normalise(asked).split()), lemmas_of)
    if allowed and not any(_named(w, says) for w in key_words(allowed, lemmas_of)):
        return ""
    return best.field if own else ""


def _named_as_service(words: set[str], asked: str, value: str, lemmas_of: LemmasOf) -> set[str]:
    """The asked words a field's value names only as part of an assistance animal ('hond' of 'hulphonden welkom'),
    when the question names no assistance animal itself."""
    plain = without_service_animals(value, normalise(asked).split())
    if plain == value:
        return set()
    kept = key_words(plain, lemmas_of)
    return {w for w in words if not _named(w, kept)}


def _part_names(value: str, lemmas_of: LemmasOf) -> set[str]:
    """The thing each part of a field's value names: the last word of its first run of words that are no stop words
    ('speelhoek voor kinderen', 'een fietsenstalling', 'gratis parkeren op het erf' names the parking), not a word
    about it ('gratis') nor a name ('bezorgen we in Deventer')."""
    names: set[str] = set()
    stop = stop_words()
    for part in re.split(r"[,;]|\ben\b|\bmet\b", value):
        words = re.findall(r"[^\W\d_][\w-]*", part)
        start = next((i for i, w in enumerate(words) if w.lower() not in stop), len(words))
        run = list(itertools.takewhile(lambda w: w.lower() not in stop, words[start:]))
        if run and run[-1][:1].islower():
            names |= key_words(run[-1], lemmas_of)
    return names


def _named(word: str, keys: Iterable[str]) -> bool:
    return any(similar(word, k) for k in keys)


def score_all(words: set[str], found: list[Source]) -> list[Scored]:
    """Every source scored against the asked ``words``, best first (stable on ties: the profile's order)."""
    if not words or not found:
        return []
    sw = score_words()
    count = len(found)

    # an asked compound one source holds as itself is not held by another that holds only its first part
    # ('kinderkano' ~ 'kinderkano € 12 per dag', not 'Mogen kinderen mee?')
    headed = {w for w in words if any(_held_by_head(w, s.asks | s.says) for s in found)}
    named = {
        (w, id(s)): _named(w, s.asks | s.says) and (w not in headed or _held_by_head(w, s.asks | s.says))
        for w in words
        for s in found
    }
    df = {w: sum(named[w, id(s)] for s in found) for w in words}
    # a word no entry names is no evidence for any; it weighs as a rare word, so it dilutes every score alike
    weights = {w: math.log(1 + count / (1 + max(df[w], 1))) for w in words}
    total = sum(weights.values())
    scored = []
    for source in found:
        in_question = {w for w in words if named[w, id(source)] and _named(w, source.asks)}
        in_answer = {w for w in words - in_question if named[w, id(source)] and _named(w, source.says)}
        got = sum(weights[w] for w in in_question) * sw.question_weight
        got += sum(weights[w] for w in in_answer) * sw.answer_weight
        # what its question is about is asked, not only its verb ('rollades bestellen' ~ 'Hoe bestel ik een
        # gourmetschotel?'); or its verb and a word only its answer holds ('reparaties aan een Bosch-motor')
        topic = {w for w in in_question if not _named(w, source.verbs)}
        own = {w for w in in_answer if df[w] == 1}
        # and half its question's words or more: 'banden verkopen' asks little of 'Wat kost een lekke band plakken?'
        # (what it only implies is no part of it: 'feest' implies 'bruiloft', 'verjaardag', ...)
        half = bool(source.field) or 2 * len(in_question) >= len(source.asks - source.implied)
        asked = bool((topic and half) or (in_question and own))
        share = got / total if total else 0.0
        scored.append(Scored(source, share, asked, frozenset(in_question), len(in_question | in_answer)))
    return sorted(scored, key=lambda s: -s.score)


def score_of(words: set[str], faq_question: str, found: list[Source]) -> float:
    """The score of the FAQ entry with this question (0.0 when the profile has none)."""
    return next((s.score for s in score_all(words, found) if s.source.question == faq_question.strip()), 0.0)


Match = tuple[str, float, str]  # (answer, score, FAQ question), as draft_facts.match_faq gives it


def checked(
    best: Match | None, asked: str, profile: BusinessProfile, lemmas_of: LemmasOf, context: str = ""
) -> Match | None:
    """A FAQ match checked against the scores of what the writer asks (``asked``, their question sentences):
    a clear match that holds none of two or more asked words, which another entry or field holds, is no match
    at all, not even a suggestion ('Doen jullie fietslease?' is not answered by 'Repareer je e-bikes?'); a FAQ
    entry whose question holds an asked word the match's does not takes its place or joins it; with no clear
    match, an entry that scores ``strong`` on what its question is about answers it ('wat vragen jullie voor
    kinderen?' ~ 'Wat kost een kinderknipbeurt?'), and so does one that stands out on the whole comment
    (``context``) when the question only points at it ('Kan dat bij jullie wel veilig?' after 'jeuk van verf')."""
    if best is not None and other_deal(asked, best[2]):
        return None  # 'Do you sell kids' bikes?' is not answered by 'Verhuurt u fietsen?'
    found = _checked(best, asked, profile, lemmas_of, context)
    # 'Knipt u ook zonder afspraak?' is not answered by 'Kan ik mijn afspraak annuleren?', nor the entry the scorer
    # takes for another deal ('En kan ik mijn oude fiets inruilen?' ~ 'Kan ik een fiets huren?')
    if found is not None and (change_unasked(asked, found[2]) or other_deal(asked, found[2])):
        return None
    # nor a price list for a question that asks no price and names one thing of it ('hoelang is de wachttijd, met al
    # die voorjaarsbeurten?' ~ 'Wat kost een voorjaarsbeurt?')
    from app.domain.draft_price_faq import price_for_other  # (it reads the price words of draft_asked, which read us)

    entry = next((f for f in profile.faq if found is not None and f.question.strip() == found[2]), None)
    return None if entry is not None and price_for_other(asked, entry, lemmas_of) else found


def _checked(
    best: Match | None, asked: str, profile: BusinessProfile, lemmas_of: LemmasOf, context: str
) -> Match | None:
    """``checked`` after the deal is known to fit."""
    words = asked_words(asked, lemmas_of) if asked.strip() else set()
    found = sources(profile, lemmas_of)
    if not profile.faq or not (words or context):
        return best
    scored = score_all(words, found)
    top = next((s for s in scored if not s.source.field), None)
    sw = score_words()
    if best is not None and best[1] >= WEAK_MATCH:
        whole = score_all(asked_words(context, lemmas_of), found) if context.strip() else scored
        return _clear(best, words, scored, whole)
    if top is not None and top.asked and (top.score >= sw.strong or _alone(top, scored)):
        return (top.source.answer, max(top.score, WEAK_MATCH), top.source.question)
    around = _standing_out(asked_words(context, lemmas_of), found) if context and len(words) <= 1 else None
    # a question that points back ('Kan jij daar eens naar kijken?') is about what the comment said before it
    if around is None and context and sw.pointing & set(normalise(asked).split()):
        around = _pointed_to(asked_words(context, lemmas_of), found)
    # or one that holds three of the asked words and stands out on them ('vegetariër ... frietjes ... vlees' ~
    # 'Bakken jullie in ossewit? ... vegetarische snacks ...')
    around = around or (_standing_out(words, found) if top is not None and top.held >= 3 else None)
    # or whose answer alone holds every one of two or more asked words ('kinderfietsen, en een helm erbij?' ~ 'Wat
    # kost een huurfiets?' with 'kinderfiets € 9 per dag ... Helm gratis')
    around = around or _holding_all(words, scored)
    if around is not None:
        return (around.source.answer, max(around.score, WEAK_MATCH), around.source.question)
    if best is None and top is not None and top.score >= sw.maybe:
        return (top.source.answer, WEAK_MATCH - 0.05, top.source.question)
    return best


def _clear(best: Match, words: set[str], scored: list[Scored], whole: list[Scored]) -> Match | None:
    """A clear match kept, dropped (it holds none of the asked words another source holds), made a suggestion
    (another entry holds just the same words, also in the ``whole`` comment), or replaced or joined by the FAQ
    entry that scores clearly better on what is asked."""
    sw = score_words()
    top = next((s for s in scored if not s.source.field), None)
    mine = next((s for s in scored if s.source.question == best[2].strip() and not s.source.field), None)
    own = mine.score if mine is not None else 0.0
    # another entry holds just the same asked words ('een taart die zij mag eten' ~ 'taart laten bezorgen' and
    # 'lactosevrije taart'), and the rest of the comment does not tell which one is meant: a suggestion at most
    # (a match just clear, on its topic word alone; a better one saw more than these scores do)
    if own > 0 and best[1] <= WEAK_MATCH and _rival(mine, scored) and _rival(_entry(best, whole), whole):
        return (best[0], WEAK_MATCH - 0.05, best[2])
    # another entry holds just the same asked words, and the whole comment tells it is that one ('jubileumfeest ...
    # Verzorgen jullie ook het eten?' ~ catering for a feest, not 'Hoe pittig is jullie eten?')
    told = _told_apart(mine, scored, whole)
    if told is not None:
        return (told.source.answer, max(best[1], told.score), told.source.question)
    # none of the asked words, and another entry or field the profile has holds them: not this entry
    other = any(s.score > 0 and (s.asked or s.score >= sw.maybe) for s in scored)
    if own == 0.0 and len(words) >= 2 and other:
        return None
    # only an entry whose question holds an asked word this one's does not ('Hoe zeg ik mijn afspraak af?' asks
    # nothing 'Kan ik zonder afspraak langskomen?' does not, whatever its answer holds)
    if top is None or mine is None or not top.asked or top.score < sw.strong or not top.matched - mine.matched:
        return best
    if own > 0.0 and mine.matched < top.matched:
        # the other holds all this one's asked words and more ('eten voor een bruiloft' ~ catering for a feest, not
        # 'Hoe pittig is jullie eten?'): the other alone
        return (top.source.answer, max(best[1], top.score), top.source.question)
    if own > 0.0:
        # each answers its part ('Kunnen jullie alle merken onderhouden, en wat kost dat?'): both
        return (f"{_sentence(best[0])} {top.source.answer}", max(best[1], top.score), best[2])
    if top.score >= own + 0.25:
        return (top.source.answer, max(best[1], top.score), top.source.question)
    return best


def _told_apart(mine: Scored | None, scored: list[Scored], whole: list[Scored]) -> Scored | None:
    """The rival of ``mine`` on the question (the same score on the same words) that the whole comment scores
    ``lead`` times as high as ``mine``, on at least its words; else None."""
    if mine is None or not _rival(mine, scored) or not whole or whole[0].source.field:
        return None
    first, own = whole[0], _entry((mine.source.answer, 0.0, mine.source.question), whole)
    if first.source is mine.source or own is None or not own.matched <= first.matched:
        return None
    return first if first.asked and first.score >= score_words().lead * own.score else None


def _alone(top: Scored, scored: list[Scored]) -> bool:
    """Whether ``top`` scores ``alone`` or more and no other entry or field holds any asked word: 'een baard als
    een holbewoner en een kop vol haar, wat kost dat?' names much the profile does not, and one thing it does."""
    return top.score >= score_words().alone and not any(s.score > 0 for s in scored if s is not top)


def _entry(best: Match, scored: list[Scored]) -> Scored | None:
    return next((s for s in scored if s.source.question == best[2].strip() and not s.source.field), None)


def _rival(mine: Scored | None, scored: list[Scored]) -> bool:
    """Whether another FAQ entry scores the same as ``mine`` on the same asked words of its question."""
    return mine is not None and any(
        s.source is not mine.source and not s.source.field and s.score == mine.score and s.matched == mine.matched
        for s in scored
    )


def _pointed_to(words: set[str], found: list[Source]) -> Scored | None:
    """The FAQ entry a question that points back is about: on the whole comment it holds two asked words or more,
    one its question is about, scores ``pointed`` or more and ``lead`` times as much as any other FAQ entry
    ('Mijn velo is al twee keer gestolen. Kunt ge daar iets op zetten?' ~ 'graveren tegen diefstal')."""
    entries = [s for s in score_all(words, found) if not s.source.field]
    if not entries or not entries[0].asked or entries[0].held < 2 or entries[0].score < score_words().pointed:
        return None
    second = entries[1].score if len(entries) > 1 else 0.0
    return entries[0] if entries[0].score >= score_words().lead * second else None


def pointed_to(text: str, profile: BusinessProfile, lemmas_of: LemmasOf) -> tuple[str, str] | None:
    """(question, answer) of the FAQ entry a whole comment is about as ``_pointed_to`` finds it ('mijn e-bike ...
    iets met de motor. Kunnen jullie dat aan huis komen bekijken?' ~ 'Herstellen jullie ook elektrische fietsen?')."""
    found = _pointed_to(asked_words(text, lemmas_of), sources(profile, lemmas_of)) if profile.faq else None
    return (found.source.question, found.source.answer) if found is not None else None


def _holding_all(words: set[str], scored: list[Scored]) -> Scored | None:
    """The FAQ entry that holds every one of two or more asked words, scores ``strong`` or more on them, and is the
    only source that holds more than one of them; else None."""
    top = scored[0] if scored else None
    if top is None or top.source.field or len(words) < 2 or top.held < len(words) or top.score < score_words().strong:
        return None
    return top if all(s.held < 2 for s in scored[1:]) else None


def _standing_out(words: set[str], found: list[Source], *, held: int = 0) -> Scored | None:
    """The FAQ entry that scores ``context`` or more on a whole comment, about what its question is about (or
    on ``held`` words or more of it), and ``lead`` times as much as any other entry or field; else None."""
    scored = score_all(words, found)
    sw = score_words()
    if not scored or scored[0].source.field or scored[0].score < sw.context:
        return None
    if not (scored[0].asked or (held and scored[0].held >= held)):
        return None
    second = scored[1].score if len(scored) > 1 else 0.0
    return scored[0] if scored[0].score >= sw.lead * second else None


def standing_out(text: str, profile: BusinessProfile, lemmas_of: LemmasOf) -> tuple[str, str] | None:
    """(question, answer) of the FAQ entry a whole text (a rumour) stands out on, as ``checked`` takes it for
    a question that only points back ('boete als je afzegt' ~ 'Wat als ik mijn afspraak moet afzeggen?'); on
    two words or more of it: one shared word ('geen e-bikes meer') is too little to set a rumour straight."""
    if not profile.faq:
        return None
    found = sources(profile, lemmas_of)
    # the business's own name says who, not what ('E-bike Centrum doet geen onderhoud meer ...')
    name = asked_words(profile.name, lemmas_of) if profile.name.strip() else set()
    # the whole text, else the sentence the rumour is in ('... gooit alles in de container. Zonde!! Maak het
    # dan goedkoper.': what follows the claim dilutes it)
    for part in (text, *(s for s in sentences(text.strip()) if s and s != text.strip())):
        best = _standing_out(asked_words(part, lemmas_of) - name, found, held=2)
        if best is not None and best.held >= 2:
            return best.source.question, best.source.answer
    return None


def _sentence(answer: str) -> str:
    """An answer closed with a full stop, so another can follow it."""
    answer = answer.strip()
    return answer if answer.endswith((".", "!", "?")) else f"{answer}."


def _held_by_head(word: str, keys: Iterable[str]) -> bool:
    """Whether keys hold an asked word as that word or a form of it, not only as its compound's first part."""
    return any(similar(word, k) and not only_first_part(word, k) for k in keys)
