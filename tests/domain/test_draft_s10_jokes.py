"""The light reply to a joke plays on the joke's own image (session 10): its short last line said back, a
choice question answered, a shushing emoji kept as a secret. Sentences of their own, other businesses."""

from __future__ import annotations

from app.domain.draft_joke_reply import punchline
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

GROOMER = BusinessProfile(name="Trimsalon Kwispel", kind="trimsalon", signers=["Fenna"])
BOOKSHOP = BusinessProfile(name="Boekhandel De Vlinder", kind="boekhandel", signers=["Marit"], register="u")
GARAGE = BusinessProfile(name="Garage Velthuis", kind="garage", signers=["Henk"], voice="wij")


def _joke(profile: BusinessProfile, text: str) -> str:
    made = Drafter(profile, analyser=analyse_topics).draft("uitkomst_grap", text, author="Sem", platform="threads")
    assert made.optional is not None
    return made.optional


def test_the_short_last_line_is_said_back() -> None:
    reply = _joke(GROOMER, "na de trimbeurt herkent de kat onze hond niet meer. ze blazen. echt een drama 🐶")
    assert "‘Echt een drama’" in reply, reply
    reply = _joke(GARAGE, "APK gehaald met mijn roestbak van 1994. Velthuis doet wonderen #respect")
    assert "‘Velthuis doet wonderen’" in reply, reply


def test_no_punchline_from_a_thanks_or_a_long_sentence() -> None:
    assert punchline("Boek gekocht en in één nacht uitgelezen. Dank je wel Marit!") == ""
    assert punchline("Ik lees sneller dan jullie de kast kunnen vullen, dus bestel maar vast extra voorraad 📚") == ""
    assert punchline("Alleen deze zin") == ""


def test_a_choice_question_is_answered() -> None:
    reply = _joke(BOOKSHOP, "Drie thrillers gekocht, nu slaap ik niet meer. Boekhandel of slaapverwoester? 📚")
    assert "slaapverwoester" in reply, reply
    reply = _joke(GARAGE, "Na de APK rijdt mijn ouwe Golf als nieuw. Monteur of tovenaar?")
    assert "tovenaar" in reply, reply


def test_a_shushing_emoji_is_a_secret() -> None:
    reply = _joke(BOOKSHOP, "Ik verstop de nieuwe boeken altijd in de kofferbak zodat mijn man ze niet ziet 🤫")
    assert "🤫" in reply, reply


def test_a_last_line_at_the_business_is_not_said_back() -> None:
    assert punchline("Bij die garage is de koffieautomaat altijd 'stuk'. Snap je wel waarom 😉") == ""
    assert punchline("Drie keer een boek besteld, drie keer het verkeerde. Doen jullie dat expres?") == ""
