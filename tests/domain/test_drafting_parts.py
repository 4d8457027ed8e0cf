"""Drafts for comments about things the lexicon does not know, safety beyond food, questions about
anything, English comments, and the split of the drafter into modules (issues #13 and #14)."""

from __future__ import annotations

from pathlib import Path

from app.domain.drafting import Drafter
from app.domain.language import english_object, language_of
from app.domain.language_tried import english_tried
from app.domain.profile import BusinessProfile
from app.domain.suggest import suggest
from app.nlp.topics import analyse_topics

SHOP = BusinessProfile(
    name="Speelgoed De Tol",
    kind="speelgoedwinkel",
    signers=["Anouk"],
    voice="wij",
    email="info@detol.nl",
    phone="030-1234567",
    return_terms="twee jaar garantie op al ons houten speelgoed",
    holidays="pasen: eerste paasdag dicht, tweede paasdag 11:00–16:00",
)


def draft(text: str, label: str, platform: str = "facebook", author: str = "Sanne", **kw: object) -> dict:
    profile = kw.pop("profile", SHOP)
    return suggest(
        {"label": label, "flags": []}, text, platform=platform, author=author, profile=profile, analyser=analyse_topics
    )  # type: ignore[arg-type]


def test_a_complaint_names_a_thing_the_lexicon_does_not_know_and_the_warranty() -> None:
    out = draft("Het houten treintje voor mijn zoon was na twee dagen al kapot.", "klacht")
    assert "het treintje" in out["draft"] and "twee jaar garantie" in out["draft"]


def test_a_guessed_thing_is_not_what_was_waited_for() -> None:
    out = draft("De verhuizers kwamen drie uur later dan afgesproken, een extra dag vrij genomen.", "klacht")
    assert "op de extra" not in out["draft"] and "afgesproken moest" not in out["draft"]


def test_hazard_and_urgency_put_the_phone_first() -> None:
    out = draft("De accu die jullie plaatsten werd gloeiend heet, er had brand kunnen komen!", "klacht")
    assert out["channel"] == "telefoon" and "allergische" not in out["draft"]
    out = draft("Mijn bestelling is er nog steeds niet en het feest is overmorgen, ik ben in paniek.", "klacht")
    assert out["channel"] == "telefoon"


def test_a_question_about_anything_is_named_and_holiday_parts_answer() -> None:
    out = draft("Hebben jullie ook Lego Duplo?", "vraag", "instagram")
    assert "Lego Duplo" in out["draft"]
    out = draft("Zijn jullie open op 2e paasdag?", "vraag", "x")
    assert "11:00–16:00" in out["draft"] and "vul in" not in out["draft"]


def test_grief_names_the_person_once() -> None:
    out = draft("Jullie hebben de naam van mijn overleden moeder zo mooi op de kist gezet.", "positief")
    assert "je moeder" in out["draft"] and out["draft"].count("moeilijke tijd") <= 1


def test_english_comments_get_an_english_draft_with_the_same_rules() -> None:
    assert language_of("Dropped my phone off on Monday, still not fixed") == "en"
    assert language_of("Mijn telefoon is nog steeds niet klaar, slechte service") == "nl"
    assert english_object("Got a tiny wave tattoo here") == "the tattoo"
    assert english_tried("nobody answers the phone") == ("telefoon",)
    assert english_tried("I emailed afterwards to ask what happened and never heard back.") == ("mail",)
    out = draft("Dropped my phone off on Monday, still not fixed and nobody answers the phone.", "klacht", "google")
    assert "your phone" in out["draft"] and "030-1234567" not in out["draft"] and "privébericht" not in out["draft"]
    out = draft("My son had an allergic reaction after eating here, we ended up in hospital.", "klacht", "google")
    assert out["channel"] == "telefoon" and "030-1234567" in out["draft"]
    out = draft("Lovely shop and such friendly staff, will definitely come back!", "positief", "instagram")
    assert out["draft"].startswith(("Hi", "Hey")) and "Groet" not in out["draft"]


def test_drafts_stay_deterministic_and_the_modules_small() -> None:
    drafter = Drafter(SHOP, analyser=analyse_topics)
    texts = ["Het houten treintje was kapot.", "Got a tiny wave tattoo here, so friendly!"]
    first = [drafter.draft("uitkomst_herstel", t, platform="x").text for t in texts]
    assert first == [drafter.draft("uitkomst_herstel", t, platform="x").text for t in texts]
    root = Path(__file__).resolve().parents[2] / "app"
    for path in [*root.glob("domain/draft*.py"), *root.glob("nlp/topic*.py")]:
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600, path.name


def test_the_assistants_questions_are_used_when_the_analysis_has_them() -> None:
    text = "Mijn bestelling is kapot aangekomen. Krijg ik mijn geld terug?"
    found = draft(text, "klacht")  # no 'questions' in the analysis: the drafter finds them itself
    assert "‘Krijg ik mijn geld terug?’" in found["draft"]
    # The language assistant found no question (Analysis.questions is empty): none is answered.
    analysis = {"label": "klacht", "flags": [], "questions": []}
    out = suggest(analysis, text, platform="facebook", author="Sanne", profile=SHOP, analyser=analyse_topics)
    assert "‘Krijg ik mijn geld terug?’" not in out["draft"]


def test_how_long_the_writer_waited_is_said() -> None:
    out = draft("De monteur kwam drie uur later dan afgesproken en belde niet.", "klacht")
    assert "drie uur" in out["draft"]
