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
