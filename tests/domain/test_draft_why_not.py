"""A suggestion asked as 'waarom geen ...?' and a wish after 'wat ik zou doen:' are named back as the idea
(app/domain/draft_why_not.py, app/domain/draft_wishes.py). Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_why_not import also_as, proposed_thing, why_not_thing
from app.domain.draft_wishes import wishes
from tests.domain.businesses import BAKKERIJ_GRAAN, BOEKHANDEL_BLAD
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek_suggestie"


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Idee: waarom geen schrijfavond op een vrijdag waar we samen aan verhalen werken?", "voor een schrijfavond"),
        ("Fijne zaak! Waarom niet eens een quizavond in de winter?", "voor een quizavond in de winter"),
        ("Tip: waarom geen glutenvrije wafels voor mensen met coeliakie?", "voor glutenvrije wafels"),
        ("SUGGESTIE: waarom geen Engelstalige menukaart?", "voor een Engelstalige menukaart"),
        ("waarom ook geen kinderknipbeurt op woensdagmiddag??", "voor een kinderknipbeurt op woensdagmiddag"),
    ],
)
def test_a_proposal_asked_why_not_is_the_wish(text: str, wish: str) -> None:
    assert any(w.startswith(wish) for w in wishes(text)), wishes(text)


@pytest.mark.parametrize(
    "text",
    ["Waarom geen reactie op mijn mail?", "waarom geen excuses, gewoon niks", "Waarom geen bon gekregen?"],
)
def test_a_complaint_asking_why_not_is_no_proposal(text: str) -> None:
    assert why_not_thing(text) == ""


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Lekkere speculaas! Tipje: verkopen jullie dat ook per kilo?", "om het ook per kilo te verkopen"),
        ("Die quiche is top. Idee: maakt ge die ook zonder spek?", "om die ook zonder spek te maken"),
        ("Suggestie: bakken jullie ze ook als mini?", "om ze ook als mini te bakken"),
    ],
)
def test_an_announced_idea_asked_as_another_size_or_way_is_the_wish(text: str, wish: str) -> None:
    assert wish in wishes(text), wishes(text)


def test_a_plain_question_for_another_way_is_no_idea() -> None:
    assert also_as("Verkopen jullie dat ook per kilo?") == ""
    assert also_as("Verkopen jullie dat ook per kilo?", "Ik had een vraag.") == ""


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Top bakker! Enige wat ik zou doen: een speltversie van de krentenbollen.", "speltversie"),
        ("Leuke winkel. wat ik zou toevoegen: een hoekje met tweedehands strips", "hoekje met tweedehands strips"),
        ("Het enige dat ik zou aanpassen: een paar stoelen bij het raam", "paar stoelen"),
    ],
)
def test_what_the_writer_would_do_after_a_colon_is_the_wish(text: str, word: str) -> None:
    assert any(word in w for w in wishes(text)), wishes(text)


def test_the_thank_you_names_the_idea() -> None:
    text = "Altijd vriendelijk hier 👍 Idee: waarom geen leesclub op een dinsdag waar we samen één boek bespreken?"
    draft = draft_text(BOEKHANDEL_BLAD, THANKS, text, author="Wout")
    assert "leesclub" in draft, draft
    text = (
        "Jullie roggebrood 😍 enige wat ik zou doen: een suikervrije versie van de ontbijtkoek. Mijn vader is diabeet."
    )
    draft = draft_text(BAKKERIJ_GRAAN, THANKS, text, platform="instagram", author="an.bakt")
    assert "suikervrije versie" in draft, draft


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Lekker brood! Mag ik iets voorstellen? Spelt-krentenbollen op zaterdag!", "voor spelt-krentenbollen op"),
        ("Fijne zaak, maar mag ik een tip geven? Een leesplek bij het raam.", "voor een leesplek bij het raam"),
    ],
)
def test_the_thing_named_after_may_i_propose_is_the_wish(text: str, wish: str) -> None:
    assert any(w.startswith(wish) for w in wishes(text)), wishes(text)


def test_a_sentence_after_may_i_propose_that_does_something_is_not_read_as_a_thing() -> None:
    assert proposed_thing("Ik kom elke week.", "Mag ik iets voorstellen?") == ""
    assert proposed_thing("Spelt-krentenbollen!", "Mag ik iets vragen?") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Top zaak. Mag ik een tip geven? Tot snel!",
        "Lekker gegeten. Mag ik iets voorstellen? Complimenten aan de kok!",
        "Fijne kapper. Mag ik iets voorstellen? Groetjes aan Sanne!",
        "Mooie winkel. Mag ik een tip geven? Echt doen!",
    ],
)
def test_a_sentence_after_may_i_propose_that_names_no_thing_is_no_idea(text: str) -> None:
    """Code review int30 #7: a closing, a compliment or a bare exclamation after 'Mag ik iets voorstellen?'."""
    assert not any("tot snel" in w or "complimenten" in w or "groetjes" in w or "doen" in w for w in wishes(text))


def test_a_product_or_a_thing_with_its_article_after_may_i_propose_is_still_the_idea() -> None:
    assert proposed_thing("Mini-worstenbroodjes voor kinderfeestjes!", "Mag ik iets voorstellen?").startswith(
        "voor mini-worstenbroodjes"
    )
    assert proposed_thing("Meer vegan taartjes.", "Mag ik een tip geven?") == "voor meer vegan taartjes"
    assert proposed_thing("Kaneelbroodjes!", "Mag ik iets voorstellen?") == "voor kaneelbroodjes"
