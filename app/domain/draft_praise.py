"""What a thank-you names: the thing the compliment is about (TopicAnalysis.praised) before the other
things the writer mentioned, two of them joined as one phrase ('het mandje en het belleke')."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.domain.datafile import read_toml, word_list
from app.domain.draft_fact_words import WEEKDAY, fact_words
from app.domain.draft_fitted import fitted_first
from app.domain.draft_made_for import made_for, specified, with_dish
from app.domain.textnorm import sentences
from app.domain.topics import Mention, TopicAnalysis, article_of, shipped_topic_data
from app.errors import DataFileError
from app.resources import resource_path


def _phrase(mention: Mention, poss: str) -> str:
    return f"{poss} {mention.text}" if mention.own else mention.definite


# The services that mend a thing the writer brought in, and the words for something given on top of them.
_MENDING = frozenset({"reparatie", "onderhoud"})
_GIFTS = frozenset({"cadeau", "cadeautje", "kado", "kadootje", "geschenk", "geschenkje", "attentie", "presentje"})


def praise_first(topics: TopicAnalysis, poss: str) -> TopicAnalysis:
    """``topics`` with the praised things first among the products; two praised things become one
    plural mention ('de lunch en de taart'). Unchanged when nothing praised was found."""
    # the mention the product finder made of the same word knows more (the occasion itself, wished)
    known = {p.text: p for p in topics.products}
    praised = [known.get(p.text, p) for p in topics.praised]
    praised = [p for p in praised if not p.wished]
    if not praised:
        return topics
    # 'Het fietslicht van mijn dochter was kapot ... Binnen 10 minuten gemaakt, en Bram gaf haar nog een fluohesje
    # cadeau': the writer's own thing (or their person's) that was mended comes before what was given on top
    mended = next((p for p in topics.products if (p.own or p.theirs) and not p.wished), None)
    gift = any(p.text.lower() in _GIFTS for p in topics.products)
    if mended is not None and gift and _MENDING & set(topics.services) and not praised[0].own:
        praised = [mended, *(p for p in praised if p.text != mended.text)]
    rest = tuple(p for p in topics.products if all(p.text != q.text for q in praised))
    first = praised[0]
    # (the meal named first, before the one thing praised)
    meal = topics.products[0] if len(praised) == 1 and topics.products and a_meal(topics.products[0]) else None
    if meal is not None and meal.text != first.text and not (meal.wished or first.own or first.occasion):
        # 'Zakenlunch ... de gerookte paling was hét gespreksonderwerp': the thing, at the meal it was part of
        first = replace(first, text=f"{first.text} bij {_phrase(meal, poss)}")
    if len(praised) > 1 and not first.own:  # 'je fiets' was repaired, 'het lichtje' is new: not one phrase
        # 'het mandje en het belleke': read as one plural thing ('zo in de smaak vielen')
        first = replace(first, text=f"{first.text} en {_phrase(praised[1], poss)}", plural=True)
    return replace(topics, products=(first, *rest))


@lru_cache(maxsize=1)
def _meals() -> tuple[str, ...]:
    """The last parts of a word that make it a meal or a gathering (resources/praise.toml 'meals')."""
    return word_list(resource_path("praise.toml"), "meals")


def a_meal(thing: Mention) -> bool:
    """'de zakenlunch', 'het kerstdiner': a meal or gathering the praised thing was part of."""
    return not thing.guessed and not thing.place and thing.text.lower().endswith(_meals())


def joined_first(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """'mijn haar en baard bijgewerkt': with nothing praised found, the first two things the writer joined under
    one article or possessive become one plural mention ('uw haar en baard')."""
    if topics.praised or len(topics.products) < 2:
        return topics
    first, second = topics.products[:2]
    if first.wished or second.wished or first.place or second.place or first.guessed or second.guessed:
        return topics
    if re.search(rf"(?<!\w){re.escape(first.text)} (?:en|&) {re.escape(second.text)}(?!\w)", text, re.I) is None:
        return topics
    joined = replace(first, text=f"{first.text} en {second.text}", plural=True)
    return replace(topics, products=(joined, *topics.products[2:]))


@lru_cache(maxsize=1)
def _things_at() -> dict[str, frozenset[str]]:
    path = resource_path("praise.toml")
    table = read_toml(path).get("things_at", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in table.values()
    ):
        raise DataFileError(str(path), "[things_at] moet een soort zaak op een lijst woorden afbeelden", "things_at")
    return {kind.lower(): frozenset(w.lower() for w in words) for kind, words in table.items()}


def things_not_people(topics: TopicAnalysis, kind: str) -> TopicAnalysis:
    """``topics`` without the person words that name a thing at this kind of business ('mijn pony' at a
    hair salon is a fringe: no greeting to it, no 'de pitch van je pony')."""
    words = frozenset().union(*(w for k, w in _things_at().items() if k in kind.lower()))
    if not words or not ({*topics.people, topics.owner} & words):
        return topics
    return replace(
        topics,
        people=tuple(p for p in topics.people if p not in words),
        owner="" if topics.owner in words else topics.owner,
        company=topics.company and not set(topics.people[:1]) & words,
    )


@lru_cache(maxsize=1)
def _occasion_things() -> dict[str, frozenset[str]]:
    path = resource_path("praise.toml")
    table = read_toml(path).get("occasion_things", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in table.values()
    ):
        raise DataFileError(str(path), "[occasion_things] moet een gelegenheid op een lijst woorden afbeelden")
    return {key: frozenset(w.lower() for w in words) for key, words in table.items()}


def without_occasion_things(topics: TopicAnalysis, kind: str) -> TopicAnalysis:
    """``topics`` without the writer's own things of the occasion ('de ring' at a proposal in a restaurant):
    the business did not make them, so the thanks is not for them."""
    table = _occasion_things()
    things = table.get(topics.occasion, frozenset())
    if not things or any(k in kind.lower() for k in table.get("sold_at", ())):
        return topics
    keep = tuple(p for p in topics.products if p.text.lower() not in things)
    praised = tuple(p for p in topics.praised if p.text.lower() not in things)
    return replace(topics, products=keep, praised=praised)


# Where praise turns into a minus point or an idea: 'Top zaak, MAAR ...', 'Een idee: ...'.
_TURN = re.compile(
    r"\b(?:maar|alleen|helaas|jammer|idee|ideetje|tip|tipje|suggestie|wens|misschien|wellicht|advies|verbeterpunt"
    r"|minpunt|minpuntje|enige)\b"
    r"|\b(?:zou|zouden|kunnen|kun)\s+(?:jullie|je|u)\b",
    re.I,
)
_MINUS = re.compile(r"\b(?:maar|alleen|helaas|jammer)\b", re.I)
_IDEA = re.compile(r"\b(?:idee|ideetje|tip|tipje|suggestie|wens)\b", re.I)
# Being closed, said in a minus point: 'MAAR drie weken dicht', 'alleen jammer dat jullie op maandag gesloten zijn'.
_CLOSED = re.compile(r"\b(?:dicht|gesloten|sluiting|zomersluiting|vakantiesluiting|zomerstop|bouwvak)\b", re.I)
_DAY = re.compile(rf"\b{WEEKDAY}(?:middag|ochtend|avond|morgen)?\b", re.I)
_HOUR = re.compile(r"\bom\s+(?P<uur>\d{1,2}(?:[:.]\d{2}|\s+uur))", re.I)
_SEASONS = ("zomer", "winter", "herfst", "lente", "voorjaar", "najaar", "kerstvakantie", "zomervakantie")
_MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"),
    *("november", "december"),
)


def before_turn(text: str, topics: TopicAnalysis) -> TopicAnalysis:
    """In a suggestion, ``topics`` with only the things named before the praise turns into a point or an
    idea ('Koen is de beste, MAAR ... nu sta ik hier met een platte band': not 'een fijn bericht over de
    band'); unchanged when the comment has no turn or names nothing before it."""
    turn = _TURN.search(text)
    if turn is None:
        return topics
    head = text[: turn.start()].lower()
    keep = tuple(p for p in topics.products if re.search(rf"\b{re.escape(p.text)}\b", head))
    praised = tuple(p for p in topics.praised if re.search(rf"\b{re.escape(p.text)}\b", head))
    return replace(topics, products=keep, praised=praised)


def closed_point(topics: TopicAnalysis, text: str) -> str:
    """The minus point of being closed, as a noun phrase: 'de drie weken dicht in de zomer', 'de gesloten
    maandag', 'de sluiting'; '' when the comment does not turn to it as a minus point ('Top, maar ... drie
    weken dicht')."""
    closed = _CLOSED.search(text)
    minus = [m for m in _MINUS.finditer(text[: closed.start()])] if closed is not None else []
    if closed is None or not minus or _IDEA.search(text, minus[-1].end(), closed.start()):
        return ""  # 'Eén tip: hang een pomp buiten, voor als jullie dicht zijn': the closing is no point made
    lemmas = set(topics.lemmas)
    season = next((f" in de {s}" for s in _SEASONS if s in lemmas), "")
    month = next((f" in {m}" for m in _MONTHS if re.search(rf"\b{m}\b", text, re.I)), "")
    when = season or month
    if topics.duration:
        return f"de {topics.duration} dicht{when}"
    hour = _HOUR.search(text, minus[-1].end(), closed.end() + 40)
    if hour:  # 'maar de winkel gaat om 17:00 al dicht': the closing time, not a closing
        return f"de sluitingstijd van {hour.group('uur')}"
    day = _DAY.search(text, minus[-1].end())
    if day:
        return f"de gesloten {day.group(0).lower()}"  # 'waarom zijn jullie op zaterdagmiddag dicht?'
    return f"de sluiting{when}"


# 'Wat een cadeau!', 'Wat een adres!': a word of the exclamation praises the whole visit, it is no thing made.
_EXCLAIMED = re.compile(r"\bwat\s+een\s+(?P<word>\w+)\s*[!.]", re.I)


def exclaimed_only(text: str, topics: TopicAnalysis) -> TopicAnalysis:
    """``topics`` without a guessed thing that is only the word of an exclamation ('Wat een cadeau!') or
    what someone named is called ('Naomi is echt een schat'); a thing the lexicon knows stays ('Wat een
    taart!')."""
    words = {m.group("word").lower() for m in _EXCLAIMED.finditer(text)}
    for name in topics.names:
        called = rf"\b{re.escape(name)}\s+(?:is|was)\s+(?:\w+\s+){{0,2}}?een\s+(?:\w+e\s+)?(?P<word>\w+)"
        words |= {m.group("word").lower() for m in re.finditer(called, text)}
    once = {w for w in words if len(re.findall(rf"\b{re.escape(w)}\b", text, re.I)) == 1}
    # 'Mijn kapster is echt een held': what someone is called, never a thing
    once |= {p.text for p in topics.products if p.guessed and p.text in _heroes()}
    if not once:
        return topics
    keep = tuple(p for p in topics.products if not (p.guessed and p.text in once))
    made = [m for w in sorted(once) if (m := _hero_of(w)) is not None and all(p.text != m.text for p in keep)]
    return replace(topics, products=(*made, *keep))


@lru_cache(maxsize=1)
def _heroes() -> tuple[str, ...]:
    """The last parts that make someone a hero of a thing (resources/praise.toml 'heroes')."""
    return tuple(sorted(word_list(resource_path("praise.toml"), "heroes"), key=len, reverse=True))


def _hero_of(word: str) -> Mention | None:
    """'krullenheld' → the krullen someone is a hero of; None for any other word (only a plural first part:
    'baardspecialist' stays unnamed)."""
    hero = next((h for h in _heroes() if word.lower().endswith(h)), "")
    first = word.lower()[: len(word) - len(hero)] if hero else ""
    return Mention(first, "de", plural=True) if len(first) >= 5 and first.endswith("en") else None


@lru_cache(maxsize=1)
def _teams() -> frozenset[str]:
    """The parts of a business (resources/praise.toml 'teams': 'toonbank', 'balie', 'keuken')."""
    path = resource_path("praise.toml")
    words = read_toml(path).get("teams", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataFileError(str(path), "'teams' moet een lijst met woorden zijn", "teams")
    return frozenset(w.lower() for w in words)


def without_places(text: str, topics: TopicAnalysis) -> TopicAnalysis:
    """``topics`` without a part of the business named only as a place ('de meiden achter de toonbank',
    'niet meer naar de salon'): where the praise was earned, not the thing it is about ('Fijne salon!' is)."""

    def place_only(word: str) -> bool:
        said = len(re.findall(rf"\b{re.escape(word)}\b", text, re.I))
        at = len(
            re.findall(rf"\b(?:achter|aan|bij|naar|in|op|uit)\s+(?:de|het|jullie)\s+{re.escape(word)}\b", text, re.I)
        )
        return said > 0 and at == said

    def beside(word: str) -> bool:  # 'kort aan de zijkant': where on something, never the thing praised
        said = len(re.findall(rf"\b{re.escape(word)}\b", text, re.I))
        at = len(re.findall(rf"\b(?:aan|naast|onder|boven)\s+(?:de|het)\s+{re.escape(word)}\b", text, re.I))
        return said > 0 and at == said

    keep = tuple(
        p
        for p in topics.products
        if not (p.guessed and ((p.text.lower() in _teams() and place_only(p.text)) or beside(p.text)))
    )
    return topics if len(keep) == len(topics.products) else replace(topics, products=keep)


# Congratulations or good wishes to the business itself: 'Gefeliciteerd met jullie 50-jarig bestaan!', 'Veel
# succes in jullie nieuwe winkel'.
_TO_US = re.compile(
    r"\b(?P<kind>gefeliciteerd|proficiat|felicitaties|succes|gelukgewenst)\s+(?:met|in|bij|op)\s+(?:jullie|je|jouw|uw)\s+"
    r"(?P<what>[\w\- ]{3,40}?)\s*(?=[!.,?;:]|$|\s+(?:en|hij|het|die|dat)\b)",
    re.I,
)
# Words that take 'het' (and so 'ons') when the lexicon does not know them.
_HET = frozenset({"bestaan", "jubileum", "lustrum", "pand", "terras", "interieur", "concept", "menu", "assortiment"})


# A comment that opens with the business's years and congratulates ('25 jaar Bakkerij Peeters 🎉 ... Proficiat!').
_YEARS_OPEN = re.compile(r"^\W*(?:al\s+)?(?P<n>\d{1,3})\s+jaar\b(?!\s+(?:geleden|oud|lang|terug|ago))", re.I)
_CONGRATS = re.compile(r"\b(?:proficiat|gefeliciteerd|felicitaties|gelukgewenst|hoera|congrats)\b|🎉|🥳|🎊", re.I)


def wished_to_us(text: str, voice: str) -> tuple[str, str]:
    """('felicitaties', 'ons 50-jarig bestaan') for 'Gefeliciteerd met jullie 50-jarig bestaan!',
    ('wensen', 'onze nieuwe winkel') for 'Veel succes in jullie nieuwe winkel', ('felicitaties', 'ons 25-jarig
    jubileum') for '25 jaar Bakkerij Peeters 🎉 ... Proficiat!'; ('', '') when the writer wishes the business
    nothing."""
    found = _TO_US.search(text)
    if found is None:
        years = _YEARS_OPEN.match(text) if _CONGRATS.search(text) else None
        return (
            ("felicitaties", f"{'mijn' if voice == 'ik' else 'ons'} {years.group('n')}-jarig jubileum")
            if years
            else ("", "")
        )
    words = found.group("what").split()
    head = words[-1].lower()
    het = head in _HET or article_of(head) == "het"
    ours = "mijn" if voice == "ik" else ("ons" if het else "onze")
    kind = "wensen" if found.group("kind").lower() == "succes" else "felicitaties"
    return kind, " ".join([ours, *words])


def of_made(thing: Mention) -> bool:
    """A guessed compound whose first part is a thing the business makes ('een sushischaal', 'de
    taartdoos'): something brought or served, not the room it was celebrated in ('de serre')."""
    made = shipped_topic_data().products
    word = thing.text.lower()
    return any(word.startswith(p) and len(p) >= 4 and len(word) - len(p) >= 4 for p in made)


def named_first(topics: TopicAnalysis, text: str, poss: str) -> TopicAnalysis:
    """``topics`` with what the thanks names first: the praised things (:func:`praise_first`) or two joined
    (:func:`joined_first`), the thing fitted to another before it (app.domain.draft_fitted), with the shape the
    writer said it had (:func:`shaped_first`), a meal with its dish and what it was for (app.domain.draft_made_for)."""
    topics = shaped_first(
        praise_first(joined_first(made_before_aside(fitted_first(voucher_for(topics, text), text), text), text), poss),
        text,
    )
    meal = bool(topics.products) and a_meal(topics.products[0])
    return made_for(decorated(specified(with_dish(topics, text, poss, meal), text, poss), text), text, poss)


def voucher_for(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` with the thing a voucher was for first ('een cadeaubon voor een nieuwe toerfiets', 'een waardebon
    voor de high tea'): the voucher only paid, the business sold or made that thing (resources/fact_words.toml
    voucher_words); unchanged when the first thing is no voucher or it names nothing it was for."""
    first = topics.products[0] if topics.products else None
    if first is None or first.text.lower() not in fact_words().voucher_words:
        return topics
    for other in topics.products[1:]:
        if other.own or other.guessed or other.place or other.text.lower() in fact_words().voucher_words:
            continue
        # the voucher, 'voor' or 'op', an article or possessive and at most two words before the thing
        said = rf"\b{re.escape(first.text)}\s+(?:voor|op)\s+(?:(?:een|de|het|mijn|m'n|onze)\s+)?(?:[\w-]+\s+){{0,2}}?"
        if re.search(said + rf"{re.escape(other.text)}\b", text, re.I):
            rest = tuple(p for p in topics.products if p is not other)
            praised = tuple(p for p in topics.praised if p.text != first.text)
            return replace(topics, products=(other, *rest), praised=praised)
    return topics


# What was put in or on a thing, after it: 'gevlochten met witte bloemetjes erin', 'met een strik erom' (an article
# and at most two words before that thing, then the little word that puts it there).
# No one's own ('met haar foto erop', 'met onze trouwfoto erop': whose, said back otherwise; see specified).
_PUT_IN = (
    r"\bmet\s+(?P<what>(?:(?:een|de|het)\s+)?(?:(?!(?:mijn|m'n|mn|onze|ons|haar|zijn|z'n|hun|jullie|je|uw|hem|ze)\b)"
    r"[^\W\d_][\w-]*\s+){{0,2}}?{thing})\s+(?:erin|erop|erom|eraan|ertussen|erdoor)\b"
)


def decorated(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` with the first thing named with what the business put in or on it, as written after it ('mijn
    haar ... gevlochten met witte bloemetjes erin' → 'haar met witte bloemetjes erin'), when that is a thing of the
    business too; unchanged otherwise, and when the first thing is named with more words already."""
    first = topics.products[0] if topics.products else None
    if first is None or " " in first.text or first.place or first.guessed:
        return topics
    at = text.lower().find(first.text.lower())
    for other in topics.products[1:]:
        if other.own or other.guessed or other.place or other.wished:
            continue
        found = re.compile(_PUT_IN.format(thing=re.escape(other.text)), re.I).search(text, max(at, 0))
        if at >= 0 and found is not None:
            what = " ".join(found.group("what").split())
            said = f"{first.text} met {what[:1].lower()}{what[1:]} {found.group(0).split()[-1].lower()}"
            rest = tuple(p for p in topics.products[1:] if p is not other)
            return replace(topics, products=(replace(first, text=said), *rest))
    return topics


# A sentence that adds a thing on the side: 'En de worstenbroodjes waren zoals altijd top!', 'Ook de koffie ...'.
_ASIDE = re.compile(r"^(?:en|ook|oh\s+en|o\s+ja|p\.?s\.?)\b", re.I)


def made_before_aside(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` with the thing the story is about praised first, when the praise word only comes in an aside
    at the end ('een taart ... laten maken. ... En de worstenbroodjes waren zoals altijd top!': the taart first,
    the worstenbroodjes after it); unchanged when the praised thing is not only named in such an aside."""
    if not topics.praised or not topics.products:
        return topics
    parts = [s.strip() for s in sentences(text) if s.strip()]

    def at(word: str) -> int:
        return next((i for i, s in enumerate(parts) if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", s, re.I)), -1)

    praised = topics.praised[0]
    where = at(praised.text)
    if where <= 0 or not _ASIDE.match(parts[where]):
        return topics
    first = next((p for p in topics.products if not (p.wished or p.guessed or p.place)), None)
    if first is None or first.text == praised.text or not 0 <= at(first.text) < where:
        return topics
    return replace(topics, praised=(first, *(p for p in topics.praised if p.text != first.text)))


# A thing in the shape of another: 'de 3D-taart in de vorm van een tractor' (an article is no shape: 'in de vorm
# van een 5 en een 0' names none in words)
# ... nor is a word of whose it is: 'in de vorm van onze hond Bobby' is said by draft_made_for.shaped_like
_SHAPE = (
    r"\s+in\s+de\s+vorm\s+van\s+(?P<what>(?:een|de|het)\s+)?"
    r"(?!(?:een|de|het|zijn|z'n|haar|hun|mijn|m'n|mn|onze|ons|jouw|je|uw)\b)(?P<shape>[^\W\d_][\w\-]{2,})"
)


def with_shape(about: str, text: str) -> str:
    """``about`` with the shape the writer said its thing had ('de taart' → 'de taart in de vorm van een trekker' for
    '... een taart in de vorm van een trekker kunnen maken'); unchanged when no shape follows its last word."""
    last = about.rsplit(maxsplit=1)[-1] if about.split() else ""
    found = re.search(rf"(?<!\w){re.escape(last)}{_SHAPE}", text, re.I) if last and "vorm van" not in about else None
    return f"{about} in de vorm van {(found.group('what') or '').lower()}{found.group('shape')}" if found else about


def shaped_first(topics: TopicAnalysis, text: str) -> TopicAnalysis:
    """``topics`` with the first thing named with the shape the writer said it had ('de taart in de vorm van een
    tractor'); unchanged when no shape follows it."""
    first = topics.products[0] if topics.products else None
    found = re.search(rf"(?<!\w){re.escape(first.text)}{_SHAPE}", text, re.I) if first is not None else None
    if first is None or found is None or " " in first.text:
        return topics
    shaped = f"{first.text} in de vorm van {(found.group('what') or '').lower()}{found.group('shape')}"
    return replace(topics, products=(replace(first, text=shaped), *topics.products[1:]))


# The thing of someone of the writer's: 'Ons Jules mocht zelf zijn nieuwe fiets kiezen'.
_THEIR = r"(?P<poss>zijn|z'n|haar|d'r)\s+(?P<adj>(?:nieuwe|eerste|eigen)\s+)"


def their_thing(text: str, word: str) -> str:
    """'zijn nieuwe fiets' when the writer names ``word`` as someone's new or own ('zijn nieuwe fiets kiezen'), as
    said (with 'zijn' for 'z'n', 'haar' for 'd'r'), or 'zijn crossfiets' for one set up for them ('de crossfiets die
    Koen voor hem had afgesteld'); '' when not ('zijn vlees in stukjes laten snijden')."""
    found = re.search(rf"\b{_THEIR}{re.escape(word)}\b", text, re.I)
    if found is None:  # 'op de crossfiets die Koen voor hem had afgesteld': made or set up for them, theirs
        made = re.search(
            rf"\b(?:de|het)\s+{re.escape(word)},?\s+(?:die|dat)\b[^.!?]{{0,40}}?\bvoor\s+(hem|haar)\b", text, re.I
        )
        return f"{'zijn' if made.group(1).lower() == 'hem' else 'haar'} {word}" if made else ""
    poss = {"z'n": "zijn", "d'r": "haar"}.get(found.group("poss").lower(), found.group("poss").lower())
    return " ".join([poss, *(found.group("adj") or "").lower().split(), word])


@lru_cache(maxsize=1)
def _kept_adjectives() -> frozenset[str]:
    """The adjectives a thanks keeps before the writer's own thing (resources/praise.toml 'kept_adjectives')."""
    path = resource_path("praise.toml")
    words = read_toml(path).get("kept_adjectives", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), "'kept_adjectives' moet een lijst met woorden zijn", "kept_adjectives")
    return frozenset(w.strip().lower() for w in words)


def own_described(thing: Mention, text: str) -> Mention:
    """The writer's own thing with the word the writer described it with, when that word says what kind it is
    ('mijn nieuwe bob', 'mijn korte coupe' → 'nieuwe bob', 'korte coupe'); unchanged otherwise ('mijn kapotte
    fiets' is no praise to say back)."""
    if not thing.own or " " in thing.text:
        return thing
    found = re.search(rf"\b(?:mijn|m'n|onze|ons)\s+(?P<adj>[^\W\d_]+)\s+{re.escape(thing.text)}\b", text, re.I)
    if found is None or found.group("adj").lower() not in _kept_adjectives():
        return thing
    return replace(thing, text=f"{found.group('adj').lower()} {thing.text}")


def whose_thing(text: str, word: str, poss: str) -> str:
    """'de oude Batavus van je vader' for 'de oude Batavus van mijn vader' (``poss`` the reply's 'je' or 'uw'): a
    thing named with the person it belongs to, as said, with up to two words before it; '' when not said so."""
    found = re.search(
        rf"\b(?P<det>de|het)\s+(?P<adj>(?:[a-zé]+\s+){{0,2}}){re.escape(word)}\s+van\s+(?:mijn|m'n|onze|ons)\s+(?P<who>\w+)",
        text,
        re.I,
    )
    if found is None:
        return ""
    described = [found.group("det").lower(), *found.group("adj").lower().split(), word]
    return " ".join([*described, "van", poss, found.group("who")])
