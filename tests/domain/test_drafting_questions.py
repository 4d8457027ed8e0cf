"""A question inside a complaint or compliment is answered, or gets a slot that names it (issue #13)."""

from __future__ import annotations

from app.domain.drafting import Drafter, addressed_question, question_sentences
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.nlp.topics import analyse_topics

GYM = BusinessProfile(
    name="FitFabriek",
    kind="sportschool",
    signers=["Dennis"],
    voice="wij",
    email="info@fitfabriek.nl",
    holidays="Tweede kerstdag: dicht; 31 december: 8:00–14:00",
    faq=[FaqItem("Kan ik mijn abonnement pauzeren?", "Ja, tot drie maanden bij een blessure of zwangerschap.")],
)
COMPLAINT = "Ik heb mijn abonnement in maart opgezegd maar jullie schrijven nog steeds af. Gaan jullie dit vergoeden?"


def test_question_sentences_and_which_ones_want_an_answer() -> None:
    assert question_sentences(COMPLAINT) == ("Gaan jullie dit vergoeden?",)
    assert question_sentences("Geen vraag hier. Echt niet!") == ()
    assert addressed_question("Krijg ik mijn geld terug?")
    assert addressed_question("Wanneer komt er weer een vast gezicht?")
    assert not addressed_question("Hoe moeilijk kan het zijn?")
    assert not addressed_question("Waarom betaal ik eigenlijk €35 per maand?")
    assert not addressed_question("Is dit normaal?!")


def test_complaint_question_gets_a_slot_that_names_it_instead_of_the_generic_proposal() -> None:
    d = Drafter(GYM, analyser=analyse_topics).draft(
        "uitkomst_herstel", COMPLAINT, author="Kim", platform="facebook", questions=["Gaan jullie dit vergoeden?"]
    )
    assert "‘Gaan jullie dit vergoeden?’" in d.text
    assert any("Gaan jullie dit vergoeden?" in s for s in d.slots)
    assert not any(s.startswith("het voorstel") for s in d.slots)  # the answer takes its place
    assert d.text.count("[vul in") == len(d.slots)


def test_without_questions_the_drafter_finds_them_itself_and_rhetoric_is_left_alone() -> None:
    drafter = Drafter(GYM, analyser=analyse_topics)
    found = drafter.draft("uitkomst_herstel", COMPLAINT, platform="facebook")
    assert "vergoeden" in found.text
    rhetorical = drafter.draft(
        "uitkomst_herstel", "De loopbanden zijn al weken kapot. Hoe moeilijk kan het zijn?", platform="facebook"
    )
    assert "moeilijk" not in rhetorical.text


def test_a_question_the_profile_answers_is_answered_from_the_profile() -> None:
    text = "Al twee keer een kapotte kluis gehad, balen. Zijn jullie op oudejaarsdag open?"
    d = Drafter(GYM, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="instagram")
    assert "8:00–14:00" in d.text and "oudejaarsdag" in d.text
    assert not any("oudejaarsdag" in s for s in d.slots)


def test_a_slot_cannot_be_broken_by_brackets_in_the_question() -> None:
    text = "De taart was mislukt. Krijg ik [vul in: gratis] mijn geld terug?"
    d = Drafter(GYM, analyser=analyse_topics).draft("uitkomst_herstel", text, platform="facebook")
    assert d.text.count("[") == d.text.count("]") == len(d.slots)


def test_suggest_passes_the_assistants_questions_through() -> None:
    analysis = {"label": "klacht", "flags": [], "questions": ["Krijg ik de huurauto vergoed?"]}
    out = suggest(analysis, "Auto een week te laat klaar.", platform="facebook", profile=GYM, analyser=analyse_topics)
    assert "huurauto" in out["draft"]
    none_asked = suggest(
        {**analysis, "questions": []},
        "Auto een week te laat klaar. Krijg ik de huurauto vergoed?",
        platform="facebook",
        profile=GYM,
        analyser=analyse_topics,
    )
    assert "huurauto" not in none_asked["draft"]  # the assistant's list is followed, not second-guessed


def test_compliment_with_a_question_answers_it_once() -> None:
    text = "Wat een fijne sportschool! Kan ik mijn abonnement pauzeren als ik zwanger ben?"
    d = Drafter(GYM, analyser=analyse_topics).draft("uitkomst_bedank_publiek", text, platform="facebook")
    assert "drie maanden" in d.text
    assert d.text.lower().count("dank") <= 1


def test_what_should_have_been_done_is_a_reproach_not_a_question_to_answer() -> None:
    assert not addressed_question("Bij 30 graden, hadden jullie dan niet even kunnen wachten met opsturen?")
    assert not addressed_question("Had je me niet gewoon een berichtje kunnen sturen?")
    assert not addressed_question("Moet ik nou echt zelf naar de winkel komen met de bon?")
    assert addressed_question("Had u nog een maat 38 liggen?")
    assert addressed_question("Moet ik de kinderfiets zelf komen brengen?")
    assert addressed_question("Hadden jullie die taart ook zonder noten?")
