"""Whose occasion a comment names: the writer's own ('onze 25e trouwdag', 'mijn 40ste'), a couple's, someone else's
('de begrafenis van een vriendin', 'haar 18de'), read by the words around it."""

from __future__ import annotations

import re
from itertools import pairwise, takewhile
from typing import Any

from app.domain.draft_phrase_cues import phrase_cues
from app.domain.privacy_names import first_names
from app.domain.words import MONTH_NAMES, SHORT_WEEKDAYS, WEEKDAY_NAMES
from app.nlp import lexicon
from app.nlp.praise_words import praise_words
from app.nlp.topic_match import Matches
from app.nlp.topic_people import SPOKEN_MINE, owned
from app.nlp.topic_words import NOT_NAMES, POSSESSIVE

_FAMILY = frozenset(
    {"opa", "oma", "papa", "mama", "pap", "mam", "moeder", "vader", "bomma", "bompa", "moeke", "vake", "pake", "beppe"}
    | {"grootmoeder", "grootvader", "nonna", "nonno"}
)
FAMILY_WORDS = _FAMILY  # for app.nlp.topic_others
# Words after 'van' that make an occasion another's: 'de begrafenis van een vriendin', 'van zijn moeder'.
_ANOTHERS = frozenset({"een", "de", "die", "zijn", "haar", "hun", "z'n", "d'r", "m'n"} - POSSESSIVE)
# Marks that end a clause: 'ik' before them is not the one of the occasion after them.
_CLAUSE_MARKS = frozenset({".", "!", "?", ",", ";", ":"})
_ENDS = frozenset({".", "!", "?"})  # the end of a sentence
# The possessives of a third person: 'haar 18de', 'z'n 50ste'.
# The possessives of the one spoken to: 'geniet van je pensioen, Els!', Flemish 'uwe'.
_YOUR = frozenset({"je", "jouw", "uw", "uwe", "ue"})
_THEIR_OWN = frozenset({"haar", "zijn", "z'n", "d'r", "hun"})
# A past participle ('getrouwd', 'geslaagd', 'afgestudeerd'): the occasion said as something done.
_PARTICIPLE = re.compile(r"^(?:[a-z]{2,4})?ge[a-zë]{3,}[dt]$")
# Words that may stand before such a participle in a sentence that leaves its 'ik ben' out
# ('Zaterdag eindelijk getrouwd!'), besides the words of a time (the 'tijd' spans).
_BEFORE_OWN_PARTICIPLE = frozenset({"net", "pas", "eindelijk", "officieel", "dan", "toch", "echt", "zo"})


def _owner(m: Matches, at: int) -> str:
    """Whose occasion: 'de verjaardag van mijn moeder' → 'moeder'; '' when it is the writer's own."""
    doc = m.doc
    before = doc[at - 1].lower_ if at > 0 else ""
    # 'Opa werd 85', 'mijn zus wordt 40': the one who turned that age ('opa is gisteren 91 geworden': before 'is');
    # 'mijn vader 75 jaar 🎉': the one right before the age cheered
    aged = doc[at].like_num and at + 1 < len(doc) and doc[at + 1].lower_ == "jaar"
    became = (doc[at].lower_ in {"werd", "wordt", "wurdt", "weurt", "wuurt"} or aged) and any(
        e == at for _, e in m.spans.get("naaste", [])
    )
    if whose := (str(before) if became else _became(m, at)):
        return whose
    # ('Geniet van je pensioen, Marie-Jeanne!': the one the writer speaks to)
    if turned := _turned(m, at, before) or (_addressed_name(doc, at) if before in _YOUR else ""):
        return turned
    # 'Zaterdag getrouwd 💍 ... Ook mijn schoonmoeder was blij': the writer married, not her
    if before in POSSESSIVE or _own_participle(m, at):
        return ""
    if before in _THEIR_OWN and (whose := _theirs(m, at)):
        return whose
    after = doc[at + 1 : at + 4]
    if len(after) == 3 and after[0].lower_ == "van" and after[1].lower_ in POSSESSIVE and _a_name(after[2]):
        return str(after[2].text)  # 'het communiefeest van ons Lien. Mijn nichtje ...': Lien's feast
    # 'de fiets van onze dochter ..., zodat ze mee kon op schoolreis': her school trip; 'een communietaart ...
    # gehaald voor ons Lore. Ons nonkel bijt ...': Lore's communion, not the uncle's named after it
    if person := _referred(m, at) or _made_for_named(doc, at):
        return person
    sentence = doc[at].sent if doc.has_annotation("SENT_START") else _sentence_around(doc, at)
    # 'ben ik vandaag met pensioen; mijn collega's ...': the writer's own, whoever is named beside it
    for s, _ in [] if _mine(doc, at) else m.spans.get("naaste", []):
        if not sentence.start <= s < sentence.end + 4 or s == 0:
            continue
        before_person = doc[s - 1].lower_
        if s > 1 and before_person in POSSESSIVE and doc[s - 2].lower_ in phrase_cues().came_along_with:
            continue  # '40 jaar getrouwd en gevierd met onze kinderen': who came along, not whose day it is
        of_someone = s > 1 and doc[s - 2].lower_ == "van" and before_person in {"een", "de"}
        # 'de verjaardag van opa': family words that need no 'mijn'
        of_someone = of_someone or (before_person == "van" and doc[s].lower_ in _FAMILY)
        # 'de 90ste verjaardag van mien moeder': 'mijn' in a dialect too (resources/praise.toml dialect_mine)
        # ... and a spoken 'me' ('het feest van me moeder, ze werd 80')
        # ... and a spoken or Frisian 'mijn/ons' ('de verjaardag van menne vader', 'van us mem')
        spoken = (before_person == "me" or before_person in SPOKEN_MINE) and owned(doc, s)
        if before_person in POSSESSIVE | praise_words().dialect_mine or of_someone or spoken:
            return str(doc[s].lower_)
    return ""


