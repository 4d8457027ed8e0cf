"""One de/het function from Dutch morphology (session 10, issue #13): a noun the word lists do not know
gets its article from its form, and every drafter entry point (article_of, with_article) uses it.
Businesses and sentences of their own: a florist, a garage, a bookshop, a dog groomer."""

from __future__ import annotations

import pytest

from app.domain.articles import article
from app.domain.details import with_article
from app.domain.profile import BusinessProfile
from app.domain.topics import article_of
from tests.domain.drafts import draft_text


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        # diminutives are het-words, also of de-words and in compounds, also Flemish -ke
        ("boeketje", "het"),
        ("bloempje", "het"),
        ("krasje", "het"),
        ("verjaardagskaartje", "het"),
        ("manneke", "het"),
        # their plurals, and plurals of listed words, are de-words
        ("boeketjes", "de"),
        ("taarten", "de"),
        # endings that decide
        ("uitlijning", "de"),
        ("behulpzaamheid", "de"),
        ("kwaliteit", "de"),
        ("reservatie", "de"),
        ("bibliotheek", "de"),
        ("drukkerij", "de"),
        ("toerisme", "het"),
        ("document", "het"),
        ("museum", "het"),
        ("kapsel", "het"),
        # the exceptions to those endings
        ("mossel", "de"),
        ("einddatum", "de"),
        # listed words and compounds of them
        ("brood", "het"),
        ("roggebrood", "het"),
        ("wijnkaart", "de"),
        # unknown: the common article
        ("uitlaat", "de"),
    ],
)
def test_the_article_of_a_noun(noun: str, expected: str) -> None:
    assert article(noun) == expected


def test_a_compound_takes_the_article_of_its_head_as_the_word_list_reads_it() -> None:
    from app.nlp import lexicon

    assert lexicon.article("snoeischaar") == "de"  # a 'schaar', no 'haar'
    assert lexicon.article("hondenkussen") == lexicon.article("kussen")
    assert lexicon.article("vulpenpotloodje") == "het"


def test_a_plural_is_always_de() -> None:
    assert article("boek", plural=True) == "de"


def test_the_last_word_of_a_phrase_decides() -> None:
    assert article("krokante friet") == "de"
    assert article("klein boeketje") == "het"


def test_both_entry_points_use_it() -> None:
    for word in ("hondenkoekje", "uitlaatdemper", "leesbrilletje", "museum"):
        assert article_of(word) == article(word)
        assert with_article(word) == f"{article(word)} {word}"


THANKS = "uitkomst_bedank_publiek"
FLORIST = BusinessProfile(name="Bloemenhuis Anemoon", kind="bloemist", signers=["Sanne"], voice="ik")
BOOKS = BusinessProfile(name="Boekhandel De Vlinder", kind="boekhandel", signers=["Wout"], voice="wij", register="u")


@pytest.mark.parametrize(
    ("profile", "text"),
    [
        (FLORIST, "Wat een plaatje was dat boeketje voor mn schoonmoeder!! ze was er stil van 💐"),
        (BOOKS, "Superblij met het boekenlegertje dat jullie in mijn tas stopten, wat een leuk gebaar."),
        (FLORIST, "Dankzij t kaartje bij de bloemen wist oma meteen van wie het was, merci!"),
    ],
)
def test_a_thanks_never_says_de_before_a_diminutive(profile: BusinessProfile, text: str) -> None:
    draft = draft_text(profile, THANKS, text, platform="facebook")
    assert " de " + "kaartje" not in draft
    for word in draft.replace(",", " ").replace(".", " ").split():
        if word.endswith("tje") or word.endswith("kje"):
            assert f"de {word}" not in draft, draft
