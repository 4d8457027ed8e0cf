"""The things a compliment praises, as the draft says them back: only words that name something, with what the
writer singles out of the whole ('Het menu was top, vooral de dame blanche'), a kind word taken to its noun
('een tweedehands driewieler' → the driewieler) and the kind of thing each is (app.nlp.topic_kind)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from app.domain.draft_praise_held import praise_list
from app.domain.topics import Mention
from app.domain.words import RECORDS, alternation, whole_word
from app.nlp.topic_coordinated import truncated_joined
from app.nlp.topic_echoed import echoed, pointed_back
from app.nlp.topic_kind import with_kind
from app.nlp.topic_nouns import DETERMINERS, names_nothing, noun_after_modifier, noun_mention
from app.nlp.topic_singled import singled_out
from app.nlp.topic_words import person_word


def praised_things(doc: Any, things: tuple[Mention, ...], products: Any) -> tuple[Mention, ...]:
    """The praised ``things`` found by their place, as the draft names them, with the thing the comment comes back
    to ('met een glittervlecht ... Nu wil ze elke dag vlechten', app.nlp.topic_echoed) when there is room."""
    named = _put_on(doc, _whole_names(_heads(doc, _named(things, doc, products)), products), products)
    named = named or _meal_listed(doc, products)
    echo = echoed(doc) or (pointed_back(doc) if not named else None) or _fond_of(doc)
    if echo is not None and len(named) < 2 and all(echo.text != t.text for t in named):
        named = (*named, echo)
    return truncated_joined(doc.text, with_kind(doc, named))  # 'de baard- en knipbehandeling' as one thing


def _named(things: tuple[Mention, ...], doc: Any, products: Any) -> tuple[Mention, ...]:
    """The things found by their place that name something ('erop', 'hoeveel' do not); what the writer singles
    out of the whole praised ('Het menu was top, vooral de dame blanche') after it (app.nlp.topic_singled)."""
    things = tuple(t for t in things if not (t.guessed and " " not in t.text and names_nothing(t.text)))
    things = tuple(
        t for t in things if not ((t.guessed or _own_made(doc.text, t.text)) and _made_into(doc.text, t.text))
    )
    singled = [t for t in singled_out(doc, products) if all(t.text != w.text for w in things[:1])]
    return (*things[:1], *singled)[:2] if singled else things


def _whole_names(things: tuple[Mention, ...], products: Any) -> tuple[Mention, ...]:
    """A thing guessed at a word of a product's name of more words, as said in the comment, is that product ('een
    dame blanche met een sterretje' → the dame blanche, not 'de blanche'; 'de spaghetti carbonara')."""
    whole = {w.lower(): p for p in products if " " in p.text for w in p.text.split() if len(w) > 3}
    return tuple(
        replace(whole[t.text.lower()], own=t.own, wished=t.wished) if t.guessed and t.text.lower() in whole else t
        for t in things
    )


def _meal_listed(doc: Any, products: Any) -> tuple[Mention, ...]:
    """'bij jullie geluncht: pompoensoep en een broodje wildpaté 😋': what the writer lists after a colon behind a
    word of eating (resources/praise.toml 'meals_had') is what they had and praise, up to two things, in the order
    listed; () without such a list."""
    had = set(praise_list("meals_had"))
    for colon in (t for t in doc if t.text == ":" and t.i > 0 and doc[t.i - 1].lower_ in had):
        end = next((t.i for t in doc[colon.i + 1 :] if t.text in {".", "!", "?"}), len(doc))
        listed = {t.lower_: t.i for t in doc[colon.i + 1 : end]}
        found = sorted((listed[p.text.lower()], p) for p in products if p.text.lower() in listed)
        if found:
            return tuple(p for _, p in found[:2])
    return ()


def _put_on(doc: Any, things: tuple[Mention, ...], products: Any) -> tuple[Mention, ...]:
    """'een tandem gehuurd ... Jurre had er zelfs een strik op gedaan': a thing guessed as what was put on, in or
    with something ('er een strik op', 'er een kaartje bij') comes after the product the writer said they rented,
    bought or ordered before it (resources/praise.toml 'acquired'), which is praised first; without such a verb
    ('gevierd met jullie pièce montée ... er een duiveltje op gezet') the things stay as found."""
    if len(things) != 1 or not things[0].guessed or not _put_on_pattern(things[0].text).search(doc.text):
        return things
    at = next((t.i for t in doc if t.lower_ == things[0].text.lower()), len(doc))
    acquired = set(praise_list("acquired"))
    for p in products:
        if p.guessed or p.text == things[0].text:
            continue
        said = next((t.i for t in doc[:at] if t.lower_ == p.text.lower()), None)
        # (a few words may stand between: 'een aardbeientaart bij jullie gehaald')
        if said is not None and any(t.lower_ in acquired for t in doc[said + 1 : said + 5]):
            return (p, things[0])
    return things


