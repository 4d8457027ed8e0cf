"""The things a comment is about, in the order the drafts name them: the lexicon's products with the noun the
comment opens with, or guessed nouns; the one the complaint is about first (damaged, judged, broken, waited for,
paid for); without what is no thing at all (the way the writer tried, what describes a thing found in the food)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.topics import Concept, Mention, TopicData
from app.domain.words import RECORDS
from app.nlp.reader_words import reader_words
from app.nlp.topic_broken import BrokenPartFinder
from app.nlp.topic_compared import not_compared
from app.nlp.topic_coordinated import coordinated, truncated_joined
from app.nlp.topic_counted import counted_made
from app.nlp.topic_harm import Harm
from app.nlp.topic_kind import made_named, precise_first, with_kind
from app.nlp.topic_match import Matches
from app.nlp.topic_nouns import adjective_nouns, guessed_objects, idiom_positions, make_at, to_the_last
from app.nlp.topic_opening import opening_object
from app.nlp.topic_order import gave_way_first, judged_first, nearest_first, other_occasion_last, specific_first
from app.nlp.topic_paid import paid_first
from app.nlp.topic_quoted import quoted_speech
from app.nlp.topic_waited import waited_first
from app.nlp.topic_wish_sentences import wish_sentences
from app.nlp.topic_words import lemma


def things(
    m: Matches, data: TopicData, give: frozenset[str], products: list[Mention], lemmas: list[str]
) -> list[Mention]:
    """The lexicon's products, with the noun the comment opens with first, or guessed nouns when the
    lexicon knows none; their lemmas are added to ``lemmas``."""
    # 'dan moet ge maar vroeger uit uw bed komen'; 'alles was tot in de puntjes verzorgd': no thing named
    taken = m.taken() | quoted_speech(m.doc) | idiom_positions(m.doc)
    # the lexicon's word only said in a figure of speech ('tot de laatste bitterbal') names nothing had
    last = to_the_last(m.doc)
    products[:] = [p for p in products if not _at(m.doc, p, last) or _at(m.doc, p, _outside(m.doc, last))]
    opening = opening_object(m.doc, taken)
    # Not when the writer named something of their own ('De droger heeft mijn wollen trui ...').
    # ... nor when the lexicon's word says it already ('Oude kaas gekocht' → 'oude kaas').
    # A thing bought or brought in ('Voorvork laten vervangen, ...') stays first even then.
    said = opening is None or any(
        (p.own and opening.guessed)
        or lemma(p.text) == lemma(opening.text)
        or p.text.endswith(opening.text)
        or opening.text in p.text.split()  # 'de frutti' of 'frutti di mare'
        for p in products
    )
    if not said and opening is not None and len(m.doc) > 2:
        # 'Onze visgraat vloer': the lexicon's word right after it is the head
        said = any(m.doc[i].lower_ == p.text for p in products for i in (1, 2, 3) if i < len(m.doc))
    if opening is not None and not said:
        products.insert(0, opening)  # 'De krabpaal die ik kocht ... de bovenste plank'
        lemmas.append(lemma(opening.text))
    elif not products or (all(p.wished for p in products) and wish_sentences(m.doc, minus_only=True)):
        # also when the lexicon only knows the minus point's thing ('Het vispannetje was top, alleen
        # jammer dat ... ons portemonnee'): the praised noun comes first
        wished = frozenset(wish_sentences(m.doc, minus_only=True))  # 'Alleen de muziek mocht zachter'
        # a service the writer names as a thing of their own ('super blij met mijn nieuwe kleur') is one
        services = {i for c in m.found(data, "service") for s, e in m.spans[c.id] for i in range(s, e)}
        found = guessed_objects(m.doc, taken - services, limit=4, wished=wished)
        guessed = [g for g in found if g.own or not _at(m.doc, g, services)][:2]
        guessed = guessed or adjective_nouns(m.doc, taken)
        if products:
            guessed = [g for g in guessed if not g.wished]
        lemmas.extend(lemma(p.text) for p in guessed)
        products = [*guessed, *products]
    elif make := _make_named(m.doc, taken, products):
        # 'de oude Gazelle van mijn man opgeknapt. Nieuwe banden, ...': the make is the whole the parts the
        # lexicon knows belong to
        products.insert(0, make)
        lemmas.append(lemma(make.text))
    named = [p.text for p in products]  # and a noun joined to one: 'een nieuwe ketting + cassette'
    products = products + [c for c in coordinated(m.doc, named, m.taken()) if c.text not in named]
    # 'leverde 60 dúmkes voor de opening van ons kantoor': the things counted first, also when unknown
    counted = [c for c in counted_made(m.doc, give, m.taken()) if _new_thing(c, products)]
    return [*counted, *products]


def _make_named(doc: Any, taken: set[int], products: list[Mention]) -> Mention | None:
    """The make the writer names as a thing ('de oude Gazelle van mijn man', 'mijn nieuwe Cube', see
    app.nlp.topic_nouns.make_at) besides the lexicon's products; None for none."""
    for guessed in guessed_objects(doc, taken, limit=4):
        at = next((t.i for t in doc if t.text == guessed.text), -1)
        if at > 0 and make_at(doc, at) and not guessed.wished and all(p.text != guessed.text for p in products):
            return guessed
    return None


