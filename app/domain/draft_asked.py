"""What kind of thing a question asks (how far ahead, a price, a weekday), so an answer that speaks to it
counts as its answer whatever its words, and a yes that is about other days is not said as a yes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from app.domain.draft_cues import draft_cues
from app.domain.draft_fact_score import field_terms
from app.domain.draft_fact_words import fact_words, synonyms, week_days
from app.domain.draft_facts import WEAK_MATCH, key_words, verb_words
from app.domain.draft_phrase_cues import LazyPattern
from app.domain.draft_word_match import same_head, similar
from app.domain.draft_yes_lead import YES_NO_LEAD
from app.domain.profile import FaqItem
from app.domain.textnorm import normalise, sentences
from app.domain.words import alternation

_AHEAD = re.compile(r"\b(?:van\s*te\s*voren|vantevoren|tevoren|vooraf|op\s+voorhand|vooruit)\b", re.I)
# By when at the latest, asked ('wanneer moet ik het uiterlijk doorgeven?', 'tegen wanneer ten laatste?'): how far
# ahead, in other words.
DEADLINE_ASKED = re.compile(r"\b(?:uiterlijk|ten\s+laatste?|uiterste\s+besteldatum|tegen\s+wanneer)\b", re.I)
PRICE_ASKED = re.compile(
    r"\b(?:wat|hoeveel)\s+(?:kost|kosten|betaal|reken)\w*|\b(?:prijs|prijzen|tarief|kosten)\b"
    # 'hoeveel is knippen voor een man?', 'hoeveel vragen jullie voor een taart?': how much, as a price
    r"|\bhoeveel\s+(?:is|bedraagt|vraag\w*|vrag\w*)\b"
    # 'hoeveel ben ik kwijt voor ...?', 'hoeveel moet ik betalen?'
    r"|\bhoeveel\s+(?:ben|zijn|bent|is|moet|moeten)\s+(?:ik|we|wij|je|jij|u|men)\s+(?:kwijt|betalen|neertellen)\b",
    re.I,
)

# The unit a price is asked for: 'voor een dag', 'per uur', 'voor een halve dag', 'per persoon'.
_PER_UNIT = re.compile(
    r"\b(?:voor|per)\s+(?:(?:een|één|1|de|het|halve|hele|heel)\s+)*"
    r"(?:dag|dagje|dagdeel|week|weekje|weekend|uur|uurtje|nacht|persoon|stuk|rit|maand)\b",
    re.I,
)


def bare_price(question: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question asks a price and names no thing of its own, the unit priced aside ('En wat kost dat?', 'Wat
    kost dat voor een dag?'): it asks the price of what was said before it."""
    unpriced = _PER_UNIT.sub(" ", PRICE_ASKED.sub(" ", question))
    return bool(PRICE_ASKED.search(question)) and not key_words(unpriced, lemmas_of)


# 'welke dagen?', 'op welke dag kom je?': which days, answered by the weekdays named.
_DAYS_ASKED = re.compile(r"\bwelke\s+(?:dag|dagen|weekdag\w*)\b", re.I)


def answered_in_kind(question: str, answer: str) -> bool:
    """Whether an answer speaks to what kind of thing a question asks, whatever its words: how far ahead
    ('moet ik dat van tevoren regelen?' ~ 'reserveer het een dag van tevoren'), which days ('welke dagen?' ~
    'elke dinsdag en donderdag'), or a price ('wat kost dat?' ~ '... voor € 17,50')."""
    if (_AHEAD.search(question) or DEADLINE_ASKED.search(question)) and _AHEAD.search(answer):
        return True
    # 'welke dagen?' ~ 'elke dinsdag en donderdag kom ik ...'
    if _DAYS_ASKED.search(question) and any(re.search(rf"\b{d}", normalise(answer)) for d in week_days()):
        return True
    return bool(PRICE_ASKED.search(question) and re.search(r"€\s*\d|\d\s*euro\b", answer))


def ahead_asked(question: str) -> bool:
    """Whether a question asks how far ahead ('hoe lang op voorhand moet ik bestellen?', 'tegen wanneer?')."""
    return bool(_AHEAD.search(question) or DEADLINE_ASKED.search(question))


