"""What English praise names besides the thing: who did the work ('Joy took her time'), where it was done
('came to our office') and for whom ('the bikes of four colleagues'); and the thing an English joke plays on
('Ate so much eel ...')."""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_english_congrats import CELEBRATED, NTH_DAY
from app.domain.draft_english_deeds import DURING, staff_made
from app.domain.draft_english_words import EN_MONTHS, EN_WEEK
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.language import (
    ENGLISH,
    ROLES,
    english_object,
    english_praised,
    english_praised_subject,
    english_thing,
)
from app.domain.privacy_names import first_names
from app.domain.topics import Mention
from app.domain.words import alternation, english_stop_words, whole_word, word_set

# A minus point in English praise.
DOWNSIDE = re.compile(
    r"\b(?:downside|only (?:thing|minus|negative|complaint)"
    r"|a (?:bit|little) (?:too )?(?:loud|noisy|slow|pricey|expensive)"
    r"|(?:too|very|quite) (?:loud|noisy|slow|pricey|expensive)|could be (?:better|faster|quieter))\b",
    re.I,
)
# What the writer missed, said after the minus point: 'Only thing missing: a couple of tables and some coffee so
# cyclists can sit down', 'the only downside is the parking'; up to a clause of why ('so', 'because', 'to').
_MISSED = re.compile(
    r"\bonly (?:thing|minus|negative|complaint)(?: (?:missing|lacking))?\s*(?:is|was|would be|:)\s*"
    r"(?P<what>[^.!?;:,]*?[a-z])(?=\s+(?:so|because|as|since|which|that|but|to)\b|\s*[.!?;:,]|\s*$)",
    re.I,
)


_CLAUSE_OPENERS = word_set("that it there you they we i he she if when how")
_HOW_MUCH = re.compile(r"(?:a (?:bit|little)|too|very|quite|rather|slightly|bit|little)\b", re.I)


def missed_said(text: str) -> str:
    """What the writer's minus point names, as they wrote it ('a couple of tables and some coffee'); '' when it
    names no thing in a few words or says a clause ('that it gets loud')."""
    found = _MISSED.search(text)
    what = found.group("what").strip() if found else ""
    if what.split(" ", 1)[0].lower() in _CLAUSE_OPENERS or _HOW_MUCH.match(what):
        return ""  # 'the only thing is that it gets loud', 'only minus: a bit loud': a clause or a measure, no thing
    return what if 1 < len(what.split()) <= 8 or (what.isalpha() and len(what) > 3) else ""


def criticism_key(text: str) -> tuple[str, dict[str, str]] | None:
    """The [english] line for a minus point, with what was missed when the writer named it; None for no minus."""
    if not DOWNSIDE.search(text):
        return None
    missed = missed_said(text)
    return ("criticism_about", {"onderwerp": missed}) if missed else ("criticism", {})


# Someone named by what they did for the writer, in their own way or for them: 'Joy took her time', 'Sam did his
# best', 'Danique did a proper curly cut', 'Mo explained everything', 'Lotte cut my fringe', 'Fleur brought us
# water'.
_DID_OWN = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]{2,})\s+(?:[a-z]+ed|took|gave|did|made|spent|went|got|put|knew|kept|cut|found|brought|sent|told|taught)\s+"
    r"(?:(?:[a-z]+\s+)?(?:her|his)|(?:a|an|my|our|us|me|everything|it|such\s+an?)(?:\s+(?!for\b|to\b)[a-z]+)?)\b"
)
# Someone who came to the writer, by name: 'Kris even came by to pick them up', 'Tom personally drove over', 'Arne
# came out with the van' (not 'Dinner came out perfect').
_CAME_OVER = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]{2,})\s+(?:(?:even|also|personally|kindly|himself|herself)\s+)?"
    r"(?:came|drove|cycled|popped|stopped)\s+(?:by|over|round|around|out(?=\s+(?:with|to)\b))\b"
)
# When, not who: 'Sunday came around', 'and then May came by'.
_WHEN_WORDS = frozenset({*EN_WEEK, *(m.lower() for m in EN_MONTHS)})
# Someone the writer thanks by name: 'Thank you Marie at the counter!', 'Thanks so much, Tom', 'shout-out to Ana',
# 'Big thanks to Joris and Eva'.
_THANKED = re.compile(
    r"\b(?:thank\s+(?:you|u)|thanks|thx|cheers|kudos|shout-?\s?outs?|props|hats\s+off)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?(?:\s+to)?,?\s+"
    r"(?P<name>[A-Z][a-z]{2,})(?:\s+(?:and|&)\s+(?P<other>[A-Z][a-z]{2,}))?(?![\w'’])",
    re.I,
)

