from __future__ import annotations

import pytest

from app.domain.flowchart import shipped_flowchart
from app.domain.profile import BusinessProfile
from app.domain.suggest import auto_walk, suggest
from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("label", "flags", "outcome"),
    [
        ("klacht", (), "uitkomst_herstel"),
        ("klacht", ("bedreiging",), "uitkomst_herstel"),  # a flag alone never means "no reply"
        ("onwaarheid", ("haat",), "uitkomst_onwaarheid"),
        ("onwaarheid", (), "uitkomst_onwaarheid"),
        ("grap_satire", (), "uitkomst_grap"),
        ("beledigend", ("haat",), "uitkomst_beledigend"),
        ("positief", (), "uitkomst_bedank_publiek"),
        ("positief", ("suggestie",), "uitkomst_bedank_publiek_suggestie"),
    ],
)
def test_auto_walk(label: str, flags: tuple[str, ...], outcome: str) -> None:
    _, node = auto_walk(shipped_flowchart(), label, flags, can_answer=True)
    assert node.id == outcome


@pytest.mark.parametrize("label", ["klacht", "positief", "grap_satire", "onwaarheid", "beledigend"])
def test_the_profile_is_asked_only_where_the_chart_leaves_the_answer_to_it(label: str) -> None:
    # finding the answer is most of the work of drafting a question: a complaint or praise never needs it
    asked: list[bool] = []

    def can_answer() -> bool:
        asked.append(True)
        return True

    auto_walk(shipped_flowchart(), label, (), can_answer)
    assert asked == []


@pytest.mark.parametrize(
    ("known", "outcome"), [(True, "uitkomst_vraag_beantwoorden"), (False, "uitkomst_vraag_uitzoeken")]
)
def test_a_question_asks_the_profile_once(known: bool, outcome: str) -> None:
    asked: list[bool] = []

    def can_answer() -> bool:
        asked.append(True)
        return known

    _, node = auto_walk(shipped_flowchart(), "vraag", (), can_answer)
    assert (
        asked == [True] and node.id == outcome and node.id == auto_walk(shipped_flowchart(), "vraag", (), known)[1].id
    )


