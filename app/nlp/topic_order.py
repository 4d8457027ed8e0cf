"""Which of the things a comment names goes first, and how the reply says it: the kind the writer named before
the plain word ('de abrikozenvlaai' before 'vlaai'), not the photo that only showed an example, the thing judged
broken, the part that gave way, and a thing that is the writer's person's ('de fiets van mijn dochter')."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.articles import diminutive
from app.domain.topics import Concept, Mention
from app.nlp import lexicon
from app.nlp.topic_judged import DETERMINERS, EXAMPLES
from app.nlp.topic_nouns import names_nothing
from app.nlp.topic_words import POSSESSIVE, lemma, owned_by_writer


def specific_first(products: list[Mention], stand_ins: tuple[str, ...]) -> list[Mention]:
    """'de beste vlaai ... de abrikozenvlaai': the kind the writer named goes before the plain word it ends in."""
    out = list(products)
    for i, word in enumerate(products):
        kind = next(
            (
                p
                for p in products[i + 1 :]
                if len(p.text) > len(word.text) + 2 and p.text.endswith(word.text) and not p.text.startswith(stand_ins)
            ),
            None,
        )
        if kind is not None and not kind.guessed and out.index(kind) > out.index(word):
            out.remove(kind)
            out.insert(out.index(word), kind)
    return out


def other_occasion_last(
    spans: dict[str, list[tuple[int, int]]], doc: Any, occasion: str, products: list[Mention]
) -> list[Mention]:
    """'Onze Wout werd 1 jaar en de taart met de beertjes was prachtig ... van de communietaart van ons Lien tot
    nu': a thing named for another occasion than the one the comment is about (once, or someone else's) goes after
    the things of this one."""
    own = {doc[s:e].text.lower() for s, e in spans.get(occasion, [])}
    other = [p for p in products if p.occasion and p.text.lower() not in own]
    return [p for p in products if p not in other] + other


def past_example(asked: str, products: list[Mention]) -> list[Mention]:
    """'een foto meegenomen van een lange bob': the photo only shows what was asked for."""
    return products[1:] if asked and products and products[0].text in EXAMPLES else products


def judged_first(
    doc: Any, main: Concept | None, judged: tuple[tuple[str, str], ...], products: list[Mention]
) -> list[Mention]:
    """'is de tafel beschadigd en er ontbreken twee stoelen': the judged thing is what broke, unless the
    comment opens with what it is about ('Laptop laten repareren voor een kapotte ventilator')."""
    if not judged:
        return products
    thing, how = judged[0]
    at = next((t.i for t in doc if t.lower_ == thing), 0)
    det = doc[at - 1].lower_ if at > 0 and doc[at - 1].lower_ in {"de", "het"} else ""
    if main is None or main.id not in {"schade", "defect"}:
        # any other complaint: the judged thing when the lexicon's words name something else ('met een scheve
        # pony thuis, morgen schoolfoto'); an age is no fault ('een oud pand'), a verb names no thing ('het eten')
        said = any(lemma(thing) in lemma(p.text) or lemma(p.text) in thing for p in products)
        verb = lexicon.is_verb(thing) or (det == "het" and thing.endswith("en"))
        if said or verb or how == "oud" or not lexicon.noun(thing) or names_nothing(thing):
            return products
    if any(p.text == thing for p in products) or (products and doc[0].lower_ == products[0].text):
        return products
    own = owned_by_writer(doc, at)  # 'mijn kapotte bestelling': 'je bestelling'
    plural = lexicon.noun(thing) not in {"", thing} and thing.endswith(("en", "s")) and not diminutive(thing)
    article = "de" if plural else det or lexicon.article(thing)  # the writer's own article first
    return [Mention(thing, article, plural, own=own, guessed=True), *products]


def whose(doc: Any, products: list[Mention], people: tuple[str, ...]) -> list[Mention]:
    """'De fiets van mijn dochter staat al drie weken bij jullie': the thing is the writer's person's, so the
    reply says 'de fiets van je dochter' (``Mention.theirs``)."""
    if not products or not people or products[0].own or products[0].theirs:
        return products
    first = products[0]
    for t in doc[:-3]:
        of_mine = t.lower_ == first.text and doc[t.i + 1].lower_ == "van" and doc[t.i + 2].lower_ in POSSESSIVE
        if of_mine and doc[t.i + 3].lower_ == people[0]:
            return [replace(first, theirs=True), *products[1:]]
    return products


def gave_way_first(part: Mention | None, products: list[Mention]) -> list[Mention]:
    """'het stuur schoot los tijdens het fietsen': the part that gave way is what the reply names first."""
    if part is None:
        return products
    known = next((p for p in products if lemma(p.text) == lemma(part.text)), None)  # keeps what the lexicon knows
    return [known or part, *(p for p in products if p is not known)]


_CLAUSE_STOPS = frozenset({"en", "maar", "want", "omdat", "toen"})
# Problems that happen to a thing: the thing nearest the word is what broke, disappointed or got hot
# ('de accu was gloeiend heet').
_THING_PROBLEMS = frozenset({"schade", "defect", "kwaliteit", "service", "gevaar"})


def nearest_first(doc: Any, spans: list[tuple[int, int]], concept: str, products: list[Any]) -> list[Any]:
    """The products with the one named nearest before the problem word in its clause first ('Bij drie
    fietsen is de nieuwe kettingkast afgebroken' → kettingkast), unless the comment opens with one."""
    if concept not in _THING_PROBLEMS or len(products) < 2 or not spans:
        return products
    start, end = sorted(spans)[0]
    first, last = start, end
    while first > 0 and not doc[first - 1].is_punct and doc[first - 1].lower_ not in _CLAUSE_STOPS:
        first -= 1
    while last < len(doc) and not doc[last].is_punct and doc[last].lower_ not in _CLAUSE_STOPS:
        last += 1

    if doc[0].lower_ == products[0].text:
        return products  # the comment opens with it ('Fotoboek besteld voor ...'): what it is about

    def place(product: Any) -> int | None:
        """How far before the problem word the product is named (None: not before it in the clause)."""
        at = [
            t.i
            for t in doc[first:start]
            if (t.lower_ == product.text or t.lower_.endswith(f"-{product.text}"))
            and any(doc[k].lower_ in DETERMINERS for k in range(max(first, t.i - 2), t.i))  # a noun phrase
        ]
        return start - at[-1] if at else None

    placed = [(p, place(p)) for p in products]
    found = [(d, i) for i, (p, d) in enumerate(placed) if d is not None and not p.place]
    opener = next((p for p in products if p.text == doc[0].lower_ and not p.place), None)
    if not found and opener is None:
        return products
    # 'Achterderailleur laten vervangen ... is hij afgebroken': the clause names no thing, the opening does
    best = products[min(found)[1]] if found else opener
    best = _head_of(doc, best, products, first, start)
    return [best, *(p for p in products if p is not best)]


def _head_of(doc: Any, thing: Any, products: list[Any], first: int, start: int) -> Any:
    """'De accu van de e-bike ... werd gloeiend heet': the thing before 'van de' is what it happened to."""
    for t in doc[first:start]:
        if t.lower_ == thing.text and t.i >= 3 and doc[t.i - 2].lower_ == "van" and doc[t.i - 1].lower_ in DETERMINERS:
            return next((p for p in products if p.text == doc[t.i - 3].lower_ and not p.place), thing)
    return thing
