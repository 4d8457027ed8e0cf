"""A business praised as a partner by another business or organisation: the working together said back, with its
years when the writer names them (app/domain/draft_praise_partner.py). Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_praise_partner import partner_praised, partner_years
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Na 12 jaar onderhoud van ons wagenpark zeggen we: chapeau!", "12 jaar"),
        ("Al twintig jaar bakken jullie de broodjes voor onze kantine, dank!", ""),  # no work word before 'voor onze'
        ("Al vijftien jaar catering voor onze personeelsdag en nooit een klacht.", "vijftien jaar"),
        ("Na 8 jaar fijne samenwerking wil ik Marleen eens bedanken.", "8 jaar"),
        ("Al 10 jaar onderhoud voor ons gezin, altijd top.", ""),  # the writer's own people, no organisation
        ("Ik kom al 30 jaar bij jullie voor mijn brood.", ""),  # the writer's own years as a customer
    ],
)
def test_the_years_of_work_for_the_writers_organisation(text: str, years: str) -> None:
    assert partner_years(text) == years


@pytest.mark.parametrize(
    ("text", "praised"),
    [
        ("Een betrouwbare partner voor ons hotel, dat mag gezegd.", True),
        ("Als partner van onze scouts denken jullie altijd mee.", True),
        ("Zo’n flexibele partner vind je niet snel.", True),
        ("Een partner die meedenkt, daar hou ik van.", True),
        ("Mijn partner en ik hebben heerlijk gegeten.", False),
        ("Met mijn vaste partner kwam ik voor de tweede keer.", False),
    ],
)
def test_the_business_called_a_partner(text: str, praised: bool) -> None:
    assert partner_praised(text) is praised


def test_the_thanks_says_the_working_together_back() -> None:
    profile = BusinessProfile(name="Bakkerij Het Korenveld", kind="bakkerij", signers=["Joke"], register="u")
    text = "Al vijftien jaar catering voor onze personeelsdag bij De Vlasbloem en nooit een klacht. Top leverancier!"
    made = Drafter(profile, analyser=analyse_topics).draft(
        "uitkomst_bedank_publiek", text, author="Ruud", platform="linkedin"
    )
    assert made.text is not None and "vijftien jaar" in made.text, made.text