def ahead_parts(answer: str, asked: Iterable[str]) -> str:
    """Of an answer in parts after ';', without the parts that give a price and not how far ahead, when how far ahead
    is what the questions ask and no price ('hoe lang op voorhand moet ik een taart bestellen?' ~ 'minstens vijf
    dagen op voorhand ...; een taart voor 12 personen vanaf € 32' → its first part); the answer as it is otherwise,
    and when no part says how far ahead."""
    question = " ".join(asked)
    parts = [p.strip() for p in answer.strip().rstrip(".").split(";") if p.strip()]
    if len(parts) < 2 or PRICE_ASKED.search(question) or not ahead_asked(question):
        return answer
    kept = [p for p in parts if _AHEAD.search(p) or not AMOUNT.search(p)]
    if not any(_AHEAD.search(p) for p in kept) or len(kept) == len(parts):
        return answer
    said = "; ".join(kept)
    return f"{said[:1].upper()}{said[1:]}."


_FOR_PART = re.compile(r"^\s*(?:voor|bij)\s", re.I)


def asked_part(
    answer: str, faq_question: str, asked: tuple[str, ...], lemmas_of: Callable[[str], Iterable[str]]
) -> str:
    """Of an answer in parts side by side, each for its own thing ('Voor verjaardagstaarten drie dagen op
    voorhand; voor een huwelijkstaart minstens zes weken'), the one part whose thing the writer asks about,
    when no other part names anything asked besides what the FAQ's question names; else the whole answer."""
    parts = [p.strip() for p in answer.strip().rstrip(".").split(";")]
    # prices side by side for what the FAQ's question asks the price of ('Wat kost een opsteekkapsel?')
    priced = bool(PRICE_ASKED.search(faq_question)) and all(AMOUNT.search(p) for p in parts)
    if len(parts) < 2 or not (priced or all(_FOR_PART.match(p) for p in parts)) or not asked:
        return answer
    # 'Wat kost dat ongeveer, en komt u ook aan huis?': a price asked of what the comment named before, besides the
    # part another question names, is the FAQ question's own price too: the whole answer
    if (
        priced
        and len(asked) > 1
        and any(PRICE_ASKED.search(q) and not key_words(PRICE_ASKED.sub(" ", q), lemmas_of) for q in asked)
    ):
        return answer
    wanted = key_words(" ".join(asked), lemmas_of)
    keys = [key_words(p, lemmas_of) for p in parts]
    shared = set.intersection(*keys)
    # 'Hoe lang op voorhand ...?' ~ each part; of prices side by side ('Een opsteekkapsel kost € 45; een
    # bruidskapsel € 165') the FAQ's question names the thing of one part, which is what the writer asks
    shared |= set() if priced else key_words(faq_question, lemmas_of)
    hit = [i for i, k in enumerate(keys) if any(similar(w, x) for w in wanted for x in k - shared)]
    if len(hit) != 1:
        return answer
    part = parts[hit[0]]
    return f"{part[:1].upper()}{part[1:]}."


# An answer after its yes that is a sentence of its own, with a subject or a possessive ('onze frieten bakken we ...').
_OWN_SENTENCE = re.compile(r"\b(?:ik|we|wij|u|je|jij|jullie|onze|ons|mijn)\b", re.I)


def faq_said(question: str, answer: str) -> tuple[str, dict[str, str]]:
    """The rumour line (its key and values) for a FAQ entry that sets it straight: its answer alone
    when that is a sentence of its own ('Een heel desembrood blijft vier tot vijf dagen goed ...', 'Ja, onze frieten
    bakken we in ossewit' → 'Onze frieten bakken we in ossewit'), the FAQ's question pasted in front of it only
    when the answer needs it ('Ja, aangelijnd.', 'Ja, per post vanaf 500 g')."""
    lead = YES_NO_LEAD.match(answer)
    rest = answer[lead.end() :] if lead else answer.strip()
    own = lead is None or _OWN_SENTENCE.search(rest)
    if own and len(rest.split()) >= 5:
        rest = with_subject(question, rest)  # 'Om 8:30 bij de winkel' → 'De zondagsrit: om 8:30 bij de winkel'
        return "fact", {"feit": rest[:1].upper() + rest[1:]}
    have = _HAVE_ASKED.match(question.strip())
    if have and lead and re.match(r"\s*(?:ja|jazeker|zeker)\b", answer, re.I) and rest.strip():
        # 'Hebt u een broodautomaat? Ja, aan de zijgevel, ...' → 'Er is een broodautomaat: aan de zijgevel, ...', not
        # the FAQ's own question pasted in front
        thing = have.group("thing")
        plural = (
            not thing.lower().startswith("een ")
            and re.search(r"(?:en|[aeiou]s|'s|(?:el|er|em|je)s)$", thing) is not None
        )
        return "fact", {"feit": f"Er {'zijn' if plural else 'is'} {thing}: {rest.strip()}"}
    return "faq", {"vraag": question, "antwoord": answer}


