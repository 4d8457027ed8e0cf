"""The number an occasion is said with (read for app.nlp.topic_occasion): an age turned ('mijn moeder werd 80', '90
jaar geworden'), an ordinal before the occasion ('onze 25e trouwdag', 'haar vijftigste'), a firm's years cheered ('25
jaar Claes & Zonen!'); and a number that is no age: a count with its unit ('werd 20 minuten later'), a feast's first
or second day, a year that dates another time."""

from __future__ import annotations

import re
from typing import Any

from app.domain.privacy_names import first_names
from app.domain.topics import TopicData
from app.nlp import lexicon
from app.nlp.reader_words import units
from app.nlp.topic_nouns import participle
from app.nlp.topic_words import MONTH_NAMES_SET, WRITTEN_AGES, WRITTEN_ORDINALS, ordinal

# ... and in dialect: Frisian and Limburgish "wordt" ("Heit wurdt zaterdag 80", "ós pap weurt 70"), Flemish and
# Brabant "werd" ("ons bomma wierd 90", "ons moeder weurd 80")
_BECOME = frozenset({"werd", "wordt", "worden", "werden", "wurdt", "weurt", "wuurt", "wierd", "weurd"})
# A number before these and another number is the start of a range ('3 à 5 werkdagen'), never an age
_RANGE = frozenset({"à", "a", "á", "tot", "-", "–"})


def in_a_year(doc: Any, start: int) -> bool:
    """Whether the clause before ``start`` dates it in a year ('die hij in 1978 kocht voor zijn 20ste verjaardag'):
    an occasion of another time than the one the comment is about."""
    for token in reversed(doc[max(0, start - 8) : start]):
        if token.is_punct:
            return False
        if re.fullmatch(r"(?:19|20)\d\d", token.text) and token.i > 0 and doc[token.i - 1].lower_ in {"in", "anno"}:
            return True
    return False


def ordinal_patterns(data: TopicData, occasion_lemmas: list[str]) -> list[list[dict[str, Any]]]:
    """An ordinal ('80ste', 'tachtigste', '10-jarig') before an occasion's word, or before a compound of one
    of its heads ('onze 50ste huwelijksverjaardag')."""
    ordinal_token = {"TEXT": {"REGEX": r"^\d{1,3}(?:ste|de|e|-jarige?)$"}}
    written = {"LOWER": {"IN": sorted(WRITTEN_ORDINALS)}}
    heads = "|".join(sorted({h for c in data.concepts if c.group == "occasion" for h in c.heads if h.isalpha()}))
    compound = {"LOWER": {"REGEX": rf"^[a-z]{{3,}}(?:{heads})$"}}
    nth = {"TEXT": {"REGEX": r"^\d{1,3}(?:ste|de|e)$"}}  # not '25-jarig huwelijksfeest': a jubilee (MARRIED)
    lemmas = {"LEMMA": {"IN": occasion_lemmas}}
    return [[ordinal_token, lemmas], [written, lemmas], [nth, compound], [written, compound]]


def feast_day(doc: Any, start: int, end: int) -> bool:
    """'eerste kerstdag', 'tweede paasdag', '2de pinksterdag': the name of a feast's first or second day."""
    number, _ = age_number(doc, start, end)
    return end - start == 2 and number in {1, 2} and doc[end - 1].lower_.endswith("dag")


def counted(doc: Any, start: int, end: int) -> bool:
    """'werd het 20 minuten later', 'werd ik 30 euro kwijt': a number with a unit (not years: an age) is no age;
    nor one before people or a plural noun it counts ('werden 2 mensen voor mij geholpen', 'werden 3 taarten'),
    one that starts a range ('werd 3 a 4 uur later ziek') or one after a verb form: what was said or promised
    ('er werd gezegd 3 à 5 werkdagen', 'werd beloofd 2 dagen'), not what someone turned; nor one with a partitive
    'er' between ('3 werkdagen beloofd, het werden er 12'): a count of a thing said before."""
    between = doc[start + 1 : end - 1] if doc[start].lower_ in _BECOME else []
    if any(participle(t.lower_) or lexicon.is_verb(t.lower_) or t.lower_ == "er" for t in between):
        return True
    if end >= len(doc):
        return False
    word = doc[end].lower_
    if word in _RANGE and end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].lower_ in WRITTEN_AGES):
        return True
    if word in units("time", "measures", "other", "people"):
        return True
    lemma = lexicon.known_noun(word)
    return bool(lemma) and lemma != word and word not in units("years") and word.endswith(("en", "s"))


def birthday_said(doc: Any, start: int, number: int) -> str:
    """The birthday of the ordinal after the possessive at ``start``, as the writer said it: 'vijftigste
    verjaardag', '50ste verjaardag'."""
    word = doc[start + 1].lower_
    return f"{word if word in WRITTEN_ORDINALS else ordinal(number)} verjaardag"


