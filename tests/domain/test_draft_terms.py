"""The terms of work done (app/domain/draft_terms.py): a fault that came with the work counts as work that did not
help, so the writer may come back. Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_terms import not_fixed, said_not_fixed
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    "text",
    [
        "Step opgehaald na de herstelling en nu rammelt het stuur, dat was er eerst niet. Ik ben niet content.",
        "Sinds de beurt tikt er iets in het achterwiel.",
        "Er zit een slag in het wiel die er voordien niet was!",
    ],
)
def test_a_fault_that_came_with_the_work_is_work_that_did_not_help(text: str) -> None:
    assert not_fixed(text)
    assert not said_not_fixed(text)  # not the same trouble as before: no 'still as it was' said back


def test_a_fault_before_the_work_is_no_new_one() -> None:
    assert not not_fixed("Het stuur rammelde al toen ik de step bracht, nu is het goed.")


_SHOP = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Ruben"],
    voice="ik",
    email="ruben@vandam.nl",
    return_terms="3 maanden garantie op reparaties.",
)


def test_a_new_fault_after_the_work_is_looked_at_again_under_the_warranty() -> None:
    text = "Fiets van mijn zoon opgehaald na een nieuwe ketting en nu kraakt de trapas, die was er eerst niet. Jammer."
    draft = draft_text(_SHOP, "uitkomst_herstel", text, platform="instagram", author="Sanne")
    assert "kijk ik er opnieuw naar" in draft and "garantie" in draft, draft


def test_the_free_fix_is_said_without_the_cancelling_rules() -> None:
    from app.domain.draft_terms import free_fix

    terms = "Niet blij? Zeg het binnen 5 dagen, dan pas ik het gratis aan. Annuleren kan kosteloos tot 48 uur vooraf."
    assert free_fix(terms) == "zeg het binnen 5 dagen, dan pas ik het gratis aan"
    assert free_fix("Annuleren kan kosteloos tot 24 uur vooraf.") == ""
