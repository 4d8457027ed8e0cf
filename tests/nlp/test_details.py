from __future__ import annotations

import pytest

from app.nlp.details import extract


def test_order_amount_date_contact_details() -> None:
    d = extract(
        "Bestelling #48213 van 12 maart (€ 24,95) nooit ontvangen! Mail me op jan.devries@gmail.com "
        "of bel 06-12345678. @bakkerijhoek zie https://example.nl/a/1 #teleurgesteld"
    )
    assert d.order_numbers == ["48213"]
    assert d.amounts == ["€ 24,95"]
    assert d.dates == ["12 maart"]
    assert d.emails == ["jan.devries@gmail.com"]
    assert d.phones == ["06-12345678"]
    assert d.links == ["https://example.nl/a/1"]
    assert d.handles == ["@bakkerijhoek"]  # not the part of the e-mail address
    assert d.hashtags == ["teleurgesteld"]


def test_invoice_time_products_and_u() -> None:
    d = extract("Kunt u mij zeggen of de taart om 14:30 uur klaar is? Factuurnummer 2024-11873, 130 euro.")
    assert d.order_numbers == ["2024-11873"]
    assert d.times == ["14:30 uur"]
    assert d.amounts == ["130 euro"]
    assert "taart" in d.products
    assert d.register == "u"


@pytest.mark.parametrize(
    ("text", "register"),
    [
        ("Heb jij mijn pakket gezien?", "je"),
        ("Zijde gij open op zondag?", "je"),
        ("Kunt u mij terugbellen?", "u"),
        ("Pakket kwijt.", None),
    ],
)
def test_register(text: str, register: str | None) -> None:
    assert extract(text).register == register


def test_belgian_phone_and_weekday() -> None:
    d = extract("Bel me op +32 478 12 34 56, zaterdagochtend ben ik thuis")
    assert d.phones == ["+32 478 12 34 56"]
    assert d.dates == ["zaterdagochtend"]


def test_nothing_invented_from_plain_text() -> None:
    d = extract("Wat een mooie dag vandaag zeg")
    assert d.order_numbers == d.amounts == d.emails == d.phones == d.links == d.handles == []


def test_hostile_input_does_not_break() -> None:
    for text in ["\x00" * 1000, "€" * 100_000, "@" * 5000, "#1" * 10_000, "x" * 1_000_000]:
        extract(text)


# Every keyword or start character a pattern of details.py can begin a match with.
_STARTS = [
    "Waar blijft mijn bestelling",
    "order",
    "factuur",
    "ordernummer",
    "referentie",
    "ticket",
    "trackingcode",
    "bestelling nr",
    "€",
    "eur",
    "euro",
    "12",
    "3 maart",
    "maandag",
    "@",
    "#",
    "0",
    "+31",
    "www.",
    "https://",
    "jan@",
    "a.b",
]


@pytest.mark.parametrize("start", _STARTS)
def test_long_runs_after_each_keyword_take_linear_time(start: str) -> None:
    """The issue's reproducer: 100,000 characters of one kind after a keyword. Backtracking
    patterns needed minutes (cubic) for this; linear ones need milliseconds."""
    import time

    from app.nlp import details

    worst = 0.0
    for filler in (" ", "\n", "1", "a", ".", "a.", "1.", "-", " \t\n"):
        text = start + filler * (100_000 // len(filler)) + " x"
        began = time.perf_counter()
        extract(text)
        # The patterns themselves, also beyond extract()'s MAX_TEXT cut.
        for pattern in (details.EMAIL, details.ORDER, details.AMOUNT, details.DATE, details.PHONE, details.URL):
            for _ in pattern.finditer(text):
                pass
        worst = max(worst, time.perf_counter() - began)
    # Milliseconds when linear, minutes when not: a wide bound, so a busy CI worker never fails it.
    assert worst < 10.0, f"{start!r}: {worst:.2f} s"


def test_rewritten_patterns_still_find_the_details() -> None:
    d = extract("Waar blijft mijn bestelling   nr.   #  AB-12345? Mail jan.de.vries@post.example.nl, € 12,50")
    assert d.order_numbers == ["AB-12345"]
    assert d.emails == ["jan.de.vries@post.example.nl"]
    assert d.amounts == ["€ 12,50"]
    assert extract("order:12345 en factuur 2026-0042").order_numbers == ["12345", "2026-0042"]
    assert extract("kost 1.250,00 euro").amounts == ["1.250,00 euro"]
