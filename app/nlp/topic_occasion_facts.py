"""The facts said beside an occasion, kept apart from the one occasion the comment is about: the ages and the
years a birthday or a wedding counts ('mijn moeder werd 80', 'onze 25ste trouwdag', '40 jaar getrouwd').

An age is only taken with a word that makes it a day to celebrate: werd/geworden/jarig, an ordinal before
'verjaardag' or 'trouwdag', an ordinal of one's own ('mijn 30ste!'), or 'jaar getrouwd'. A bare age ('mijn
moeder (84)', 'mijn hond van 12 jaar oud') is a fact about someone, not an occasion: never congratulated."""

from __future__ import annotations

from app.nlp.reader_words import reader_words
from app.nlp.topic_match import Matches
from app.nlp.topic_occasion import OccasionFinder, _alone
from app.nlp.topic_occasion_age import age_number, counted, feast_day, in_a_year
from app.nlp.topic_words import WRITTEN_AGES, WRITTEN_ORDINALS

WRITTEN = frozenset(WRITTEN_AGES) | frozenset(WRITTEN_ORDINALS)

# The heads an ordinal counts the years of ('80ste verjaardag', '25ste trouwverjaardag', '40e trouwdag').
_COUNTED_DAYS = ("verjaardag", "trouwdag")


def occasion_ages(finder: OccasionFinder, m: Matches) -> tuple[tuple[str, str], ...]:
    """The ages and wedding years said with a word that makes them a day to celebrate, in the order said, each
    once, as (number, the word the writer said it with): (('80', '80'),) of 'Mama werd 80 en we vierden de 80ste
    verjaardag', (('6', 'zesde'),) of 'zijn zesde verjaardag'."""
    doc = m.doc
    ages: dict[str, str] = {}
    found = finder.matcher(doc)
    for match_id, start, end in found:
        rule = finder.nlp.vocab.strings[match_id]
        words = [t.lower_ for t in doc[start:end]]
        if any("," in w for w in words):
            continue  # '2,5 jaar geworden': no day counted
        if rule == "ORDINAL_OCCASION" and in_a_year(doc, start) and any(s >= end for _, s, _ in found):
            continue  # 'in 1978 gekocht voor zijn 20ste verjaardag, opgeknapt voor zijn 76ste': an age long ago
        if rule == "AGE":
            # 'werd 80', 'jarig, 40!': resources/topic_readers.toml [occasion] became; not 'wordt' nor 'oud'
            taken = bool(reader_words()["occasion"]["became"] & set(words)) and not counted(doc, start, end)
        elif rule == "ORDINAL_OCCASION":
            taken = words[-1].endswith(_COUNTED_DAYS) and not feast_day(doc, start, end)
        elif rule in {"OWN_ORDINAL", "THE_ORDINAL"}:
            # 'mijn 30ste!', 'de 80ste van ons moeder': a birthday; not 'opnieuw getrouwd op mijn 52ste' (at an age)
            taken = _alone(m, rule, start, end) and not (start > 0 and doc[start - 1].lower_ == "op")
        else:
            taken = rule == "MARRIED"
        number, _ = age_number(doc, start, end)
        written = next((t.lower_ for t in doc[start:end] if t.lower_ in WRITTEN), "")
        if taken and 1 < number < 120:
            ages.setdefault(str(number), written or str(number))
    return tuple(ages.items())
