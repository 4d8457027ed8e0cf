"""Issue #13, r125: a part that gave out on the day was no success; an occasion's thanks names the whole it belongs to
(app.domain.draft_praise_held.part_gone_wrong). Comments of our own."""

from __future__ import annotations

from app.domain.draft_praise_held import part_gone_wrong
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BIKES = BusinessProfile(name="Tweewielers De Spaak", kind="fietsenmaker", signers=["Joost"], voice="ik")


def test_a_part_that_gave_out_names_its_whole() -> None:
    assert part_gone_wrong("Op ons feest sprong de snaar van de gitaar kapot, Jan kwam meteen.", "snaar") == "gitaar"
    assert part_gone_wrong("Vlak voor de receptie ging de rits stuk.", "rits") == ""
    assert part_gone_wrong("De taart was een groot succes op ons feest.", "taart") is None


def test_an_occasion_thanks_does_not_call_the_broken_part_a_success() -> None:
    text = (
        "Op onze trouwdag liep de ketting van de bakfiets eraf, een half uur voor het gemeentehuis. Joost was er "
        "binnen tien minuten en we reden toch als eerste binnen. Top!"
    )
    draft = draft_text(BIKES, "uitkomst_bedank_publiek", text)
    assert "ketting zo'n succes" not in draft, draft
    assert "bakfiets" in draft, draft