# Someone named beside their role: 'the waitress Fleur recommended', 'our barber Roos', 'Merel, our stylist,' (a name
# that is also a word, which no list of first names holds, is a name there).
_ROLE_NAMED = re.compile(
    rf"\b(?i:(?:the|our|your|a|an|my|this|that)\s+(?:[a-z-]+\s+)?(?:{alternation(tuple(ROLES))}))"
    r"(?:\s+(?:at|behind)\s+the\s+(?:counter|till|desk|bar|reception))?(?:\s+|,\s*)(?P<name>[A-Z][a-z]{2,})(?![\w'’-])"
    rf"|(?<![\w'’])(?P<before>[A-Z][a-z]{{2,}}),?\s+(?i:(?:our|the|your)\s+(?:[a-z-]+\s+)?(?:{alternation(tuple(ROLES))}))\b"
)


def stays_the_night(kind: str) -> bool:
    """Whether a guest stays the night at this kind of business ('your stay'; elsewhere 'your visit'): its kind
    holds a word of phrase_cues.toml ``english_stay_kinds`` ('hotel', 'b&b', 'camping')."""
    return any(k in kind.lower() for k in phrase_cues().english_stay_kinds)


@lru_cache(maxsize=1)
def _visit_said() -> re.Pattern[str]:
    """A word that says the writer was at the place (phrase_cues.toml ``english_visit_words``)."""
    return re.compile(rf"\b(?:{alternation(phrase_cues().english_visit_words)})\b", re.I)


def told_a_visit(text: str) -> bool:
    """Whether an English comment tells that the writer was at the place ('stopped here for coffee', 'the lady at
    the counter', 'on your terrace'); not when it praises a cake eaten at home, a cake delivered or a bike picked up
    and returned ('Ordered a chocolate cake for my daughter's birthday, it was gorgeous'): no 'your visit' then."""
    return bool(_visit_said().search(text))


@lru_cache(maxsize=1)
def _came_to() -> re.Pattern[str]:
    """Where the business came to do the work: 'came to our office', 'came over to my house' (the places:
    phrase_cues.toml ``english_came_to_places``)."""
    places = alternation(phrase_cues().english_came_to_places)
    return re.compile(
        r"\b(?:came|come|comes|drove|cycled)\s+(?:over\s+|all\s+the\s+way\s+)?(?:to|by)\s+(?:our|my)\s+"
        rf"(?P<place>{places})\b",
        re.I,
    )


_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|all|all\s+the)"


@lru_cache(maxsize=1)
def _group() -> re.Pattern[str]:
    """The group the work was done for: 'the bikes of four colleagues', 'for all the kids', 'for 12 friends' (the
    people: phrase_cues.toml ``english_group_nouns``)."""
    people = alternation(phrase_cues().english_group_nouns)
    return re.compile(
        rf"\b(?:of|for)\s+(?:(?:my|our)\s+)?(?P<group>{_COUNT}\s+(?:of\s+(?:my|our)\s+)?(?:{people}))\b", re.I
    )


# What brought the writer to town: 'Visited Hattem for the Christmas market', 'came for the flower festival'.
# and the event the writer came in from: 'came in straight after the New Year's dive', 'after the charity swim'
_CAME_FOR = re.compile(
    r"\b(?:for|visit(?:ed|ing)?|(?<=in )(?:straight |right |just )?after)\s+the\s+(?P<event>(?:[A-Za-z'’-]+\s+){0,2}?"
    r"(?:market|fair|festival|parade|carnival|concert|marathon|race|kermis|kerstmarkt|braderie"
    r"|dive|swim|plunge|dip|fun\s+run|match|tournament))\b",
    re.I,
)
# A named sight that brought the writer: 'Came to Zundert for the Van Gogh house', 'visiting the Kröller-Müller
# Museum', 'to see the Kinderdijk windmills' (the name with capitals).
_CAME_FOR_SIGHT = re.compile(
    r"\b(?:[Ff]or|[Vv]isit(?:ed|ing)?|to\s+see)\s+the\s+(?P<event>(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:[Hh]ouse|[Mm]useum|[Cc]hurch|[Cc]astle|[Ww]indmills?|[Mm]ills?|[Gg]ardens?|[Bb]irthplace|[Ee]xhibition|[Aa]bbey)"
    r"|(?:[A-Z][\w'’-]*\s+){0,2}(?:[Mm]useum|[Ee]xhibition|[Bb]irthplace|[Ww]indmills))\b"
)
# Where the writer lives, far off: 'took two loaves back to Manchester', 'all the way from Leeds' (not 'we are in
# Utrecht for the weekend': where they are now).
_HOME = re.compile(
    r"\b(?:(?:back|home)\s+to|all\s+the\s+way\s+from|(?:[Ww]e|I)\s+(?:(?:are|am|live)\s+from|live\s+in))\s+"
    r"(?P<place>(?!The\b)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)"
)
# What an English compliment names that is a trip or its reason, not a thing praised: 'the work trip', 'your
# grandfather's family research'.
_OUTING = re.compile(
    r"(?:\b(?:visit|stop|trip|tour|walk|ride|stay|research|holiday|weekend|day|journey"
    r"|market|fair|festival|parade|carnival|concert|marathon|race|route|sportive|club|group)|\w['’]s\s.+)$"
)
# The business itself, by its kind ('the bakery', 'your bike shop', 'this place'): no thing of it named.
_THE_BUSINESS = re.compile(
    r"\b(?:bakery|bakeries|bakehouse|patisserie|shop|store|salon|hairdresser['’]?s?|barber(?:shop)?['’]?s?"
    r"|restaurant|bistro|brasserie|caf[eé]|place|business)$",
    re.I,
)
# Where a guest sits outside: 'on the terrace' names the place praised, no route travelled.
_SEATS = word_set("terrace terras patio balcony veranda deck rooftop")
# The writer's own people, not a thing praised ('with my husband').
_OWN_PEOPLE = word_set(
    "husband wife son daughter kids child children mum mom dad partner family friends friend baby sister sisters "
    "brother brothers parents grandparents grandma grandpa aunt uncle"
)


