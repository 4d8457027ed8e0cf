"""app.domain.draft_price_faq.prices_other and the FAQ answers it keeps out: a question that asks the price of a
thing it names is not answered by the price of another thing. Sentences and profiles of their own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_price_faq import price_entry, price_for_other, prices_other
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics
from tests.domain.drafts import suggested

_CUT = FaqItem("Hoeveel kost een damessnit?", "Wassen, knippen en brushen kost € 42.")
SALON = BusinessProfile(
    name="Salon Kroon",
    kind="kapsalon",
    signers=["Noor"],
    voice="ik",
    register="u",
    email="info@salonkroon.nl",
    opening_hours="di–vr 9.00–18.00, za 8.00–15.00",
    faq=[_CUT, FaqItem("Komt u ook aan huis?", "Ja, op maandag kom ik bij u thuis; dat kost € 8 extra.")],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("en doet u ook opsteekkapsels voor de bruidsmeisjes, hoeveel kost dat?", True),
        ("Wat kost een balayage bij jullie?", True),
        ("Wat kost een damessnit?", False),
        ("Hoeveel kost knippen en brushen?", False),
        ("Hoeveel kost dat?", False),  # names nothing priced: what 'dat' is, is said before
        ("Doet u ook opsteekkapsels?", False),  # asks no price
    ],
)
def test_a_price_asked_for_one_thing_is_not_the_price_of_another(question: str, other: bool) -> None:
    assert prices_other(question, _CUT, _lemmas) is other


def test_the_price_of_another_thing_is_not_given_as_the_answer() -> None:
    text = "Bent u open op zaterdag? En doet u ook opsteekkapsels voor de bruidsmeisjes, hoeveel kost dat?"
    draft = Drafter(SALON, analyser=analyse_topics).draft("uitkomst_vraag_beantwoorden", text).text or ""
    assert "€ 42" not in draft and "opsteekkapsels" in draft, draft


def test_the_price_of_the_thing_asked_is_still_given() -> None:
    text = "Bent u open op zaterdag? En hoeveel kost een damessnit bij u?"
    draft = Drafter(SALON, analyser=analyse_topics).draft("uitkomst_vraag_beantwoorden", text).text or ""
    assert "€ 42" in draft, draft


_RENT = FaqItem("Lenen jullie kano's uit?", "Ja, een kano voor € 25 per halve dag, zwemvesten inbegrepen.")
_LIMIT = FaqItem("Bezorgen jullie?", "Ja, gratis vanaf € 50 in de hele gemeente.")
BOATS = BusinessProfile(
    name="Kanoverhuur De Dender",
    kind="verhuur",
    signers=["Jef"],
    voice="ik",
    register="je",
    email="info@dedender.be",
    opening_hours="za–zo 10.00–18.00",
    faq=[FaqItem("Repareren jullie ook kano's?", "Ja, alle merken, ook opblaasbare."), _RENT, _LIMIT],
)


def test_an_amount_said_as_a_rate_is_a_price_even_when_the_entry_asks_none() -> None:
    # 'Lenen jullie kano's uit?' asks no price, but '€ 25 per halve dag' is one: the price question finds it
    found = price_entry("Kunnen we een kano huren en wat kost dat per halve dag?", BOATS, _lemmas)
    assert found == _RENT


def test_an_amount_that_is_a_limit_is_no_price() -> None:
    assert price_entry("Wat kost bezorgen bij jullie?", BOATS, _lemmas) is None


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("knipt u ook dreadlocks bij met een schaar?", True),  # shares 'knippen' alone, names more the entry does not
        ("Knipt u ook dames?", False),  # the entry names what is asked
        ("wat kost knippen met dreadlocks?", False),  # asks a price: prices_other decides
        ("Knipt u ook?", False),  # names nothing of its own
    ],
)
def test_a_price_list_is_no_answer_to_a_question_that_asks_no_price(question: str, other: bool) -> None:
    assert price_for_other(question, _CUT, _lemmas) is other


def test_a_question_about_a_way_of_cutting_gets_a_place_not_the_prices() -> None:
    made = Drafter(SALON, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden", "knipt u ook dreadlocks bij met een schaar?", platform="x"
    )
    assert made.text is not None and "€ 42" not in made.text and "dreadlocks" in made.text, made.text


_BARBER = BusinessProfile(
    name="Barbier Van Dam",
    kind="kapsalon",
    signers=["Joost"],
    voice="ik",
    register="u",
    email="knip@vandam.nl",
    opening_hours="wo–za 9.00–17.00",
    faq=[
        FaqItem("Wat kost een kinderknipbeurt?", "Jongens en meisjes tot 12 jaar: € 14,50."),
        FaqItem("Kan ik pinnen?", "Ja, pinnen en contant."),
    ],
)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Hoeveel betaal ik als vader voor een knipbeurt bij jullie?", False),  # a grown-up: no children's price
        ("wat kost knippen voor heren?", False),
        ("Wat kost een knipbeurt voor mijn dochter van 7?", True),  # a child: the children's price
    ],
)
def test_a_childrens_price_is_no_price_for_a_grown_up(question: str, found: bool) -> None:
    assert (price_entry(question, _BARBER, _lemmas) is not None) is found


def test_a_grown_ups_price_question_gets_no_childrens_amount() -> None:
    reply = suggested(_BARBER, "Wat kost een knipbeurt voor mannen bij jullie? En kan ik pinnen?")
    assert "14,50" not in reply


def test_among_other_questions_a_grown_ups_price_gets_no_childrens_amount() -> None:
    reply = suggested(
        _BARBER, "Trimmen jullie ook snorren? En wat kost een knipbeurt voor heren? Nog plek op zaterdag?"
    )
    assert "14,50" not in reply


def test_a_childs_price_among_other_questions_still_gets_it() -> None:
    reply = suggested(_BARBER, "Scheren jullie ook? Hoeveel kost knippen voor mijn zoontje van 6? Kan ik pinnen?")
    assert "14,50" in reply
