"""A piece is no defect, an elided word is no quote mark, and a sum charged in disbelief is a price complaint
(app/nlp/topic_pieces.py pieces_not_broken, app/nlp/topic_quoted.py quoted_speech, app/nlp/topics.py
_amount_for_matcher)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Eclairs aan 2,10 euro het stuk?! Vorige maand nog 1,80. Waarom zo duur?",
        "Een stuk duurder dan vorig jaar, die zuurdesembroden.",
        "Hij beet op een steentje in het brood. Stuk van zijn kies eraf.",
    ],
)
def test_a_piece_is_no_defect(text: str) -> None:
    assert "defect" not in analyse_topics(text).problems


@pytest.mark.parametrize(
    "text",
    [
        "Mijn koffiemolen is alweer stuk, na twee weken.",
        "Is het stuk? Het scherm van mijn gsm blijft zwart.",  # 'het' is the subject here, after a verb
        "De rits van de jas ging meteen stuk.",
    ],
)
def test_broken_stays_a_defect(text: str) -> None:
    assert "defect" in analyse_topics(text).problems


def test_a_piece_of_metal_in_flemish_is_a_safety_matter() -> None:
    text = "In de worstenbroodjes zat een stukske glas. Mijn dochter heeft er gelukkig niet op gebeten."
    assert analyse_topics(text).safety


def test_an_elided_pronoun_opens_no_quote() -> None:
    """''k Heb ... 'k Kom': two apostrophes that elide 'ik' leave the thing between them a thing of the comment."""
    text = "'k Heb mijn step binnengebracht voor een nieuwe rem. 'k Kom hier niet meer terug."
    assert "step" in [p.text for p in analyse_topics(text).products]


@pytest.mark.parametrize(
    "text",
    [
        "45 euro hebben ze me aangerekend! Voor een simpele knipbeurt van tien minuten.",
        "€ 12 hebben ze mij gerekend om het af te halen?! Nooit meer.",
    ],
)
def test_a_sum_charged_in_disbelief_is_a_price_complaint(text: str) -> None:
    assert "prijs" in analyse_topics(text).problems


def test_a_sum_charged_told_calmly_is_no_price_complaint() -> None:
    text = "Ze hebben 30 euro gevraagd als voorschot voor de bruidstaart. De taart zelf viel tegen."
    assert "prijs" not in analyse_topics(text).problems