def _damaged_first(m: Matches, data: TopicData, main: Concept | None, products: list[Mention]) -> list[Mention]:
    """The thing the main problem happened to first: the writer's own for damage, else the one named
    just before the problem word."""
    if main is not None and main.id == "schade" and any(p.own for p in products):
        # 'rode wijn over mijn witte jurk gemorst': what was damaged is the writer's own thing
        products = sorted(products, key=lambda p: not p.own)
    elif main is not None and main.id == "schade":
        # 'verf op onze nieuwe auto gemorst': what was damaged is the writer's own thing
        subjects = {i for c in m.found(data, "subject") for s, e in m.spans[c.id] for i in range(s, e)}
        own = [g for g in guessed_objects(m.doc, m.taken() - subjects, limit=4) if g.own]
        products = own[:1] + products
    if main is not None:
        return nearest_first(m.doc, m.spans.get(main.id, []), main.id, products)
    for service in ("reparatie", "onderhoud", "behandeling"):
        # 'ge hebt mijn band geplakt. Na tien kilometer stond ik weer plat': the thing the work was done on
        if m.hits[service]:
            return nearest_first(m.doc, m.spans.get(service, []), "service", products)
    return products


def _broken_first(
    m: Matches, data: TopicData, broken: BrokenPartFinder, main: Concept | None, products: list[Mention]
) -> list[Mention]:
    """'Nu doet het display het niet meer' in a comment about the e-bike: the part that broke comes first,
    unless the comment opens with what it is about ('Telefoon gebracht ..., nu doet de microfoon het niet')."""
    if main is not None and main.id != "defect":
        return products  # an unclear complaint may still name what broke ('nu brandt het motorlampje')
    part = broken.part(m.doc)
    opens_with = bool(products) and m.doc[0].lower_ == products[0].text  # 'Telefoon gebracht voor ...'
    # but work opening the comment cannot break ('onderhoudsbeurt van 75 euro ... een versnelling die overslaat')
    opens_with = opens_with and not any(s == 0 for c in m.found(data, "service") for s, _ in m.spans[c.id])
    if part is None or opens_with:
        return products
    known = next((p for p in products if lemma(p.text) == lemma(part.text)), None)  # keeps what the lexicon knows
    # a thing that broke is what the complaint is about, also in a sentence with 'helaas' (no wish)
    first = replace(known, wished=False) if known is not None else part
    return [first, *(p for p in products if p is not known)]


def ordered(m: Matches, data: TopicData, harm: Harm, products: list[Mention], occasion: str) -> tuple[Mention, ...]:
    """The products in the order the drafts name them, each with the kind the writer said ('vegan menu')."""
    products = made_named(m.doc, precise_first(specific_first(products, data.stand_ins), data.yields))
    products = other_occasion_last(m.spans, m.doc, occasion, products) if occasion else products
    # 'een baard- en knipbehandeling': the word cut short joined on (app.nlp.topic_coordinated)
    return truncated_joined(m.doc.text, with_kind(m.doc, tuple(gave_way_first(harm.gave_way, products))))


