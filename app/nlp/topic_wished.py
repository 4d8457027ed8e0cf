"""What a suggestion says is missing, as the writer named it: 'waarom geen spelt krentenbollen??', 'er was
geen glutenvrij brood bij de soep', 'Only thing missing: een kindermenu', 'de kaasplank ontbreekt'.

The thing is a noun phrase after 'geen' or a word for missing, in a sentence that marks a wish or a minus
point (or just before a sentence with 'zou'); its last word must be a thing the business could make or
sell (a product of the lexicon, or a compound noun), so 'geen moment spijt' or 'geen enkel
probleem' name nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.nlp import lexicon
from app.nlp.token_span import around

# Words that open what is missing.
_NONE = frozenset({"geen", "géén", "geeneens", "gene", "genen"})  # and the Flemish "gene", "genen"
_MISSING = frozenset({"missing", "mis", "mist", "miste", "missen", "misten", "ontbreekt", "ontbrak", "ontbreken"})
# Words that mark a sentence as a wish or a minus point, not praise ('geen moment spijt').
_CUES = frozenset(
    {
        "waarom",
        "jammer",
        "spijtig",
        "zonde",
        "helaas",
        "puntje",
        "minpuntje",
        "minpunt",
        "nadeel",
        "nadeeltje",
        "alleen",
        "maar",
        "enige",
        "only",
        "idee",
    }
    | {"tip", "suggestie", "wens", "graag", "misschien", "wellicht", "zou", "zouden"}
    | _MISSING
)
# Words a missing thing's phrase is not built from: fillers before it and words that end it.
_SKIP = frozenset({"een", "nog", "ook", "echt", "eens", "gewoon", "eigenlijk", "wat", "de", "het", "meer", ":"})
_ENDS = frozenset({"bij", "op", "in", "voor", "met", "van", "aan", "te", "om", "als", "want", "en", "of"}) | frozenset(
    {"hebben", "heeft", "zijn", "is", "was", "waren"}  # 'geen vegan desserts hebben': the verb ends the thing
)
_LONGEST = 4
_CLAUSE = frozenset({",", "want", "omdat", "die", "dat", "doordat"})


def _ends_sentence(token: Any) -> bool:
    return token.text in {".", "!", "?"} or (not any(ch.isalnum() for ch in token.text) and token.text > "\u2600")


def _sentence(doc: Any, i: int) -> tuple[int, int]:
    return around(doc, i, i, _ends_sentence)


def _cue_before(doc: Any, i: int) -> bool:
    """'jammer dat', 'enige minpunt dat': the clause word at ``i`` goes on with the cue right before it."""
    return i > 0 and doc[i - 1].lower_ in _CUES - {"maar", "zou", "zouden"}


def _product(word: str, products: Mapping[str, str]) -> bool:
    """A thing: a product of the lexicon or a compound noun ('koffieautomaat', 'leenauto'), not a plain
    abstract noun ('moment', 'probleem')."""
    noun = lexicon.noun(word)
    return bool(noun) and (noun in products or word in products or bool(lexicon.head(word)))


def _phrase(doc: Any, at: int, products: Mapping[str, str]) -> str:
    """The noun phrase from ``at``: 'een kindermenu', 'spelt krentenbollen'; '' without a thing at its end."""
    words: list[str] = []
    for token in doc[at : at + _LONGEST + 3]:
        lower = token.lower_
        if not words and lower in _SKIP:
            words += ["een"] if lower == "een" else []
            continue
        if not token.is_alpha or lower in _ENDS or lexicon.is_verb(lower) or len(words) > _LONGEST:
            break
        words.append(token.text if token.text.isupper() and len(token.text) > 1 else lower)
    while words and not _product(words[-1].lower(), products):
        words.pop()
    return " ".join(words) if words and words != ["een"] else ""


def missed(doc: Any, products: Mapping[str, str]) -> str:
    """What the writer misses, as said ('spelt krentenbollen', 'een kindermenu', 'glutenvrij brood'); ''."""
    for token in doc:
        lower = token.lower_
        if lower not in _NONE and lower not in _MISSING:
            continue
        start, end = _sentence(doc, token.i)
        # the clause: 'graag een vegetarische variant, want drie collega's eten geen vlees' wishes no meat
        # ('jammer dat er geen ...': the cue's own clause goes on after its 'dat')
        start = max([start, *(t.i for t in doc[start : token.i] if t.lower_ in _CLAUSE and not _cue_before(doc, t.i))])
        # 'géén' written with stress marks the absence by itself ('en dan géén kaasfondue op de kaart')
        before = [t.lower_ for t in doc[start : token.i]] + ([lower] if lower in _MISSING else [])
        cued = token.text.lower() == "géén" or bool(_CUES.intersection(before))
        # 'er was geen glutenvrij brood. Zou mooi zijn als ...': the wish in the next sentence
        cued = cued or any(t.lower_ in {"zou", "zouden"} for t in doc[end : end + 4])
        if not cued:
            continue
        thing = _phrase(doc, token.i + 1, products)
        if thing:
            return thing
    return _tipped(doc) or _asked_along(doc)


# Words that open a tip after a colon: 'Eén tip: hang een pomp buiten', 'Idee: een kindermenu ...'.
_TIP_CUES = frozenset({"tip", "tipje", "idee", "ideetje", "suggestie", "wens", "voorstel"})
_THERE = frozenset({"er", "ook", "eens", "nog"})  # between the imperative and the thing: 'verstop er een ...'
_ARTICLES = frozenset({"een"})  # a new thing wished for ('Tip: de pauze is te kort' names no thing to add)
# Words of quantity before the thing itself: 'een paar bankjes', 'een aantal stoelen'.
_QUANTITY = frozenset({"paar", "aantal", "stel", "stuk", "soort", "klein", "kleine", "extra"})


def _noun(word: str) -> bool:
    """A noun the word list knows that is no verb form ('pomp', 'fietsenrekje'; not 'hang')."""
    return bool(lexicon.noun(word)) and not lexicon.is_verb(word)


def _tipped(doc: Any) -> str:
    """The thing a tip names first: 'Eén tip: hang een pomp buiten aan de gevel' → 'een pomp', 'Idee: een
    kindermenu zonder frietjes' → 'een kindermenu' (after the cue and its colon, at most one word, the
    imperative, before the article); any noun the word list knows, as the colon says a wish follows."""
    for token in doc[:-3]:
        if token.lower_ not in _TIP_CUES or doc[token.i + 1].text != ":":
            continue
        at = token.i + 2
        while doc[at].lower_ not in _ARTICLES and at + 2 < len(doc) and doc[at + 1].lower_ in _THERE:
            at += 1  # 'stop er een verrassing in', 'zet er ook een bankje bij'
        if doc[at].lower_ not in _ARTICLES and at + 1 < len(doc) and doc[at + 1].lower_ in _ARTICLES:
            at += 1  # 'hang een pomp', 'zet een bankje'
        if doc[at].lower_ not in _ARTICLES or at + 1 >= len(doc):
            continue
        words = [doc[at].lower_]
        for t in doc[at + 1 : at + 1 + _LONGEST]:
            if not t.is_alpha or t.lower_ in _ENDS:
                break
            words.append(t.lower_)
            if _noun(t.lower_) and t.lower_ not in _QUANTITY:
                break  # the head: 'een pomp', 'een klein pannetje'

        while len(words) > 1 and not _noun(words[-1]):
            words.pop()
        if len(words) > 1:
            return " ".join(words)
    return ""


def _asked_along(doc: Any) -> str:
    """A short question that asks for a thing along with what is there: 'Fietsenrekje erbij?' → 'een
    fietsenrekje'; '' otherwise."""
    for token in doc[:-2]:
        opens = token.i == 0 or _ends_sentence(doc[token.i - 1])
        along = doc[token.i + 1].lower_ in {"erbij", "ernaast", "erbij?"} and doc[token.i + 2].text == "?"
        word = token.lower_
        if opens and along and token.is_alpha and _noun(word):
            return f"een {word}" if lexicon.noun(word) == word or word.endswith("je") else word
    return ""
