"""Session things8 (issue #13): what the writer named, said back in complaints, safety cases and praise.
Sentences of their own, other businesses and other names than the benchmark rounds."""

from __future__ import annotations

from app.domain.draft_parts import part_of_whole
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.domain.topics import Mention
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


BIKES = BusinessProfile(name="Tweewieler Kok", kind="fietsenmaker", signers=["Daan"], voice="wij", phone="030-5550000")


def test_a_part_named_after_its_thing_is_what_the_complaint_is_about() -> None:
    draft = _draft(
        BIKES,
        "uitkomst_herstel",
        "Mijn bakfiets staat al tien dagen bij jullie voor een nieuwe achterband en ik hoor helemaal niks.",
    )
    assert "de achterband van je bakfiets" in draft or "de achterband van uw bakfiets" in draft, draft


def test_a_thing_without_a_part_is_named_alone() -> None:
    draft = _draft(BIKES, "uitkomst_herstel", "Mijn bakfiets staat al tien dagen bij jullie en ik hoor helemaal niks.")
    assert " van je bakfiets" not in draft and " van uw bakfiets" not in draft, draft


def test_a_part_is_named_with_its_thing() -> None:
    def np(m: Mention) -> str:
        return f"je {m.text}" if m.own else m.definite

    said = "Mijn scooter maakt herrie, de uitlaat rammelt en de helm past niet."
    scooter, exhaust = Mention("scooter", own=True), Mention("uitlaat")
    assert part_of_whole((scooter, exhaust), np, said) == "de uitlaat van je scooter"
    # the part first (a part that broke is put first: 'stil met een defecte accu') still has its whole after it
    assert part_of_whole((exhaust, scooter), np, said) == "de uitlaat van je scooter"
    assert part_of_whole((exhaust, Mention("scooter", own=True, plural=True)), np, said) == ""  # not 'van je scooters'
    assert part_of_whole((scooter, Mention("helm")), np, said) == ""  # no part of it
    assert part_of_whole((scooter, Mention("uitlaat", guessed=True)), np, said) == ""
    # a part's word in a name is no part: 'bij Garage De Uitlaat'
    assert part_of_whole((scooter, exhaust), np, "Mijn scooter staat al weken bij Garage De Uitlaat.") == ""


def test_two_things_joined_under_one_possessive_are_thanked_for_together() -> None:
    draft = _draft(BIKES, "uitkomst_bedank_publiek", "Daan heeft mijn zadel en stuur perfect afgesteld. Top.")
    assert "zadel en stuur" in draft and "zijn" in draft, draft


def test_two_things_in_different_sentences_are_not_joined() -> None:
    draft = _draft(BIKES, "uitkomst_bedank_publiek", "Mijn zadel zit weer prima. Het stuur doe ik volgende keer.")
    assert "zadel en" not in draft, draft
