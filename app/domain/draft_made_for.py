"""What the business made or delivered was for, as the writer said it right after the thing ('60 dúmkes voor de
opening van ons nieuwe kantoor' → 'de dúmkes voor de opening van jullie nieuwe kantoor'): the writer's own place
or event is where the thing was enjoyed, never the thing the thanks is for."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_words import fact_words
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.draft_praise_held import praise_list
from app.domain.draft_text import sentence_of
from app.domain.textnorm import normalise, sentences
from app.domain.topics import TopicAnalysis
from app.domain.words import MINE, OURS, alternation, possessive_alternation, whole_word

# 'voor de opening van ons nieuwe kantoor', 'voor het jubileum van onze vereniging'
_FOR = re.compile(
    r"\s+(?:en\s+(?:een\s+paar\s+|\d+\s+)?[^\W\d_][\w\-']*\s+)?(?P<for>voor|bij)\s+(?P<art>de|het)\s+(?P<what>[^\W\d_]{4,})\s+van\s+"
    rf"(?P<poss>{possessive_alternation()})\s+(?P<adj>(?:[^\W\d_]+e\s+)?)(?P<noun>[^\W\d_]{{3,}})\b",
    re.I,
)
_YOURS = dict.fromkeys(OURS, "jullie")


@lru_cache(maxsize=256)
def _head_for(head: str) -> re.Pattern[str]:
    """A thing's first word followed by what it was for ('dúmkes voor de opening van ons kantoor'), once per word."""
    return re.compile(rf"(?<!\w){re.escape(head)}{_FOR.pattern}", re.I)


def made_for(topics: TopicAnalysis, text: str, poss: str) -> TopicAnalysis:
    """``topics`` with the first thing named with what it was for, the writer's words said back with ``poss`` ('je',
    'uw'); unchanged when the comment names an occasion of its own (that is said already) or no such phrase."""
    first = topics.products[0] if topics.products else None
    if first is None or topics.occasion or not first.text.strip():
        return topics
    head = first.text.split()[0]  # 'lunch' of 'lunch met het wildmenu'
    found = _head_for(head).search(text)
    if found is None:
        return topics
    mine = found.group("poss").lower()
    yours = poss if poss != "je" else _YOURS.get(mine, "je")
    said = " ".join([found.group("for").lower(), found.group("art").lower(), found.group("what").lower(), "van", yours])
    said = f"{said} {found.group('adj')}{found.group('noun')}"  # as written: 'Franse partners'

    return replace(topics, products=(replace(first, text=f"{first.text} {said}"), *topics.products[1:]))


def with_dish(topics: TopicAnalysis, text: str, poss: str, meal: bool) -> TopicAnalysis:
    """``topics`` with the meal praised first named with the dish the writer named after it ('de verzorgde lunch ...
    Wildmenu met hertenkalf, prachtig' → 'de lunch met het wildmenu'); ``meal``: whether the first thing is a meal
    or gathering. Unchanged when another thing is praised too, when the first thing is more than one word ('lunch
    met vrienden' is named already) or no dish of the business follows."""
    first = topics.products[0] if topics.products else None
    if first is None or not meal or len(topics.praised) != 1 or topics.praised[0].text != first.text:
        return topics
    at = text.lower().find(first.text.lower())
    dish = next(
        (
            p
            for p in topics.products[1:]
            if not (p.wished or p.guessed or p.place or p.own or p.occasion) and text.lower().find(p.text.lower()) > at
        ),
        None,
    )
    if dish is None or at < 0 or " " in first.text:
        return topics
    said = f"{poss} {dish.text}" if dish.own else dish.definite
    rest = tuple(p for p in topics.products[1:] if p is not dish)
    return replace(topics, products=(replace(first, text=f"{first.text} met {said}"), *rest))


def gift_of(text: str, topics: TopicAnalysis) -> str:
    """The thing a question says is a present ('een kinderfiets ... als verrassing' → 'Een kinderfiets'), by the
    gift words of resources/fact_words.toml; '' when it names none or no thing."""
    words = set(normalise(text).split())
    thing = next((p for p in topics.products if not (p.occasion or p.place or p.own)), None)
    if thing is None or not words & fact_words().gift_words:
        return ""
    return thing.text.capitalize() if thing.plural else f"Een {thing.text}"


