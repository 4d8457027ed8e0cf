"""The concepts found in one comment (hits and token spans per concept) and the passes that
correct them where a word list alone would be wrong: 'viel de techniek uit' is no fall, 'werkt
... niet meer' is a defect, 'nog steeds niet' is waiting."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypedDict

from app.domain.draft_events import journey_said
from app.domain.draft_fact_words import fact_words
from app.domain.topics import Concept, Mention, TopicData
from app.domain.words import word_set
from app.nlp.reader_words import reader_words, units
from app.nlp.token_span import around
from app.nlp.topic_wish_sentences import joined_stop
from app.nlp.topic_words import LET, PARTICLES, WORKS, lemma, person_word

_CLAUSE_ENDS = frozenset({"en", "maar", "want", "dus"})


@dataclass
class Matches:
    doc: Any
    hits: Counter[str] = field(default_factory=Counter)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, concept: str, start: int, end: int) -> None:
        """Count a match once per place."""
        if (start, end) not in self.spans.get(concept, []):
            self.spans.setdefault(concept, []).append((start, end))
            self.hits[concept] += 1

    def drop(self, concept: str, start: int, end: int) -> None:
        """Forget the matches of a concept inside [start, end) ('in de smaak gevallen')."""
        kept = [(s, e) for s, e in self.spans.get(concept, []) if e <= start or s >= end]
        self.hits[concept] -= len(self.spans.get(concept, [])) - len(kept)
        self.spans[concept] = kept

    def found(self, data: TopicData, group: str) -> list[Concept]:
        chosen = [c for c in data.concepts if c.group == group and self.hits[c.id]]
        # Most hits first; ties keep the order of the data file (most serious first). For the staff concept, a role
        # word the writer told something to ('Ik zei het nog tegen de ober', 'gemeld aan de kapster') says whom they
        # told, not how staff behaved: it does not count ('drie cocktails aangerekend die we nooit besteld hebben ...
        # tegen de ober gezegd, die haalde zijn schouders op' is about the bill, the shrug its second point).
        people = {
            span for p in data.concepts if p.group == "person" and p.id != group for span in self.spans.get(p.id, [])
        }

        def told_to(span: tuple[int, int]) -> bool:
            before = [t.lower_ for t in self.doc[max(0, span[0] - 2) : span[0]]]
            return span in people and bool({"tegen", "aan"} & set(before))

        def weight(c: Concept) -> float:
            staff = c.topic == "personeel"  # ('de bezorger' is evidence of a delivery, still)
            return self.hits[c.id] - (sum(told_to(span) for span in self.spans.get(c.id, [])) if staff else 0)

        return sorted(chosen, key=lambda c: -weight(c))

    def inside(self, data: TopicData, group: str, i: int) -> bool:
        """Whether token ``i`` is part of a concept of this group."""
        return any(s <= i < e for c in data.concepts if c.group == group for s, e in self.spans.get(c.id, []))

    def taken(self) -> set[int]:
        return {i for spans in self.spans.values() for s, e in spans for i in range(s, e)}


def _clause_bounds(doc: Any, i: int) -> tuple[int, int]:
    """(first, last) token of the clause around ``i``: up to punctuation or 'en', 'maar', ..."""
    first, end = around(doc, i, i + 1, lambda token: token.is_punct or token.lower_ in _CLAUSE_ENDS)
    return first, end - 1


# A clause that opens with one of these and a noun has a thing as its subject ('Jullie ladder is ...').
_THING_START = frozenset({"de", "het", "een", "jullie", "mijn", "onze", "ons", "zijn", "haar"})
_PRONOUNS = frozenset({"ik", "hij", "zij", "ze", "we", "wij", "je", "jij", "u", "iemand", "niemand"})


def _has_person(m: Matches, first: int, last: int) -> bool:
    """Whether a person (a pronoun or one of the writer's people) is in the clause [first, last]."""
    if any(t.lower_ in _PRONOUNS for t in m.doc[first : last + 1]):
        return True
    return any(first <= s <= last for s, _ in m.spans.get("naaste", []))


def drop_separable_falls(m: Matches) -> None:
    """'viel de techniek uit', 'de wieltjes vielen eraf': a form of 'vallen' with a particle at the end
    of its clause is no fall; nor is 'liet een tak vallen' (something dropped)."""
    doc, kept = m.doc, []
    fall = lemma("vallen")
    for start, end in m.spans.get("letsel", []):
        # 'gevallen', 'is gevallen': the form of 'vallen' in the match decides
        at = next((t.i for t in doc[start:end] if t.lemma_ == fall), None)
        if at is not None and end - start <= 2:
            first, last = _clause_bounds(doc, at)
            particle = doc[last].lower_ if last > at else ""
            clause = doc[first : last + 1]
            # 'De ladder is tegen mijn auto gevallen': a thing fell, nobody in the clause did.
            named = clause[0].lower_ in _THING_START and len(clause) > 1 and clause[1].is_alpha
            # 'in de kerk viel het bloemenkransje van haar hoofd': the thing named right after the verb fell.
            after = doc[at + 1 : at + 3]
            inverted = (
                len(after) == 2
                and after[0].lower_ in _THING_START
                and after[1].is_alpha
                and not person_word(after[1].lower_)
            )
            thing = (named or inverted) and not _has_person(m, first, last)
            if particle in PARTICLES or thing or any(t.lower_ in LET for t in doc[first:at]):
                m.hits["letsel"] -= 1
                continue
        kept.append((start, end))
    if "letsel" in m.spans:
        m.spans["letsel"] = kept


def drop_names(m: Matches) -> None:
    """'PC Dokter', 'Bakkerij De Korenschoof': a capitalised word after another capitalised word is
    part of a name, not the concept it spells ('dokter')."""
    doc = m.doc
    for concept, spans in list(m.spans.items()):
        kept = []
        for start, end in spans:
            words = doc[start:end]
            before = doc[start - 1] if start > 0 else None
            named = (
                before is not None
                and before.is_alpha
                and (before.is_title or before.is_upper)
                and all(t.is_title for t in words)
                and not doc[start - 1].is_sent_start
                # ('Wij wonen in Leisele. Voor Moederdag ...': the word before opens a sentence, no name)
                and not (start > 1 and (doc[start - 2].text in {".", "!", "?"} or joined_stop(doc, start - 2)))
            )
            if named or _named_colour(doc, start, end):
                m.hits[concept] -= 1
            else:
                kept.append((start, end))
        m.spans[concept] = kept


def _named_colour(doc: Any, start: int, end: int) -> bool:
    """'en nou verliest Oranje gewoon': a word that only says a colour or an age (resources/topic_readers.toml
    [failed] never_alone), capitalised inside a sentence, names a team or a name, no quality of a thing; so
    does one said of the business's thing before it ('jullie oranje tompoucen')."""
    word = doc[start]
    if end - start != 1 or word.lower_ not in reader_words()["failed"]["never_alone"]:
        return False
    before = next((t for t in reversed(doc[:start]) if not t.is_space), None)
    if before is not None and before.lower_ == "jullie" and end < len(doc) and doc[end].text[:1].isalpha():
        return True  # 'jullie oranje tompoucen', 'jullie oude kaas': the kind of the business's thing, no fault
    return (
        word.is_title and before is not None and before.text not in {".", "!", "?", "(", "'", '"', "‘", "“", ":", "-"}
    )


def not_working(m: Matches) -> None:
    """'nu werkt de touch onderin niet meer': a form of 'werken' with 'niet' a few words on is a defect."""
    if m.hits["defect"]:
        return
    doc = m.doc
    for token in doc:
        if token.lower_ not in WORKS:
            continue
        for k in range(token.i + 1, min(len(doc), token.i + 6)):
            if doc[k].is_punct:
                break
            if doc[k].lower_ in {"niet", "nooit"}:
                m.add("defect", token.i, k + 1)
                return


def still_not_there(m: Matches) -> None:
    """'het was er na drie weken nog steeds niet.': still not there (not 'nog steeds niet opgeladen')."""
    doc = m.doc
    for token in doc[:-2]:
        if (
            token.lower_ == "nog"
            and doc[token.i + 1].lower_ in {"steeds", "altijd"}
            and doc[token.i + 2].lower_ == "niet"
        ):
            after = doc[token.i + 3] if token.i + 3 < len(doc) else None
            if after is None or after.is_punct or after.lower_ in {"en", "maar", "want"}:
                m.hits["wachttijd"] += 1
                m.spans.setdefault("wachttijd", []).append((token.i, token.i + 3))


_UNTIL = frozenset({"voor", "voordat", "tot", "totdat", "eer", "voor dat"})


def how_long_until(m: Matches) -> None:
    """'Hoe lang duurt het voor dat weer is aangegroeid?': a question how long something will take, no
    complaint about waiting (unlike 'Hoe lang moet ik nog wachten?')."""
    doc = m.doc
    kept = []
    for start, end in m.spans.get("wachttijd", []):
        first = start
        while first > 0 and doc[first - 1].text not in {".", "!", "?"}:
            first -= 1
        last = end
        while last < len(doc) and doc[last].text not in {".", "!", "?"}:
            last += 1
        words = [t.lower_ for t in doc[first:last]]
        question = last < len(doc) and doc[last].text == "?"
        asks = question and "hoe" in words and any(w in _UNTIL for w in [t.lower_ for t in doc[end:last]])
        if asks and not any(t.lower_.startswith("wacht") for t in doc[first:last]):
            m.hits["wachttijd"] -= 1
            continue
        kept.append((start, end))
    if "wachttijd" in m.spans:
        m.spans["wachttijd"] = kept


# Answering words, and the negations that say no answer came ('nooit werd er opgenomen').
_ANSWERED = frozenset(
    {"opgenomen", "opnemen", "opneemt", "nam", "namen", "teruggebeld", "terugbellen", "gereageerd", "beantwoord"}
    | {"teruggemaild", "teruggeschreven", "reageerde", "reageerden", "antwoordde"}
)
NEGATIONS = frozenset({"niet", "nooit", "niemand", "geen"})


def unanswered_apart(m: Matches) -> None:
    """'Drie keer gebeld en nooit werd er opgenomen', 'niemand heeft ooit gereageerd': a negation a few
    words before an answering word in the same clause means no answer came, as 'geen antwoord' does."""
    if m.hits["geen_antwoord"]:
        return
    doc = m.doc
    for token in doc:
        if token.lower_ not in _ANSWERED:
            continue
        for k in range(token.i - 1, max(-1, token.i - 6), -1):
            if doc[k].is_punct or doc[k].lower_ in _CLAUSE_ENDS:
                break
            if doc[k].lower_ in NEGATIONS:
                m.add("geen_antwoord", k, token.i + 1)
                return


_ILL = frozenset({"ziek", "zieke", "doodziek", "misselijk"})
_NOT = frozenset({"niet", "nooit", "nergens"})


def _ill(doc: Any, i: int) -> bool:
    """An ill word that is not negated ('ik ben er niet ziek van geworden' says nobody was ill)."""
    return doc[i].lower_ in _ILL and not any(doc[k].lower_ in _NOT for k in range(max(0, i - 2), i))


def ill_after_meal(m: Matches) -> None:
    """'na jullie lunchbuffet waren zes collega's ziek': ill after a meal is food poisoning; so is
    ill after or from something ('de hele nacht ziek geweest na de mosselen', 'ziek van de kip')."""
    if m.hits["vergiftiging"]:
        return
    if m.hits["etentje"] and any(_ill(m.doc, t.i) for t in m.doc):
        m.hits["vergiftiging"] += 1
        return
    doc = m.doc
    for token in doc:
        if not _ill(doc, token.i):
            continue
        for k in range(token.i + 1, min(len(doc) - 1, token.i + 4)):
            if doc[k].is_punct:
                break
            # not 'ziek van dit gezeur': a demonstrative after 'van' makes it a manner of speaking
            said = doc[k].lower_ == "na" or doc[k + 1].lower_ not in {"dit", "dat", "die", "deze", "zo", "al", "alle"}
            if doc[k].lower_ in {"na", "van"} and not doc[k + 1].is_punct and said:
                m.add("vergiftiging", token.i, k + 1)
                return


_CONTRAST = frozenset({"maar", "alleen", "helaas", "jammer", "minpuntje", "minpunt"})
_NEGATED = frozenset({"niet", "nooit", "geen", "niks", "niets", "zonder"})


class Criticism(TypedDict):
    criticism: str
    criticised: str


def criticism(m: Matches, problems: list[Concept], things: Sequence[Mention] = ()) -> Criticism:
    """The problem a writer adds to praise after 'maar', 'alleen', 'helaas' ('Heerlijk gegeten, maar de
    bediening was traag' → personeel); '' when none, or when it is denied ('maar nooit lang wachten'). With it
    (``criticised``) the thing that sentence names, as the reply says it: 'Alleen jammer dat de regenponcho's
    extra kostten' → 'de regenponcho's'."""
    doc = m.doc
    contrast = [t.i for t in doc if t.lower_ in _CONTRAST and not _only(doc, t.i)]
    for concept in problems:
        for start, _ in m.spans.get(concept.id, []):
            after = [
                c for c in contrast if c < start and not any(doc[k].text in {".", "!", "?"} for k in range(c, start))
            ]
            denied = any(doc[k].lower_ in _NEGATED for k in range(max(0, start - 3), start))
            if after and not denied:
                return {"criticism": concept.id, "criticised": _named_in(doc, after[0], things)}
    return {"criticism": "", "criticised": ""}


# Verbs after which 'maar' or 'alleen' before an amount means 'only': 'we moesten maar tien minuten wachten'
# (praise of a short wait), not 'Lekker, maar 45 minuten wachten' (a point after a comma).
_ONLY_AFTER = word_set("moest moesten hoefde hoefden hoeft hoef duurde duurt kostte kost was waren betaalde betaalden")


def _only(doc: Any, i: int) -> bool:
    """Whether the contrast word at ``i`` says 'only' ('we moesten maar tien minuten wachten')."""
    amount = i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].lower_ in _NUMBER_WORDS)
    return amount and i > 0 and doc[i - 1].lower_ in _ONLY_AFTER


