"""Gronings and more Limburgish made Dutch word for word (issue #13): mailed or called twice without an answer is
read as in Dutch, so the reply rings first; 'trök' is 'terug', no thing. Sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.draft_dialects import in_dutch
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

FIETS = BusinessProfile(
    name="Rijwielen Hoeksema",
    kind="fietsenmaker",
    signers=["Jan"],
    voice="ik",
    register="je",
    phone="050-5012345",
    email="jan@hoeksema.nl",
)


def test_gronings_is_made_dutch() -> None:
    said = in_dutch("Mien fiets ston twee weken bie joe. Heb 3x mailt, gain antwoord. Nait goud.")
    assert "Mijn fiets stond" in said and "gemaild, geen antwoord" in said and "Niet goed" in said
    # the e of an e-bike stays
    assert "e-bike" in in_dutch("Mien e-bike ston drij weken bie joe, gain antwoord")


def test_dutch_with_one_gronings_word_stays() -> None:
    assert in_dutch("Mijn fiets is nait klaar") == "Mijn fiets is nait klaar"


def test_limburgish_call_back_is_read() -> None:
    said = in_dutch("Drie keer gebeld veur 'n tafel op mojjerdaag, 'we belle trök'. Noeits get gehuurd.")
    assert "moederdag" in said and "bellen terug" in said and "Nooit iets gehoord" in said


def test_gronings_mails_without_answer_ring_first() -> None:
    made = draft_text(
        FIETS, "uitkomst_herstel", "Mien fiets ston drij weken bie joe. Heb 2x mailt, gain antwoord. Nait goud"
    )
    assert "050-5012345" in made


def test_zeeuws_is_made_dutch_and_the_occasion_is_said() -> None:
    """'M'n moeder wor 80 ... kunne jullie een taort maeke?': read as Dutch, so her 80th birthday is named."""
    said = in_dutch("'k wou vraoge of jullie een taort kunne maeke. M'n moeder wor 80 op 3 mei.")
    assert said == "ik wou vragen of jullie een taart kunnen maken. M'n moeder wordt 80 op 3 mei."
    assert in_dutch("Mooie taart, mar wat duur") == "Mooie taart, mar wat duur"  # one word that may be Zeeuws


def test_a_zeeuws_question_names_the_birthday() -> None:
    bakker = BusinessProfile(name="Bakkerij Kodde", kind="bakkerij", signers=["Anna"], voice="wij", register="u")
    text = (
        "Goeiendag, 'k wou vraoge of jullie een taort in de vorm van een zeilboot kunne maeke. M'n moeder wor 80. "
        "Wat kost dat?"
    )
    draft = draft_text(bakker, "uitkomst_vraag_uitzoeken", text, platform="facebook", author="Kees de Visser")
    assert "80" in draft and "moeder" in draft and "in de vorm van een zeilboot" in draft, draft


def test_a_zeeuws_holiday_question_is_answered_for_the_day_asked() -> None:
    """'mit 2e Paesen' / 'op tweede paesdag': 'ae' for the long a in the feast's name too, so the day is found."""
    said = in_dutch("Bin julder op tweede paesdag oôk open? 'k Wil broôd haele")
    assert "tweede paasdag" in said and "halen" in said, said
    winkel = BusinessProfile(
        name="Slagerij De Schelde",
        kind="slager",
        signers=["Piet"],
        voice="wij",
        register="je",
        opening_hours="di–za 8:00–17:30",
        holidays="Paasmaandag: dicht; Hemelvaartsdag: 9:00–12:00",
    )
    text = "Bin julder op 2e paesdag open? 'k Wil worst haele voor de barbecue mit de buren"
    draft = draft_text(winkel, "uitkomst_vraag_beantwoorden", text)
    assert "dicht" in draft, draft


def test_gronings_days_and_fetching_are_made_dutch() -> None:
    said = in_dutch("Kinst doe mien pakje zoaterdag ofhoalen? Of mout ik wachten tot moandag, dij is beter veur mie")
    assert "zaterdag afhalen" in said and "moet ik" in said and "maandag, die is" in said


def test_a_dutch_goodbye_with_two_gronings_words_stays() -> None:
    text = "Daag! Mien moeder komt mit de bus, tot zaterdag"
    assert in_dutch(text) == text