def _became(m: Matches, at: int) -> str:
    """The writer's person who turned the age at ``at`` ('opa is gisteren 91 geworden', 'mijn moeder is zondag 80
    worden'): named right before 'is' or 'was', a word or two (a time) between that and the age; '' when not."""
    doc = m.doc
    if at + 1 >= len(doc) or doc[at + 1].lower_ not in {"geworden", "worden", "wurden"}:
        return ""
    k = at - 1
    while k > max(0, at - 4) and doc[k].lower_ not in {"is", "was"} and doc[k].is_alpha:
        k -= 1
    if k < 1 or doc[k].lower_ not in {"is", "was"}:
        return ""
    return str(doc[k - 1].lower_) if any(e == k for _, e in m.spans.get("naaste", [])) else ""


def _own_participle(m: Matches, at: int) -> bool:
    """'Zaterdag getrouwd', 'Vorige week eindelijk geslaagd!': the occasion as a participle that opens its
    sentence, with only a time before it, says the writer's own with 'ik ben' left out (as reviews and posts
    do), whoever is named after it; not 'Mijn dochter is zaterdag getrouwd' (someone is named before it)."""
    doc = m.doc
    if not _PARTICIPLE.match(doc[at].lower_):
        return False
    timed = {i for s, e in m.spans.get("tijd", []) for i in range(s, e)}
    start = at
    while start > 0 and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    return all(i in timed or doc[i].lower_ in _BEFORE_OWN_PARTICIPLE for i in range(start, at))


def _sentence_around(doc: Any, at: int) -> Any:
    """The words around the occasion: eight either side, and all of its own sentence ('Afscheidsetentje voor ons
    moeke, na 38 jaar juf ... eindelijk met pensioen.': the one named at its start is still in it)."""
    start, end = at, at + 1
    while start > 0 and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    while end < len(doc) and doc[end - 1].text not in {".", "!", "?"}:
        end += 1
    return doc[min(start, max(0, at - 8)) : max(end, at + 8)]


def _turned(m: Matches, at: int, before: str) -> str:
    """The named one who turned an age: 'Onze Sem wordt 6', 'ons Lotte werd 18' (a name of the writer's own),
    'oom Jaap wordt 70' (a name after a person word with no 'mijn'), 'ons Warre die 4 wordt' (a name, 'die' and
    the age), 'Fleur is 8 geworden' (a first name, not the writer); '' when none."""
    doc = m.doc
    if doc[at].like_num and at + 1 < len(doc) and doc[at + 1].lower_ in {"werd", "wordt"}:
        if at < 3 or doc[at - 1].lower_ not in {"die", "dat"}:
            return ""
        return _named_who(m, at - 2 if doc[at - 2].text == "," else at - 1)  # ('ons Lotte, die 7 wordt')
    if doc[at].lower_ in {"werd", "wordt"} and (named := _named_who(m, at)):
        return named
    if (
        at > 1
        and before in {"is", "was"}
        and _a_name(doc[at - 2])
        and doc[at - 2].lower_ in set().union(*first_names())
    ):
        return str(doc[at - 2].text)
    return ""


