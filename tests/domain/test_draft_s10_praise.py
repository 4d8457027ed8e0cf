"""Thank-yous that say back what the writer said (session 10): the years the writer has been coming, a tip's
thing, a surname that is also a shop word. Sentences of their own, other businesses and words than the
benchmark rounds."""

from __future__ import annotations

from app.domain.draft_names import first_name
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

BOOKSHOP = BusinessProfile(
    name="Boekhandel De Vlinder",
    kind="boekhandel",
    signers=["Marit"],
    voice="ik",
    register="je",
    email="marit@devlinder.nl",
    phone="0570-112233",
)
GARAGE = BusinessProfile(
    name="Garage Velthuis",
    kind="garage",
    signers=["Henk"],
    voice="wij",
    register="u",
    email="info@velthuis.nl",
    phone="0548-665544",
)
THANKS = "uitkomst_bedank_publiek"
SUGGESTION = "uitkomst_bedank_publiek_suggestie"


def test_the_years_a_writer_has_been_coming_are_said_back() -> None:
    text = "Ik koop hier al dertig jaar mijn boeken en Marit weet altijd wat ik mooi vind 📚"
    draft = draft_text(BOOKSHOP, THANKS, text, author="Gerda")
    assert "al dertig jaar" in draft, draft
    text = "Al 12 jaar onderhoud van onze bedrijfsbusjes bij Velthuis, nooit een probleem gehad."
    draft = draft_text(GARAGE, THANKS, text, platform="linkedin", author="Erik Wolters")
    assert "al 12 jaar" in draft and "u " in draft, draft
    text = "Klant sinds 1996 en nog steeds de beste garage van Twente!!"
    draft = draft_text(GARAGE, THANKS, text, platform="google", author="Mevr. Hulshof")
    assert "sinds 1996" in draft, draft


def test_a_thanks_says_the_years_at_most_once_and_thanks_once() -> None:
    text = "al jaren vaste klant, en weer super geholpen met de apk 👍"
    draft = draft_text(GARAGE, THANKS, text, author="Bennie")
    assert draft.count("al jaren") == 1 and len([w for w in draft.split() if w.lower().startswith("dank")]) <= 1


def test_a_tip_names_its_thing() -> None:
    text = "Heerlijke winkel om te struinen. Eén tip: zet een leesstoel bij het raam, dan blijf ik nog langer!"
    draft = draft_text(BOOKSHOP, SUGGESTION, text, platform="instagram", author="boekenwurm_ans")
    assert "leesstoel" in draft, draft
    text = "Snel geholpen met mijn lekke band. Koffieautomaat erbij? ☕"
    draft = draft_text(GARAGE, SUGGESTION, text, author="Joyce")
    assert "koffieautomaat" in draft, draft


def test_a_surname_that_is_a_shop_word_is_greeted_after_a_title() -> None:
    assert first_name("Mevr. Te Winkel") == "mevrouw Te Winkel"
    assert first_name("Mw. de Winkel") == "mevrouw De Winkel"
    assert first_name("Schoenwinkel Bos") == ""


def test_a_diminutive_is_named_with_het() -> None:
    from app.domain.draft_thanks import _het_diminutive
    from app.domain.topics import Mention

    assert _het_diminutive(Mention("kaartje", "de")).definite == "het kaartje"
    assert _het_diminutive(Mention("broodjes", "de", plural=True)).definite == "de broodjes"
    assert _het_diminutive(Mention("taart", "de")).definite == "de taart"
    text = "Voor mijn 70ste verjaardag zat er een kaartje bij de bloemen, wat attent!"
    draft = draft_text(BOOKSHOP, THANKS, text, author="Ria")
    assert "de kaartje" not in draft, draft


PHYSIO = BusinessProfile(name="Fysio Beweeg", kind="fysiotherapeut", signers=["Tom"], register="u")


def test_the_business_itself_is_no_thing_praised() -> None:
    text = "Beste fysio van Deventer! Na drie maanden weer pijnvrij fietsen."
    draft = draft_text(PHYSIO, THANKS, text, author="Gerrit")
    assert "de fysio" not in draft, draft


def test_only_the_kind_itself_is_the_business() -> None:
    from app.domain.draft_thanks import _the_business

    assert _the_business("garage", "Garage")
    assert not _the_business("kaas", "kaaswinkel") and not _the_business("poffertjes", "poffertjeskraam")
