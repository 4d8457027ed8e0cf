"""Suggestion drafts that name what the writer wished for (session 9): the thing said to be missing
('waarom geen ...', 'missing: ...', 'er was geen ...') and an idea announced 'voor je Ruud:'. Sentences of
their own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BOOKSHOP = BusinessProfile(
    name="Boekhandel Blad",
    kind="boekhandel",
    signers=["Mirjam"],
    voice="ik",
    register="je",
    email="mirjam@boekhandelblad.nl",
    phone="0575-123456",
)
GARAGE = BusinessProfile(
    name="Garage Dekker",
    kind="autogarage",
    signers=["Henk"],
    voice="wij",
    register="u",
    email="info@garagedekker.nl",
    phone="0495-654321",
)
THANKS = "uitkomst_bedank_publiek_suggestie"


def test_the_missing_thing_is_named_as_the_idea() -> None:
    text = "beste boekwinkel vd stad 📚 maar waarom geen leesbrillen bij de kassa?? zou ik zo meenemen"
    draft = draft_text(BOOKSHOP, THANKS, text, platform="instagram", author="lezer_lies")
    assert "idee voor leesbrillen" in draft, draft
    text = "Snelle APK, netjes gedaan. Enige wat ik mis: een leenauto, moest nu met de bus 🙈"
    draft = draft_text(GARAGE, THANKS, text, author="Karel")
    assert "idee voor een leenauto" in draft and "mooie woorden over de leenauto" not in draft, draft


def test_a_missed_thing_in_a_minus_point_with_the_wish_after_it() -> None:
    text = "Fijne zaak. Eén puntje: er was geen koffieautomaat in de wachtruimte. Zou prettig zijn voor wie wacht!"
    draft = draft_text(GARAGE, THANKS, text, author="Karel")
    assert "koffieautomaat" in draft, draft


def test_an_idea_announced_for_the_owner_is_named() -> None:
    text = "Tip voor jullie: een leesclub op donderdagavond, dan kom ik zeker 😊 jullie hebben zo'n fijne zaak"
    draft = draft_text(BOOKSHOP, THANKS, text, author="Kees")
    assert "leesclub" in draft, draft
