"""The thing a joke's punchline turns on: 'Nu nog een brood dat m'n belastingaangifte doet' → 'm'n
belastingaangifte'; 'Ik heb haar de kassabon laten zien. Ze reageert niet meer' → 'de kassabon'.

The last sentence that names a thing after an article or possessive wins (a sentence with none, such as
'Ze reageert niet meer 💀', passes the turn to the one before; only the last two count), and a thing the
business sells that the joke named in an earlier sentence is its subject, not its punchline (the joke is
about the desembrood; the belastingaangifte is what makes it funny). Capitalised words count too ('op de
Cauberg', 'het Havenbedrijf', 'mijn nieuwe KPI'): jokes name places and jargon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from app.domain.draft_fact_words import fact_words
from app.domain.joke_asides import is_aside, turns
from app.domain.topics import Mention
from app.domain.words import stop_words
from app.nlp import lexicon
from app.nlp.topic_nouns import idiom_positions, noun_mention, participle, verb_form

# Determiners a punchline thing follows; not 'die'/'dat' (far more often a relative pronoun); 'zo'n' too ('Nog
# nooit zo'n goeie garnaalkroket gepikt').
_DETERMINERS = frozenset(
    {"de", "het", "een", "mijn", "m'n", "mn", "geen", "onze", "ons", "zijn", "haar", "zo'n", "zo’n"}
)
_RELATIVE = frozenset({"dat", "die", "waar", "waarmee", "waarin"})
_END = re.compile(r"[.!?…]+(?=\s|$)")
_LAST_SENTENCES = 2


def _sentences(doc: Any) -> list[tuple[int, int]]:
    """(start, end) token spans of the sentences that hold a word, split after full stops, question and
    exclamation marks in the text (the tokenizer keeps 'kon.' whole before a lower-case word)."""
    ends = [m.end() for m in _END.finditer(doc.text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if ends and token.idx >= ends[0]:
            spans.append((start, token.i))
            start = token.i
            while ends and token.idx >= ends[0]:
                ends.pop(0)
    spans.append((start, len(doc)))
    spans = [(s, e) for s, e in spans if any(t.is_alpha for t in doc[s:e])]
    # 'Nee geintje, ze zijn het waard. Tot zondag!': lines that step out of the joke are no last line of it
    while len(spans) > 1 and is_aside(doc[spans[-1][0] : spans[-1][1]].text):
        spans.pop()
    return spans


def _turned(doc: Any, start: int, end: int) -> int:
    """Where the second half of a sentence starts, after its last turn word ('het vlees is zwak maar de wegge is
    sterk', 'eerst het vagevuur, dan de hemel'; resources/praise.toml 'turns'), else ``start``."""
    at = [t.i + 1 for t in doc[start:end] if t.lower_ in turns() and t.i + 2 < end]
    return at[-1] if at else start


def _alpha(token: Any) -> bool:
    """A word of letters, or a compound of them joined by hyphens ('een buitencategorie-beklimming')."""
    return bool(token.is_alpha or re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)+", token.text))


def _noun_like(word: str) -> bool:
    """A word that can follow an adjective as its noun: no stop word, no verb the word list knows only as a verb."""
    return word.isalpha() and word not in stop_words() and not verb_form(word)


def _head(doc: Any, i: int, end: int) -> Any | None:
    """The noun after the determiner at ``i``: past inflected adjectives ('de wijde omtrek', 'mijn nieuwe KPI')
    and the first parts of a compound written apart ('de yin yoga les')."""
    j = i + 1
    for _ in range(5):
        if j >= end or not _alpha(doc[j]):
            return None
        word = doc[j].lower_
        if word in stop_words() and not word.endswith(("e", "en")):
            return None  # 'haar zo goed': no noun after it (but 'mijn eigen hond': an adjective first)
        nxt = doc[j + 1] if j + 1 < end else None
        if word.endswith(("e", "en")) and doc[j].is_lower and nxt is not None and _noun_like(nxt.lower_):
            j += 1  # an adjective before the noun ('de wijde omtrek'), not a noun before its verb ('m'n aangifte doet')
            continue
        if nxt is None:
            return doc[j]
        compound = doc[j].is_lower and nxt.is_lower and _noun_like(nxt.lower_) and not _infinitive(doc, j + 1, end)
        if compound and (lexicon.known_noun(nxt.lower_) or lexicon.head(nxt.lower_) or not lexicon.known_noun(word)):
            j += 1  # a compound written apart: 'de yin yoga les', 'mijn personal trainer'; or a word before a
            # compound noun ('een nieuw geurboompje')
            continue
        return doc[j]
    return None


# Words after an infinitive that end its clause's object: 'een tafel krijgen bij ...', 'een taart bestellen voor ...'.
_AFTER_VERB = frozenset({"bij", "in", "op", "voor", "aan", "met", "naar", "uit", "om", "is", "was", "lukt", "kost"})


def _infinitive(doc: Any, k: int, end: int) -> bool:
    """Whether the word at ``k`` is a verb the word list knows, said as an infinitive after its object ('een tafel
    krijgen bij ...', 'een fiets kopen.'): not the last part of a compound written apart ('de yoga les')."""
    word = doc[k].lower_
    if not (word.endswith("en") and lexicon.is_verb(word)):
        return False
    after = doc[k + 1] if k + 1 < end else None
    return after is None or not after.is_alpha or after.lower_ in _AFTER_VERB


def _named_before(doc: Any, start: int, sold: set[str]) -> set[str]:
    """The things in ``sold`` that the text names before token ``start`` (as a word or a compound's head)."""
    return {w for w in sold for t in doc[:start] if t.lower_.endswith(w)}


def _name(noun: Any) -> bool:
    """A name of more capitalised words ('de Kamper Courant', 'het Rode Kruis'): a newspaper, a club or a place
    the joke mentions in passing, no thing to say back on its own ('Haha, de Kamper!')."""
    doc = noun.doc
    return bool(noun.text[:1].isupper() and noun.i + 1 < len(doc) and doc[noun.i + 1].is_title)


# Words that, right after a verb opening the sentence, are its subject ('Ligt het nog ...?').
_SUBJECTS = frozenset({"het", "'t", "hij", "ze", "zij", "die", "dat", "er", "ik", "je", "jij", "we", "wij", "u", "'m"})


def _subjectless(doc: Any, start: int) -> bool:
    """A sentence that opens with a finite verb and leaves out its subject ('Ligt nog op de Markt', 'Hangt nu
    boven de bank'): it goes on about what the sentence before named, and turns on nothing of its own."""
    first, second = doc[start], doc[start + 1]
    word = first.lower_
    return first.is_title and word.endswith("t") and verb_form(word) and second.lower_ not in _SUBJECTS


def _sold_before(doc: Any, start: int, sold: set[str]) -> Mention | None:
    """The first thing in ``sold`` the text names before token ``start``, with the determiner before it ('mijn
    saucijzenbroodje' → the writer's own); None when none is named there."""
    for token in doc[:start]:
        if any(token.lower_.endswith(w) for w in sold) and token.i > 0 and doc[token.i - 1].lower_ in _DETERMINERS:
            return noun_mention(doc[token.i - 1].lower_, token.lower_)
    return None


def _named_twice(doc: Any, sold: set[str]) -> set[str]:
    """The things in ``sold`` that the text names more than once (as a word or a compound's head)."""
    return {w for w in sold if sum(t.lower_.endswith(w) for t in doc) > 1}


# Prepositions that make the thing after them where the punchline happens ('bij de etalage', 'voor de deur').
_PLACES = frozenset({"bij", "voor", "naast", "achter", "tegenover", "onder", "boven"})


# Who the writer calls something ('gij zijt een gevaar voor ons huishoudbudget', 'jullie zijn echt een ramp voor mijn
# lijn'): the business addressed, and a linking verb.
_YOU = frozenset({"gij", "ge", "jij", "je", "jullie", "u", "gulle", "gullie"})
_LINKING = frozenset({"zijt", "bent", "zijn", "is", "blijft", "blijven", "waart", "was", "waren", "worden", "wordt"})


def _called(doc: Any, det: int) -> bool:
    """Whether the noun after the determiner at ``det`` is what the writer calls the business ('gij zijt een gevaar
    voor ons huishoudbudget'): no thing the joke turns on."""
    before = {t.lower_ for t in doc[max(0, det - 4) : det]}
    return bool(before & _YOU) and bool(before & _LINKING)


def _where(doc: Any, det: int, noun: Any) -> bool:
    """'Hoorde er eentje burlen bij de etalage': a common noun after a preposition of place is where the last line
    happens, not what it turns on (the line itself is said back); a name stays ('bij het Havenbedrijf'), and so does
    what a participle is done at ('ingeschreven bij de kookles': enrolled there, the turn)."""
    if det < 1 or doc[det - 1].lower_ not in _PLACES or not noun.text[:1].islower():
        return False
    return det < 2 or not participle(doc[det - 2].lower_)


def punch(doc: Any, sold: Iterable[str] = ()) -> Mention | None:
    """The thing the last sentence that names one turns on, else None; never a thing in ``sold`` that an
    earlier sentence named."""
    things = {s.lower() for s in sold}
    fixed = idiom_positions(doc)  # 'niet uit de droom helpen': a fixed phrase turns on no thing
    for start, end in reversed(_sentences(doc)[-_LAST_SENTENCES:]):
        # (and one the joke names twice: 'Zo'n lekkere appeltaart ... Nu nog een appeltaart die ...': its subject)
        if end - start > 2 and start > 0 and _subjectless(doc, start):
            continue  # 'Ligt nog op de Markt': it is the thing the sentence before named ('m'n kunstgebit')
        skip = _named_before(doc, start, things) | _named_twice(doc, things)
        turned = _turned(doc, start, end)
        for i in [*range(turned, end - 1), *range(start, turned)]:  # the thing after the turn first
            det = doc[i].lower_
            if det not in _DETERMINERS or (i > 0 and doc[i - 1].lower_ in _DETERMINERS):
                continue  # ('mijn haar zo goed': 'haar' after 'mijn' is the hair, no determiner of 'zo goed')
            noun = _head(doc, i, end)
            if noun is None or any(noun.lower_.endswith(w) or w.endswith(noun.lower_) for w in skip) or _name(noun):
                continue  # the thing sold, or its head: 'een brood' after 'het desembrood'
            if noun.i in fixed or _where(doc, i, noun) or _called(doc, i):
                continue
            if noun.i + 1 < end and doc[noun.i + 1].lower_ in _RELATIVE:
                continue  # 'nog een brood dat m'n belastingaangifte doet': the clause after it is the joke
            if noun.lower_ in fact_words().generic:
                # 'Zelfs de meeuwen weten waar het lekkerste spul ligt': a word for any thing stands for the thing
                # sold the joke named before ('mijn saucijzenbroodje'); with none, it is no thing to say back
                if (sold_before := _sold_before(doc, start, things)) is not None:
                    return sold_before
                continue
            mention = noun_mention(det, noun.lower_)
            if mention is None:
                continue
            # 'de Cauberg', 'het Havenbedrijf': as written (noun_mention marks it guessed already)
            return replace(mention, text=noun.text) if noun.text[:1].isupper() else mention
    return None
