"""Praise that says a trouble never came ('geen enkele lekke band of panne dit seizoen', 'nul storingen') thanks for
the work, not for a rescue that never was; praise for real help with a breakdown still gets the rescue line. Shops
and sentences of our own."""

from __future__ import annotations

from app.domain.draft_thanks import _denied
from app.domain.profile import BusinessProfile
from tests.domain.drafts import suggested

_SHOP = BusinessProfile(
    name="Tweewielers Van Dam",
    kind="fietsenmaker",
    signers=["Koen"],
    register="je",
    voice="wij",
    email="koen@vandam.nl",
)


def test_a_trouble_that_never_came_is_no_rescue() -> None:
    text = "Hele zomer met de club rondgereden op jullie onderhoud: geen enkele mechanische panne. Top gedaan!"
    made = suggested(_SHOP, text, label="positief")
    assert "uit de brand" not in made and "helpen met de panne" not in made
    assert "geen enkele panne" in made or "Zonder één panne" in made  # the good news said back


def test_a_real_breakdown_is_still_a_rescue() -> None:
    made = suggested(_SHOP, "Zondag panne onderweg en Koen kwam meteen met de bus. Wat een service!", label="positief")
    assert "panne" in made


def test_denied_reads_the_words_before() -> None:
    assert _denied("panne", "nul keer pech, geen enkele panne")
    assert not _denied("panne", "Gisteren panne op de dijk, geen enkele moeite voor jullie")