def first_things(
    m: Matches,
    data: TopicData,
    broken: BrokenPartFinder,
    main: Concept | None,
    judged: tuple[tuple[str, str], ...],
    products: list[Mention],
) -> list[Mention]:
    """The things of a complaint, the one it is about first: damaged, judged, broken, waited for, paid for."""
    products = _damaged_first(m, data, main, products)
    judged = tuple(j for j in judged if j[0] not in _found_in(m, data))
    products = _broken_first(m, data, broken, main, judged_first(m.doc, main, judged, products))
    work = {i for c in m.found(data, "service") for s, e in m.spans[c.id] for i in range(s, e)}
    products = paid_first(m.doc, main, waited_first(m.doc, main, products), work)  # '€42 voor hopscheuten'
    # 'Geen excuus, geen koffie. Daarna een knipbeurt ...': what was not given is missed, not what it is about
    products = sorted(products, key=lambda p: _only_denied(m.doc, p))
    # 'De trouwfoto's zijn binnen!! Mandy, m'n haar zat ...': the photos show what was done, they come last
    return sorted(products, key=lambda p: p.occasion and p.text.removesuffix("'s").endswith(RECORDS))


def _found_in(m: Matches, data: TopicData) -> set[str]:
    """'heel de onderkant zat vol groene schimmel', 'een stukje scherp metaal': what grew or was found in the
    thing (the hygiene problem's own words) is what went wrong with it, never the thing bought."""
    found = [c for c in m.found(data, "safety") if c.topic == "hygiene"]
    return {m.doc[i].lower_ for c in found for s, e in m.spans.get(c.id, []) for i in range(s, e)}


def _only_denied(doc: Any, mention: Mention) -> bool:
    """Whether ``mention`` is said only right after 'geen' ('geen koffie'), never as a thing had; not a thing gone
    ('al geen pistolets meer', 'nog geen brood over'): that is what the complaint is about."""
    said = [t.i for t in doc if t.lower_ == mention.text.lower()]

    def denied(i: int) -> bool:
        gone = (i + 1 < len(doc) and doc[i + 1].lower_ in {"meer", "over"}) or (
            i > 1 and doc[i - 2].lower_ in {"al", "nog"}
        )
        return i > 0 and doc[i - 1].lower_ in {"geen", "gene", "no"} and not gone

    return bool(said) and all(denied(i) for i in said)


def _at(doc: Any, mention: Mention, positions: set[int]) -> bool:
    """Whether ``mention`` is said at one of ``positions``."""
    return any(doc[i].lower_ == mention.text for i in positions)


def _outside(doc: Any, positions: set[int]) -> set[int]:
    """The token positions of ``doc`` not among ``positions``."""
    return set(range(len(doc))) - positions


def _new_thing(thing: Mention, products: list[Mention]) -> bool:
    """Whether ``thing`` is not one of ``products`` already (by word or lemma)."""
    return all(lemma(p.text) != lemma(thing.text) and p.text.lower() != thing.text.lower() for p in products)


def not_things(m: Matches, products: list[Mention], found: str) -> list[Mention]:
    """Without what is no thing the comment is about: the way the writer tried ('de telefoon wordt nooit
    opgenomen') and a word that describes what was found in the food ('een stuk blauw plastic')."""
    if m.hits["geen_antwoord"]:  # topic_readers.toml [tried] no_answer_channels
        channels = reader_words()["tried"]["no_answer_channels"]
        products = [p for p in products if p.text.lower() not in channels]
    # why someone was late is no thing the comment is about: 'te laat door de bus', 'te laat door file'
    cause = {t.lower_ for t in m.doc if t.i > 3 and m.doc[t.i - 3].lower_ == "laat" and m.doc[t.i - 2].lower_ == "door"}
    products = not_compared(m.doc, [p for p in products if p.text.lower() not in cause])
    if not found:
        return products
    doc = m.doc
    before = {doc[t.i - 1].lower_ for t in doc if t.i > 0 and t.lower_ == found}
    return [p for p in products if p.text.lower() not in before]
