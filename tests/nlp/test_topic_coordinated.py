"""Words cut short by a hyphen, joined to a product: 'een baard- en knipbehandeling' (app/nlp/topic_coordinated.py)."""

from __future__ import annotations

from app.domain.topics import Mention
from app.nlp.topic_coordinated import truncated_joined


def test_a_cut_word_is_joined_to_the_product_it_shares_its_end_with() -> None:
    text = "Gisteren een was- en föhnbeurt gehad, heerlijk."
    joined = truncated_joined(text, (Mention("was-"), Mention("föhnbeurt")))
    assert joined == (Mention("was- en föhnbeurt"),)
    text = "Hebben jullie ook rijst- of griesmeeltaart?"
    assert truncated_joined(text, (Mention("griesmeeltaart"),)) == (Mention("rijst- of griesmeeltaart"),)


def test_a_product_without_a_cut_word_before_it_stays() -> None:
    # a dash between words, no word cut short: nothing joined
    text = "De taart - en ook de koffie - was top."
    products = (Mention("taart"), Mention("koffie"))
    assert truncated_joined(text, products) == products
    assert truncated_joined("Een tompouce en een taart", (Mention("taart"),)) == (Mention("taart"),)