# What the business worked on of the writer's: 'cut my curls dry', 'did my nails', 'fixed my rear wheel'.
_WORKED_ON = re.compile(
    r"\b(?:cut|trimmed|styled|colou?red|dyed|did|braided|permed|fixed|repaired|serviced|tuned)\s+(?:my|our)\s+"
    r"(?P<what>(?:(?:rear|front|back|old|electric)\s+)?[a-z]{3,})\b",
    re.I,
)


@lru_cache(maxsize=256)
def _someone_who(word: str) -> re.Pattern[str]:
    """'a hairdresser who can ...': the word names someone, compiled once per word."""
    # ('a hairdresser around here who ...', 'a hairdresser near the airport who ...': up to three words of where)
    gap = r"(?:\s+(?!who\b|that\b)[a-z]+){0,3}?"
    return re.compile(rf"\b{re.escape(word)}{gap}\s+(?:who|that\s+(?:can|could|knows?))\b", re.I)


# A word glossed with one word in brackets, sure or not: 'apple pie (appeltaart)', 'rice tart (rijsttaart?)'.
_GLOSS = re.compile(r"[^\W\d_]\s*\((?P<nl>[^\W\d_][\w-]{2,})\??\)")


def praised_product(about: str, products: tuple[Mention, ...], text: str) -> str:
    """What an English thank-you names: ``about`` (the noun the comment is about), unless that is a trip or its
    reason ('the work trip', 'your grandfather's family research') or nothing, and the comment names a product
    (a Dutch word, 'koffiekoeken', 'stoofvlees'): then 'the' with that product."""
    made = staff_made(text)
    if made and not (about and about in {english_praised(text), english_praised_subject(text)}):
        # 'Femke baked a lemon tart on request': what was made for the writer, unless a thing is praised outright
        return made
    last = about.rsplit(maxsplit=1)[-1] if about else ""
    if last and _someone_who(last).search(text):
        # 'finding a hairdresser who can handle curly hair. Ilse ... cut my curls dry': someone, not the thing
        worked = _WORKED_ON.search(text)
        # else the next thing said ('... and my curls have never looked this good': 'your curls')
        about = f"your {worked.group('what').lower()}" if worked else english_thing(text, besides=last)
    roamed = bool(last) and _roamed(last).search(text) is not None
    if last and (_reason_for(last).search(text) or roamed):
        about = ""  # 'moved here for a job', 'over the holidays': why the writer came, not what is praised
    # 'apple pie (appeltaart)', 'the sugar bread (suikerbrood)': the Dutch name of a product the writer glossed it with
    known = {m.text.lower() for m in products}
    glossed = next((g for g in _GLOSS.findall(text) if g.lower() in known), "")
    if glossed:
        return f"the {glossed.lower()}"
    if about and CELEBRATED.search(about) and NTH_DAY.search(text):
        # 'celebrated our 10th wedding anniversary with your strawberry bavarois': the congratulation names the
        # day with its number, the thanks what of the business's it was had with ('your ...'; not 'speculoos
        # for everyone', which may be the writer's own)
        served = next((p.text for p in products if not p.guessed and _yours(p.text, text)), "")
        about = f"the {served}" if served else about
    if about and _feast(about) and (had := next((p.text for p in products if _named_product(p.text, text)), "")):
        # "picked a boterkoek for me ... 'fijne moederdag'": the thing had on the feast, with the feast
        return f"the {had} for {about}"
    # 'Best bakery on the island! ... a Zeeuwse bolus': the business itself praised, the thing had there named
    itself = bool(about) and _THE_BUSINESS.search(about) is not None
    if itself and (had := next((p.text for p in products if _named_product(p.text, text)), "")):
        return f"the {had}"
    if about and (not _OUTING.search(about) or CELEBRATED.search(about)):
        return about
    for product in (m.text for m in products):
        if _named_product(product, text):
            return f"the {product}"
    # ('for the brewery tour ... The Duvel bread is genius': the thing named after the outing; 'Cycled the fruit
    # route ... a slice of pear tart': the thing had after the way the writer came)
    if roamed:
        return english_praised(text) or english_thing(text, besides=last, skip=_OWN_PEOPLE)  # not 'with my sister'
    return (english_thing(text) or about) if about else about


