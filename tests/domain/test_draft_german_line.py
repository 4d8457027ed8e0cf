"""A comment written in German gets its Dutch reply with one fixed, correct German sentence after the greeting and a
note for the owner (session 47); a Dutch or English comment with one German word does not. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_dialects import is_german
from app.domain.draft_german import german_key, with_german
from app.domain.draft_text import Part
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft, suggested

BAKERY = BusinessProfile(
    name="Bakkerij Van Dijk",
    kind="bakkerij",
    signers=["Anouk"],
    voice="wij",
    register="u",
    email="info@vandijk.nl",
    phone="0517 12 34 56",
    opening_hours="di–za 7.00–17.00; zo en ma gesloten",
)
GERMAN = "Guten Morgen! Wir machen Urlaub in der Nähe. Haben Sie am Sonntag geöffnet? Wir möchten gern Brötchen kaufen."


def test_german_is_found() -> None:
    assert is_german(GERMAN)
    assert is_german("Leider waren die Brötchen heute nicht frisch und niemand hat sich entschuldigt.")


def test_one_german_word_is_no_german_comment() -> None:
    assert not is_german("Heerlijke appeltaart gehad, danke!")
    assert not is_german("Lovely bakery, we will be back. Danke!")


def test_the_key_by_kind() -> None:
    assert german_key("herstel") == "sorry"
    assert german_key("bedanken") == "praise"
    assert german_key("beantwoorden") == "help"


def test_the_line_goes_after_the_greeting_and_may_go() -> None:
    parts = with_german(
        [Part("greeting", "Hallo,", False), Part("answer", "Ja.", True)], "Wir helfen Ihnen gern weiter."
    )
    assert [p.key for p in parts] == ["greeting", "german", "answer"]
    assert parts[1].short == ""  # left out first on a tight platform


def test_a_german_question_gets_a_german_line_and_a_note() -> None:
    made = draft(BAKERY, "uitkomst_vraag_beantwoorden", GERMAN, author="Jana Schulz")
    assert made.text is not None
    assert "Wir helfen Ihnen gern weiter." in made.text or "Gern helfen wir Ihnen weiter." in made.text
    assert any("Duits" in w for w in made.warnings)


def test_a_german_complaint_gets_the_sorry() -> None:
    text = "Leider waren die Brötchen heute nicht frisch und niemand hat sich entschuldigt. Sehr schade."
    reply = suggested(BAKERY, text, label="klacht")
    assert "leid" in reply


def test_a_dutch_comment_gets_no_german() -> None:
    reply = suggested(BAKERY, "Zijn jullie zondag open? Ik wil graag broodjes halen, danke!")
    assert "Ihnen" not in reply and "leid." not in reply