def _named_in(doc: Any, start: int, things: Sequence[Mention]) -> str:
    """The first of ``things`` said from ``start`` to the end of its sentence, with its article."""
    for k in range(start, len(doc)):
        if doc[k].text in {".", "!", "?"}:
            break
        thing = next((t for t in things if not t.guessed and doc[k].lower_ == t.text), None)
        if thing is not None:
            return thing.definite
    return ""


_NUMBER_WORDS = word_set(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig vijftig "
    "zestig anderhalf anderhalve"
)
# '45 min', 'drie uur': the time units of resources/topic_readers.toml [units] (reader_words.units).
# 'om zeven uur', 'tot acht uur', 'rond twaalf uur': a time on the clock, not how long.
# 'beloofd voor 12 uur': before that time on the clock, not a wait of twelve hours
_CLOCK_BEFORE = word_set("om tot rond omstreeks vanaf tegen half kwart sinds voor vóór")


def duration(doc: Any) -> str:
    """How long, as written: 'drie uur', '45 minuten', 'een kwartier', 'twee weken' ('' when none). Next to how
    long something should last ('duurt 2 uur ... ik zat er 50 minuten'), a time is only a wait when waiting is
    said ('zou 3 dagen duren, ik wacht nu al 3 weken')."""
    if _promised(doc) and not any(t.lower_.startswith(("wacht", "gewacht")) for t in doc):
        return ""
    for token in doc[:-1]:
        unit = doc[token.i + 1]
        clock = unit.lower_ == "uur" and token.i > 0 and doc[token.i - 1].lower_ in _CLOCK_BEFORE
        clock = clock or (unit.lower_ == "uur" and token.i > 0 and _day_clock(doc, token.i))
        # 'tussen 8 en 9 uur', 'van 10 tot 12 uur': a window on the clock
        clock = clock or (unit.lower_ == "uur" and token.i > 2 and doc[token.i - 3].lower_ in {"tussen", "van"})
        # 'Drie weken geleden geboekt' says when, not how long the writer waited
        ago = token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "geleden"
        # 'in 20 minuten afgeraffeld', 'binnen een uur klaar': how fast the work went, no wait
        ago = ago or (token.i > 0 and doc[token.i - 1].lower_ in {"in", "binnen"})
        # 'volgens de site duurt een eerste afspraak 2 uur': how long it should last, not how long anyone waited
        ago = ago or _lasts(doc, token.i)
        # 'drie weken op voorhand gereserveerd', 'twee maanden van tevoren geboekt': how far ahead, not a wait
        ago = ago or _ahead(doc, token.i + 2)
        # 'om 8 uur twee minuten stilte': a moment of silence kept, not a wait
        ago = ago or (token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "stilte")
        amount = (
            unit.lower_ in units("time") and (token.like_num or token.lower_ in _NUMBER_WORDS) and not clock and not ago
        )
        # 'Ik was er een uur voor met de trein gekomen': how long the journey took, not a wait
        if amount and not journey_said(_sentence(doc, token.i)):
            return f"{token.text.lower()} {'minuten' if unit.lower_ == 'min' else unit.lower_}"  # '45 min': written out
        if token.lower_ == "half" and unit.lower_ == "uur" and token.i > 0 and doc[token.i - 1].lower_ == "een":
            return "een half uur"  # 'een half uur gewacht' (not 'om half zes')
    return ""


