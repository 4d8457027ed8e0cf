"""The Matchers the topic finder runs besides the concept patterns: an amount charged ('€12,50 voor een band plakken',
'38 euro hebben ze mij gevraagd'), sold out ('hadden geen croissants meer') and the writer's own sum back ('mijn
14 euro terug')."""

from __future__ import annotations

from typing import Any

from app.domain.words import MINE_OR_OURS
from app.nlp.reader_words import reader_words


def _amount_for_matcher(vocab: Any) -> Any:
    """'€12,50 voor een band plakken??': the amount with its sign before it, as 'euro voor een' is after it."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    sum_ = {"TEXT": {"REGEX": r"^\d+(?:[.,]\d{1,2}|,-)?$"}}
    whole = {"LOWER": {"IN": ["een", "het", "de", "1", "één", "2", "3"]}}
    matcher.add("prijs", [[{"ORTH": "€"}, sum_, {"LOWER": "voor"}, whole]])
    # '38 euro hebben ze mij gevraagd!', 'vroegen ze € 15?!': the sum with a verb of charging in its clause
    charged = {"LOWER": {"IN": sorted(reader_words()["paid"]["charged"])}}
    gap: dict[str, Any] = {"IS_PUNCT": False, "OP": "{0,4}"}
    coin = {"LOWER": {"IN": ["euro", "eur", "euros", "euro's"]}}
    sign: dict[str, Any] = {"ORTH": "€"}
    sums: list[list[dict[str, Any]]] = [[sign, sum_], [sum_, coin], [sign, sum_, coin]]
    matcher.add("prijs", [[*said, gap, charged] for said in sums] + [[charged, gap, *said] for said in sums])
    return matcher


def _gone_matcher(vocab: Any) -> Any:
    """'er waren al geen pistolets meer', 'hadden geen croissants meer': sold out (the thing checked in _match)."""
    from spacy.matcher import Matcher

    gone = Matcher(vocab)
    had = {"LOWER": {"IN": ["was", "waren", "had", "hadden", "is", "zijn", "hebben", "heeft", "lag", "lagen"]}}
    already = {"LOWER": {"IN": ["al", "alweer", "reeds", "er", "ook", "toen", "dan"]}, "OP": "*"}
    thing = {"IS_ALPHA": True, "OP": "{1,2}"}
    no = {"LOWER": {"IN": ["geen", "gene", "genen"]}}  # 'al gene croissant meer': the Flemish 'geen' too
    gone.add("uitverkocht", [[had, already, no, thing, {"LOWER": "meer"}]])
    gone.add("uitverkocht", [[{"LOWER": {"IN": ["al", "alweer"]}}, no, thing, {"LOWER": "meer"}]])
    return gone


def _sum_back_matcher(vocab: Any) -> Any:
    """'Ik wil gewoon mijn 14 euro terug', 'onze € 60 nu eens terug': the writer's own sum back is money back, also
    without the word 'geld' (not the change handed back: 'ik kreeg 5 euro terug' names no owner)."""
    from spacy.matcher import Matcher

    own = {"LOWER": {"IN": sorted(MINE_OR_OURS)}}
    num: dict[str, Any] = {"LIKE_NUM": True, "OP": "?"}
    coin = {"LOWER": {"IN": ["euro", "eur", "€", "centen", "euros", "euro's"]}}
    between = {"IS_ALPHA": True, "OP": "{0,3}"}  # 'mijn € 23,50 nu eindelijk terug'
    matcher = Matcher(vocab)
    matcher.add("terugbetaling", [[own, num, coin, num, between, {"LOWER": "terug"}]])
    return matcher