# Something the business gave with the work, unasked: 'de kinderen kregen er nog een fluohesje bij', 'kreeg er
# gratis een lampje bij', 'deden er een koekje bij'.
_EXTRA = re.compile(
    r"\b(?:kreeg|kregen|krijg|krijgen|gaf|gaven|deed|deden|stopte|stopten)\s+(?:(?:ik|we|wij|ze|zij|hij)\s+)?er\s+"
    r"(?:(?:nog|ook|zelfs|gratis|gewoon)\s+)*(?P<thing>een\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]{3,})\s+"
    r"(?:(?:gratis|extra|zomaar)\s+)?bij\b",
    re.I,
)


def extra_given(text: str) -> str:
    """What the business gave with the work, unasked, as the writer said it ('kregen er nog een fluohesje bij' →
    'een fluohesje'); '' when the writer names nothing given, or what they got with it was a let-down ('al kreeg ik
    er een schrammetje bij van de schaar'): after a word of concession, or a hurt or a cost."""
    found = _EXTRA.search(text)
    if found is None:
        return ""
    thing = found.group("thing").lower()
    cues = phrase_cues()
    clause = re.split(r"[.!?,;:]", text[: found.start()])[-1].split()
    if re.search(rf"\b(?:{alternation(cues.extra_but, spaced=True)})$", " ".join(clause[-2:]).lower()):
        return ""
    said, last = thing.split(maxsplit=1)[1], thing.split()[-1]  # 'blauwe plek', 'plek'
    small = re.sub(r"(?:tje|je)s?$", "", last)  # 'schrammetje' → 'schramme', 'deukje' → 'deuk'
    return "" if {said, last, small, small.rstrip("e")} & set(cues.extra_harms) else thing


def cause_said(text: str) -> str:
    """The good cause the writer says the work was for, as written ('Stichting Haarwensen', 'het goede doel'; the
    words for a cause are draft_cues.toml's ``causes``); '' when none."""
    found = draft_cues().cause.search(text)
    return found.group("doel") if found is not None else ""


def green_seen(text: str) -> bool:
    """Whether the writer praises how the business spares the environment ('geeft haar knipafval mee aan een
    project', draft_cues.toml ``green``): in a sentence that says no lack of it ('jammer dat er niks met het
    knipafval gebeurt': a word of ``not_words`` or ``minus_point``)."""
    cues = draft_cues()
    for found in cues.green.finditer(text):
        said = sentence_of(text, found)
        if not set(re.findall(r"[\w'-]+", said.lower())) & cues.not_words and not cues.minus_point.search(said):
            return True
    return False


# What was on it, after the thing: 'met onze trouwfoto uit 2000 erop'.
_ON_IT = re.compile(
    rf"^\s+met\s+(?P<poss>{possessive_alternation()}|de|het|een)\s+(?P<what>[^\W\d_]{{3,}})\b[^.!?,]{{0,30}}?\berop\b",
    re.I,
)


def specified(topics: TopicAnalysis, text: str, poss: str) -> TopicAnalysis:
    """``topics`` with the praised thing named as the writer specified it in the next sentence, which opens with it
    ('de prachtige taart voor ons huwelijk! Frambozenbavarois met onze trouwfoto erop' → 'de frambozenbavarois met
    uw trouwfoto erop'); unchanged when the next sentence opens otherwise."""
    first = topics.products[0] if topics.products else None
    if first is None or not topics.praised or topics.praised[0].text != first.text or " " in first.text:
        return topics
    parts = [s.strip() for s in sentences(text) if s.strip()]
    at = next((i for i, s in enumerate(parts) if whole_word(first.text).search(s)), -1)
    after = parts[at + 1] if 0 <= at < len(parts) - 1 else ""
    thing = next(
        (
            p
            for p in topics.products[1:]
            if not (p.guessed or p.wished or p.own or p.place or p.occasion)
            and after.lower().startswith(p.text.lower())
            and len(p.text) > len(first.text)
        ),
        None,
    )
    if thing is None:
        return topics
    said = thing.text
    on_it = _ON_IT.match(after[len(thing.text) :])
    if on_it is not None:
        whose = on_it.group("poss").lower()
        ours = dict.fromkeys(OURS, "jullie" if poss == "je" else poss)
        whose = ours.get(whose, poss if whose in MINE else whose)
        said = f"{said} met {whose} {on_it.group('what').lower()} erop"
    rest = tuple(p for p in topics.products[1:] if p is not thing)
    return replace(topics, products=(replace(thing, text=said), *rest))


