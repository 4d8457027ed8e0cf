"""Issue #13, r121–r126: what a suggestion asks for is said back in more of the shapes writers put it in: 'zou fijn
zijn als er een ... komt', 'misschien iets om ... te <verb>?', and hours wished for after a label ('wat ik zou
doen: één keer per week ...open'). Comments of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_wish_clause import wish_clause


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Lekkere taarten, maar het zou echt handig zijn als er een klein formaat voor twee komt.",
            "voor een klein formaat voor twee",
        ),
        ("Top zaak! Zou wel leuk zijn als er ook een leesbank bij het raam was.", "voor een leesbank bij het raam"),
        ("Zou zo fijn zijn mocht er een speelhoek bijkomen, nu vervelen de kleine gasten zich.", "voor een speelhoek"),
    ],
)
def test_a_thing_that_would_be_nice_if_it_came_is_the_wish(text: str, wish: str) -> None:
    assert wish_clause(text).startswith(wish), wish_clause(text)


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Altijd vers. Misschien iets om via de site te reserveren, dan hoef ik niet te bellen?",
            "om via de site te reserveren",
        ),
        ("Fijne winkel! Wellicht iets om zondag ook te openen?", "om zondag ook te openen"),
    ],
)
def test_maybe_something_to_do_names_what_to_do(text: str, wish: str) -> None:
    assert wish_clause(text) == wish


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Super geholpen. Mijn wens: één keer per week op zondag open, dan kan ik ook eens.",
            "om een keer per week op zondag open te zijn",
        ),
        (
            "Heel tevreden! Idee: een keer in de maand 's avonds langer open?",
            "om een keer in de maand 's avonds langer open te zijn",
        ),
        ("Prima zaak. Tip: op maandag open!", "om op maandag open te zijn"),
    ],
)
def test_hours_wished_after_a_label_say_how_often_and_when(text: str, wish: str) -> None:
    assert wish_clause(text) == wish


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        (
            "Lekker gegeten. Kleine tip: zet op de website hoe laat de keuken sluit, dat scheelt bellen.",
            "om op de website te zetten hoe laat de keuken sluit",
        ),
        (
            "Fijne zaak. Tip: leg een paar kussens op de bank bij het raam.",
            "om een paar kussens op de bank bij het raam te leggen",
        ),
        ("Mijn idee: maak de porties voor kinderen iets kleiner!", "om de porties voor kinderen iets kleiner te maken"),
        ("Tip: bel me even als het klaar is", ""),
    ],
)
def test_a_tip_told_as_what_to_do_is_said_as_om_te(text: str, wish: str) -> None:
    """r125: 'Eén tip voor het team: vermeld op de kaart ...': the imperative said back as 'om ... te <verb>', the
    verb before a clause it governs."""
    assert wish_clause(text) == wish


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Top knipbeurt! Ideetje: hang je prijslijst ook buiten op?", "om jullie prijslijst ook buiten op te hangen"),
        ("Tip: zet jouw menukaart op Instagram, dan zie ik wat er is.", "om jullie menukaart op Instagram te zetten"),
        ("Tip: laat je niet opjagen door de drukte.", ""),
    ],
)
def test_the_business_told_to_do_something_with_its_own_thing(text: str, wish: str) -> None:
    """'zet je agenda online': the 'je' right after the order is the business's own, said back as 'jullie' (which
    ours() makes 'onze' or 'mijn'); not a 'je' before a function word, nor after a verb that asks."""
    assert wish_clause(text) == wish


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Mooie zaak. Zou je de kinderen niet zelf pizza kunnen laten beleggen?", "om de kinderen zelf pizza te laten"),
        ("Top! Zouden jullie de accu niet kunnen laten testen bij de beurt?", "om de accu te laten testen"),
    ],
)
def test_te_goes_before_a_verb_that_takes_the_wished_verb(text: str, wish: str) -> None:
    # 'om ... laten te testen' is no Dutch: 'te' before 'laten', which takes the bare infinitive
    assert wish_clause(text).startswith(wish)


# The one addressed first, as a statement: 'ge zoudt ... moeten maken', 'jullie zouden eens ... kunnen doen'.
@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("Altijd top, maar jullie zouden eens een vegetarische lasagne moeten maken.", "om een vegetarische lasagne"),
        ("Fijne zaak. Ge zoudt een kleinere pot soep moeten verkopen voor alleenstaanden.", "om een kleinere pot soep"),
        ("Lekker! U zou ook een zondagsbrunch kunnen aanbieden.", "om ook een zondagsbrunch"),
    ],
)
def test_a_wish_put_as_what_they_should_do_is_said_back(text: str, wish: str) -> None:
    assert wish_clause(text).startswith(wish), wish_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "Als u zou willen, kunt u me bellen.",
        "Je zou moeten zien hoe blij ze was.",
        "Dat jullie zouden sluiten, jammer.",
    ],
)
def test_a_would_that_asks_nothing_of_the_business_is_no_wish(text: str) -> None:
    assert wish_clause(text) == ""