# A local speciality named by its place's Dutch adjective ('the Hoornse broeder', 'a Zeeuwse bolus', 'the Limburgse
# vlaai'): a capital word ending in '-se' after a consonant (not 'Chinese', 'House') before a lower-case noun.
_REGIONAL = re.compile(
    r"\b(?:the|a|an|your|our|my|that|this|those|these|some)\s+"
    r"(?P<thing>(?-i:[A-Z][a-z]{2,}[^aeiou\W]se)\s+(?-i:[a-z]{4,}))\b",
    re.I,
)


def regional_product(text: str, about: str) -> str:
    """'the Hoornse broeder' when English praise names a local speciality by its place's Dutch adjective, and
    ``about`` (what the thanks names) is another thing; '' otherwise."""
    found = _REGIONAL.search(text)
    if found is None or found.group("thing").split()[-1].lower() in about.lower():
        return ""
    return f"the {found.group('thing')}"


def _feast(about: str) -> bool:
    """Whether ``about`` is a feast of everyone ('your moederdag', 'the Easter'; resources/draft_cues.toml feasts,
    or its English name), an occasion and no thing praised."""
    last = re.sub(r"^(?:the|your|my|our)\s+", "", about.lower())
    return bool(draft_cues().feasts.fullmatch(last) or _EN_FEASTS.fullmatch(last))


def _yours(product: str, text: str) -> bool:
    """Whether ``product`` is said as the business's: 'with your strawberry bavarois', 'your apple pie'."""
    return _named_product(product, text) and bool(
        re.search(rf"\byour\s+(?:[\w-]+\s+){{0,2}}{re.escape(product)}\b", text, re.I)
    )


def _named_product(product: str, text: str) -> bool:
    """Whether ``product`` names a thing of the business in ``text``: no person of the writer's, no English word
    ('Would definitely come back!'), said as a whole word and not a place the writer roamed."""
    return (
        re.sub(r"['’]s$", "", product.lower()) not in _OWN_PEOPLE  # not 'husband's' either
        and product.lower() not in ENGLISH
        and bool(whole_word(product).search(text))
        and not _roamed(product).search(text)
    )


@lru_cache(maxsize=256)
def _reason_for(noun: str) -> re.Pattern[str]:
    """``noun`` as why or when the writer came ('for a job in Leiden', 'over the holidays', 'during our trip')."""
    # (not what was looked for: 'looking for a barber who ...')
    came = r"(?<!looking )(?<!searching )(?<!look )(?<!search )\b(?:for|over|during)\s+(?:a|an|the|my|our|his|her)"
    # ('for my husband's job': whose it is between)
    return re.compile(rf"{came}\s+(?:[a-z]+['’]s\s+)?(?:new\s+)?{re.escape(noun)}\b", re.I)


@lru_cache(maxsize=256)
def _roamed(noun: str) -> re.Pattern[str]:
    """``noun`` as the way the writer travels, who they are or when, not a thing praised: 'along the 8 castles
    route', 'As a postdoc at the university', 'as a new student', 'the same afternoon'."""
    # (but 'on the terrace' is where the writer sat: a place the business offers)
    on = "" if noun.lower() in _SEATS else "on|"
    # (walked, cycled, hiked: the way the writer came, 'Walked the Geul valley', 'Cycled the fruit route')
    way = rf"\b(?:along|{on}following|cycling|walking|riding|walked|cycled|hiked|biked)\s+the\s+(?:[\w'’-]+\s+){{0,3}}?"
    role = r"\b[Aa]s\s+an?\s+(?:[\w-]+\s+)?"
    when = r"\b(?:the\s+same|that\s+same|that|this)\s+"  # 'the same afternoon': when, not what
    return re.compile(rf"(?:{way}|{role}|{when}){re.escape(noun)}\b", re.I)


def place_named(name: str, text: str) -> bool:
    """Whether ``text`` says ``name`` after an English preposition of place ('Moving here from Leeds was scary', 'in
    Zeeland'): a place the writer came from or is in, no one of the staff to pass praise on to."""
    return re.search(rf"\b(?:from|in|to|near|at|around|outside|across)\s+{re.escape(name)}\b", text) is not None


