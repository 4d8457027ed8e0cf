"""A company's people counted ('voor 45 werknemers', '30 genodigden') is a group's size (app/domain/draft_counts.py),
and a question for a company's counted people ends with where to arrange it (app/domain/draft_composed.py). A
restaurant and sentences of its own."""

from __future__ import annotations

from app.domain.draft_counts import group_size
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_HERBERG = BusinessProfile(
    name="Herberg De Zwaan",
    kind="restaurant",
    signers=["Joost"],
    voice="wij",
    register="u",
    email="zalen@herbergdezwaan.nl",
    phone="0543 55 66 77",
    opening_hours="di t/m zo vanaf 11.00",
    faq=[FaqItem("Kan ik bij jullie een groep ontvangen?", "Ja, in de serre tot 50 personen, lunch vanaf € 24,50.")],
)


def test_a_company_counted_is_a_group() -> None:
    assert group_size("een lunch voor 45 werknemers") == 45
    assert group_size("een borrel met dertig genodigden") == 30
    assert group_size("ik heb drie werknemers") == 0  # fewer than a group


def test_a_company_lunch_for_counted_staff_hears_the_room_and_where_to_arrange_it() -> None:
    said = suggested(
        _HERBERG,
        "Goedemorgen, voor ons bouwbedrijf zoeken we een plek voor een nieuwjaarslunch met 42 werknemers. Kan dat bij "
        "u?",
        platform="linkedin",
    )
    assert "50" in said and "zalen@herbergdezwaan.nl" in said, said


_WERKPLAATS = BusinessProfile(
    name="Rijwielhuis Oosterhof",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    register="je",
    email="bram@rijwielhuisoosterhof.nl",
    phone="0570 11 22 33",
    opening_hours="di t/m za 9.00–17.30",
    faq=[
        FaqItem("Onderhoud je ook elektrische fietsen?", "Ja, e-bikes van elk merk, ook de motor en de accu."),
        FaqItem("Verhuur je fietsen?", "Ja, stadsfietsen voor € 12 per dag."),
    ],
)


def test_a_company_counted_does_not_lose_the_answer_its_own_words_find() -> None:
    # the staff counted make a group; what is asked ('contracten met bedrijven') is in no entry, so it is left to
    # the owner to say, never answered by the e-bike entry that only shares the bikes (session 49, q51)
    said = suggested(
        _WERKPLAATS,
        "Ons kantoor (40 medewerkers) rijdt op e-bikes van de zaak en die moeten eens per jaar een beurt. Sluit je "
        "ook contracten af met bedrijven?",
        platform="linkedin",
    )
    assert "contracten" in said and "[vul in" in said, said


def test_a_company_counted_asking_a_thing_the_profile_lacks_gets_no_unrelated_entry() -> None:
    # near-miss: the thing asked (bedrijfskleding) is in no entry; the group alone finds nothing to answer with
    said = suggested(
        _WERKPLAATS,
        "Wij zijn een bedrijf met 25 medewerkers. Verkoop je ook bedrijfskleding met ons logo?",
        platform="linkedin",
    )
    assert "elk merk" not in said and "€ 12" not in said, said
