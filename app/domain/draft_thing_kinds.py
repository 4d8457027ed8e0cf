"""The kinds of a thing a question asks for and a FAQ entry is about: the qualities a text names ('glutenvrij',
'vegan'), the diets asked by what is left out ('zonder vlees'), a condition denied, and another kind or compound of the
thing ('slagroomtaart' ~ 'fototaart'); the words are resources/fact_words.toml's."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.domain.draft_fact_words import AMOUNT, fact_words


def qualities_named(text: str) -> frozenset[str]:
    """The kinds of product a text names ('glutenvrij brood' → {'glutenvrij'}; 'veganistische taart' → {'vegan|…'}),
    as the entries of fact_words.toml's ``qualities``."""
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    return frozenset(
        q for q in fact_words().qualities if any(f"{v}{end}" in words for v in q.split("|") for end in _QUALITY_ENDS)
    )


_QUALITY_ENDS = ("", "e", "ische", "istisch", "istische")


_FREE_OF = re.compile(r"^(\w+?)-?(?:loos|loze|vrij|vrije|free|less)$")


def diets_asked(text: str) -> frozenset[str]:
    """The diets a text asks for by what it is without ('iets zonder vlees', 'eet geen vlees meer', 'niks dierlijks',
    'vleesloos', 'meat-free' → {'vegetarisch'}), by fact_words.toml's [diet_of]: one of the three words after 'geen',
    or two of them together ('zonder dierlijke producten')."""
    table, not_eaten = fact_words().diet_of, fact_words().not_eaten
    words = re.findall(r"[\w-]+", text.lower())
    found = set()
    for at, word in enumerate(words):
        free = _FREE_OF.match(word)
        after = words[at + 1 : at + 4] if word in not_eaten else []
        said = [*after, *(" ".join(after[i : i + 2]) for i in range(len(after) - 1))]
        found |= {table[w] for w in (*said, *([free.group(1)] if free else [])) if w in table}
    return frozenset(found)


def denied_conditions(text: str) -> frozenset[str]:
    """The conditions a text says someone does not have, as written ('heb last van tarwe (geen coeliakie, gewoon
    intolerantie)' → {'coeliakie'}, 'niet echt allergisch' → {'allergisch'}): one of the two words after a denial."""
    fw = fact_words()
    words = re.findall(r"[\w-]+", text.lower())
    found = set()
    for at in (n for n, w in enumerate(words) if w in fw.denial_words):
        found |= {w for w in words[at + 1 : at + 3] if w.endswith(tuple(fw.conditions))}
    return frozenset(found)


def other_kind(asked: str, faq_question: str) -> bool:
    """Whether a question asks for one kind of product and a FAQ question is about another kind only
    ('glutenvrij brood?' ~ 'Is jullie brood biologisch?')."""
    wanted, about = qualities_named(asked), qualities_named(faq_question)
    return bool(wanted) and bool(about) and not wanted & about


def _single(word: str) -> str:
    """'fototaarten' → 'fototaart', 'broodjes' → 'broodje': a plural as its singular, roughly."""
    return re.sub(r"(?<=[a-zà-ÿ]{3})(?:en|(?<=e)s)$", "", word)  # not the 's' of 'fiets'