# 'op voorhand', 'van tevoren', 'vooraf': said after an amount of time, how far ahead something was done.
_AHEAD = (("vooraf",), ("tevoren",), ("vantevoren",), ("op", "voorhand"), ("van", "tevoren"), ("van", "te", "voren"))


def _ahead(doc: Any, i: int) -> bool:
    """Whether the words from ``i`` say 'ahead' ('op voorhand', 'van tevoren', 'vooraf')."""
    return any(tuple(t.lower_ for t in doc[i : i + len(words)]) == words for words in _AHEAD)


def _day_clock(doc: Any, i: int) -> bool:
    """Whether the hours at ``i`` follow a day ('voor zondag 9 uur'): a time on the clock, unless a wait is said
    right after ('zondag 2 uur gewacht')."""
    waited = i + 2 < len(doc) and doc[i + 2].lower_.startswith(("wacht", "gewacht"))
    return doc[i - 1].lower_ in _clock_days() and not waited


@lru_cache(maxsize=1)
def _clock_days() -> frozenset[str]:
    """'voor zondag 9 uur', 'morgenochtend 10 uur': a day right before the hours says when, not how long; a weekday
    or a day near today, with a part of the day or not (resources/fact_words.toml weekdays, near_days, day_parts)."""
    words = fact_words()
    return frozenset(day + part for day in words.weekdays | words.near_days for part in words.day_parts | {""})


