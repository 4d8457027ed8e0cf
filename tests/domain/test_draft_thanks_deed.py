"""The deed the writer thanks the one who signs for by name ('Els, bedankt voor het mooie inpakken met dat rode lint'),
said back as glad to do (app/domain/draft_thanks_people.py thanked_for; a dialect's words made Dutch,
app/domain/draft_dialects.py said_in_dutch). Sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_dialects import said_in_dutch
from app.domain.draft_thanks_people import thanked_for
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"
BAKERY = BusinessProfile(name="Bakkerij Mulder", kind="bakkerij", signers=["Ans"], voice="ik", register="je")


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Ans, bedankt voor het snelle regelen van die extra vlaai!", "het regelen van die extra vlaai"),
        ("Dank je wel voor de tip over het roggebrood, Ans.", "de tip over het roggebrood"),
        ("Merci voor dat lieve kaartje in de doos", "dat kaartje in de doos"),
    ],
)
def test_what_the_writer_thanks_for_is_found_without_how_good_it_was(text: str, deed: str) -> None:
    assert thanked_for(text) == deed


def test_thanks_for_everything_names_no_deed() -> None:
    assert thanked_for("Ans, bedankt voor alles!") == ""


def test_a_dialect_word_in_a_deed_is_made_dutch_only_in_a_comment_in_that_dialect() -> None:
    gronings = "Mien moeke was d'r bliede mit. Ans, bedankt veur 't inpakken mit dat strikje."
    assert "met dat strikje" in said_in_dutch("het inpakken mit dat strikje", gronings)
    assert said_in_dutch("mit", "Een gewone zin zonder dialect.") == "mit"


def test_the_signer_thanked_for_a_deed_says_that_deed_back_as_glad_to() -> None:
    text = "De verjaardagstaart voor ons pap was top. Ans, bedankt voor het mooie inpakken met die gouden strik!"
    reply = draft_text(BAKERY, THANKS, text, author="Joke Veen")
    assert "het inpakken met die gouden strik" in reply, reply
    assert "mooie inpakken" not in reply, reply


def test_the_signer_thanked_without_a_deed_keeps_the_plain_line() -> None:
    # near miss: the signer praised, nothing named to be thanked for
    reply = draft_text(BAKERY, THANKS, "Ans heeft weer een heerlijke taart gemaakt, bedankt!", author="Joke Veen")
    assert "graag gedaan" not in reply.lower(), reply
    assert "? Dat deed ik" not in reply, reply
