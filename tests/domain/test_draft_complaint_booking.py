"""A booking gone wrong gets a proposal that fits the kind of business (resources/kinds.toml booking): a table after
all at a restaurant, a new appointment first at a salon; another complaint keeps the kind's usual examples."""

from __future__ import annotations

from app.domain.draft_kinds import shipped_kinds
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_EETHUIS = BusinessProfile(
    name="Eethuis De Brug",
    kind="restaurant",
    signers=["Sem"],
    voice="wij",
    register="u",
    email="tafel@eethuisdebrug.nl",
    phone="0511 22 33 44",
)
_KAPPER = BusinessProfile(
    name="Knipperij Fien", kind="kapsalon", signers=["Fien"], voice="ik", register="je", email="fien@knipperij.nl"
)
_LOST = "Gereserveerd voor de verjaardag van mijn vrouw, 6 personen. Bij aankomst was er geen reservering te vinden."


def test_a_lost_table_is_made_good_with_a_table_after_all() -> None:
    made = draft_text(_EETHUIS, "uitkomst_herstel", _LOST, author="Kees Bakker")
    assert "alsnog aan te schuiven" in made
    assert "nieuwe afspraak" not in made


def test_a_lost_appointment_at_a_salon_keeps_a_new_appointment() -> None:
    text = "Afspraak gemaakt voor zaterdag 10 uur, stond ik voor niks: ik stond niet in de agenda."
    made = draft_text(_KAPPER, "uitkomst_herstel", text, author="Ilse")
    assert "nieuwe afspraak met voorrang" in made


def test_a_dish_gone_wrong_keeps_the_usual_examples() -> None:
    # near miss: a restaurant complaint that is no booking
    text = "De stoofpot was lauw en de frieten slap. Voor 24 euro verwacht ik beter."
    made = draft_text(_EETHUIS, "uitkomst_herstel", text, author="Kees Bakker")
    assert "alsnog aan te schuiven" not in made


def test_the_default_booking_examples() -> None:
    shop = BusinessProfile(name="Atelier Noord", kind="atelier", signers=["An"], voice="ik", register="je")
    assert shipped_kinds().booking(shop) == "bijv. een nieuwe afspraak met voorrang"
