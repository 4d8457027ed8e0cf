"""Session things8 (issue #13): what the writer named, said back in complaints, safety cases and praise.
Sentences of their own, other businesses and other names than the benchmark rounds."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

SALON = BusinessProfile(name="Studio Maan", kind="kapsalon", signers=["Noor"], voice="ik", phone="030-7654321")
SHOP = BusinessProfile(name="Theehuis Linde", kind="bakkerij", signers=["Hanna"], voice="wij", phone="030-1234567")


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook") -> str:
    made = Drafter(profile, analyser=analyse_topics).draft(outcome, text, author="Ellen", platform=platform)
    return made.text or ""


def test_a_swollen_eyelid_gets_a_doctors_advice() -> None:
    draft = _draft(
        SALON,
        "uitkomst_herstel",
        "Zaterdag mijn wenkbrauwen laten verven. Vanochtend was mijn linker ooglid helemaal opgezwollen en het jeukt.",
    )
    assert "arts" in draft, draft


def test_no_doctors_advice_without_a_swelling() -> None:
    draft = _draft(SALON, "uitkomst_herstel", "Mijn wenkbrauwen zijn na het verven veel te donker, echt niet mooi.")
    assert "arts" not in draft, draft


def test_the_eyelids_named_are_asked_after() -> None:
    draft = _draft(
        SALON, "uitkomst_herstel", "Allergische reactie na de wimperlift: rode plekken op mijn oogleden en het brandt."
    )
    assert "oogleden" in draft, draft


def test_staff_named_with_their_department_get_the_compliment() -> None:
    draft = _draft(
        SHOP,
        "uitkomst_bedank_publiek",
        "Noah van de theeschenkerij is een topper, hij hielp mijn vader met zijn rollator.",
    )
    assert "Noah" in draft, draft
