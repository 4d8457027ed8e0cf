"""The wish inside a suggestion in its many shapes, named in the reply (session 7): sentences of their own,
other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from app.domain.draft_questions import wish_clause
from app.domain.draft_wishes import is_pair, joined, wishes, would_be
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of
from tests.domain.drafting.shops import BARBER, BISTRO, GARAGE, GROOMER
from tests.domain.drafts import draft_text

SUGGESTION = "uitkomst_bedank_publiek_suggestie"


def test_a_thing_or_an_action_that_would_help_is_the_wish() -> None:
    assert wishes("Top garage! Eén ding: een wachtruimte met wifi zou het helemaal afmaken.") == [
        "voor een wachtruimte met wifi"
    ]
    assert wishes("Maar 's avonds kunnen ophalen zou echt ideaal zijn.") == ["om 's avonds te kunnen ophalen"]
    assert wishes("Eén tip: een bakje water bij de deur neerzetten zou fijn zijn voor de honden.") == [
        "om een bakje water bij de deur neer te zetten"
    ]
    # 'Eén' that opens a sentence is still 'één'
    assert wishes("Eén overzicht van alle kosten vooraf zou ons veel gedoe besparen.") == [
        "voor één overzicht van alle kosten vooraf"
    ]


def test_what_would_be_is_not_the_wish_nor_what_was_praised() -> None:
    assert "uitkomst" in would_be("Een sms'je als de auto klaar is zou een uitkomst zijn.")
    text = "Vakwerk! Een sms'je als de auto klaar is zou een uitkomst zijn."
    assert "uitkomst" not in draft_text(GARAGE, SUGGESTION, text)


def test_something_that_may_be_more_or_less_is_the_wish() -> None:
    assert wishes("Lekker gegeten. De porties mogen best een tikkeltje groter.") == [
        "om de porties wat groter te maken"
    ]
    assert wishes("Jullie verlichting mag wat feller, ik zag de kaart amper.") == [
        "om de verlichting wat feller te maken"
    ]
    assert wishes("We komen later weer.") == []


def test_a_wish_said_with_graag_and_two_wishes_are_both_named() -> None:
    text = "Fijne trimsalon. Graag ook een avondje per week, want ik werk overdag. En een klantenkaart zou leuk zijn."
    found = wishes(text)
    assert found == ["voor een avondje per week", "voor een klantenkaart"]
    assert is_pair(joined(found)) and not is_pair(joined(found[:1]))
    draft = draft_text(GROOMER, SUGGESTION, text)
    assert "ideeën" in draft and "avondje per week" in draft and "klantenkaart" in draft, draft


def test_the_wish_is_named_in_a_thank_you() -> None:
    text = (
        "Heerlijk gegeten bij De Linde! Alleen de stoelen op het terras mogen wat zachter, ons zitvlees protesteerde."
    )
    draft = draft_text(BISTRO, SUGGESTION, text, platform="threads")
    assert "stoelen" in draft and "zachter" in draft, draft


def test_a_question_that_is_also_a_wish_gets_its_idea_taken_up_after_the_answer() -> None:
    assert wish_clause("Zouden jullie op zondag niet ook open kunnen, al is het maar een middagje?") == (
        "om op zondag ook open te zijn"
    )
    text = "Kleine vraag: zouden jullie op zondag niet ook open kunnen? Dan kan ik na de kerk even langs."
    analysis = {
        "label": "vraag",
        "flags": ["suggestie"],
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="Petra", profile=BISTRO, analyser=analyse_topics)
    draft = out["draft"] or ""
    assert "idee" in draft and "zondag" in draft, draft


def test_more_shapes_of_a_wish_if_you_had_i_miss_you_may_consider() -> None:
    assert wish_clause("Top zaak. Het zou handig zijn als jullie ook een oplaadpunt hadden voor de auto.") == (
        "voor een oplaadpunt"
    )
    assert wish_clause("Fijne trimsalon, ik mis alleen nog een hondenbadje met föhn.") == (
        "voor een hondenbadje met föhn"
    )
    assert wish_clause("Mogen jullie de pompoensoep alsjeblieft vaker maken?") == "om de pompoensoep vaker te maken"
    assert (
        wish_clause("Zouden jullie willen overwegen om ook 's zaterdags te knippen?")
        == "om ook 's zaterdags te knippen"
    )


def test_an_occasion_said_in_english_is_named() -> None:
    draft = draft_text(BARBER, "uitkomst_bedank_publiek", "lex thanks for the fresh cut voor mijn bday 🎂", "instagram")
    assert "verjaardag" in draft, draft


def test_a_wish_to_book_online_from_someone_who_cannot_call_gets_the_mail_meanwhile() -> None:
    text = "Altijd top geholpen! Online een afspraak kunnen maken zou ideaal zijn, overdag bellen lukt me nooit."
    draft = draft_text(GROOMER, SUGGESTION, text)
    assert "anke@trimsalonpluis.nl" in draft and "afspraak" in draft, draft
    # without trouble calling, no mail is pushed
    text = "Altijd top geholpen! Online een afspraak kunnen maken zou ideaal zijn."
    assert "anke@trimsalonpluis.nl" not in draft_text(GROOMER, SUGGESTION, text)


def test_a_wish_after_a_colon_and_a_thing_to_do_something_with() -> None:
    assert wishes("Top avond! Wat ik zou verbeteren: wat meer zitplekken buiten 🌞") == [
        "voor wat meer zitplekken buiten"
    ]
    assert wishes("Een rekje om je fiets tegen te zetten zou fijn zijn.") == [
        "voor een rekje om je fiets tegen te zetten"
    ]


def test_a_tip_as_an_imperative_and_a_wish_for_other_hours_after_als() -> None:
    assert wishes("Fijne zaak! Tip: leg een paar leesbrillen bij de kassa.") == [
        "om een paar leesbrillen bij de kassa te leggen"
    ]
    assert wishes("Idee: bied op vrijdag ook verse soep aan") == ["om op vrijdag ook verse soep aan te bieden"]
    text = "Het zou ideaal zijn als jullie 's zaterdags langer open waren, dan kan ik na het werk komen."
    assert wishes(text) == ["om 's zaterdags langer open te zijn"]
    draft = draft_text(GARAGE, SUGGESTION, "Prima garage. Het zou fijn zijn als u ook op zaterdag open was.")
    assert "op zaterdag open te zijn" in draft and "fijn bericht over" not in draft, draft


def test_a_question_that_names_a_wedding_or_a_baptism_names_it_back_but_not_someone_elses() -> None:
    draft = draft_text(
        GROOMER, "uitkomst_vraag_uitzoeken", "Kunnen jullie Bobbie trimmen voor onze bruiloft? We trouwen 3 mei."
    )
    assert "bruiloft" in draft, draft
    text = "Kan mijn pak nog gestoomd worden? Ik heb zaterdag een bruiloft."
    assert "bruiloft" not in draft_text(GARAGE, "uitkomst_vraag_uitzoeken", text).split("\n")[1]