def _plain_in(head: str, question: str) -> bool:
    """Whether a FAQ question names ``head`` as such, not qualified by what follows ('fietsen?', not 'een taart met
    een foto erop')."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(head)}(?:en|s)?(?!\w)", question, re.I):
        if not re.match(r"\s+(?:met|zonder|van|voor|in|op)\b", question[found.end() :], re.I):
            return True
    return False


def _shared_end(word: str, other: str) -> str:
    """The head two compounds share ('bakfiets', 'kinderfiets' → 'fiets'), of four letters or more, with a kind of
    three letters or more before it in each; '' when they share none."""
    size = 0
    while size < min(len(word), len(other)) and word[-1 - size] == other[-1 - size]:
        size += 1
    head = word[len(word) - size :] if size else ""
    return head if len(head) >= 4 and len(word) - len(head) >= 3 and len(other) - len(head) >= 3 else ""


def other_compound(asked: str, entry: str, *, priced: bool = False) -> bool:
    """Whether a question asks for one kind of a thing by a compound ('een slagroomtaart') and a FAQ entry (its
    question and answer) is about another kind of that thing only ('Kunnen jullie een taart met een foto erop
    maken? ... een fototaart kost ...'): neither names the other's kind ('slagroom', 'foto'), the entry names no
    more kinds of it than that one, and its question does not ask about the thing as such ('Verhuur je fietsen?').
    ``priced``: the question asks what its kind costs; then an entry whose answer prices other kinds of the thing
    ('Wat kost een fiets huren? Een stadsfiets € 15 per dag, ...' for 'een bakfiets') gives no price for it, however
    many kinds it prices and however general its question."""
    price_list = priced and bool(AMOUNT.search(entry.partition("?")[2]))
    asked_words = {_single(w) for w in re.findall(r"[a-zà-ÿ]+", asked.lower())}
    entry_words = {_single(w) for w in re.findall(r"[a-zà-ÿ]+", entry.lower())}
    question = entry.split("?", 1)[0] if "?" in entry else ""
    for word in asked_words - entry_words:
        heads = {h for h in entry_words if len(h) >= 4 and word.endswith(h) and len(word) - len(h) >= 3}
        if price_list:  # 'bakfiets' and a list of 'kinderfiets', 'huurfiets': the ending they share, as the
            # end of two words of the entry or more (not 'moervaart' ~ 'identiteitskaart', 'ongeveer' ~ 'reserveer')
            ends = [h for h in (_shared_end(word, u) for u in entry_words) if len(h) >= 5]
            heads |= {h for h in ends if sum(u.endswith(h) and len(u) - len(h) >= 3 for u in entry_words) >= 2}
        for head in sorted(heads):
            if _plain_in(head, question) and not price_list:
                continue  # 'Verhuur je ook fietsen? Ja, stadsfietsen ...': a question on the thing in general
            kind = word[: -len(head)]
            others = {u[: -len(head)] for u in entry_words if u.endswith(head) and len(u) - len(head) >= 3}
            same = any(kind.startswith(o) or o.startswith(kind) for o in others)
            # (a price list prices the kinds it names: 'een bakfiets voor 2 kinderen' is not priced as 'kinderfiets')
            also = not price_list and any(o in asked_words or o.rstrip("s") in asked_words for o in others)
            named = kind in entry.lower() or also
            # one other kind only: an entry on two kinds or more ('verjaardags- en communietaarten ...; een
            # huwelijkstaart ...') is about the thing in general, and answers a 'bruidstaart' too; not its price
            if (len(others) == 1 or (price_list and others)) and not same and not named:
                return True
    return False


def quality_unasked(text: str, faq_question: str) -> bool:
    """Whether a FAQ question is about a kind of product ('Hebben jullie vegetarische gerechten?') that the comment
    names nowhere, not by a form of its word ('veganist') nor by what it is without ('geen vlees'): 'Kunnen wij bij
    u komen eten?' asks nothing of it. Not a kind free of something ('lactosevrij'), which a writer tells by what
    they cannot have or what it did to them ('slecht tegen melk', 'jeuk van verf')."""
    about = qualities_named(faq_question)
    if not about or diets_asked(text) or any(v.endswith("vrij") for q in about for v in q.split("|")):
        return False
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    stems = {v[:5] for q in about for v in q.split("|")}
    return not any(w.startswith(stem) for w in words for stem in stems if len(stem) >= 3)


def with_quality_parts(lemmas: Iterable[str]) -> list[str]:
    """The lemmas, each followed by the kind a word joined by a hyphen names before a quality ending (resources/
    fact_words.toml adjective_ends): 'vegetarisch-vriendelijk' → also 'vegetarisch', 'gluten-vrij' → also 'gluten'
    and 'glutenvrij'. A name joined by a hyphen ('Tielt-Winge') ends in no such ending and stays one word."""
    ends = tuple(fact_words().adjective_ends)
    found: list[str] = []
    for lemma in lemmas:
        found.append(lemma)
        first, _, last = lemma.partition("-")
        if len(first) >= 4 and first.isalpha() and last.isalpha() and last.endswith(ends):
            found += [first, f"{first}{last}"] if len(last) <= 4 else [first]
    return found


def diets_told(text: str) -> frozenset[str]:
    """The diets a text names by the people who keep them ('er zitten ook twee vegetariërs bij' → {'vegetarisch'},
    'mijn zus is veganist' → {'vegan'}), by fact_words.toml's [diet_people], asked or not."""
    table = fact_words().diet_people
    return frozenset(table[w] for w in re.findall(r"[\w-]+", text.lower()) if w in table)
