"""A bike chain that broke or came off and made the writer fall is what the safety reply names, not the handlebar
or saddle they landed on. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BIKES = BusinessProfile(
    name="Tweewielers Van Damme",
    kind="fietsenmaker",
    signers=["Jens"],
    voice="ik",
    register="je",
    email="jens@vandamme.be",
    phone="0477 12 34 56",
)


@pytest.mark.parametrize(
    "text",
    [
        "Een week na de grote beurt knapte mijn ketting bij het optrekken aan het rondpunt. Met mijn kin op het stuur "
        "geklapt, drie hechtingen. Dat was dus nagekeken?",
        "Vorige maand nieuwe ketting laten steken, gisteren brak hij bergop en ik ben over mijn zadel gevallen, "
        "pols gekneusd.",
    ],
)
def test_the_chain_that_broke_is_named(text: str) -> None:
    draft = draft_text(_BIKES, "uitkomst_herstel", text, platform="google", author="Ward Peeters")
    assert "ketting" in draft, draft
    assert "met je stuur" not in draft and "met je zadel" not in draft, draft