def english_names(text: str) -> tuple[str, ...]:
    """Names an English comment gives by what someone did in their own way ('Joy took her time', 'Sam did his
    best', 'Kris even came by'); not a word of English nor one of the writer's people ('Mum took her time')."""
    thanked = [n for m in _THANKED.finditer(text) for n in m.group("name", "other") if n and n[0].isupper()]
    found = [m.group("name") for m in _DID_OWN.finditer(text)] + _came_over(text, thanked)
    # 'the waitress Fleur', 'Merel, our stylist': not a day ('On Sunday, our waiter ...')
    found += [
        n for m in _ROLE_NAMED.finditer(text) for n in m.group("name", "before") if n and n.lower() not in _WHEN_WORDS
    ]
    # the name itself written with a capital ('thanks Marie', not 'thanks so much')
    found += thanked
    # not an adverb opening a sentence ('Finally found my salon', 'Already booked my son in'): no English word
    return tuple(
        n
        for n in found
        if n.lower() not in ENGLISH
        and n.lower() not in phrase_cues().english_kin
        and not n.endswith("ly")
        and (n.lower() not in english_stop_words() or n.lower() in first_names()[0])
    )


def _came_over(text: str, thanked: list[str]) -> list[str]:
    """Who came by the writer ('Kris even came by', 'and Tom personally drove over'): not a weekday or month ('Sunday
    came around'), and a word opening a sentence only when the writer thanks it by name too ('Santa came by the shop
    ..., thanks Kris!' names no Santa)."""
    names = []
    for came in _CAME_OVER.finditer(text):
        name, opens = came.group("name"), re.search(r"(?:^|[.!?]\s*)$", text[: came.start()]) is not None
        if name.lower() not in _WHEN_WORDS and (not opens or name in thanked):
            names.append(name)
    return names


# What the business put on or in: 'fitted Schwalbe winter tyres and a proper dynamo light', 'installed a new
# chain', 'thanks for fitting winter tyres' (up to three words, the first no person: not 'fitted me in').
_FITTED = re.compile(
    r"\b(?:fitt(?:ed|ing)|install(?:ed|ing)|mount(?:ed|ing)|put\s+on)\s+(?:(?:a|an|some|new|my|our|the)\s+)*"
    r"(?P<what>(?!(?:me|us|him|her|them|it|in)\b)[A-Za-z][\w-]*(?:\s+(?!(?:and|the|on|to|for|in|with|at|same|that"
    r"|this|while|within|today|yesterday|before|after|so)\b)[A-Za-z][\w-]*){0,2})",
    re.I,
)
# Work done on the writer's things, with how many when said: 'for servicing all 14 of our company bikes', 'serviced
# our three e-bikes' (what was fixed or fitted has its own line).
_SERVICED = re.compile(
    r"\b(?:servic(?:ed|ing|e)|maintain(?:ed|ing)|overhaul(?:ed|ing)|tun(?:ed|ing)\s+up)\s+"
    r"(?P<what>(?:all\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+)?"
    r"(?:of\s+)?(?:our|my)\s+(?:[a-z-]+\s+)?[a-z-]+s)\b",
    re.I,
)
# Things made ready for a season or a use ('got all 12 of our company bikes winter-ready', 'made my bike road-ready'):
# work done on them, said back like a service, with how many.
_READIED = re.compile(
    r"\b(?:got|get|gets|getting|made|make|makes|making)\s+"
    r"(?P<what>(?:all\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+)?"
    r"(?:of\s+)?(?:our|my)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+[a-z]+-(?:ready|proof)\b",
    re.I,
)
# The trip the writer is on: 'On a cycling holiday along ...', 'during our honeymoon', 'on our road trip' (not a
# work trip: no holiday to wish well).
_TRIP = re.compile(
    r"\b(?:on|during)\s+(?:a|an|our|my|the)\s+(?!(?:work|business|school)\b)(?P<trip>(?:[a-z-]+\s+){0,2}?(?:holiday|vacation|trip|tour"
    r"|honeymoon|getaway|city\s+break|roadtrip|weekend\s+away))\b"
    # ... or said bare: 'while on holiday at the lake', 'we're here on vacation', 'on honeymoon in Zeeland'
    r"|\bon\s+(?P<bare>holiday|holidays|vacation|honeymoon)\b",
    re.I,
)
# A suggestion in an English compliment: 'One suggestion: please add an English menu', 'it would be great if you
# added oat milk', 'maybe add a vegan option'.
_SUGGESTED = re.compile(
    r"\b(?:please|maybe|perhaps|could\s+you|you\s+could|you\s+should|would\s+be\s+(?:great|nice|lovely)\s+to)"
    r"\s+(?:also\s+)?(?:add|offer|have|get|introduce|make)\s+(?P<what>(?:an?|some|more)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:menu|option|options|card|version|list|menus|sign|signs|choice|choices|milk|dishes|dish))\b",
    re.I,
)
# ... or any thing to be put up, added or offered, up to where the clause goes on ('One tip: please put up a few
# more parasols.', 'maybe add some bike racks at the entrance'): the thing without what follows it
_SUGGESTED_THING = re.compile(
    r"\b(?:please|maybe|perhaps|could\s+you|you\s+could|you\s+should|would\s+be\s+(?:great|nice|lovely)\s+to)"
    r"\s+(?:also\s+)?(?:add|offer|have|get|introduce|make|put\s+up|put\s+out|install|provide|bring\s+in)\s+"
    r"(?P<what>(?:an?|some|more|extra|a\s+few(?:\s+more)?|a\s+couple\s+(?:more\s+)?of)\s+(?:[a-z][\w'-]*\s+){0,2}?"
    r"[a-z][\w'-]*)(?=\s*(?:[.,!?;:)]|$)|\s+(?:on|in|at|for|to|so|and|because|as|or|outside|inside|near|by)\b)",
    re.I,
)
# ... or a thing named bare, where the wish ends: 'could you add online booking?', 'maybe offer gift vouchers.'
_SUGGESTED_BARE = re.compile(
    r"\b(?:please|maybe|perhaps|could\s+you|can\s+you|you\s+could|you\s+should)\s+(?:also\s+)?"
    r"(?:add|offer|introduce|install|provide)\s+(?P<what>(?!(?:me|us|it|them|this|that|the|those|these|your|my|our)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?=\s*(?:[.,!?;:]|$))",
    re.I,
)
# A wish to book or order online from someone for whom calling is hard ('calling to book in Dutch makes me nervous',
# 'I can't phone during work'): until then, the mail.
_ONLINE_WISH = re.compile(r"\b(?:online|book(?:ing)?s?|order(?:ing)?|reserv\w*|app|website)\b", re.I)
_NO_CALLING = re.compile(
    r"\b(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?)\b[^.!?]{0,40}\b(?:nervous|anxious|hard|difficult|scary|stressful"
    r"|impossible|tricky|awkward)\b|\b(?:can't|cannot|can\s+not|couldn't|never\s+manage\s+to|hate(?:\s+to)?)\s+"
    r"(?:call(?:ing)?|phon(?:e|ing)|ring)\b",
    re.I,
)


