"""The FAQ entry that sets an origin rumour straight (app/domain/draft_origin.py): a verb form in the rumour and the
question counts as the same thing ('afbakken' is no match, it says elsewhere). A bakery and sentences of its own."""

from __future__ import annotations

from app.domain.draft_origin import origin_faq
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

_BAKERY = BusinessProfile(
    name="Bakkerij Smeets",
    kind="bakkerij",
    signers=["Jo"],
    faq=[
        FaqItem("Hebt u spelt?", "Ja, op vrijdag."),
        FaqItem("Bakt u alles zelf?", "Ja, elke nacht vers in ons eigen atelier."),
    ],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return tuple(analyse_topics.lemmas(text))


def test_a_verb_form_in_the_rumour_finds_the_question_with_that_verb() -> None:
    text = "Iemand zei dat ze bij Smeets gewoon diepvrieskoeken opbakken."
    found = origin_faq(_lemmas(text), _BAKERY, _lemmas)
    assert found is not None and found.question == "Bakt u alles zelf?"


def test_no_origin_rumour_finds_nothing() -> None:
    assert origin_faq(_lemmas("Ze bakken daar de lekkerste koeken."), _BAKERY, _lemmas) is None