# A FAQ question whether the business has something ('Hebt u een broodautomaat?', 'Hebben jullie glutenvrije
# broden?'): the thing.
_HAVE_ASKED = re.compile(
    r"^(?:heb|hebt|heeft|hebben)\s+(?:u|je|jij|jullie|ge|gij)\s+(?:ook\s+|nog\s+)*(?P<thing>(?:een\s+)?[^\W\d_][^?]{2,40}?)\s*\?$",
    re.I,
)


_WITHOUT = re.compile(
    r"\bzonder\s+(?:(?:een|de|het|toegevoegde|toegevoegd|extra)\s+)?(\w{4,}|ei|eieren|vis|soja|noot)\b"
    r"|\b(\w{4,}?)-?(vrij[es]?|arme?|arms)\b",
    re.I,
)


def misses_without(asked: str, entry: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question asks for a thing without something ('pralines zonder suiker', 'suikervrije koekjes')
    that a FAQ entry nowhere names: the entry then answers another question about that thing."""
    # not how it is done ('zonder afspraak', 'zonder reservering'): that is no thing to be without
    body = draft_cues().arm_of_body  # 'onderarm', 'voorarm': a part of the body, not low in 'onder'
    found = (
        m for m in _WITHOUT.finditer(asked) if not (m.group(2) and m.group(3)[:3] == "arm" and body.fullmatch(m[2]))
    )
    raw = {(m.group(1) or m.group(2)).lower() for m in found} - set(fact_words().manner_words)
    said = key_words(entry, lemmas_of) | set(normalise(entry).split())
    # the diet for it is said too ('iets zonder vlees' ~ 'een vegetarisch worstenbroodje')
    diets = fact_words().diet_of
    raw = {w for w in raw if not any(similar(diets.get(w, w), s) for s in said if diets.get(w))}
    # the writer's word or the profile's for it ('zonder zuivel' ~ 'lactosevrij'), but not as the first part of a
    # thing made with it ('zonder suiker' is no 'suikertaart', 'zonder vlees' no 'vleesschotel')
    return bool(raw) and not any(
        (similar(w, s) or s.startswith(w)) and not _made_with(w, s)
        for w in raw | key_words(" ".join(raw), lemmas_of)
        for s in said
    )


# What ends a compound that says a thing is free of its first part ('suikervrij', 'vleesloos', 'zoutarm').
_FREE_ENDS = ("vrij", "vrije", "loos", "loze", "arm", "arme", "free", "less")


def _made_with(word: str, compound: str) -> bool:
    """Whether a compound only starts with ``word`` and names another thing made with it ('suikertaart',
    'vleesschotel'), not the thing without it ('suikervrij') nor the word with an ending ('suikers')."""
    rest = re.sub(r"^(?:s|en|e|er)?-?", "", compound[len(word) :]) if compound.startswith(word) else ""
    return len(rest) >= 4 and not rest.startswith(_FREE_ENDS) and rest not in fact_words().suffixes


def fit_faq_yes(answer: str, faq_question: str, asked: tuple[str, ...]) -> str:
    """A FAQ's 'Ja,' or 'Nee,' answers its own question: it goes when the writer asked with another verb, in
    other words ('kan zij jullie frietjes eten?' is not answered 'Ja, onze frieten bakken we in ossewit')."""
    verbs = [v for v in verb_words(faq_question) if v not in fact_words().auxiliaries]
    said = normalise(" ".join(asked)).split()
    lead = YES_NO_LEAD.match(answer)
    if lead is None or not verbs or any(similar(v, w) for v in verbs for w in said):
        return answer
    # only before a sentence of its own ('onze frieten bakken we ...', 'ik knip droog'), not 'Ja, alle merken'
    rest = answer[lead.end() :]
    own = _OWN_SENTENCE.search(rest)
    return rest[:1].upper() + rest[1:] if own else answer


def misses_thing(about: str, entry: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether the thing a question asks about, as the writer named it ('uw hond', 'hairextensions'), is
    nowhere in a FAQ entry's question and answer ('Zijn kinderen welkom? Zeker, ... kindermenu'): the entry
    then answers another question, however many other words it shares."""
    asked = key_words(about, lemmas_of)
    said = key_words(entry, lemmas_of)
    return bool(asked) and not any(similar(a, s) for a in asked for s in said)


def misses_head(about: str, entry: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """``misses_thing``, where a word of the entry that only starts a compound the writer asked for does not name it:
    'een fietskar voor een hond' is nowhere in 'Fiets met 3 versnellingen € 11 per dag'."""
    # ('de verhuur van elektrische bakfietsen': the bakfietsen, not the renting any rental entry holds)
    dealt = _DEALT.match(about)
    if dealt is not None and any(dealt.group(1).lower() in d.split("|") for d in fact_words().deals):
        about = about[dealt.end() :]
    head = _HEAD_END.split(about, maxsplit=1)[0]  # 'een fietskar' of 'een fietskar voor een hond'
    asked = key_words(head, lemmas_of)
    said = key_words(entry, lemmas_of) | set(normalise(entry).split())
    # an entry about things in general names every thing ('Halen jullie spullen op?' ~ 'een bankstel')
    general = draft_cues().things_general_words
    first = next((w for w in normalise(head).split() if w not in {"een", "de", "het"}), "")
    if not asked or said & general or first in general:
        return False  # (nor does the writer's 'iets waar ik mee kan rijden' name one thing)
    # the word itself or a form of it, a compound it is the head of ('kapsels' ~ 'communiekapsel'), or the profile's
    # word for it (synonyms.toml: 'e-bike' ~ 'elektrische fiets')
    same = synonyms()
    wanted = asked | {w for a in asked for w in same.get(a, "").split()}
    if any(_elided(a, said) for a in wanted):
        return False  # 'communiekapsels' ~ 'communie- en lentefeestkapsels'
    return not any(same_head(a, s) or (len(s) > len(a) + 2 and s.endswith(a)) for a in wanted for s in said)


def _elided(word: str, said: set[str]) -> bool:
    """Whether a compound is said with its head left out and given with another one ('communiekapsel' in
    'communie- en lentefeestkapsels'): its first part a word of ``said``, its head the end of another."""
    return any(
        word.startswith(first)
        and len(word) - len(first) >= 4
        and any(s != first and s.endswith(word[len(first) :]) for s in said)
        for first in said
        if len(first) >= 4
    )


_DEALT = re.compile(r"(?:de|het)\s+(\w+)\s+van\s+", re.I)
# Where the thing a question names ends and what it is for or with begins ('een fietskar | voor een hond').
_HEAD_END = re.compile(r"\s(?:voor|met|van|zonder|op|in|bij|tot|om|uit|aan|of|en|for|with|of)\s", re.I)


def free_from(lemmas: Iterable[str], said: str) -> tuple[str, ...]:
    """The writer's words, each one the profile says '<word>vrij' of made that word ('kan niet tegen
    lactose' ~ 'lactosevrije kaas', 'glutenallergie' ~ 'glutenvrij'): what someone cannot have asks for
    what is free of it. ``said``: the profile text the words are matched against."""
    free = set(re.findall(r"\b(\w{3,}?)-?vrij", normalise(said)))
    return tuple(f"{w}vrij" if w in free else w for w in lemmas)


def negations() -> frozenset[str]:
    """Words that make a rumour deny something ('contant betalen kan niet meer', 'geen rolstoelen'): draft_cues.toml's
    ``not_words``, the same that mark a part of a profile value as saying what is not so (``value_parts``)."""
    return draft_cues().not_words


@cache
def _particle_te() -> re.Pattern[str]:
    """'op te halen', 'af te halen': a particle, 'te' and its verb."""
    return re.compile(rf"\b({alternation(tuple(sorted(fact_words().particles)))})\s+te\s+([^\W\d_]{{3,}})\b")


def particle_fields(question: str) -> set[str]:
    """The fact fields a verb names whose particle closes the question ('Halen jullie hem ook op?' ~ 'ophalen',
    'Haalt u de fiets af?' ~ 'afhalen': the delivery terms) or stands before its 'te' in any sentence ('rekent
    50 euro om je fiets op te halen'), by the terms of resources/topics.toml."""
    found: set[str] = set()
    # 'om je fiets op te halen', 'laten af te halen': the particle before 'te' and its verb, in any sentence
    joined = {f"{m[1]}{m[2]}" for m in _particle_te().finditer(question.lower())}
    found |= {f for f, terms in field_terms().items() if any(similar(j, t) for j in joined for t in terms)}
    for sentence in re.findall(r"[^?]+\?", question):
        words = re.findall(r"[^\W\d_]+", sentence.lower())
        if len(words) < 3 or words[-1] not in fact_words().particles:
            continue
        verbs = {w.removesuffix("t") for w in words[:2]} | set(words[:2])  # 'Halen jullie', 'Wanneer haalt u'
        joined = {f"{words[-1]}{v}" for v in verbs if len(v) > 2}
        found |= {f for f, terms in field_terms().items() if any(similar(j, t) for j in joined for t in terms)}
    return found


# An amount of money: '€ 18', '18 euro', '€17,50'.
AMOUNT = re.compile(r"€\s*(\d+(?:[.,]\d{1,2})?)|(?<![\d,.])(\d+(?:[.,]\d{1,2})?)\s*(?:euro|eur)\b", re.I)
# Words that say the writer paid a bill.
PAID = re.compile(r"\b(?:betaald|betalen|afgerekend|gerekend|aangerekend|rekening|kassa|factuur|bon)\b", re.I)


def amount(found: tuple[str, str]) -> float:
    """('18', '') or ('', '17,50') from AMOUNT → 18.0, 17.5."""
    return float((found[0] or found[1]).replace(",", "."))


# A question that points back at everything said before it: 'Kan dat allemaal bij jullie?', 'Lukt dat?'.
_ALL_SAID = re.compile(r"\b(?:kan|kunnen|lukt|gaat|is)\s+(?:dat|dit|het)\b(?!\s+(?:dan|ook)\s+\w+en\b)", re.I)
# Or whether the one it told of can come in at all ('Kan ze bij u in de salon terecht?', 'Kan hij wel binnen?').
_COME_IN = re.compile(r"\b(?:kan|kunnen|kun|kunt|kunde)\b[^.?!,]{0,40}?\b(?:terecht|binnen|erin)\b", re.I)


def pointed(subjects: Iterable[str], asked: tuple[str, ...]) -> tuple[str, ...]:
    """The profile subjects a comment names (accessibility for 'ze zit in een rolstoel') when its question
    points back at all it said ('Kan dat allemaal bij jullie?'), or the accessibility it names when a question
    asks whether someone can come in ('Mijn moeder zit in een rolstoel. Kan ze bij u terecht?'); not the opening
    hours (a day in the comment is when the writer comes, not a question about the hours)."""
    if any(_COME_IN.search(q) for q in asked) and "toegankelijkheid" in subjects:
        return ("toegankelijkheid",)
    if not any(_ALL_SAID.search(q) for q in asked):
        return ()
    return tuple(s for s in subjects if s != "openingstijden")[:1]


# Words that make someone named in a sentence the source of a rumour, not the one it is about.
_SOURCE = re.compile(r"\b(?:volgens|zegt|zei|zeggen|hoorde|vertelde|beweert|las|werkt|weet)\b", re.I)


# A person the writer says can no longer go or come ('Mijn moeder kan nu nergens meer heen', 'kan mijn opa dus niet
# meer mee'), lacks what the claim says is needed now ('Mijn moeder is 88 en heeft geen pinpas') or has to go
# elsewhere ('Mijn man moet nu helemaal naar Maastricht'): what the rumour claims keeps them out (_HINDERED, below).
# Someone turned away at the door or the counter ('weggestuurd', 'geweigerd', 'niet welkom'): in a rumour, the
# one the correction is for ('Je buurman is van harte welkom.').
REFUSED = re.compile(
    r"\b(?:weggestuurd|weggezonden|geweigerd|buitengezet|buitengegooid|afgewimpeld|wandelen\s+gestuurd"
    r"|niet\s+(?:meer\s+)?(?:geholpen|welkom|binnen)|turned\s+away|sent\s+away|not\s+welcome)\b",
    re.I,
)
_HINDERED = re.compile(
    r"\b(?:kan|kon|kunnen|konden)\b(?:\s+[\w']+){0,3}?\s+(?:niet|nergens|nooit)\s+meer\b"
    r"|\b(?:heeft|hebben|had|hadden)\s+(?:helemaal\s+|zelf\s+|ook\s+)?geen\s+\w"
    r"|\b(?:moet|moeten|moest|moesten)\s+(?:nu\s+|dus\s+|voortaan\s+)*(?:helemaal\s+|ergens\s+anders\s+|elders\s+)?"
    r"(?:naar|heen)\b"
    # or was turned away: 'mijn buurman is weggestuurd', 'ze hebben mijn zus geweigerd'
    r"|" + REFUSED.pattern,
    re.I,
)


def affected(people: Iterable[str], text: str, fact: str, lemmas_of: Callable[[str], Iterable[str]]) -> str:
    """The writer's person whose sentence shares a key word with a fact or with the rumour's other sentences
    ('Mijn vader zit in een rolstoel' ~ 'niet toegankelijk voor rolstoelers'), or who the writer says can no
    longer go or come: the one the fact is for; not a source ('mijn buurvrouw zegt dat ...', 'mijn zwager werkt
    bij een groothandel') nor a pet. '' when nobody is."""
    said = key_words(fact, lemmas_of)
    for person in people:
        if fact_words().kind_of.get(person) == "huisdier":
            continue
        sentence = next((s for s in sentences(text) if re.search(rf"\b{person}\b", s, re.I)), "")
        if _SOURCE.search(sentence):
            continue  # 'Mijn buurvrouw zegt dat ...', 'Volgens mijn buurman ...': who told it, not who it is for
        # what the fact or the rumour's other sentences are about ('niet toegankelijk voor rolstoelers')
        about = said | key_words(text.replace(sentence, " "), lemmas_of)
        if sentence and any(similar(a, b) for a in key_words(sentence, lemmas_of) - {person} for b in about):
            return person
        if _HINDERED.search(sentence):
            return person  # 'Mijn moeder kan nu nergens meer heen': the one the claim keeps out, whatever the words
    return ""


# A question that points back at the day said before it ('Kan dat bij jullie, en hebben jullie dan ...?'); not 'het'
# as the article of a thing asked about ('en is het vlees halal?').
POINTS_BACK = re.compile(
    r"\b(?:kan|kunnen|gaat|lukt|mag|is|past)\s+(?:dat|dit|het(?=\s*(?:[?!.,]|$|\s(?:dan|daar|die|ook|wel|nog|"
    r"mogelijk|goed|op|in|bij|voor|met|om|te)\b)))\b|\b(?:dan|die dag|terecht)\b",
    re.I,
)


def in_kind(
    asked: tuple[str, ...], faq: Iterable[FaqItem], comment: Iterable[str], lemmas_of: Callable[[str], Iterable[str]]
) -> tuple[str, float, str] | None:
    """(answer, score, question) of the one FAQ entry whose answer is of the kind a question asks (how far
    ahead, a price) and that is about a thing the comment names, also as the head of its compound ('een taart
    met Paw Patrol ... hoelang van te voren?' ~ 'een fototaart bestel je drie werkdagen van tevoren'); a clear
    match, so the draft says it. None when no entry, or more than one, is."""
    said = key_words(" ".join(comment), lemmas_of) - fact_words().time_words  # 'dit jaar' ~ 'tot 12 jaar': no thing
    # the words that ask the kind name no thing ('hoeveel kost dat?' ~ 'wat kost knippen?' is no match)
    kind = " ".join(m.group(0) for q in asked for rx in (_AHEAD, PRICE_ASKED) for m in rx.finditer(q))
    said -= key_words(kind, lemmas_of) | set(normalise(kind).split())
    found = []
    for item in faq:
        # its question's verb names no thing ('Doe je ook balayage?' is not about 'doe jij ook extensions?')
        verbs = key_words(" ".join(verb_words(item.question)), lemmas_of)
        # nor a word that says how it is done ('alleen op bestelling', 'op afspraak'): 'hoe lang op voorhand moet ik
        # bestellen?' names no thing of 'Hebt u glutenvrij brood? ... alleen op bestelling tot woensdag'
        entry = key_words(f"{item.question} {item.answer}", lemmas_of) - verbs - fact_words().manner_words
        named = any(similar(w, e) or (len(w) >= 4 and e.endswith(w)) for w in said for e in entry)
        if named and any(answered_in_kind(q, item.answer) for q in asked):
            found.append((item.answer.strip(), WEAK_MATCH, item.question.strip()))
    return found[0] if len(found) == 1 else None


# A fact that says who can come in or how ('rolstoeltoegankelijk', 'welkom', 'pinnen en contant'), or that what a
# rumour says is gone is still done ('Een herenknipbeurt kan gewoon nog').
WELCOME_FACT = re.compile(r"toegankelijk|gelijkvloers|drempel|welkom|\bbetaal|\bpinnen\b|contant|kan gewoon nog", re.I)


# A clock time as a profile writes it ('9:30', '17.00'), and a range of two ('9:30–17.00').
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
TIMES = re.compile(rf"{CLOCK.pattern}\s*[–-]\s*{CLOCK.pattern}")
# A FAQ entry sets a rumour straight when it matches this closely (2 of 3 key words).
RUMOUR_FAQ = 0.6


# A rumour put to the business without a question mark: 'Zeg alsjeblieft dat het niet waar is', 'klopt dat'.
ASKS_US = re.compile(
    r"\b(?:zeg|vertel)\s+(?:\w+\s+){0,2}dat\b|\bklopt\s+(?:dat|het|'t)\b|\bis\s+(?:dat|het|'t)\s+(?:echt\s+|wel\s+)?waar\b",
    re.I,
)
# Words that make a text about opening hours ('open', 'dicht', 'openingstijden', 'sluiten').
HOURS_WORDS = re.compile(r"\b(?:open\w*|dicht|gesloten|sluit\w*|openingstijd\w*|tot hoe laat)\b", re.I)
# Whether one is free or can be booked on a day the comment names elsewhere ('Ben jij dan vrij?', 'is die dag nog
# beschikbaar?'): with a date the profile's closing covers, the closing answers it.
FREE_THEN = re.compile(r"\b(?:vrij|beschikbaar|volgeboekt|volzet|bezet)\b", re.I)


@cache
def closed_words() -> re.Pattern[str]:
    """A profile value that says closed: draft_cues.toml ``closed`` and ``closed_value``."""
    cues = draft_cues()
    return re.compile(f"{cues.closed.pattern}|{cues.closed_value.pattern}", re.I)


# A profile value that says closed (draft_cues.toml ``closed`` and ``closed_value``: 'dicht', 'gesloten', 'niet open').
CLOSED_WORDS = LazyPattern(closed_words)
# Closed as seen ('de deur was dicht', 'er hangt een briefje', Flemish 'is heel de week toe', not 'tot nu toe'), not
# as a plan ('gaat dicht vanwege de trap', 'gaat sluiten'): only what was seen a holiday closing explains.
# The shop itself seen shut; a shutter said to be open is not ('het rolluik was gewoon open'); a door locked or the
# shop dark is seen shut too ('de deur zit op slot', 'staat al weken alles donker'), not a thing dark ('het brood is
# veel te donker', 'donker bier').
_DARK = r"(?<!\bte )(?<!\bzo )(?<!\berg )donker(?=\s*(?:$|[.,;:!?]|(?:en|binnen|daar|hoor|geweest)\b))"
_SHUT_SEEN = (
    r"\b(?:is|zijn|was|waren|stond|staat|stonden|zit|zat|zitten|zaten|al|nog|steeds)\s+(?:\w+\s+){0,4}?"
    rf"(?:dicht|gesloten|niet open|op slot|{_DARK}"
    r"|(?<!\baan )(?<!\bnu )(?<!\bdan )(?<!\bheden )(?<!\bdaar )toe(?!\s+te\b))\b"
    rf"|\b(?:alles|helemaal|volledig)\s+{_DARK}|\b(?:deur|deuren|winkel|zaak)\s+(?:\w+\s+){{0,2}}?op\s+slot\b"
    r"|\b(?:dichte|gesloten)\s+deur\w*\b|\brolluik\w*\b(?![^.!?]*?\b(?:open|omhoog)\b)"
)
CLOSED_SEEN = re.compile(rf"{_SHUT_SEEN}|\bbrief(?:je|ke)\b", re.I)
# Only the shop seen shut, not a notice alone: what a holiday line named by its reason alone explains.
SHUT_SEEN = re.compile(_SHUT_SEEN, re.I)
# A notice the comment says is about stopping for good or a sale ('een briefje over pensioen', 'een bord met
# uitverkoop'; draft_cues.toml ``notice_down``): no holiday closing explains that.
_NOTICE = r"\b(?:brief(?:je|ke)|bord(?:je)?|papier(?:tje)?|mededeling|aankondiging)\s+(?:\w+\s+){0,3}?"
_NOTICE_LINK = r"(?:over|met|dat|wegens|van)\b[^.!?]{0,40}?"


def notice_down(text: str) -> bool:
    """Whether the comment says a notice is about stopping for good or a sale: 'er hangt een briefje over pensioen',
    'een bord met opheffingsuitverkoop'; not 'briefje op de deur... gaan jullie failliet?' (the rumour, not the
    notice)."""
    return re.search(rf"{_NOTICE}{_NOTICE_LINK}(?:{draft_cues().notice_down.pattern})", text, re.I) is not None


def rests_on_person(
    about: Iterable[str], owner: str, entry: FaqItem, things: Iterable[str], lemmas_of: Callable[[str], Iterable[str]]
) -> bool:
    """Whether a FAQ match rests only on the child of the writer whose own occasion it is ('mijn dochter
    trouwt' ~ 'Knipt u ook kinderen?') while what they ask about is a thing the entry does not speak of
    ('haar bruidskapsel'): the daughter who marries asks no children's price. ``owner``: whose occasion
    the comment names (TopicAnalysis.owner); 'met de kids eten' names no occasion and is no such match."""
    words = list(about)
    person = {w for w in words if w == owner and key_words(w, lemmas_of) == {"kind"}}
    said = key_words(f"{entry.question} {entry.answer}", lemmas_of)
    rest = key_words(" ".join(w for w in words if w not in person), lemmas_of)
    named = [t for t in things if key_words(t, lemmas_of)]
    return (
        bool(person)
        and "kind" in said
        and not rest & said
        and bool(named)
        and not any(key_words(t, lemmas_of) & said for t in named)
    )


def for_grown_up(asked: Iterable[str], entry: FaqItem, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether the questions ask for a grown-up ('Kan de papa ook een knipbeurt krijgen?': a man, by
    resources/synonyms.toml) and name no child, while the FAQ entry is about children ('Wat kost een
    kinderknipbeurt?'): the children's answer is no answer for the father."""
    words = key_words(" ".join(asked), lemmas_of)
    grown = {"heer", "dame"}
    if not words & grown or any(similar("kind", w) for w in words):
        return False
    keys = key_words(entry.question, lemmas_of)
    return any(similar("kind", k) for k in keys) and not keys & grown


# The thing a FAQ question asks about, as its last words: 'Hoe laat vertrekt de zondagsrit?' → 'de zondagsrit'.
_ASKED_THING = re.compile(r"\b(?:de|het)\s+([^\W\d_]{3,})\s*\?\s*$", re.I)


def with_subject(question: str, answer: str) -> str:
    """A FAQ answer that opens with when and names no subject ('Om 8:30 bij de winkel; ...'), with the thing its
    question asks about in front ('De zondagsrit: om 8:30 bij de winkel; ...'), so the reply says what it is about;
    the answer as it is otherwise, and when it names that thing already."""
    first = re.match(r"\s*([^\W\d_]+)", answer)
    thing = _ASKED_THING.search(question)
    if first is None or first.group(1).lower() not in fact_words().time_leads or thing is None:
        return answer
    if thing.group(1).lower() in answer.lower():
        return answer
    said = thing.group(0).rstrip(" ?")
    return f"{said[:1].upper()}{said[1:]}: {answer.strip()[:1].lower()}{answer.strip()[1:]}"


def still_held(text: str, faq: Iterable[FaqItem]) -> tuple[str, str] | None:
    """(question, answer) of the FAQ entry that says when a recurring thing takes place ('Hoe doe ik mee aan de
    quiz?' ~ 'Elke donderdag om 20:00; ...') for a rumour that says that thing stopped ('de quiz is gestopt');
    None when the rumour says nothing stopped or no such entry names the thing it is about."""
    said = normalise(text)
    words = fact_words()
    if not any(re.search(rf"\b{re.escape(w)}\b", said) for w in words.stopped_words):
        return None
    for item in faq:
        thing = _ASKED_THING.search(item.question)
        first = re.match(r"\s*([^\W\d_]+)", item.answer)
        recurs = first is not None and first.group(1).lower() in words.recurring_words
        if thing and recurs and re.search(rf"\b{re.escape(normalise(thing.group(1)))}\b", said):
            return item.question.strip(), item.answer.strip()
    return None


def worry_about(text: str, value: str, lemmas_of: Callable[[str], Iterable[str]]) -> bool:
    """Whether a question in a rumour's text asks about what a profile value says: the writer's own worry
    ('Iemand zei dat hij stopt. Moet ik nu snel nog mijn garantie laten doen?' ~ 'drie maanden garantie op ...'),
    so that value answers the question and not the rumour; False when no question sentence names it. The first
    sentence tells the rumour ('Hoorde dat hij stopt met Payconiq??'): its words are the claim, no worry."""
    asked = " ".join(s for s in sentences(text.strip())[1:] if "?" in s)
    mine, said = key_words(asked, lemmas_of), key_words(value, lemmas_of)
    return bool(asked) and any(similar(m, v) for m in mine for v in said)