# A day said from today, before a part of it written as one word: 'vanmorgen', 'vanavond', 'vannacht',
# 'gisteravond', 'eergistermiddag'.
_FROM_TODAY = ("van", "gister", "eergister")


def day_word(word: str) -> bool:
    """Whether a word names a day or a part of one ('Zondagmorgen', 'Zaterdagavond', 'Gisteravond', 'Vanmorgen',
    'Maandag'): a time, never a person, even capitalised at a sentence's start (resources/fact_words.toml
    weekdays, near_days, day_parts)."""
    low = word.lower().rstrip(".")
    if low in _clock_days():
        return True
    parts = fact_words().day_parts | {"nacht"}
    return any(low.startswith(stem) and low[len(stem) :] in parts for stem in _FROM_TODAY)


def _sentence(doc: Any, i: int) -> str:
    """The text of the sentence the token at ``i`` lies in."""
    start, end = i, i
    while start > 0 and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].text not in {".", "!", "?"}:
        end += 1
    return str(doc[start : end + 1].text)


def _promised(doc: Any) -> bool:
    """Whether the text says how long something should last with a number and a unit ('duurt 2 uur'; not
    'zou een paar dagen duren')."""
    return any(
        (t.like_num or t.lower_ in _NUMBER_WORDS) and doc[t.i + 1].lower_ in units("time") and _lasts(doc, t.i)
        for t in doc[:-1]
    )


_CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ",", "maar", "en", "terwijl", "want"})


def _lasts(doc: Any, i: int) -> bool:
    """Whether the number at ``i`` says how long something lasts as a rule ('duurt ... 2 uur', 'zou 3 dagen
    duren'): the present 'duurt' or an infinitive 'duren' in its sentence, not the 'duurde' someone sat through."""
    start = i
    while start > 0 and doc[start - 1].lower_ not in _CLAUSE_BREAKS and i - start < 8:
        start -= 1
    end = i
    while end + 1 < len(doc) and doc[end + 1].lower_ not in _CLAUSE_BREAKS and end - i < 4:
        end += 1
    return any(t.lower_ in {"duurt", "duren"} for t in doc[start : end + 1])


_LIGHTS = ("lampje", "lampjes", "lamp", "lampen", "lichtje", "lichtjes", "controlelicht")


def warning_lights(m: Matches) -> None:
    """'nu gaat het oliedrukslampje branden': a warning light that comes on is a defect, not a fire."""
    doc = m.doc
    for start, end in list(m.spans.get("gevaar", [])):
        if not doc[start].lower_.startswith("brand"):
            continue
        near = doc[max(0, start - 4) : min(len(doc), end + 4)]
        if any(t.lower_.endswith(_LIGHTS) for t in near):
            m.drop("gevaar", start, end)
            m.add("defect", start, end)


