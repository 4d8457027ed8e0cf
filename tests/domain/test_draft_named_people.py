"""Issue #13, item 6: the writer's own people named by their name ('mijn zoontje Daan (6)') are called by
that name in the reply ('En voor Daan is het ook niet fijn'), never taken for staff; someone nervous is
welcomed without haste. Sentences of their own."""

from __future__ import annotations

from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

_SALON = BusinessProfile(
    name="Kapsalon Knipoog",
    kind="kapper",
    signers=["Esra"],
    voice="ik",
    register="je",
    email="hallo@knipoog.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[FaqItem("Wat kost knippen voor kinderen?", "Kinderen tot 12 jaar knip ik voor € 17,50.")],
)


def test_a_person_word_with_a_name_after_it_keeps_the_name() -> None:
    found = analyse_topics("Gisteren was mijn dochtertje Lotte (5) bij jullie en ze kwam huilend naar buiten.")
    assert ("dochtertje", "Lotte") in found.named_people
    assert "Lotte" not in found.names  # the writer's own, not staff


def test_a_complaint_names_the_child_by_name() -> None:
    text = (
        "Mijn dochtertje Lotte (5) zat vorige week bij jullie in de stoel en nu is haar pony helemaal scheef. "
        "We hadden om 10 uur een afspraak en moesten een half uur wachten."
    )
    draft = draft_text(_SALON, "uitkomst_herstel", text, author="Petra")
    assert "Lotte" in draft and "je dochtertje" not in draft


def test_a_nervous_child_is_welcomed_without_haste() -> None:
    text = (
        "Mijn zoon Bram (8) vindt knippen heel eng, vorige keer zat hij te trillen 😬 Wat kost knippen voor een kind?"
    )
    draft = draft_text(_SALON, "uitkomst_vraag_beantwoorden", text, author="Petra")
    assert "Bram is van harte welkom" in draft and "rustig" in draft


def test_staff_introduced_by_name_are_found() -> None:
    for text, name in [
        ("De bezorger, een meisje genaamd Fenna, droeg alles naar boven.", "Fenna"),
        ("We werden geholpen door ene Youssef en die wist overal raad mee.", "Youssef"),
        ("De bruidstaart die Marloes gemaakt heeft was prachtig!", "Marloes"),
        ("Om 11 uur 's avonds stond alles nog strak. Femke you're a legend!", "Femke"),
    ]:
        assert name in analyse_topics(text).names, text
    assert "Noord" not in analyse_topics("Het boek dat Noord gekregen had lag er nog.").names


def test_a_cake_for_a_named_childs_occasion_names_the_child() -> None:
    text = (
        "Voor zaterdag een lentefeesttaart besteld voor ons Lowie, met een voetbal erop. "
        "Bij het ophalen stond er een eenhoorn op. Echt teleurgesteld."
    )
    found = analyse_topics(text)
    assert found.owner == "Lowie"