def _named_who(m: Matches, at: int) -> str:
    """The name right before ``at`` when the writer's possessive or a person word stands before it ('onze Sem',
    'oom Jaap', 'tante Mia'; not 'mijn zoon Daan': then the person word is whose it is); '' otherwise."""
    doc = m.doc
    if at < 2 or not _a_name(doc[at - 1]) or doc[at - 1].lower_ in NOT_NAMES or doc[at - 1].is_sent_start:
        return ""
    if doc[at - 2].lower_ in POSSESSIVE:
        return str(doc[at - 1].text)
    person = any(e == at - 1 for _, e in m.spans.get("naaste", []))
    unowned = at < 3 or doc[at - 3].lower_ not in POSSESSIVE
    return str(doc[at - 1].text) if person and unowned else ""


def _couple(m: Matches, owner: str) -> str:
    """A wedding anniversary is the couple's: 'de gouden bruiloft van opa en oma' → 'grootouders', 'ons moeder en
    vader voor hun diamanten bruiloft' → 'ouders' (resources/phrase_cues.toml); ``owner`` when no pair is named."""
    said = " ".join(t.lower_ for t in m.doc)
    cues = phrase_cues()
    for plural, pairs in (("ouders", cues.parents_pairs), ("grootouders", cues.grandparents_pairs)):
        if any(owner in pair.split() and re.search(rf"\b{re.escape(pair)}\b", said) for pair in pairs):
            return plural
    return owner


def _theirs(m: Matches, at: int) -> str:
    """Whose occasion after 'zijn', 'haar' at ``at - 1``: the one named right before the possessive ('voor opa
    Gijs zijn 75ste', 'oma d'r 80ste'), or the writer's person named before it ('Mijn kleinzoon kreeg ... voor
    zijn 4e verjaardag'; 'zoon voor zijn communie laten knippen': review shorthand drops the 'mijn')."""
    if at > 1 and (whose := _said_before(m, at - 2)):
        return whose
    if m.doc[at - 1].lower_ not in {"zijn", "haar"}:
        return ""
    earlier = [s for s, _ in m.spans.get("naaste", []) if s < at and owned(m.doc, s)]
    return str(m.doc[max(earlier)].lower_) if earlier else ""


def _said_before(m: Matches, i: int) -> str:
    """The name ('Gijs') or the writer's person ('opa') at ``i``, else ''."""
    token = m.doc[i]
    if any(s == i for s, _ in m.spans.get("naaste", [])):
        return str(token.lower_)
    named = token.is_title and token.is_alpha and token.lower_ not in NOT_NAMES and i > 0
    return str(token.text) if named and not token.is_sent_start else ""


def _of_person(m: Matches, end: int) -> str | None:
    """The writer's person named right after the occasion with 'van': 'de begrafenis van papa', 'de uitvaart van
    mijn vader', 'het afscheid van onze oma'; '' when it is said to be another's ('de begrafenis van een
    vriendin', 'van zijn moeder'); None when no 'van' follows."""
    doc = m.doc
    starts = {s for s, _ in m.spans.get("naaste", [])}
    for k in range(end, min(end + 3, len(doc) - 1)):
        if doc[k].text in _ENDS:
            return None  # 'ben ik met pensioen. Van mijn collega's kreeg ik ...': the next sentence's 'van'
        if doc[k].lower_ != "van":
            continue
        person = k + 1
        if doc[person].lower_ in POSSESSIVE and person + 1 < len(doc):
            person += 1
        elif doc[person].lower_ not in _FAMILY:
            return "" if doc[person].lower_ in _ANOTHERS else None
        if person in starts:
            return str(doc[person].lower_)
        # 'afscheid genomen van onze pastoor', 'het afscheid van onze juf': someone the writer's group knows by
        # a role, not a person of the writer's own
        # (the role ends its clause: not 'van onze oude kater Max', where 'oude' only describes)
        ends = person + 1 >= len(doc) or doc[person + 1].is_punct or doc[person + 1].lower_ in {"en", "die", "na"}
        role = ends and doc[person].is_alpha and doc[person].is_lower and doc[person - 1].lower_ in POSSESSIVE
        return "" if role and lexicon.is_word(doc[person].lower_) else None
    return None


def owners_said(m: Matches, occasion: str) -> list[str]:
    """The writer's people said right after the occasion's words with 'van' ('de begrafenis van papa'), '' for
    another's; not after an occasion the writer said as their own first ('voor mijn 60ste verjaardag van mijn
    dochters een verwenbeurt': the daughters gave it)."""
    spans = sorted(m.spans.get(occasion, []))
    return [p for s, e in spans if not own_said(m, s) and (p := _of_person(m, e)) is not None]


