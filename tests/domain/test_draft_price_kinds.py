"""A price asked for one kind of a thing that the FAQ prices only other kinds of ('Wat kost een ligfiets?' and 'Een
stadsfiets € 15 per dag, ...'): no price from the list is given as its price (draft_thing_kinds.other_compound with
``priced``). Sentences of our own."""

from __future__ import annotations

from app.domain.draft_thing_kinds import other_compound
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

RENTAL = BusinessProfile(
    name="Fietsverhuur De Polder",
    kind="fietsenmaker",
    signers=["Joost"],
    voice="ik",
    register="je",
    opening_hours="di–za 9:00–18:00; zondag en maandag gesloten",
    faq=[
        FaqItem("Wat kost een fiets huren?", "Een stadsfiets € 12 per dag, een e-bike € 30 per dag."),
        FaqItem("Heb je ook kinderfietsen?", "Ja: een kinderfiets € 8 per dag, een aanhangfiets € 14 per dag."),
    ],
)
_LIST = "Wat kost een fiets huren? Een stadsfiets € 12 per dag, een e-bike € 30 per dag."


def test_a_price_list_of_other_kinds_prices_no_kind_it_does_not_name() -> None:
    assert other_compound("Wat kost een ligfiets voor een weekend?", _LIST, priced=True)
    # the kind it names is priced; without a price asked, a general question on bikes still answers
    assert not other_compound("Wat kost een stadsfiets voor een weekend?", _LIST, priced=True)
    assert not other_compound("Verhuur je ook ligfietsen?", _LIST)


def test_the_shared_head_of_two_kinds_counts_in_a_price_list() -> None:
    entry = "Heb je ook kinderfietsen? Ja: een kinderfiets € 8 per dag, een aanhangfiets € 14 per dag."
    assert other_compound("Wat kost een ligfiets met plaats voor twee kinderen?", entry, priced=True)
    assert not other_compound("Wat kost een ligfiets met plaats voor twee kinderen?", entry)


def test_a_draft_gives_no_price_of_other_kinds_for_a_kind_not_listed() -> None:
    draft = suggested(RENTAL, "Kan ik bij jou een ligfiets huren voor mijn vader? En wat kost dat voor vier dagen?")
    assert "€" not in draft, draft
    assert "ligfiets" in draft, draft


def test_a_kind_the_list_names_keeps_its_price() -> None:
    draft = suggested(RENTAL, "Wat kost een e-bike huren voor een dag?")
    assert "€ 30" in draft, draft
