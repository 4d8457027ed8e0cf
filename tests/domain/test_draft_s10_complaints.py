"""Complaint drafts of session 10 (issue #13): a wage named by a customer (a lease bike paid from the salary) is
no wage claim, and a crack in a load-bearing part of a bike is a safety case. Businesses and sentences of their
own, none from the rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft, draft_text

_COMPLAINT = "uitkomst_herstel"

BIKES = BusinessProfile(
    name="Tweewielers Noord",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="ik",
    register="u",
    phone="050-7654321",
    email="ruud@tweewielersnoord.nl",
)


# -- a wage is an employee's claim only when the writer writes as staff


def test_a_customer_paying_through_the_salary_gets_a_customer_reply() -> None:
    text = (
        "In januari een e-bike via de zaak besteld, de bijtelling gaat al maanden van mijn salaris af en de fiets "
        "staat nog steeds niet klaar. Twee keer gemaild, geen reactie."
    )
    made = draft_text(BIKES, _COMPLAINT, text, platform="google")
    assert "salaris" not in made
    assert "openbaar" not in made  # no 'not here in public' as for a wage claim
    assert "sorry" in made.lower() or "excuses" in made.lower() or "spijt" in made.lower()


def test_a_former_employee_still_gets_the_wage_reply() -> None:
    text = "Ik heb twee maanden bij jou in de werkplaats gewerkt en mijn salaris van mei heb ik nog altijd niet gehad."
    made = draft_text(BIKES, _COMPLAINT, text, platform="google")
    assert "salaris" in made
    assert "openbaar" in made


# -- a crack in a load-bearing part of a bike is a safety case: the part named, the phone first

BIKES_JE = BusinessProfile(
    name="Racefietsen Oost", kind="fietsenmaker", signers=["Dewi"], voice="ik", phone="053-1112233", email="d@ro.nl"
)


def test_a_crack_in_a_load_bearing_part_is_safety() -> None:
    for text, part in (
        ("Drie weken na de grote beurt zie ik een klein barstje in mijn aluminium frame, vlak bij de trapas.", "frame"),
        ("Nieuwe vork laten monteren en nu zit er al een haarscheur in de vork. Hoe kan dat?", "vork"),
        ("Na twee ritten bleek de velg gescheurd bij de remflank. Niet normaal toch?", "velg"),
    ):
        made = draft(BIKES_JE, _COMPLAINT, text)
        assert made.text is not None
        assert "scheur" in made.text and part in made.text, text
        assert made.channel == "telefoon", text
        assert "053-1112233" in made.text, text


def test_a_crack_in_something_that_bears_no_load_is_no_safety_case() -> None:
    for text in (
        "Bij de nieuwe fietstas zat al een scheur in de stof. Jammer hoor.",
        "Mijn band had een scheur in de zijkant na een week, terwijl hij nieuw was.",
    ):
        made = draft(BIKES_JE, _COMPLAINT, text)
        assert made.text is not None
        assert "serieus" not in made.text, text  # the safety lines take it 'heel serieus'
