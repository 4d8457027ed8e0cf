"""'verkocht' names the business being sold (a closure) only when the business is what is sold: goods the
business sold itself ('alleen spullen die ze zelf verkocht hebben') are no closure (resources/topics.toml
'voortbestaan' unless). Comments of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Ze zeggen dat die zaak enkel nog gsm's herstelt die ze zelf verkocht hebben.",
        "Volgens mijn buurvrouw ruilen ze alleen nog schoenen die ze verkocht hebben, met bonnetje.",
        "Ik hoorde dat ze enkel wasmachines onderhouden die bij hen verkocht zijn.",
    ],
)
def test_goods_the_business_sold_are_no_closure(text: str) -> None:
    assert not analyse_topics(text).closure


@pytest.mark.parametrize(
    "text",
    ["Ik hoorde dat de winkel verkocht is aan een keten.", "Klopt het dat de bakkerij verkocht wordt?"],
)
def test_the_business_sold_is_still_a_closure(text: str) -> None:
    # near miss: the shop itself is what is sold
    assert analyse_topics(text).closure