def cannot_call_wish(wish: str, text: str) -> bool:
    """Whether the suggestion ('online booking') is to book or order online, from someone for whom calling is hard."""
    return bool(_ONLINE_WISH.search(wish) and _NO_CALLING.search(text))


# ... or the thing first, then that it would be good: 'One small tip: a little kids' corner or some colouring pages
# would be great.'
_OPENERS = frozenset({"A", "An", "Some", "More"})  # how _WOULD_BE_GREAT's wish opens a sentence
_WOULD_BE_GREAT = re.compile(
    r"(?:^|[.!?:]\s+)(?P<what>(?:an?|some|more)\s+[^.!?:]{3,60}?)\s+would\s+(?:really\s+)?be\s+"
    r"(?:great|nice|lovely|handy|helpful|amazing|a\s+(?:good|great|nice)\s+idea)\b",
    re.I,
)


# A feast of everyone by its English name ('Easter', "Mother's Day").
_EN_FEASTS = re.compile(r"easter|christmas|(?:mother|father)['’]?s\s+day|new\s+year['’]?s?(?:\s+eve)?|st\.?\s+nicholas")
# A little extra the staff gave for nothing: 'gave our kids a free biscuit each', 'offered us a free coffee', 'filled
# our water bottles for free' (what it was: 'biscuit', 'water bottles').
_GIVEN_FREE = re.compile(
    r"\b(?:gave|offered|handed|brought|threw\s+in)\s+(?:(?:me|us|him|her|them)|(?:my|our|the)\s+[a-z]+)\s+"
    r"(?:(?:a|an|some|two|three)\s+)?free\s+(?P<what>(?!of\b|for\b|to\b)[a-z]{3,})\b"
    r"|\b(?:filled|refilled|topped\s+up|pumped\s+up|charged)\s+(?:up\s+)?(?:my|our|the)\s+"
    r"(?P<filled>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+(?:\w+\s+)?for\s+free\b"
    # 'let my daughter pick a gingerbread man for free'
    r"|\b(?:let|allowed)\s+(?:(?:me|us|him|her|them)|(?:my|our|the)\s+[a-z]+)\s+(?:to\s+)?(?:pick|choose|have|take|try)\s+"
    r"(?:(?:a|an|some|one)\s+)?(?P<picked>[a-z]{3,}(?:\s+[a-z]{3,})?)\s+for\s+free\b"
    # 'he even drew us a little map', 'Sofie even wrote down the recipe': a thing someone of the business did beyond
    # what was asked (not 'we even cycled the whole route': the writer's own doing)
    r"|\b(?:he|she|they|(?-i:[A-Z][a-z]{2,}),?)\s+even\s+(?:[a-z]{3,}ed|wrote|drew|made|gave|brought|threw\s+in|lent|found|sent)\s+(?:(?:down|out|up)\s+)?"
    r"(?:(?:me|us|him|her|them)\s+)?(?:a|an|the|some|our|my)\s+(?:(?:little|small|tiny|handy|handwritten)\s+)?"
    r"(?P<beyond>[a-z]{3,}(?:\s+(?!(?:with|for|from|that|which|and|the|into|onto|about|after|before)\b)[a-z]{3,})?)\b",
    re.I,
)