def own_said(m: Matches, start: int) -> bool:
    """Whether the occasion starting at ``start`` is said with the writer's possessive before it, an age between or
    not ('mijn 60ste verjaardag', 'onze trouw'): then a 'van' with a person after it says who gave or made it
    ('voor mijn 60ste verjaardag van mijn dochters een verwenbeurt'), not whose occasion it is."""
    doc = m.doc
    k = start - 1
    if k >= 0 and re.fullmatch(r"\d+(?:ste|de|e)?|\w+(?:ste|de)", doc[k].lower_) and doc[k].lower_ not in POSSESSIVE:
        k -= 1
    return k >= 0 and doc[k].lower_ in POSSESSIVE


def someone_elses(m: Matches, occasion: str) -> bool:
    """Whether the occasion is said to be another's than the writer's people: 'de begrafenis van een vriendin',
    'de uitvaart van de buurman' (then no loss of the writer's own named; app.domain.draft_thanks)."""
    return any(_of_person(m, e) == "" or _attended(m.doc, s) for s, e in m.spans.get(occasion, []))


# 'naar een trouwfeest', 'op een communie': the writer went to one, as a guest.
_GONE_TO = frozenset({"naar", "op", "bij"})
_A = frozenset({"een", "'n", "ne", "nen"})


def _attended(doc: Any, start: int) -> bool:
    """Whether the occasion at ``start`` is one the writer went to as a guest: 'Ik moest naar een trouwfeest',
    'we waren op een communie' (an occasion with 'een' after 'naar', 'op' or 'bij'); not 'voor een bruiloft'."""
    if start > 1 and doc[start - 1].lower_ in _A and doc[start - 2].lower_ in _GONE_TO:
        return True
    # 'over twee weken een bruiloft (als gast)', 'een communie als genodigde': said to be there as a guest
    after = [t.lower_ for t in doc[start + 1 : start + 5] if t.text not in {"(", ")", ","}]
    return any(a == "als" and b in _GUESTS for a, b in pairwise(after))


# What the writer is at another's occasion: 'als gast', 'als genodigde'.
_GUESTS = frozenset({"gast", "genodigde", "invitee", "guest"})


