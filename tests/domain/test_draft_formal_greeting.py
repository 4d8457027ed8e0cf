"""Issue #13, item 2: a business that says 'u' greets a person by title and surname where the
platform suits it ('Beste mevrouw Van Dijk'), the title from a clearly female or male first name
(resources/lexicons/voornamen_geslacht.txt) and never guessed. Names and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_names import first_name, formal_name, signed_with
from app.domain.name_gender import title_for
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Ingeborg Verhoeven", "mevrouw Verhoeven"),
        ("Gijsbert van 't Hek", "meneer Van 't Hek"),
        ("Tjeerd Klein Nagelvoort", "meneer Klein Nagelvoort"),
        ("Anne-Marie de Jong", "mevrouw De Jong"),
        ("Jan Willem ter Borg", "meneer Ter Borg"),
        ("Dr. Liesbeth Wouters", "mevrouw Wouters"),
        ("HENDRIK DE GROOT", "meneer De Groot"),
        ("Fenna Smit-de Bruin", "mevrouw Smit-de Bruin"),
        ("Koen Peeters, Gemeente Mol", "meneer Peeters"),
        ("Mevr. Haverkamp", "mevrouw Haverkamp"),  # a title says it already
        ("jan-willem de bruin", "meneer De Bruin"),  # written in lower case
        ("Saskia J. Zijlstra", "mevrouw Zijlstra"),  # a middle initial
    ],
)
def test_a_clear_first_name_gives_title_and_surname(author: str, greeted: str) -> None:
    assert formal_name(author) == greeted


@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Kim Verstappen", "Kim"),  # Kim: a woman or a man; the first name, not a form letter's full name
        ("Robin van Leeuwen", "Robin"),
        ("Jip Hoekstra", "Jip"),
        ("sam de wit", "Sam"),
        ("Kim De Smet", "Kim"),
        ("Georges Vandenbussche", "Georges"),  # not in the list of clear names: never 'Beste Georges Vandenbussche'
        ("B. Timmermans", "Timmermans"),  # initials: neither title guessed, nor 'mevrouw/heer'
        ("A.C. van der Meulen", "Van der Meulen"),
    ],
)
def test_an_unclear_name_is_never_guessed(author: str, greeted: str) -> None:
    assert formal_name(author) == greeted


@pytest.mark.parametrize(
    ("author", "greeted"),
    [
        ("Sanne", "Sanne"),  # one name: nothing more to say
        ("Oma Truus", "Truus"),
        ("Lisa en Jeroen", "Lisa en Jeroen"),
        ("Bakkerij Hoogland", ""),
        ("koffie.met.karin", ""),
        ("Van Dijk", ""),  # a surname alone may be a business's name
    ],
)
def test_without_first_and_surname_the_greeting_stays(author: str, greeted: str) -> None:
    assert formal_name(author) == greeted


def test_the_lexicon_knows_clear_names_only() -> None:
    assert title_for("Yvonne") == "mevrouw" and title_for("joris") == "meneer"
    assert title_for("Pieter-Jan") == "meneer" and title_for("Marie-Louise") == "mevrouw"
    for both in ("Kim", "Sam", "Robin", "Jip", "Chris", "Dominique", "Xylophoon"):
        assert title_for(both) is None
    assert first_name("Yvonne Dingemans") == "Yvonne"  # the first name itself is unchanged


def test_a_signature_with_the_first_name_alone() -> None:
    assert signed_with("Kan ik zaterdag langskomen?\nGroetjes, Marloes", "Marloes")
    assert signed_with("Dank jullie wel! Marloes 🌷", "Marloes")
    assert not signed_with("Marloes hier, kan ik zaterdag langskomen?", "Marloes")
    assert not signed_with("Groetjes, Annemarloes", "Marloes")


def _profile(register: str) -> BusinessProfile:
    return BusinessProfile(
        name="Lunchroom De Kroon",
        kind="restaurant",
        signers=["Wendy"],
        voice="wij",
        register=register,
        email="info@dekroon.nl",
        opening_hours="di–za 9:00–17:00",
    )


_PRAISE = "Heerlijk geluncht gisteren, de tomatensoep was top en de bediening supervriendelijk!"


@pytest.mark.parametrize("platform", ["google", "facebook", "linkedin", "email"])
def test_a_u_business_greets_formally_where_the_platform_suits_it(platform: str) -> None:
    text = draft_text(_profile("u"), "uitkomst_bedank_publiek", _PRAISE, platform=platform, author="Gerrit Brouwer")
    assert "meneer Brouwer" in text.split("\n")[0]


@pytest.mark.parametrize("platform", ["instagram", "x", "threads", "bluesky"])
def test_a_chat_platform_keeps_the_first_name(platform: str) -> None:
    text = draft_text(_profile("u"), "uitkomst_bedank_publiek", _PRAISE, platform=platform, author="Gerrit Brouwer")
    assert "Brouwer" not in text


def test_a_je_business_keeps_the_first_name_and_a_signed_comment_too() -> None:
    text = draft_text(_profile("je"), "uitkomst_bedank_publiek", _PRAISE, platform="google", author="Gerrit Brouwer")
    assert "Gerrit" in text and "Brouwer" not in text
    signed = f"{_PRAISE} Groet, Gerrit"
    text = draft_text(_profile("u"), "uitkomst_bedank_publiek", signed, platform="google", author="Gerrit Brouwer")
    assert "Gerrit" in text and "meneer" not in text


def test_accents_do_not_hide_a_name_and_names_of_both_genders_get_no_title() -> None:
    from app.domain.name_gender import title_for

    assert title_for("Véronique") == "mevrouw" and title_for("Celine") == "mevrouw"
    assert title_for("Stefaan") == "meneer" and title_for("Jean-Luc") == "meneer"
    # a Frisian Anne, a Dutch Leen (Leendert) and a Turkish İsa are men
    assert title_for("Anne") is None and title_for("Leen") is None and title_for("Isa") is None
    assert title_for("Anne-Marie") == "mevrouw"


def test_initials_give_no_title_and_no_form_letter_slash() -> None:
    """'R. Hovenier': a Dutch shopkeeper does not guess 'meneer' and writes no 'mevrouw/heer'; a known title stays."""
    text = draft_text(_profile("u"), "uitkomst_bedank_publiek", _PRAISE, platform="google", author="R. Hovenier")
    first = text.split("\n")[0]
    assert "Hovenier" in first and "/" not in first and "mevrouw" not in first and "heer" not in first
    assert "R." not in first
    titled = draft_text(_profile("u"), "uitkomst_bedank_publiek", _PRAISE, platform="google", author="Mevr. Hovenier")
    assert "mevrouw Hovenier" in titled.split("\n")[0]


@pytest.mark.parametrize(
    "praise",
    [
        "Wat een heerlijke soep vandaag, dank jullie wel!",
        "lekkerste tosti van de stad, echt waar",
        "Super vriendelijk geholpen door het personeel, top!",
        "Heerlijk gegeten met mijn moeder. Bedankt!",
        "Heel gezellig hier, de appeltaart was top",
    ],
)
def test_an_untitled_name_in_u_is_never_greeted_with_dag(praise: str) -> None:
    """'Dag Georges,' before 'u' reads wrong (session 24's read-aloud review): 'Beste Georges,' on a post,
    'Hallo Georges,' in a chat; with a title 'Dag mevrouw Verhoeven' may stay."""
    for platform, opening in (("facebook", "Beste Georges,"), ("instagram", "Hallo Georges,")):
        first = draft_text(_profile("u"), "uitkomst_bedank_publiek", praise, platform, "Georges Vandenbussche")
        assert first.startswith(opening), first
    titled = draft_text(_profile("u"), "uitkomst_bedank_publiek", praise, "facebook", "Ingeborg Verhoeven")
    assert titled.startswith(("Beste mevrouw Verhoeven,", "Dag mevrouw Verhoeven,")), titled