def _given_free(text: str) -> str:
    """What the staff gave for nothing ('gave our kids a free biscuit each' → 'biscuit'), not an idiom with 'free'
    ('gave my son a free hand', 'free rein'; resources/phrase_cues.toml english_not_gifts); '' when none."""
    idioms = set(phrase_cues().english_not_gifts)
    for given in _GIVEN_FREE.finditer(text):
        said = given.group("what") or given.group("filled") or given.group("picked") or given.group("beyond")
        what = " ".join(said.lower().split())
        if what not in idioms:
            return what
    return ""


# A writer who comes back on a set day ('cycle over every Saturday morning', 'we come in every Friday'): the day said
# back as when to see them again.
_EVERY_DAY = re.compile(
    r"\bevery\s+(?:single\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\b", re.I
)
# ... not a day the business does something, nor one the writer was there only once on ('closed every Monday').
_NOT_COMING = re.compile(r"\b(?:closed|shut|open|opens|market|delivers?|delivery)\b[^.!?]{0,20}$", re.I)


def regular_day(text: str) -> str:
    """The day a writer of praise comes on every week ('every Saturday morning' → 'Saturday', 'every weekend' →
    'the weekend'); '' when none is said, or the day is when the business opens, closes or delivers."""
    found = _EVERY_DAY.search(text)
    if found is None or _NOT_COMING.search(text[: found.start()]):
        return ""
    day = found.group("day").lower()
    return "the weekend" if day == "weekend" else day.capitalize()


def praise_lines(text: str) -> list[tuple[str, dict[str, str]]]:
    """The lines ([english] keys with their values) that say back where the work was done ('came_by': 'office')
    and for which group ('group': 'four colleagues'), what was fitted, a little extra given free, the trip the
    writer is on and a suggestion, as far as the comment says so."""
    lines: list[tuple[str, dict[str, str]]] = []
    fitted = " ".join(m.group("what").split()) if (m := _FITTED.search(text)) else ""
    # 'servicing all 14 of our company bikes', 'got all 12 of our company bikes winter-ready' → 'all 1x of your ...'
    serviced = (
        re.sub(r"\b(?:our|my)\b", "your", " ".join(m.group("what").split()))
        if (m := _SERVICED.search(text) or _READIED.search(text))
        else ""
    )
    if fitted and serviced:  # 'tuning up my kids bikes and installing the new lights': one line for both
        lines.append(("serviced_fitted", {"waarde": serviced, "tweede": fitted}))
    elif fitted or serviced:
        lines.append(("fitted", {"waarde": fitted}) if fitted else ("serviced", {"waarde": serviced}))
    if given := _given_free(text):  # 'filled our water bottles for free': the extra said back
        lines.append(("extra", {"waarde": given}))
    if trip := _TRIP.search(text):
        if trip.group("trip"):
            lines.append(("trip", {"waarde": " ".join(trip.group("trip").lower().split())}))
        else:  # 'while on holiday': maybe over by now, so the visit during it is said, no rest of it wished
            lines.append(("trip_visit", {"waarde": trip.group("bare").lower().removesuffix("s")}))
    wish = _SUGGESTED.search(text) or _WOULD_BE_GREAT.search(text) or _SUGGESTED_THING.search(text)
    if wish := wish or _SUGGESTED_BARE.search(text):
        what = " ".join(wish.group("what").split())  # 'Some vegan options would be great': 'some vegan options'
        lines.append(("suggestion", {"waarde": what[:1].lower() + what[1:] if what.split()[0] in _OPENERS else what}))
    if came := _came_to().search(text):
        lines.append(("came_by", {"waarde": came.group("place").lower()}))
    # 'for the Christmas market', 'for the Van Gogh house': what brought them, not 'your visit'
    if came_for := _CAME_FOR.search(text) or _CAME_FOR_SIGHT.search(text) or DURING.search(text):
        lines.append(("came_for", {"waarde": " ".join(came_for.group("event").split())}))
    if home := _HOME.search(text):  # 'back to Manchester': greetings to where they live
        lines.append(("home", {"waarde": home.group("place")}))
    if day := regular_day(text):  # 'every Saturday morning': until then (the reply's close)
        lines.append(("regular", {"waarde": day}))
    if group := _group().search(text):
        said = " ".join(group.group("group").split())
        said = re.sub(r"\bof\s+(?:my|our)\s+", "", said, flags=re.I)  # 'four of my colleagues' → 'four colleagues'
        lines.append(("group", {"naam": said}))
    return lines


# A verb or a time word a noun phrase ran into ('so long I grew a beard' → 'the long'): no thing to play on.
_NO_THING = re.compile(r"\b(?:long|took|forever|was|were|is|are|got|had|did|came|went|never|always|time|way)$", re.I)


