"""Who a comment is about: the writer's people ('mijn dochter'), who came along, a part of the writer's body,
whom something was for, and a holiday named. Which capitalised words are names, of staff or of the writer's own
('onze Yasmin'), is app/nlp/topic_names.py."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from app.domain.datafile import word_list
from app.domain.topics import TopicData
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.reader_words import reader_words
from app.nlp.token_span import around
from app.nlp.topic_match import Matches
from app.nlp.topic_wish_sentences import wish_sentences
from app.nlp.topic_words import COMPLAINT_ENDS, POSSESSIVE
from app.resources import resource_path

# The writer's children said with 'de': 'de kinderen zaten te wenen', 'met de twee kids achterop'.
_THE_CHILDREN = frozenset({"kinderen", "kinders", "kids", "kleintjes", "tweeling"})
# The writer's own parents and grandparents called as by name, without 'mijn' ('en mama kreeg ...', 'oma was blij');
# not after 'de', 'een' or someone else's possessive ('zijn oma').
_CALLED = frozenset({"mama", "papa", "mams", "paps", "moeke", "vake", "bomma", "bompa", "oma", "opa"})
# Where a spoken 'me' before one of the writer's people is 'mijn': after a preposition or 'en' ('van me moeder', 'met
# me zus en me man'); elsewhere 'me' is the writer ('ze gaven me moeder de schuld' is rare, 'belde me' common).
_BEFORE_ME = frozenset({"van", "voor", "met", "bij", "aan", "en", "naar", "zonder", "samen"})
_SOMEONE_ELSES = frozenset({"de", "het", "een", "zijn", "z'n", "haar", "d'r", "hun", "jullie", "uw", "je", "jouw"})
# The writer's own as spoken, only before a word for one of their people ('menne zoon', 'm'ne vader'; a spoken 'me'
# only where _BEFORE_ME says so):
# elsewhere 'me' is mostly 'mij' ('laat me weten'), so these are no possessive in general (topic_words.POSSESSIVE).
# Frisian 'us'/'ús' ('us mem', 'ús heit') is 'ons' the same way, in a comment otherwise written in Dutch.
SPOKEN_MINE = frozenset({"menne", "m'ne", "mène", "us", "ús"})
_SPOKEN_MINE = SPOKEN_MINE


def owned(doc: Any, s: int) -> bool:
    """'mijn dochter', and 'mijn angstige dochter', 'mijn overleden moeder' (one adjective between); 'de
    kinderen' (:data:`_THE_CHILDREN`)."""
    if s > 0 and (doc[s - 1].lower_ in POSSESSIVE or doc[s - 1].lower_ in _SPOKEN_MINE):
        return True
    if s > 0 and doc[s - 1].lower_ == "me" and (s == 1 or doc[s - 2].lower_ in _BEFORE_ME or doc[s - 2].is_punct):
        return True  # spoken 'me' for 'mijn' ('het feest van me moeder', 'Me zus had ...'); not 'gaf me ...'
    if doc[s].lower_ in _CALLED and (s == 0 or doc[s - 1].lower_ not in _SOMEONE_ELSES):
        return True  # 'En mama kreeg er nog een föhnbeurt bij': a name for the writer's own mother
    if doc[s].lower_ in _THE_CHILDREN and s > 0:
        before = doc[s - 2 : s] if s > 1 and doc[s - 1].lower_ in _COUNTS else doc[s - 1 : s]
        # not 'de kinderen van de buren': someone else's
        after = doc[s + 1].lower_ if s + 1 < len(doc) else ""
        # 'de kinderen', and 'beide kinderen' (of the writer's, said without 'mijn')
        if before[0].lower_ in {"de", "beide"} and after not in {"van", "uit", "die", "op"}:
            return True
    bare = doc[s].lower_ not in {"gast", "collega"} and doc[s].lower_ not in stop_words()  # 'om' is no 'oom'
    opening = s == 0 or doc[s - 1].text in {",", ".", "!", "?", ":"} or doc[s - 1].text.strip(".…") == ""
    if opening and bare and _addressed(doc, s):
        return False  # 'Mannen, zaterdag ...', 'Geert, man, bedankt!': the business called, none of the writer's
    if opening and bare:
        # review shorthand without a possessive: 'hond 3 uur in een bench laten zitten', 'Dochter blij!'
        return doc[s].is_alpha and s + 1 < len(doc) and doc[s + 1].lower_ not in {"van", "die", "en"}
    before = doc[s - 1] if s > 0 else None
    # 'mijn 2 dochters', 'onze 3 kleinkinderen': counted in digits like 'mijn twee dochters'
    counted = before is not None and before.like_num and before.text.isdigit()
    return (
        s > 1
        and doc[s - 2].lower_ in POSSESSIVE
        and before is not None
        and (counted or (before.is_alpha and before.is_lower and before.text.endswith(("e", "en"))))
    )


