"""The people of a thank-you: the writer's own to greet (not one only remembered or who typed it, not the business's own
people), the aids they came with, and the staff a compliment names to pass it on to, a name compared however a
writer stretches it ('Sevdaaaa')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from app.domain.datafile import read_toml
from app.domain.draft_loyal import asked_after
from app.domain.draft_named_thing import in_named_brand
from app.domain.profile import FaqItem
from app.domain.textnorm import sentences
from app.domain.topics import TopicAnalysis, article_of, shipped_topic_data
from app.errors import DataFileError
from app.resources import resource_path


def greeted_only(topics: TopicAnalysis, signed: str = "") -> TopicAnalysis:
    """``topics`` without the writer's people named only in a memory or as who typed the comment ('Net als
    vroeger bij mijn vader', 'mijn kleindochter heeft dit getypt'): no greeting, no 'de zorg voor je vader';
    a grief keeps them (the condolence names whom the writer lost). Without the name the writer ``signed``
    with too: no one to greet or pass praise on to."""
    if signed:
        topics = replace(topics, names=tuple(n for n in topics.names if plain_name(n) != plain_name(signed)))
    if topics.occasion == "rouw" or not set(topics.people) & set(topics.ungreeted):
        return topics
    people = tuple(p for p in topics.people if p not in topics.ungreeted)
    return replace(topics, people=people, company=topics.company and topics.people[:1] == people[:1])


def plain_name(name: str) -> str:
    """A name as compared, in any spelling a writer stretches it to: 'Sevdaaaa', 'SEVDAA' → 'sevda'."""
    lower = re.sub(r"(\w)\1{2,}", r"\1\1", name.lower())
    return re.sub(r"([aeiouy])\1+$", r"\1", lower)


def writers_own(topics: TopicAnalysis, signed: str, business: str, signers: Iterable[str]) -> TopicAnalysis:
    """``topics`` with only the writer's own people to greet (:func:`greeted_only`, :func:`not_our_kin`) and
    without the aids they came with (:func:`without_aids`)."""
    return without_aids(not_our_kin(greeted_only(topics, signed), business, signers))


def not_our_kin(topics: TopicAnalysis, business: str, signers: Iterable[str]) -> TopicAnalysis:
    """``topics`` without the business's own people among the writer's ('Lieve Ayşe en Emre, ...' to a bakery
    Ayşe and Emre run): whom the writer addresses is no child or pet to thank for or greet; nor is one of them a
    thing when written in lower case."""
    own = {plain_name(w) for w in business.split()} | {plain_name(s) for s in signers}
    kin = tuple(k for k in topics.kin if plain_name(k) not in own)
    topics = topics if kin == topics.kin else replace(topics, kin=kin)
    # one of the business's people written in lower case ('delano is een kunstenaar' to a salon Delano works for)
    # is that person by name, no thing praised
    team = {plain_name(s): s.strip().split()[0] for s in signers if s.strip()}
    named = [team[plain_name(p.text)] for p in topics.products if plain_name(p.text) in team]
    if not named:
        return topics
    things = tuple(p for p in topics.products if plain_name(p.text) not in team)
    return replace(topics, products=things, names=tuple(dict.fromkeys((*topics.names, *named))))


@lru_cache(maxsize=1)
def _aids() -> frozenset[str]:
    """The aids a writer or their people come with (resources/praise.toml 'aids': rolstoel, rollator ...)."""
    path = resource_path("praise.toml")
    words = read_toml(path).get("aids", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise DataFileError(str(path), "'aids' moet een lijst met woorden zijn", "aids")
    return frozenset(w.strip().lower() for w in words)


def without_aids(topics: TopicAnalysis) -> TopicAnalysis:
    """``topics`` without the aids the writer or their people came with ('in haar rolstoel'): the business did
    not make them, so the thanks is not for them ('blij met de rolstoel')."""
    keep = tuple(p for p in topics.products if p.text.lower() not in _aids())
    praised = tuple(p for p in topics.praised if p.text.lower() not in _aids())
    return topics if len(keep) == len(topics.products) else replace(topics, products=keep, praised=praised)


# A sentence where it did not go well with the aid: 'de drempel is te hoog voor mijn rolstoel', 'maar ...'.
_NOT_WELL = re.compile(
    r"\b(?:niet|geen|nooit|helaas|jammer|maar|alleen|lastig|moeilijk|probleem)\b|\bte\s+\w+(?<!en)\b", re.I
)  # "te hoog", not "om te parkeren"


_MINE = frozenset({"mijn", "m'n", "mn"})


def aid_said(text: str, poss: str) -> str:
    """The aid the writer or their people came with, where it went well, as said back: 'uw rolstoel' for 'met mijn
    rolstoel', 'de rollator' for 'haar rollator'; '' when none is named or not in a sentence that went well."""
    for sentence in sentences(text):
        words = re.findall(r"[\w']+", sentence.lower())
        at = next((i for i, w in enumerate(words) if w in _aids()), -1)
        if at < 0 or _NOT_WELL.search(sentence) or asked_after(sentence):  # 'naar mijn man in de rolstoel vroeg'
            continue
        aid = words[at]
        return f"{poss} {aid}" if at > 0 and words[at - 1] in _MINE else f"{article_of(aid)} {aid}"
    return ""