# Where the writer was on the way to when the business helped: 'terwijl ik op weg was naar Walibi'.
_ON_THE_WAY = re.compile(
    r"\b(?:(?:op\s+weg|onderweg)\s+(?:was|waren)|(?:was|waren)\s+(?:\w+\s+)?(?:op\s+weg|onderweg))\s+naar\s+"
    r"(?P<waar>(?:(?:de|het)\s+)?[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)"
)


def way_said(text: str) -> str:
    """Where the writer was on the way to, as written ('Walibi', 'de Efteling'); '' when the comment says none."""
    found = _ON_THE_WAY.search(text)
    return found.group("waar") if found is not None else ""


# What a thing was made to look like, right after it: 'een taart gemaakt in de vorm van zijn oude Vespa', 'een
# cake in de vorm van een voetbal', 'koekjes in de vorm van haar initialen' (up to three words between the thing
# and 'in de vorm van', the look up to three words, ending at a stop, an emoji or a new clause).
_SHAPED = (
    r"(?:\s+[^\W\d_][\w'-]*){0,3}?\s+in\s+de\s+(?:vorm|gedaante|stijl)\s+van\s+"
    r"(?P<look>(?:(?:een|de|het|'t|zijn|z'n|haar|hun|mijn|m'n|onze|ons)\s+)?(?:[^\W\d_][\w'-]*\s+){0,2}?"
    r"[^\W\d_][\w'-]{2,})(?=\s*(?:[.,!?;:)]|$|[^\w\s])|\s+(?:en|maar|want|dus|voor|met|op|bij|die|dat)\b)"
)


@lru_cache(maxsize=256)
def _shaped_after(head: str) -> re.Pattern[str]:
    """A thing's last word followed by what it was made to look like, once per word."""
    return re.compile(rf"(?<!\w){re.escape(head)}{_SHAPED}", re.I)


def shaped_like(thing: str, text: str, poss: str) -> str:
    """What the writer says the thing was made to look like, as the reply adds it to the thing ('taart' in 'ne
    sjieke taart gemaakt in de vorm van zijn oude Vespa' → ' in de vorm van zijn oude Vespa'; the writer's own said
    with ``poss``: 'van mijn hond' → 'van je hond'); '' when not said."""
    if not thing.strip():
        return ""
    found = _shaped_after(thing.rsplit(maxsplit=1)[-1]).search(text)
    if found is None:
        return ""
    look = " ".join(found.group("look").split())
    first, _, rest = look.partition(" ")
    if first.lower() in MINE or first.lower() in OURS:  # ('onze' said as 'jullie' to 'je', as 'uw' to 'u')
        look = f"{'jullie' if first.lower() in OURS and poss == 'je' else poss} {rest}"
    return f" in de vorm van {look}"


@lru_cache(maxsize=1)
def _people() -> str:
    """The words for the writer's people (resources/praise.toml 'female_people', 'male_people'), as one alternation."""
    return alternation((*praise_list("female_people"), *praise_list("male_people")))


@lru_cache(maxsize=256)
def _owned_after(head: str) -> re.Pattern[str]:
    """A thing's last word followed by whose it was among the writer's people, once per word."""
    return re.compile(
        rf"(?<!\w){re.escape(head)}\s+van\s+(?P<poss>mijn|m'n|mn|onze|ons)\s+(?P<who>(?:overleden\s+|lieve\s+)?"
        rf"(?:{_people()}))(?!\w)",
        re.I,
    )


def owned_by(thing: str, text: str, poss: str) -> str:
    """Whose the thing was among the writer's people, as the reply adds it to the thing ('de oude koersfiets van mijn
    vader' → ' van je vader'; 'onze' said as 'jullie', or 'uw'); '' when not said so right after it."""
    if not thing.strip():
        return ""
    found = _owned_after(thing.rsplit(maxsplit=1)[-1]).search(text)
    if found is None:
        return ""
    mine = found.group("poss").lower() in MINE
    return f" van {poss if mine or poss != 'je' else 'jullie'} {' '.join(found.group('who').lower().split())}"