def more_than_one(word: str) -> bool:
    """Whether a word for someone names more than one ('dochters', 'kinderen', 'onze tweeling', 'de kids'), so that
    several names may follow it; 'dochter', 'zoontje' name one ('onze dochter Femke en Lotte stond ...': Lotte is
    someone else)."""
    if word in _THE_CHILDREN:
        return True
    base = lexicon.noun(word)
    return not base or (base != word and not word.endswith(("je", "ke")))


def _addressed(doc: Any, s: int) -> bool:
    """A word for someone, alone, opening the comment before a comma ('Mannen, zaterdag mijn fiets ...') or set off by
    commas after the name it opens with ('Geert, man, bedankt!'): the one the writer calls, not one of their people
    (not 'Dochter blij!', nor a list: 'Kinderen, ouders en opa: allemaal blij')."""
    after = doc[s + 1].text if s + 1 < len(doc) else ""
    if after not in {",", "!"}:
        return False
    opens = s == 0 or (s == 2 and doc[1].text == "," and doc[0].is_title)
    # not the first of a list of people: the word after the comma is none of the words for one
    listed = s + 3 < len(doc) and doc[s + 3].lower_ in {"en", "&", ","}
    return opens and not listed


def people(m: Matches, near: list[int]) -> tuple[str, ...]:
    """The writer's people; with ``near`` (where safety words are) the one closest to them first:
    'de auto van mijn buurman ... mijn kind stond ernaast. Levensgevaarlijk!' → kind."""
    # Not someone only named in a suggestion ('maak ook een vegetarische wrap, dan neem ik mijn vriendin mee').
    wished = wish_sentences(m.doc)
    found = [s for s, _ in sorted(m.spans.get("naaste", [])) if owned(m.doc, s) and s not in wished]
    if near:
        found.sort(key=lambda s: min(abs(s - n) for n in near))
    return tuple(dict.fromkeys([*(m.doc[s].lower_ for s in found), *_own_company(m.doc, wished)]))


