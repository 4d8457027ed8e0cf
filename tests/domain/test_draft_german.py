"""A comment in German (tourists and neighbours over the border) is made Dutch word for word first, like a French
one, so the FAQ and the holiday it asks about are found; German capitals on nouns do not survive inside a
sentence; an English or Dutch comment that only ends in 'Danke schön!' stays as it is. Sentences and profiles of
our own, not a round's."""

from __future__ import annotations

from app.domain.draft_dialects import in_dutch
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested

_VERHUUR = BusinessProfile(
    name="Fietsverhuur De Duinrand",
    kind="fietsenmaker",
    signers=["Anouk"],
    voice="wij",
    register="u",
    email="info@deduinrand.nl",
    phone="0111 45 67 89",
    opening_hours="ma–za 9:00–18:00; zo gesloten",
    holidays="Tweede Paasdag maandag 14 april: open 10:00–16:00",
    faq=[
        FaqItem("Kan ik bij jullie een fiets huren?", "Ja: een tourfiets € 14 per dag, een e-bike € 29 per dag."),
        FaqItem("Repareren jullie ook e-bikes?", "Ja, alle merken; de accu sturen we op naar de fabrikant."),
    ],
)


def test_a_german_comment_is_made_dutch_word_for_word() -> None:
    said = in_dutch("Guten Morgen! Haben Sie am Sonntag geöffnet? Wir möchten zwei Fahrräder mieten. Danke!")
    assert "zondag" in said and "open" in said and "fietsen huren" in said and "Wij" in said


def test_german_nouns_lose_their_capital_inside_a_sentence() -> None:
    said = in_dutch("Wir sind im Urlaub hier. Kann man bei Ihnen ein Fahrrad mieten? Danke!")
    assert "een fiets huren" in said and "bij u" in said and said.startswith("Wij")


def test_a_comment_that_only_thanks_in_german_stays_as_it_is() -> None:
    for text in ("Do you rent out bikes for children? Danke schön!", "Verhuren jullie ook tandems? Danke schön!"):
        assert in_dutch(text) == text


def test_a_german_rental_question_is_answered_from_the_rental_faq() -> None:
    draft = suggested(
        _VERHUUR, "Hallo! Kann man bei Ihnen ein E-Bike mieten? Was kostet das pro Tag? Danke!", author="Jonas Weber"
    )
    assert "€ 29" in draft and "accu" not in draft, draft


def test_a_german_holiday_is_found_as_the_dutch_one() -> None:
    draft = suggested(
        _VERHUUR, "Guten Tag! Haben Sie am Ostermontag offen? Wir möchten Fahrräder mieten.", author="Jonas Weber"
    )
    assert "10:00–16:00" in draft, draft


# German 'schade' is 'a pity' (Dutch 'jammer'), never damage; a German complaint gets no damage line (session 44).
def test_german_schade_is_a_pity_not_damage() -> None:
    said = in_dutch(
        "Wir haben drei Fahrräder gemietet, eins hatte einen platten Reifen. Schade, der Tag war fast vorbei."
    )
    assert "schade" not in said.lower() and "jammer" in said.lower()
    draft = suggested(_VERHUUR, "Wir haben zwei Fahrräder gemietet, aber niemand kam. Leider, schade.", label="klacht")
    assert "schade" not in draft.lower()


def test_dutch_schade_stays_damage() -> None:
    # a near miss: a Dutch complaint about damage keeps its word, German words nowhere near
    said = in_dutch("Mijn fiets had schade aan het spatbord toen ik hem ophaalde.")
    assert "schade" in said


def test_german_praise_passes_the_compliment_to_the_one_named_after_a_job_word() -> None:
    # German capitalises every noun: 'mit Lampe' names no one, 'Die Verkäuferin Marlies' is the one to thank
    text = (
        "Wir waren zum zweiten Mal bei euch! Die Verkäuferin Marlies hat uns eine Karte mit Radrouten und eine "
        "Luftpumpe mit Lampe gegeben. Danke schön aus Köln!"
    )
    draft = suggested(_VERHUUR, text, label="positief", author="Jonas Weber")
    assert "Marlies" in draft and "Lampe" not in draft and "Luftpumpe" not in draft, draft
    # a near miss: no job word before any capital, so no one to pass the compliment to
    draft = suggested(_VERHUUR, text.replace("Die Verkäuferin Marlies", "Sie"), label="positief", author="Jonas Weber")
    assert "aan Lampe" not in draft and "aan Radrouten" not in draft, draft