@lru_cache(maxsize=256)
def _put_on_pattern(word: str) -> re.Pattern[str]:
    """The word as what was put on or with something named before ('er een strik op', 'er een kaartje bij')."""
    return re.compile(
        rf"\ber\s+(?:\w+\s+){{0,2}}(?:een|nog\s+een)\s+(?:\w+\s+)?{re.escape(word)}\s+(?:op|bij|aan|in)\b", re.I
    )


def _made_into(text: str, word: str) -> bool:
    """'Marieke maakte er zo'n feestje van': what the work was made into, said only so, is no thing made."""
    said = len(whole_word(word).findall(text))
    return said > 0 and len(_into_pattern(word).findall(text)) == said


def _own_made(text: str, word: str) -> bool:
    """'mijn moeder heeft er een foto van gemaakt': what the writer's own made of it, no work of the business; so
    are the photos or a film anyone took of it ('de neven hebben er filmpjes van gemaakt')."""
    return bool(_own_into_pattern(word).search(text)) or _record(word)


def _record(word: str) -> bool:
    """'foto's', 'filmpjes', 'video': a record of the thing (app.domain.words.RECORDS), by its noun."""
    plain = re.sub(r"(?:'s|’s|s|en|tjes|jes|tje|je)$", "", word.lower())
    return any(plain in (r, f"{r}p") for r in RECORDS)  # 'filmp-jes'


@lru_cache(maxsize=256)
def _own_into_pattern(word: str) -> re.Pattern[str]:
    """The writer or the writer's own before the word as what was made ('ik heb er een foto van'), compiled once."""
    own = r"\b(?:ik|we|wij|mijn|m'n|mn|onze|ons)\b[^.!?,;]{0,30}?"
    return re.compile(rf"{own}\ber\s+(?:een|zo'n|zo\s+een)\s+(?:\w+\s+)?{re.escape(word)}\s+van\b", re.I)


@lru_cache(maxsize=256)
def _into_pattern(word: str) -> re.Pattern[str]:
    """The word as what something was made into ('er een feestje van'), compiled once."""
    # a record needs no article ('er foto's van', 'er filmpjes van'), a thing made of it does ('er een feestje van')
    det = r"(?:(?:een|zo'n|zo\s+een)\s+)?" if _record(word) else r"(?:een|zo'n|zo\s+een)\s+"
    return re.compile(rf"\ber\s+{det}(?:\w+\s+)?{re.escape(word)}\s+van\b", re.I)


def _heads(doc: Any, things: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """'een tweedehands driewieler': a thing found at a word that only says what kind the next noun is
    is that noun."""
    return tuple(_head(doc, thing, things) for thing in things)


def _head(doc: Any, thing: Mention, things: tuple[Mention, ...]) -> Mention:
    at = next((t.i for t in doc if t.lower_ == thing.text), None)
    noun = noun_after_modifier(doc, at, loose=thing.guessed) if at is not None else None
    if noun is None or at is None:
        return thing
    det = doc[at - 1].lower_ if at > 0 and doc[at - 1].lower_ in DETERMINERS else ""
    head = noun_mention(det, noun.lower_)
    if head is None or any(t.text == head.text for t in things):
        return thing
    return replace(head, own=thing.own, wished=thing.wished)


# Pointing words and the business's own before the thing ('die soesjes', 'jullie wafels'), as an article.
_POINTING_OR_YOURS = {"die": "de", "deze": "de", "dat": "het", "dit": "het", "jullie": "de", "uw": "de", "je": "de"}


@lru_cache(maxsize=1)
def _fond_pattern() -> re.Pattern[str]:
    """'weg van', 'zot van', 'gek op' (resources/praise.toml 'fond_of') before a determiner, compiled once."""
    words = alternation(praise_list("fond_of"), spaced=True)
    return re.compile(rf"\b(?:{words})\s+(?P<det>\w+)\s+(?P<ding>[^\W\d_]{{3,}})\b", re.I)


def _fond_of(doc: Any) -> Mention | None:
    """'Iedereen was weg van die soesjes' → the soesjes: what everyone was crazy about, said after the phrase; None
    when no noun of a thing follows it (a name, a person, 'weg van huis')."""
    for found in _fond_pattern().finditer(doc.text):
        det, word = found.group("det").lower(), found.group("ding")
        if (det not in DETERMINERS and det not in _POINTING_OR_YOURS) or not word.islower() or person_word(word):
            continue
        return noun_mention(_POINTING_OR_YOURS.get(det, det), word)
    return None
