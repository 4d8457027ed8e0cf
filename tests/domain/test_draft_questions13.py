"""Questions about prices and services that the profile answers in other words than the writer's (after round
r69–r72): 'een fitting' is the FAQ's 'bikefitting' but 'een knipbeurt' is no 'kinderknipbeurt'; the one entry that
names all a question asks answers it ('iets met krullen'); a place written in lower case that the profile names is
that place; a need told beside a holiday question gets its price even when the day stays a slot; the writer's own
pain is said back; 'eigenlijk' in a price question is no reproach; one of the staff written in lower case is named.
Sentences and profiles of their own, not a round's."""

from __future__ import annotations

from typing import Any

from app.domain.draft_pain import pain_values
from app.domain.draft_places import come_to_names
from app.domain.draft_price_faq import price_entry
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.suggest import suggest
from app.nlp.details import extract
from app.nlp.topics import analyse_topics
from tests.benchmarks.draft_expectations import questions_of

FIETS = BusinessProfile(
    name="Tweewieler Claes",
    kind="fietsenmaker",
    signers=["Wim"],
    voice="ik",
    register="je",
    email="wim@tweewielerclaes.be",
    opening_hours="di–za 9:00–18:00; maandag gesloten",
    holidays="Kerstmis: gesloten",
    faq=[
        FaqItem("Doe je ook bikefitting?", "Ja, een bikefitting van anderhalf uur kost € 150."),
        FaqItem("Wat kost een nieuwe ketting?", "Een ketting vervangen kost € 35, een cassette erbij € 60."),
    ],
)
KAPPER = BusinessProfile(
    name="Salon Ilse",
    kind="kapsalon",
    signers=["Ilse", "Ramon"],
    voice="wij",
    register="u",
    email="info@salonilse.nl",
    opening_hours="di–za 9:00–17:30",
    faq=[
        FaqItem("Wat kost een kinderknipbeurt?", "Kinderen tot 10 jaar knippen wij voor € 17."),
        FaqItem("Wat kost knippen?", "Dames € 40, heren € 28."),
        FaqItem("Knippen jullie ook afro haar?", "Ja, afro en kroeshaar knippen wij met de schaar, € 45."),
    ],
)
BAKKER = BusinessProfile(
    name="Bakkerij Maes",
    kind="bakkerij",
    signers=["Els"],
    voice="wij",
    register="u",
    email="info@bakkerijmaes.be",
    opening_hours="di–zo 7:00–18:00",
    delivery_terms="taarten brengen we in Deinze en Nevele voor € 5, gratis vanaf € 50",
)


def _draft(profile: BusinessProfile, text: str, label: str = "vraag") -> str:
    analysis: dict[str, Any] = {
        "label": label,
        "flags": [],
        "scores": {},
        "details": extract(text).to_dict(),
        "questions": questions_of(text),
    }
    out = suggest(analysis, text, platform="facebook", author="", profile=profile, analyser=analyse_topics)
    return str(out["draft"] or "")


def test_a_thing_named_by_the_head_of_the_faqs_compound_gets_its_price() -> None:
    for text in ("hoeveel kost zo'n fitting eigenlijk?", "Wat kost een fitting bij jou?", "wat kost ne fitting?"):
        draft = _draft(FIETS, text)
        assert "€ 150" in draft and "[vul in" not in draft, text


def test_a_price_for_whom_is_no_price_for_someone_else() -> None:
    lemmas = Drafter(FIETS, analyser=analyse_topics)._lemmas_of
    faq = [{"question": "Wat kost een kinderzadel?", "answer": "Een kinderzadel monteer ik voor € 25."}]
    kids = BusinessProfile.from_dict({**FIETS.to_dict(), "faq": faq})
    assert price_entry("Wat kost een zadel?", kids, lemmas) is None
    assert price_entry("Wat kost een kinderzadel?", kids, lemmas) is not None
    fitting = price_entry("hoeveel kost zo'n fitting?", FIETS, lemmas)
    assert fitting is not None and "€ 150" in fitting.answer


def test_the_one_entry_that_names_what_is_asked_answers_it() -> None:
    for text in ("doen jullie ook iets met afro haar?", "Doen jullie ook iets met kroeshaar?"):
        draft = _draft(KAPPER, text)
        assert "€ 45" in draft and "[vul in" not in draft, text


def test_a_place_in_lower_case_the_profile_names_is_that_place() -> None:
    for text in (
        "kunnen jullie ook een taart naar nevele brengen?",
        "Bezorgen jullie ook in nevele?",
        "Kunt u een taart naar Nevele leveren?",
    ):
        draft = _draft(BAKKER, text)
        assert "Nevele" in draft and "€ 50" in draft and "[vul in" not in draft, text


def test_a_small_word_after_naar_or_in_is_no_place() -> None:
    assert come_to_names("kunnen jullie ook een taart naar rumbeke brengen?") == {"Rumbeke"}
    assert come_to_names("Bezorgen jullie ook in sint-niklaas?") == {"Sint-Niklaas"}
    assert come_to_names("Komen jullie ook in een dorp als het onze?") == set()


def test_a_need_beside_a_holiday_slot_gets_its_price() -> None:
    draft = _draft(FIETS, "Ben je open op tweede pinksterdag? Wil mijn ketting laten vervangen voor de vakantie")
    assert "€ 35" in draft and "€ 60" not in draft


def test_prices_that_depend_on_for_whom_are_not_guessed_for_a_need() -> None:
    assert "€ 40" not in _draft(KAPPER, "Zijn jullie open op tweede pinksterdag? wil nog even knippen")


def test_the_writers_own_pain_is_said_back_in_the_register() -> None:
    draft = _draft(FIETS, "wat kost een fitting? mijn rug doet echt zeer na lange ritten")
    assert "rug" in draft and "€ 150" in draft
    assert pain_values("heb last van mijn nek na het fietsen", "u") == {"waarde": "last", "onderwerp": "van uw nek"}
    assert pain_values("heb al pijn aan m'n knieën", "je") == {"waarde": "pijn", "onderwerp": "aan je knieën"}
    assert pain_values("mijn vriendin heeft pijn aan haar knie", "je") is None
    assert pain_values("pijn aan mijn portemonnee na die rekening", "je") is None


def test_one_of_the_staff_written_in_lower_case_is_named_and_the_price_question_answered() -> None:
    draft = _draft(KAPPER, "ramon is echt een tovenaar met de schaar! wat kost afro haar eigenlijk?", "positief")
    assert "Ramon" in draft and "de ramon" not in draft and "€ 45" in draft


def test_an_unknown_lower_case_name_called_a_hero_is_a_name() -> None:
    found = analyse_topics("joelle is gewoon een kunstenaar met die schaar, beste coupe ooit")
    assert "Joelle" in found.names and "joelle" not in [p.text for p in found.products]
    assert not analyse_topics("pizza is gewoon een kunstwerk").names
