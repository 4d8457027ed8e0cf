"""draft_questions.unmarked_questions: a writer who puts no question mark at all and asks after a comma, behind
what they tell first ('mijn zoon eet geen gluten, hebben jullie ook glutenvrij brood'), is asked the clause that
asks; a compliment with such a question gets the FAQ's answer. Sentences and profiles of their own."""

from __future__ import annotations

from app.domain.draft_questions import unmarked_questions
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

BAKKER = BusinessProfile(
    name="Bakkerij Het Korenaar",
    kind="bakkerij",
    signers=["Mieke"],
    voice="wij",
    register="je",
    email="info@korenaar.nl",
    opening_hours="di–za 7:00–17:00",
    faq=[FaqItem("Hebben jullie glutenvrij brood?", "Ja, elke vrijdag een glutenvrij boerenbrood, op bestelling.")],
)


def test_the_clause_after_a_comma_that_asks_is_the_question() -> None:
    assert unmarked_questions("jullie brood is top, mijn zoon eet geen gluten, hebben jullie ook glutenvrij brood") == (
        "hebben jullie ook glutenvrij brood",
    )
    assert unmarked_questions("Super lekker 😋 Mijn dochter is vegan, VERKOPEN JULLIE OOK VEGAN TAART") == (
        "VERKOPEN JULLIE OOK VEGAN TAART",
    )
    assert unmarked_questions("allee, zalig brood, hebt ge ook spelt") == ("hebt ge ook spelt",)
    assert unmarked_questions("Best bread in town, mijn man eet geen gluten, heeft u glutenvrij") == (
        "heeft u glutenvrij",
    )


def test_no_question_in_thanks_praise_or_a_text_with_a_question_mark() -> None:
    for text in (
        "Heerlijke taart, bedankt jullie!",
        "Wat hebben jullie dat mooi gedaan, echt top",
        "Lekker brood, ik kom zeker terug",
        "Lekker brood, hebben jullie ook spelt? Groetjes",
    ):
        assert unmarked_questions(text) == (), text


def test_a_compliment_with_an_unmarked_question_gets_the_answer() -> None:
    drafter = Drafter(BAKKER, analyser=analyse_topics)
    for said in (
        "jullie zuurdesem is de beste van de stad, mijn vriendin eet geen gluten, hebben jullie ook glutenvrij brood",
        "Top bakkerij!! mn zoon heeft coeliakie, hebben jullie glutenvrij brood",
    ):
        text = drafter.draft("uitkomst_bedank_publiek", said, platform="instagram").text
        assert text is not None and "boerenbrood" in text, (said, text)


def test_an_english_question_joined_by_and_without_a_mark_is_asked_too() -> None:
    # r99: 'Do you repair e-bikes? ... And can we pay cash, we don't have a Dutch bank card.'
    from app.domain.draft_questions import question_sentences

    text = "Are you open on Sunday? We arrive by boat. And can we book a table for four, we are with friends."
    assert question_sentences(text) == (
        "Are you open on Sunday?",
        "And can we book a table for four, we are with friends.",
    )
    assert question_sentences("Is the shop open on Monday? And we loved the bread last time.") == (
        "Is the shop open on Monday?",
    )


def test_a_clause_that_opens_with_zodat_or_indien_tells_and_does_not_ask() -> None:
    # 'een pomp aan de gevel, zodat ge ook 's avonds kunt oppompen': the reason for the idea, no question
    for text in (
        "Vriendelijke mensen. Idee: een broodautomaat aan de gevel, zodat ge ook op zondag vers brood kunt halen.",
        "Fijne winkel, indien jullie ooit verbouwen denk dan aan een bredere deur",
        "Goed geholpen, nadat u de band had vervangen reed hij weer als nieuw",
    ):
        assert unmarked_questions(text) == (), text


def test_a_how_long_it_lasts_after_a_question_is_asked_too() -> None:
    from app.domain.draft_questions import question_sentences

    text = "werken jullie met henna?? en hoe lang blijft die kleur zitten bij grijs haar. ik wil het voor de zomer"
    asked = ("werken jullie met henna?", "en hoe lang blijft die kleur zitten bij grijs haar.")
    assert question_sentences(text) == asked