def age_number(doc: Any, start: int, end: int) -> tuple[int, str]:
    """(the number in a match, the written age word if it was written out)."""
    # a number before a month's name is a day, no age ('werd 24 juli 90 jaar': 90, not 24)
    dated = {t.i - 1 for t in doc[start + 1 : end + 1] if t.lower_ in MONTH_NAMES_SET}
    number = next(
        (int(re.sub(r"\D", "", t.text)) for t in doc[start:end] if re.match(r"^\d", t.text) and t.i not in dated), 0
    )
    written_word = next((t.lower_ for t in doc[start:end] if t.lower_ in WRITTEN_AGES), "")
    number = number or WRITTEN_ORDINALS.get(doc[start].lower_, 0) or WRITTEN_AGES.get(written_word, 0)
    number = number or WRITTEN_ORDINALS.get(doc[end - 1].lower_, 0)  # 'mijne vijftigste'
    return number, written_word


def age_patterns() -> list[list[dict[str, Any]]]:
    """The Matcher patterns of an age turned: '90 jaar geworden', 'werd zondag 90', 'werd 24 juli 90 jaar'."""
    age: dict[str, Any] = {"LOWER": {"REGEX": r"^(?:\d{1,3}(?:,5)?|" + "|".join(WRITTEN_AGES) + ")$"}}
    turned = {"LOWER": {"IN": sorted(_BECOME)}}
    return [
        [age, {"LOWER": "jaar"}, {"LOWER": {"IN": ["geworden", "oud", "werd", "wordt"]}}],
        # 'werd 90', 'werd zondag 90', 'werd vorige week 75'
        [turned, {"IS_ALPHA": True, "OP": "{0,2}"}, age],
        # 'werd precies op Moederdag 80', 'werd net op Kerstmis 75': the day named after one word more
        [turned, {"IS_ALPHA": True}, {"LOWER": "op"}, {"IS_ALPHA": True}, age],
        # 'werd 24 juli 90 jaar', 'wordt op 3 mei 80': the date said between (the day is no age, see age_number)
        [
            turned,
            {"LOWER": "op", "OP": "?"},
            {"LOWER": {"REGEX": r"^\d{1,2}$"}},
            {"LOWER": {"IN": sorted(MONTH_NAMES_SET)}},
            age,
        ],
        [age, {"LOWER": {"IN": ["geworden", "werd", "wordt"]}}],
        # 'Mien moeke is zundag 90 worden' (Gronings, Drents: the participle without 'ge-'); not 'gaat 90 worden'
        # ... and Frisian 'Mem is sneon 70 wurden'
        [
            {"LOWER": {"IN": ["is", "was"]}},
            {"IS_ALPHA": True, "OP": "{0,2}"},
            age,
            {"LOWER": {"IN": ["worden", "wurden"]}},
        ],
        [{"LOWER": "jarig"}, {"OP": "?"}, age],
    ]


# What cheers an age said without a verb ('mijn vader 75 jaar 🎉', 'Mama 80 jaar!'): no mere description of someone
# ('mijn zoon (12 jaar) wou ...').
_CHEERS = ["!", "!!", "!!!", "🎉", "🥳", "🎂", "🎈", "🎊", "🍾", "🥂"]


def kin_age_patterns(kin: frozenset[str]) -> list[list[dict[str, Any]]]:
    """The Matcher patterns of one of the writer's people with an age cheered, without a verb: 'Vaderdag én mijn vader
    75 jaar 🎉', 'ons moeder 90 jaar!' (``kin``: the writer's people, resources/topics.toml)."""
    age: dict[str, Any] = {"LOWER": {"REGEX": r"^(?:\d{1,3}|" + "|".join(WRITTEN_AGES) + ")$"}}
    return [[{"LOWER": {"IN": sorted(kin)}}, age, {"LOWER": "jaar"}, {"TEXT": {"IN": _CHEERS}}]]


def add_age_rules(matcher: Any, kin: frozenset[str]) -> None:
    """The Matcher rules of an age turned ('AGE') and of one of the writer's people with an age cheered ('KIN_AGE')."""
    matcher.add("AGE", age_patterns())
    matcher.add("KIN_AGE", kin_age_patterns(kin))


def named_years(doc: Any, start: int, end: int, number: int) -> bool:
    """'25 jaar Claes & Zonen!': five years or more and a name that opens the comment or a sentence and ends in
    '!' within a few words: a firm or club cheering its jubilee. Not a first name ('10 jaar Mees!': a child's
    birthday) nor a word of the language ('20 jaar Geleden'), nor a sentence that goes on ('25 jaar Albert Heijn
    en nu met pensioen')."""
    opens = start == 0 or doc[start - 1].text[-1:] in {".", "!", "?"} or doc[start - 1].is_space
    name = doc[end - 1].lower_
    followed = end < len(doc) and doc[end].is_title  # 'Bakkerij Claes', 'Garage Hermans': a name after a word
    known = name in first_names()[0] | first_names()[1] or (lexicon.is_word(name) and not followed)
    cheered = next((t.text for t in doc[end : end + 4] if t.is_punct), "") == "!"
    return opens and number >= 5 and not known and cheered
