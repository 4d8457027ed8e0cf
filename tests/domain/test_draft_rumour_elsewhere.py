"""A rumour that a thing comes from elsewhere ('uit een fabriek') set straight by the FAQ on making it here, with that
place said back and no 'gelukkig' (app/domain/draft_rumour_elsewhere.py, draft_faq_covers.py); a rumour that a
business no longer lets a group in, against the FAQ on whether they are welcome. Shops and rumours of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_rumour_elsewhere import elsewhere_said
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

SLAGER = BusinessProfile(
    name="Slagerij Van Hout",
    kind="slager",
    signers=["Ties"],
    voice="wij",
    register="je",
    website="www.slagerijvanhout.nl",
    opening_hours="di–za 8:00–18:00",
    faq=[
        FaqItem("Hebben jullie glutenvrije worst?", "Ja, onze braadworst is glutenvrij."),
        FaqItem("Maken jullie alles zelf?", "Ja, alle worst en vleeswaren maken we zelf in onze eigen werkplaats."),
    ],
)
CAFE = BusinessProfile(
    name="Café De Boei",
    kind="restaurant",
    signers=["Noor"],
    voice="ik",
    register="u",
    website="www.deboei.nl",
    opening_hours="wo–zo 11:00–23:00",
    faq=[
        FaqItem("Kan ik reserveren?", "Ja, telefonisch."),
        FaqItem("Zijn kinderen welkom?", "Ja, binnen en op het terras; we hebben kinderstoelen en kleurplaten."),
    ],
)


@pytest.mark.parametrize(
    ("rumour", "place"),
    [
        ("Hoorde dat hun worst gewoon uit een fabriek in Duitsland komt, klopt dat?", "Uit een fabriek"),
        ("Die vleeswaren van Van Hout komen van de groothandel hoor, ze plakken er alleen een etiket op", "Van de"),
        ("Van Hout haalt zijn worst bij de Makro, zegt mijn zwager", "Bij de Makro"),
    ],
)
def test_a_made_elsewhere_rumour_is_denied_with_the_place_it_names(rumour: str, place: str) -> None:
    draft = suggested(SLAGER, rumour, label="onwaarheid", author="Kees Bol")
    assert place in draft and "klopt niet" in draft
    assert "gelukkig" not in draft and "eigen werkplaats" in draft and "glutenvrij" not in draft


def test_the_place_is_said_only_after_a_preposition_of_origin() -> None:
    assert elsewhere_said("het brood komt uit een grote broodfabriek") == "Uit een grote broodfabriek"
    assert elsewhere_said("ze warmen het alleen op in de magnetron") == ""  # how, not where from
    assert elsewhere_said("het brood wordt hier alleen afgebakken") == ""
    assert elsewhere_said("ik werk bij een fabriek") == "Bij een fabriek"


@pytest.mark.parametrize(
    "rumour",
    [
        "Ze zeggen dat De Boei geen kinderen meer binnenlaat sinds de verbouwing.",
        "Klopt het dat kinderen niet meer worden toegelaten bij De Boei?",
    ],
)
def test_a_rumour_that_a_group_is_no_longer_let_in_gets_the_faq_on_whether_it_is_welcome(rumour: str) -> None:
    draft = suggested(CAFE, rumour, label="onwaarheid", author="Kees Bol")
    assert "klopt niet" in draft.lower() and "welkom" in draft and "kinderstoelen" in draft
    assert "[vul in" not in draft


FIETS = BusinessProfile(
    name="Rijwielhandel Bosman",
    kind="fietsenmaker",
    signers=["Gert"],
    voice="wij",
    register="u",
    website="www.bosman.nl",
    faq=[
        FaqItem("Verhuren jullie fietsen?", "Ja: stadsfietsen € 12 per dag."),
        FaqItem("Kost een diagnose of een offerte iets?", "Nee. Een diagnose en een offerte zijn gratis."),
    ],
)


def test_a_cost_rumour_gets_the_faq_that_names_the_cost_in_a_compound() -> None:
    rumour = "Let op bij Bosman: 20 euro diagnosekosten, ook als je de reparatie daarna niet laat doen!"
    draft = suggested(FIETS, rumour, label="onwaarheid", author="Kees Bol")
    assert "klopt niet" in draft and "Een diagnose en een offerte zijn gratis" in draft, draft
    assert "stadsfietsen" not in draft and "Nee." not in draft


VERHUUR = BusinessProfile(
    name="Fietsverhuur Het Wiel",
    kind="fietsenmaker",
    signers=["Lies"],
    voice="ik",
    register="je",
    website="www.hetwiel.be",
    faq=[
        FaqItem(
            "Wat kost fietsen huren?",
            "Stadsfiets € 14 per dag, e-bike € 30 per dag. Reserveren kan online. Als waarborg vraag ik je "
            "identiteitskaart; een geldwaarborg vraag ik niet.",
        ),
    ],
)


@pytest.mark.parametrize(
    "rumour",
    [
        "Het Wiel vraagt tegenwoordig een waarborg van 150 euro per huurfiets, zot",
        "Bij Het Wiel moet ge nu 100 euro cash waarborg betalen per huurfiets 🤯",
        "Ze vragen bij Het Wiel een cash waarborg voor elke huurfiets, wist ge dat?",
    ],
)
def test_a_rumour_about_one_part_of_a_long_faq_answer_gets_that_part(rumour: str) -> None:
    draft = suggested(VERHUUR, rumour, label="onwaarheid", author="Kees Bol")
    assert "identiteitskaart" in draft and "€ 14" not in draft and "online" not in draft, draft