_LATE_SELF = word_set("ik k we wij")
_LATE_VERBS = word_set("kwam kwamen was waren ben zijn arriveerde arriveerden")


def lasting(m: Matches) -> None:
    """'volgens de site duurt een eerste afspraak 2 uur', 'zou drie dagen duren': how long something should
    last, no wait (not 'het duurde 2 uur', which someone sat through)."""
    doc = m.doc
    lasts = [(s, e) for s, e in m.spans.get("wachttijd", []) if doc[s].lower_ in {"duurt", "duren"}]
    if lasts and _promised(doc):
        for start, end in lasts:
            m.drop("wachttijd", start, end)


def own_lateness(m: Matches) -> None:
    """'Ik was 10 minuten te laat door file', 'Kwam 5 min te laat': the writer was late, nobody waited on the
    business (not 'het eten kwam te laat', 'we kregen de taart te laat')."""
    doc = m.doc
    for start, end in list(m.spans.get("wachttijd", [])):
        if doc[start].lower_ != "te" or end - start != 2 or doc[end - 1].lower_ != "laat":
            continue
        first = start
        while first > 0 and doc[first - 1].text not in {".", "!", "?", ",", ";", "(", ")"} and start - first < 8:
            first -= 1
        before = [t.lower_.lstrip("'") for t in doc[first:start]]
        verb = next((k for k, w in enumerate(before) if w in _LATE_VERBS), None)
        # the writer as the subject, or no subject at all at the start ('Kwam 5 min te laat')
        if verb is not None and (verb == 0 or any(w in _LATE_SELF for w in before[max(0, verb - 1) : verb + 2])):
            m.drop("wachttijd", start, end)