# The heads of words for anyone ('bruids-meisjes', 'school-vriendinnen', 'dans-partners'): not for a job.
_ANYONE_HEADS = frozenset(
    {"meisje", "meid", "jongen", "dame", "genoot", "genote", "vriend", "vriendin", "maat", "partner"}
)
_COUNTS = frozenset({"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "hele", "beste"})


def _own_company(doc: Any, wished: Any) -> list[str]:
    """The writer's people named by a compound of a word for anyone: 'mijn drie bruidsmeisjes', 'onze
    klasgenoten', 'mijn hockeymaatjes' (the head a word the list knows: 'meisje', 'genoot', 'maat')."""
    found = []
    for token in doc[1:]:
        before = doc[token.i - 1].lower_
        counted = before in _COUNTS or doc[token.i - 1].like_num
        whose = doc[token.i - 2].lower_ if counted and token.i > 1 else before
        if whose not in POSSESSIVE or not token.is_alpha or not token.is_lower or token.i in wished:
            continue
        noun = lexicon.noun(token.lower_)
        last = lexicon.head(noun) if noun else ""
        last = lexicon.noun(last) or last  # 'maatje' → 'maat'
        if last in _ANYONE_HEADS and len(noun) - len(last) >= 3:
            found.append(token.lower_)
    return found


# Helping and modal verbs: 'mijn broer moet me brengen' tells what the person has to do for the writer.
_HELPING = frozenset(
    {"moet", "moest", "moesten", "kan", "kon", "mag", "mocht", "zal", "zou", "wil", "wilde", "heeft", "had"}
    | {"is", "was", "gaat", "ging", "komt", "kwam", "hielp", "helpt", "bracht", "brengt", "haalt", "haalde"}
)


def _acts(token: Any) -> bool:
    return bool(token.is_alpha) and token.lower_ not in _HELPING


def in_passing(m: Matches, owner: str = "") -> tuple[str, ...]:
    """The writer's people named only as whose a thing is ('de oude fiets van mijn moeder'), never as
    someone who was there, was served or was hurt ('mijn moeder schrok', 'met mijn moeder'), whose
    occasion it was (``owner``: 'het jubileum van mijn ouders') or for whom it was ('voor mijn zus')."""
    doc = m.doc
    mentions: dict[str, list[bool]] = {}
    for s, _ in m.spans.get("naaste", []):
        if not owned(doc, s):
            continue
        whose = doc[s - 1].lower_ in POSSESSIVE and s > 2 and doc[s - 2].lower_ == "van"
        whose = whose and doc[s - 3].is_alpha and not doc[s - 3].is_stop
        # 'Mijn vriend noemt me nu de wortel', 'mijn man lacht me uit': the person does something to the
        # writer; not the one the complaint happened to (but 'mijn broer moet me elke dag brengen' is)
        to_writer = s + 2 < len(doc) and doc[s + 2].lower_ in {"me", "mij"} and _acts(doc[s + 1])
        mentions.setdefault(doc[s].lower_, []).append((whose and not _aged_after(doc, s)) or to_writer)
    return tuple(w for w, seen in mentions.items() if all(seen) and w not in (owner, recipient(m)))


# 'hij is zes', 'ze is pas 4', 'hij was net zeven': a person's age, said with a pronoun.
_HE_SHE = frozenset({"hij", "zij", "ze"})
_IS = frozenset({"is", "was", "wordt"})
_JUST = frozenset({"pas", "net", "nog", "maar"})


def _aged_after(doc: Any, s: int) -> bool:
    """Whether the writer says the age of a person named at ``s`` later on ('de kinderfiets van mijn zoon ...
    hij is zes en valt telkens'), or right after the name in brackets ('de allereerste knipbeurt van mijn zoontje (4)'):
    then the person is the one it happened to, not only whose the thing is."""
    if s + 3 < len(doc) and doc[s + 1].text == "(" and doc[s + 2].like_num and doc[s + 3].text == ")":
        return True  # ('mijn vader (80!)' cries out the age of someone whose thing it is: not this)
    for t in doc[s + 1 :]:
        if t.lower_ not in _HE_SHE or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in _IS:
            continue
        k = t.i + 2
        while k < len(doc) - 1 and doc[k].lower_ in _JUST:
            k += 1
        if doc[k].like_num:
            return True
    return False


def _clause(doc: Any, i: int) -> tuple[int, int]:
    """(first, end) of the clause around token ``i``: up to punctuation (also kept on a word: 'al.'), 'en',
    'maar', 'want'."""
    return around(doc, i, i + 1, lambda t: t.is_punct or t.text[-1:] in ".!?" or t.lower_ in _CLAUSE_WORDS)


_CLAUSE_WORDS = frozenset({"en", "maar", "want", "dus"})


def ungreeted(m: Matches, data: TopicData) -> tuple[str, ...]:
    """The writer's people named only in a memory ('Net als vroeger bij mijn vader op de boerderij': he may
    have died), as having died ('de fiets van mijn vader (†2023)') or as the one who typed the comment ('Mijn
    kleindochter heeft dit voor mij getypt'): no one to send the greetings to."""
    memory = [s for c in data.concepts if c.group == "memory" for s, _ in m.spans.get(c.id, [])]
    typed = [s for c in data.concepts if c.group == "typed" for s, _ in m.spans.get(c.id, [])]
    late = [s for c in data.concepts if c.group == "late" for s, _ in m.spans.get(c.id, [])]
    late += [t.i for t in m.doc if t.text.startswith("†")]  # 'mijn vader (†2023)'
    seen: dict[str, list[bool]] = {}
    for s, _ in m.spans.get("naaste", []):  # in the clause ('vroeger kwam mijn moeder, nu mijn dochter')
        first, end = _clause(m.doc, s)
        # one who died, said in the clause or right after ('mijn vader, die vorig jaar overleed,')
        remembered = any(first <= k < end for k in memory) or any(first <= k <= s + 7 for k in late)
        typist = any(s < k < end for k in typed)  # the one who typed it is named before the verb
        seen.setdefault(m.doc[s].lower_, []).append(remembered or typist)
    return tuple(w for w, quiet in seen.items() if all(quiet))


def company(m: Matches, first_person: str) -> bool:
    """Whether the writer's first person came along ('een avond met mijn vriendinnen')."""
    doc = m.doc
    for s, _ in m.spans.get("naaste", []):
        if doc[s].lower_ == first_person and s > 1 and doc[s - 1].lower_ in POSSESSIVE and doc[s - 2].lower_ == "met":
            return True
    return False


# A clause that wishes rather than tells ('Een halve kilo zou perfect zijn voor mijn moeder'): whom an idea is
# for, not whom the thing praised was for.
_WISHING = frozenset({"zou", "zouden", "zoude", "zou'n", "would", "mocht", "mochten"})


def recipient(m: Matches) -> str:
    """Whom it was for: 'voor mijn dochter' → 'dochter' (not in a wish: 'zou perfect zijn voor mijn moeder'; nor after
    a tip: 'Prima wildmenu. Wel een tip: ... nu moest ik alles navragen voor mijn zoon': whom the idea is for)."""
    doc = m.doc
    ideas = _idea_words()
    return next(
        (
            doc[s].lower_
            for s, _ in sorted(m.spans.get("naaste", []))
            if s > 1
            and doc[s - 1].lower_ in POSSESSIVE
            and doc[s - 2].lower_ == "voor"
            and not any(t.lower_ in _WISHING for t in doc[_clause(doc, s)[0] : s])
            and not any(t.lower_ in ideas for t in doc[:s])
        ),
        "",
    )


@lru_cache(maxsize=1)
def _idea_words() -> frozenset[str]:
    """The words a compliment turns into an idea with (resources/praise.toml 'idea_words')."""
    return frozenset(word_list(resource_path("praise.toml"), "idea_words"))


def body(m: Matches, data: TopicData) -> str:
    """A part of the writer's own body: 'mijn schouder' → 'schouder' (not 'zijn hoofd')."""
    doc, own = m.doc, POSSESSIVE - {"onze", "ons"}
    for s, e in sorted(m.spans.get("lichaam", [])):
        if _described_from(doc, s, own) < s:  # 'mijn knie', 'mijn kapotte knie', 'mijn linker knie'
            return str(doc[s:e].text.lower())
    if not m.spans.get("naaste"):
        # 'met een kapotte knie', Flemish 'nen gebroken pols': a part said with what is wrong with it is the
        # writer's own, when the comment names no near one ('mijn zoontje')
        articles = reader_words()["broken"]["hurt_articles"]
        for s, e in sorted(m.spans.get("lichaam", [])):
            if _described_from(doc, s, articles) < s - 1:
                return str(doc[s:e].text.lower())
    # a bare one in a list of what happened ('Ik lig in de gracht, helm in twee, schouder uit de kom', 'Pols
    # gebroken.'): the writer's own, said without 'mijn', when the comment names no near one ('mijn zoon')
    for s, e in sorted(m.spans.get("lichaam", [])):
        if (s == 0 or doc[s - 1].is_punct) and not m.spans.get("naaste"):
            return str(doc[s:e].text.lower())
    # 'mijn knieblessure', 'mijn rugpijn': the body part is the first half of the word.
    parts = sorted({t for c in data.concepts if c.group == "body" for t in c.terms}, key=len, reverse=True)
    for token in doc[1:]:
        word = token.lower_
        if doc[token.i - 1].lower_ in own:
            part = next((p for p in parts if word.startswith(p) and word[len(p) :] in COMPLAINT_ENDS), "")
            if part:
                return part
    return ""


def _described_from(doc: Any, s: int, ends: frozenset[str]) -> int:
    """Where the word of ``ends`` stands before a noun with at most two words between that say what it is like
    ('mijn knie', 'een kapotte knie' → the index of 'een'; a stop word, a name or a sign between ends the search);
    ``s`` itself when there is none."""
    for i in range(s - 1, max(s - 4, -1), -1):
        if doc[i].lower_ in ends:
            return i
        if not (doc[i].is_alpha and doc[i].is_lower and doc[i].lower_ not in stop_words()):
            break
    return s


def holiday(m: Matches) -> str:
    """The longest holiday name said ('tweede paasdag'; 'paasmaandag' is the same day)."""
    found = sorted(m.spans.get("feestdag", []), key=lambda se: (se[0] - se[1], se[0]))
    if not found:
        return ""
    start, end = found[0]
    name = str(m.doc[start:end].text)
    return {"paasmaandag": "tweede paasdag", "pinkstermaandag": "tweede pinksterdag"}.get(name.lower(), name)