def english_joke(text: str) -> tuple[str, dict[str, str]]:
    """The [english] key and values of a light reply to an English joke: 'joke_product' with the thing it plays
    on ('the eel' for 'Ate so much eel at ... that I can now breathe under water'), else 'joke'."""
    thing = english_object(text)
    if not thing or _NO_THING.search(thing):
        return "joke", {}
    return "joke_product", {"onderwerp": thing}


# ('got me back on the road', 'had us rolling again': what a fix did for the writer, said for the fix itself)
_FIXED = re.compile(
    r"\b(?:fixed|repaired|patched|mended|sorted\s+out|sorted\s+(?:it|this|that|them)(?:\s+out)?"
    r"|(?:got|had|sent)\s+(?:me|us|him|her|them)\s+(?:back\s+on\s+the\s+road|(?:back\s+)?(?:going|rolling|riding|on\s+my\s+way)"
    r"(?:\s+again)?))\b",
    re.I,
)
# A part said broken before it is named: 'Snapped my rear derailleur hanger', 'broke a spoke on the climb' (up to two
# words before the part; not 'broke my heart': no part, phrase_cues.toml english_deed_not_things and ENGLISH).
_BROKE_IT = re.compile(
    r"\b(?P<how>snapped|broke|bent|cracked|burst|punctured|shredded|ripped)\s+(?:my|our|a|the|his|her)\s+"
    r"(?P<what>(?:[a-z][a-z-]+\s+){0,2}?[a-z]{3,})(?=\s*(?:[.,!?;:]|$)|\s+(?:on|in|at|during|just|while|outside|near"
    r"|halfway|right|when|and|after|before|by|the|so|,)\b)",
    re.I,
)
_BROKE_AS = {"broke": "broken", "bent": "bent", "burst": "burst", "ripped": "ripped"}
_BROKEN = r"(?:flat|broken|punctured|snapped|bent|slipping|cracked|leaking)"
# A part named before the way it gave out: 'my chain snapped right outside', 'the tyre went flat', 'our spoke broke'.
_GAVE_OUT = re.compile(
    r"(?:\b(?:my|our|the|his|her)\s+|(?:^|(?<=[.!?]\s)))(?:(?:rear|front|back|left|right)\s+)?(?P<what>[a-z]{3,})\s+(?:had\s+|just\s+)?"
    r"(?P<how>snapped|broke|burst|cracked|bent|went\s+flat|was\s+flat|got\s+a\s+puncture)\b",
    re.I,
)
_GAVE_OUT_AS = {"broke": "broken", "went flat": "flat", "was flat": "flat", "got a puncture": "punctured"}
# What breaks and is no part of a thing ('broke my heart', 'broke the news', 'broke the record').
_NO_PARTS = word_set("heart news record ice bank silence rules rule promise habit streak fast")
# After 'snapped', 'broken' no part but where or when: 'snapped right outside', 'broken down', 'cracked again'.
_NO_PART = re.compile(r"^(?:right|down|out|outside|away|yesterday|today|twice)$")


def fixed_thing(text: str) -> str:
    """What the business fixed, as the writer named it ('Flat tyre on the way back, Kris fixed it' → 'flat tyre',
    'repaired my derailleur' → 'derailleur'); '' when nothing was said fixed or no broken thing is named."""
    if not _FIXED.search(text):
        return ""
    if gave := _GAVE_OUT.search(text):  # 'my chain snapped right outside' → 'snapped chain'
        how = " ".join(gave.group("how").lower().split())
        return f"{_GAVE_OUT_AS.get(how, how)} {gave.group('what').lower()}"
    if (broke := _BROKE_IT.search(text)) and broke.group("what").split()[-1].lower() not in _NO_PARTS:
        # 'Snapped my rear derailleur hanger during the ride' → 'snapped rear derailleur hanger'
        how = broke.group("how").lower()
        return f"{_BROKE_AS.get(how, how)} {' '.join(broke.group('what').lower().split())}"
    for broken in re.finditer(rf"\b(?P<how>{_BROKEN})\s+(?P<what>[a-z]{{3,}})\b", text, re.I):
        what = broken.group("what").lower()
        if what not in ENGLISH and not _NO_PART.match(what):  # not 'snapped right', 'broken down', 'cracked again'
            return f"{broken.group('how').lower()} {what}"
    # 'my rear derailleur', 'my DIY fringe' (a word in capitals kept as written)
    part = r"(?P<what>(?:(?:rear|front|back|old|electric|(?-i:[A-Z]{2,4}))\s+)?[a-z]{3,})"
    named = re.search(rf"\b(?:fixed|repaired|patched|mended)\s+(?:my|our|the)\s+{part}\b", text, re.I)
    # ('puncture right outside Ovezande ... fixed it': the trouble itself named, no part)
    trouble = re.search(r"\b(?P<what>puncture|blowout|blow-out)\b", text, re.I)
    said = named.group("what") if named else trouble.group("what") if trouble else ""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in said.split())
