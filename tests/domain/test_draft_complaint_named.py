"""What a complaint draft says back of what went wrong: goods sold out that the lexicon does not know, a thing
named only in a comparison, rust after the work, a fee for cancelling while ill, a free fix the writer asks for and
the day it is needed by."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_cancel import ill_reason
from app.domain.draft_complaint_said import has_cue
from app.domain.draft_counts import none_left
from app.domain.draft_terms import fix_asked, free_fix
from app.domain.profile import BusinessProfile
from tests.domain.businesses import BAKKERIJ_GRAAN, SCOOTERHUIS_VAN_DAM
from tests.domain.drafts import draft_text

_SALON_FREE_FIX = BusinessProfile(
    name="Haarhuis Lotte",
    kind="kapper",
    signers=["Lotte"],
    voice="ik",
    email="lotte@haarhuis.nl",
    return_terms="niet blij met het resultaat? zeg het binnen 10 dagen, dan knip ik het kosteloos bij",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zondagochtend om half 9 al geen krentenbollen meer! Wat een organisatie.", "krentenbollen"),
        ("Bij de kraam: geen oliebollen meer. En het was pas 11 uur.", "oliebollen"),
        ("Ik kom hier geen keer meer, zo onbeschoft.", ""),  # never again, nothing sold out
        ("Geen plekken meer, zeiden ze aan de deur.", ""),  # a full room, no goods
        ("Ik wil geen smoesjes meer horen.", ""),  # not a clause of its own
        # joined to the visit with 'en'; one by one, as written
        ("Zaterdag kwart over acht binnen en geen enkel roggebrood meer, wat een teleurstelling.", "roggebrood"),
        ("Half tien bij de kraam en geen appelbollen meer.", "appelbollen"),
        ("We hebben lang gewacht en geen excuses meer gehoord.", ""),  # near miss: no goods
    ],
)
def test_goods_none_left_said_as_a_clause_are_named(text: str, expected: str) -> None:
    assert none_left(text) == expected


def test_sold_out_goods_the_lexicon_does_not_know_are_named_in_the_draft() -> None:
    text = "Paaszaterdag, kwart voor 10: geen paasstollen meer. Helemaal voor niks gefietst."
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert "paasstollen" in draft
    assert "wacht" not in draft.lower()


def test_a_comparison_is_not_what_the_complaint_is_about() -> None:
    text = (
        "Voorjaarsbeurt in maart gehad. "
        "Nu in mei zit het kettingblad alweer onder de roest en piept hij als een oud hek."
    )
    draft = draft_text(SCOOTERHUIS_VAN_DAM, "uitkomst_herstel", text, author="Ruud")
    assert "roest op het kettingblad" in draft
    assert "na de onderhoudsbeurt" in draft  # the work it rusted after
    assert "hek" not in draft


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak afgezegd met buikgriep en toch 25 euro op de rekening.",
        "15 euro gerekend omdat ik mijn les annuleerde. Ik lag met 38,7 koorts op de bank!",
    ],
)
def test_illness_said_with_met_or_a_fever_in_degrees_is_the_reason_to_cancel(text: str) -> None:
    assert ill_reason(text)[0] is True


def test_a_fee_for_cancelling_while_ill_is_said_back_not_read_as_harm() -> None:
    text = "30 euro aangerekend omdat ik mijn knipbeurt annuleerde met de griep. ik lag met 39 koorts in bed!!"
    draft = draft_text(_SALON_FREE_FIX, "uitkomst_herstel", text, author="Mieke").lower()
    assert "annul" in draft or "afzeg" in draft or "afgezegd" in draft
    assert "hoe gaat het nu met" not in draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Na twee weken is de kleur al flets. Kan dat nog bijgekleurd worden deze maand?", True),
        ("kunnen jullie me deze week nog inplannen, of zit de agenda vol??", False),  # no work put right
        ("kunnen jullie de pony nog bijgeknipt krijgen, of zit de agenda vol??", True),
        ("Kan het nog rechtgezet worden?", True),
        ("Ik heb het zelf maar opgelost.", False),  # no question
    ],
)
def test_the_writer_asks_for_the_work_put_right(text: str, expected: bool) -> None:
    assert fix_asked(text) is expected


def test_a_free_fix_in_the_i_form_is_read() -> None:
    assert free_fix("niet blij? zeg het binnen 10 dagen, dan knip ik het kosteloos bij")


def test_a_free_fix_answers_the_writer_who_asks_for_it_beside_another_question() -> None:
    text = (
        "Mijn highlights zijn na 3x wassen bijna weg, 95 euro betaald. Kan dat nog bijgewerkt worden? "
        "En zijn jullie open op 2e paasdag?"
    )
    draft = draft_text(_SALON_FREE_FIX, "uitkomst_herstel", text, platform="instagram", author="Mieke")
    assert "kosteloos" in draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verkeerde naam op de taart. Kunnen jullie dat nog oplossen voor zaterdag?", True),
        ("Kan de rits nog vervangen worden voor morgenochtend? Ik vertrek dan.", True),
        ("Kan het nog rechtgezet worden?", False),  # no day it is needed by
        ("Ik had het voor zaterdag nodig.", False),
    ],
)
def test_the_day_a_fix_is_needed_by(text: str, expected: bool) -> None:
    assert has_cue("fix_by", text) is expected


def test_the_day_a_fix_is_needed_by_is_said_back() -> None:
    text = "Marsepein met de verkeerde naam gekregen, €12 betaald. Kunnen jullie dat nog rechtzetten voor zondag?"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_herstel", text, author="Sanne")
    assert "zondag" in draft
