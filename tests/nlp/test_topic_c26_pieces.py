"""Issue #13: a price or count 'per stuk' is no broken thing, and an abbreviation the writer types
('ipv', 'i.p.v.', 'evt', 'tov') never becomes the thing a complaint is about."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("De saucijzenbroodjes zijn klein geworden en kosten nu €1,45 per stuk ipv €1,20.", "saucijzenbroodjes"),
        ("Appelflappen nu 2 euro p/stuk i.p.v. 1,60, en ze waren ook nog slap", "appelflappen"),
        ("de kaiserbroodjes: 85 cent per stuk tov 70 cent vorige maand!! en taai", "kaiserbroodjes"),
        ("Worstenbroodjes nu €2,10 per stuks, vroeger €1,75, en ze waren koud", "worstenbroodjes"),
    ],
)
def test_a_price_per_piece_is_no_broken_thing(text: str, thing: str) -> None:
    found = analyse_topics(text)
    assert "defect" not in found.problems
    assert all(word != "stuk" for _, word in found.judged)
    assert found.products and found.products[0].text.lower() == thing


@pytest.mark.parametrize(
    "text",
    [
        "De ipv was helemaal stuk",
        "Mijn i.p.v. deed het niet meer",
        "de evt is kapot en niemand belt terug",
    ],
)
def test_an_abbreviation_is_never_the_broken_thing(text: str) -> None:
    products = [p.text for p in analyse_topics(text).products]
    assert not {"ipv", "i.p.v.", "evt"} & set(products)


def test_a_broken_part_is_still_named() -> None:
    assert analyse_topics("Na twee weken was de rits alweer stuk.").products[0].text == "rits"
    assert "defect" in analyse_topics("Het scherm is stuk gegaan na een dag").problems