def _mine(doc: Any, at: int) -> bool:
    """'Na 38 jaar ben ik vandaag met pensioen', 'ik ben geslaagd voor mijn rijexamen': the writer says the
    occasion of their own, with 'ik' just before it in its clause (not '... de verjaardag van mijn moeder')."""
    # 'de 75ste verjaardag van mijn moeder'; not a 'Van' that opens the next sentence ('ben ik met pensioen. Van
    # mijn collega's kreeg ik ...')
    if any(t.lower_ == "van" for t in takewhile(lambda t: t.text not in _ENDS, doc[at + 1 : at + 3])):
        return False
    start = at
    while start > max(0, at - 4) and doc[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    at_ik = [t.i for t in doc[start:at] if t.lower_ == "ik"] or _ik_is(doc, at)
    # 'mijn man en ik ons jubileum', 'ik en mijn vrouw': shared with someone named, not the writer's alone
    return bool(at_ik) and not any(doc[k].lower_ in {"en", "&"} for i in at_ik for k in (i - 1, i + 1) if k >= 0)


# 'ben ik', 'ik ga': the writer's 'ik' beside a form of 'zijn' or 'gaan' says the occasion after it of the writer.
_BE_GO = frozenset({"ben", "was", "ga", "ging", "gaan", "zal"})
# Words between that make the writer a guest or a giver: 'ik ga naar een bruiloft', 'ik was op het feest'.
_GUEST = frozenset({"naar", "voor", "op", "bij", "aan", "een", "het", "de", "den", "ne", "'t"})


def _ik_is(doc: Any, at: int) -> list[int]:
    """'Na 41 jaar ben ik per 1 augustus met pensioen', 'ik ga na 30 jaar trouwe dienst met pensioen': the
    writer's 'ik' with 'ben' or 'ga' further back in the clause, with a time or a stretch of years between
    (not 'ik ga zaterdag naar een bruiloft', 'ik was op het pensioenfeest': a guest); [] when not."""
    start = at
    while start > max(0, at - 10) and doc[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    for t in doc[start:at]:
        beside = [doc[k].lower_ for k in (t.i - 1, t.i + 1) if start <= k < at]
        if t.lower_ == "ik" and any(w in _BE_GO for w in beside):
            # ('ik ga op 16 juni trouwen': 'op' before a date or a day is a time, no guest's 'op')
            between = [w for w in doc[t.i + 1 : at] if not _dated(doc, w.i)]
            return [] if any(w.lower_ in _GUEST for w in between) else [t.i]
    return []


# The words of a day: 'op zaterdag', 'op 16 juni'.
_DAY_WORDS = frozenset((*WEEKDAY_NAMES, *SHORT_WEEKDAYS, *MONTH_NAMES))


def _dated(doc: Any, i: int) -> bool:
    """Whether the word at ``i`` opens a time: a preposition before a number or a day ('op 16 juni', 'op zaterdag')."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        after is not None
        and doc[i].lower_ in {"op", "voor", "na"}
        and (after.like_num or after.lower_.rstrip(".") in _DAY_WORDS)
    )


def _made_for_named(doc: Any, at: int) -> str:
    """The name of the writer's own the occasion's thing was made for, later in its own sentence ('een communietaart
    voor 20 personen gehaald voor ons Lore'): whose occasion it is, before anyone named in the next sentence; ''."""
    end = at
    while end < len(doc) and doc[end].text not in {".", "!", "?"}:
        end += 1
    for i in range(at + 1, end - 2):
        if doc[i].lower_ == "voor" and doc[i + 1].lower_ in POSSESSIVE and _a_name(doc[i + 2]):
            return str(doc[i + 2].text)
    return ""


def _addressed_name(doc: Any, at: int) -> str:
    """The first name the sentence around ``at`` speaks to, set apart by a comma or an exclamation ('Geniet van je
    pensioen, Marie-Jeanne!', 'Anneke, proficiat met uw jubileum'); '' for none."""
    start, end = at, at + 1
    while start > 0 and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    while end < len(doc) and doc[end - 1].text not in {".", "!", "?"}:
        end += 1
    names = set().union(*first_names())
    for t in doc[start:end]:
        parts = t.text.split("-")
        if not t.text[:1].isupper() or not all(p.isalpha() and p.lower() in names for p in parts):
            continue
        before = doc[t.i - 1].text if t.i > start else ","
        after = doc[t.i + 1].text if t.i + 1 < end else "!"
        if (before in {",", "!"} and after in {",", "!", ".", "?"}) or (t.i == start and after == ","):
            return str(t.text)
    return ""


def _a_name(token: Any) -> bool:
    return bool(token.is_title and token.is_alpha and token.lower_ not in NOT_NAMES)


def _referred(m: Matches, at: int) -> str:
    """The writer's person a 'ze' or 'hij' just before the occasion stands for: the last one named with a
    possessive earlier in the same sentence ('de fiets van onze dochter Lore ..., zodat ze ... op schoolreis',
    'de fiets van ons Noor opgehaald, ze begint ... in het eerste middelbaar')."""
    doc = m.doc
    start = at
    while start > 0 and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    clause = next((k + 1 for k in range(at - 1, start - 1, -1) if doc[k].text in {",", ";"}), start)
    if not any(doc[k].lower_ in {"ze", "zij", "hij"} for k in range(max(clause, at - 12), at)):
        return ""
    spans = m.spans.get("naaste", [])
    earlier = [s for s, _ in spans if start <= s < clause and s > 0 and doc[s - 1].lower_ in POSSESSIVE]
    # 'de fiets van onze Noor opgehaald, ze begint ... in het eerste middelbaar': a name after the possessive too
    named = [k for k in range(max(start, 1), clause) if doc[k - 1].lower_ in POSSESSIVE and _a_name(doc[k])]
    if named and (not earlier or max(named) > max(earlier)):
        return str(doc[max(named)].text)
    return str(doc[max(earlier)].lower_) if earlier else ""


# The writer's children: on Mother's or Father's Day they give, the day is the writer's (or another parent's).
_CHILDREN = frozenset(
    {"kinderen", "kinders", "kids", "kindjes", "zoon", "zoons", "zonen", "dochter", "dochters", "kleinkinderen"}
    | {"kleinzoon", "kleindochter", "kleinzoons", "kleindochters", "tweeling", "kleintjes"}
)


def parents_day_owner(occasion: str, owner: str) -> str:
    """'Met Moederdag een cadeaubon gekregen van mijn kinderen': on Mother's and Father's Day (concept
    'moederdag') the writer's children are who gave, never whose day it is: '' (the writer's own) for them."""
    return "" if occasion == "moederdag" and owner.lower() in _CHILDREN else owner