def staff_named(
    topics: TopicAnalysis,
    author: str,
    business: str,
    signers: Iterable[str],
    text: str = "",
    faq: Iterable[FaqItem] = (),
    team: Iterable[str] = (),
) -> list[str]:
    """The staff a compliment names, to pass it on to: the names found, not the writer's own people, not the
    writer ('@coco_de_poedel') and not the one who signs the reply ('Dankjewel Sevdaaaa' to Sevda), each once; a
    co-owner who does not sign this reply is passed the compliment like anyone of the staff; not a name that is part
    of a make the ``faq`` names too ('de vegan lijn van Maria Nila' in ``text``). One of the business's ``team`` is
    theirs whatever handle the writer has ('febe_superfan' praising Febe)."""
    author_words = {plain_name(w) for w in re.split(r"[\s_.\-@]+", author) if w}
    if " " not in author.strip():  # a handle, not the writer's own full name
        author_words -= {plain_name(t) for t in team}
    own = {plain_name(w) for w in business.split()} | {plain_name(s) for s in signers}
    staff = [n for n in topics.names if plain_name(n) not in author_words | own and n not in topics.kin]
    staff = [n for n in staff if not in_named_brand(n, text, faq) and n not in _listed_kin(text)]
    # 'onze collega Harrie Gielen': the surname after one of the writer's own is theirs, no one of the staff
    staff = [n for n in staff if not any(re.search(rf"\b{re.escape(k)}\s+{re.escape(n)}\b", text) for k in topics.kin)]
    return [n for i, n in enumerate(staff) if plain_name(n) not in {plain_name(m) for m in staff[:i]}]


def _listed_kin(text: str) -> set[str]:
    """The names listed after a colon that follows one of the writer's people ('voor de kleinkinderen klaaskoeken
    besteld met hun naam erop: Lotte, Wannes en Fien') and a newborn named with its weight ('Daan, 3420 gram'): the
    writer's own, no staff to pass praise on to."""
    known = shipped_topic_data().concept("naaste")
    words = {t for t in known.terms if " " not in t} if known is not None else set()
    found: set[str] = set()
    for sentence in sentences(text):
        before, colon, after = sentence.partition(":")
        if not colon or not set(re.findall(r"[\w']+", before.lower())) & (words | {"kinderen", "kids", "geboren"}):
            continue
        listed = re.match(r"\s*((?:[A-Z][\w'-]+\s*(?:,|\ben\b|&)\s*)*[A-Z][\w'-]+)", after)
        found |= set(re.findall(r"[A-Z][\w'-]+", listed.group(1))) if listed else set()
    # 'Daan, 3420 gram', 'Fien (52 cm)': a newborn by weight or length
    return found | set(re.findall(r"\b([A-Z][\w'-]+),?\s*\(?\d{2,4}\s*(?:gram|gr|g|cm)\b", text))