def test_question_outcome_depends_on_what_the_profile_knows() -> None:
    analysis = {"label": "vraag", "flags": [], "details": {}}
    known = suggest(
        analysis,
        "Zijn jullie zondag open?",
        profile=BusinessProfile(signers=["Bo"], opening_hours="zo 10–16"),
        analyser=analyse_topics,
    )
    unknown = suggest(
        analysis, "Zijn jullie zondag open?", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert known["outcome"] == "uitkomst_vraag_beantwoorden" and "10–16" in known["draft"]
    assert unknown["outcome"] == "uitkomst_vraag_uitzoeken"


def test_suggest_fields() -> None:
    result = suggest({"label": "beledigend", "flags": ["haat"], "details": {}}, "rot op", platform="facebook")
    assert result["respond"] is False and result["draft"] is None and result["checklist"] == []
    assert any("platform" in a for a in result["advice"])
    result = suggest({"label": "klacht", "flags": [], "details": {}}, "Pakket kwam kapot aan", platform="x")
    assert result["respond"] is True and result["draft"] and result["checklist"]
    assert {"outcome", "advice", "slots", "warnings", "path"} <= set(result)


def test_threat_inside_a_complaint_still_gets_a_reply_and_report_steps() -> None:
    analysis = {"label": "klacht", "flags": ["bedreiging"], "details": {}}
    result = suggest(
        analysis,
        "Als ik mijn geld niet terugkrijg kom ik langs met vrienden",
        platform="facebook",
        profile=BusinessProfile(signers=["Bo"], email="bo@example.nl"),
        analyser=analyse_topics,
    )
    assert result["outcome"] == "uitkomst_herstel" and result["respond"] is True
    assert "bo@example.nl" in result["draft"]
    assert any("Melden bij Facebook" in w for w in result["warnings"])


@pytest.mark.parametrize(
    "text",
    [
        "Mijn kapsel is verpest en niemand belt terug. Ik weet waar ge woont, pas maar op.",
        "De taart was oud en jullie lachten me uit. Zaterdag gaan met m'n maten de ruiten eruit.",
    ],
)
def test_harm_held_out_inside_a_complaint_is_reported_not_answered(text: str) -> None:
    # a webcare professional answers a violent threat by reporting it, not publicly, complaint or not
    analysis = {"label": "klacht", "flags": ["bedreiging"], "details": {}}
    result = suggest(
        analysis, text, platform="instagram", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["respond"] is False and result["draft"] is None
    assert any("Melden bij Instagram" in w for w in result["warnings"] + result["advice"])


def test_a_legal_step_inside_a_complaint_is_still_answered() -> None:
    analysis = {"label": "klacht", "flags": ["bedreiging"], "details": {}}
    text = "Als ik mijn aanbetaling niet terugkrijg stap ik naar de Geschillencommissie."
    result = suggest(
        analysis, text, platform="google", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["respond"] is True and result["draft"]


def test_harm_told_as_a_plain_story_is_a_complaint_even_when_read_as_praise() -> None:
    text = "Dinsdag nieuwe remkabels laten zetten. Woensdag in de afdaling deed de voorrem niks, ik lag op straat."
    analysis = {"label": "positief", "flags": [], "scores": {"positief": 0.6, "klacht": 0.35}, "details": {}}
    result = suggest(
        analysis, text, platform="facebook", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["outcome"] == "uitkomst_herstel" and "dank" not in (result["draft"] or "").lower()


@pytest.mark.parametrize(
    ("text", "klacht"),
    [
        ("Dankzij Mila loop ik na mijn enkelblessure weer hard. Topfysio!", 0.02),  # praise names the harm
        ("Na de eerste les viel ik bijna om van de spierpijn, wat een heerlijke trainer 😂", 0.01),  # not a complaint
    ],
)
def test_praise_that_names_harm_stays_praise(text: str, klacht: float) -> None:
    analysis = {"label": "positief", "flags": [], "scores": {"positief": 0.9, "klacht": klacht}, "details": {}}
    result = suggest(
        analysis, text, platform="facebook", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["outcome"].startswith("uitkomst_bedank")


@pytest.mark.parametrize(
    ("scores", "outcome"),
    [
        ({"positief": 0.5, "grap_satire": 0.44, "klacht": 0.03}, "uitkomst_grap"),  # a close call: the joke
        ({"positief": 0.6, "grap_satire": 0.2, "klacht": 0.1}, "uitkomst_bedank_publiek"),  # joke too weak
        ({"positief": 0.7, "grap_satire": 0.3, "klacht": 0.0}, "uitkomst_bedank_publiek"),  # praise well ahead
    ],
)
def test_a_close_call_between_praise_and_a_joke_is_a_joke(scores: dict[str, float], outcome: str) -> None:
    text = "Sinds ik hier mijn brood haal past mijn broek niet meer. Jullie krentenbollen zijn gevaarlijk lekker."
    analysis = {"label": "positief", "flags": [], "scores": scores, "details": {}}
    result = suggest(
        analysis, text, platform="instagram", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["outcome"] == outcome


def test_the_label_the_chart_was_walked_with_is_reported() -> None:
    text = "Na de mosselen van vrijdag lagen we allebei twee dagen ziek op bed, overgeven en koorts."
    analysis = {"label": "positief", "flags": [], "scores": {"positief": 0.55, "klacht": 0.4}, "details": {}}
    result = suggest(
        analysis, text, platform="google", profile=BusinessProfile(signers=["Bo"]), analyser=analyse_topics
    )
    assert result["label"] == "klacht" and result["assistant_label"] == "positief"
    plain = suggest({"label": "klacht", "flags": [], "details": {}}, text, analyser=analyse_topics)
    assert "assistant_label" not in plain
