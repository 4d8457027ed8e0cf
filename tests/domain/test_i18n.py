"""The domain's texts per language: every Dutch text has its English one, and it stays that way."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app.domain import i18n
from app.domain.categories import CATEGORY_NAMES, FLAG_NAMES, PLATFORMS
from app.domain.crisis import shipped_scenarios
from app.domain.datafile import read_toml
from app.domain.flowchart import parse_flowchart, shipped_flowchart
from app.domain.i18n import content_language, content_language_as, data_problems, localise
from app.domain.i18n_check import leftovers, problems
from app.domain.texts import FLOWCHART_TEXTS
from app.domain.training import DIFFICULTY_NAMES, shipped_cases
from app.errors import DataFileError
from app.resources import resource_path


def test_every_dutch_text_has_an_english_one() -> None:
    """The completeness gate: a Dutch text in flowchart, crisis scenarios, practice cases or a table
    without its English counterpart (or a new field nobody classified) fails here, by name."""
    found = problems("en")
    assert found == [], "\n".join(found[:30])


def test_left_over_translations_are_listed() -> None:
    """A Dutch text that was edited leaves its old translation behind: ``packaging/i18n_data.py``
    lists it, to delete once the new text is translated. Entries for texts another branch is still
    adding may wait there; every left-over is one Dutch text no data file has any more."""
    for relative, texts in leftovers("en").items():
        assert texts and all(isinstance(t, str) and t for t in texts), relative


def test_the_dutch_tables_name_every_code() -> None:
    assert problems("nl") == []


def test_english_flowchart_means_the_same_and_reads_english() -> None:
    nl, en = shipped_flowchart("nl"), shipped_flowchart("en")
    assert list(nl.nodes) == list(en.nodes)
    for node_id, dutch in nl.nodes.items():
        english = en.node(node_id)
        assert (english.kind, english.next, english.draft, english.negative, english.category) == (
            dutch.kind,
            dutch.next,
            dutch.draft,
            dutch.negative,
            dutch.category,
        )
        assert [(a.id, a.next, a.labels, a.flags) for a in english.answers] == [
            (a.id, a.next, a.labels, a.flags) for a in dutch.answers
        ]
        assert len(english.advice) == len(dutch.advice) and english.flag_advice.keys() == dutch.flag_advice.keys()
        assert english.title != dutch.title or (node_id == "intake" and english.title)
    assert en.node("aard").question == "What kind of message is this?"
    assert en.status_label("monitoren") == "Monitoring" and nl.status_label("monitoren") == "In de gaten houden"
    assert [c.id for c in en.checklist] == [c.id for c in nl.checklist]


def test_the_window_language_chooses_what_the_loaders_give() -> None:
    assert content_language() == "nl"
    with content_language_as("en"):
        assert shipped_flowchart() is shipped_flowchart("en")
        assert CATEGORY_NAMES["klacht"] == "complaint" and FLAG_NAMES["bedreiging"] == "threat"
        assert PLATFORMS["google"] == "Google reviews" and DIFFICULTY_NAMES["moeilijk"] == "hard"
        assert shipped_cases() is shipped_cases("en")
    assert shipped_flowchart() is shipped_flowchart("nl")
    assert CATEGORY_NAMES["onwaarheid"] == "onwaarheid / gerucht" and PLATFORMS["email"] == "E-mail"
    assert "google" in PLATFORMS and next(iter(PLATFORMS)) == "facebook" and "Google-reviews" not in PLATFORMS
    with pytest.raises(KeyError):
        CATEGORY_NAMES["onbekend"]
    with pytest.raises(ValueError, match="onbekende taal"):
        i18n.set_content_language("de")


def test_practice_and_crisis_explain_in_english_but_keep_the_dutch_comments_and_replies() -> None:
    dutch, english = shipped_cases("nl"), shipped_cases("en")
    assert [c.id for c in dutch] == [c.id for c in english]
    for nl_case, en_case in zip(dutch, english, strict=True):
        assert en_case.text == nl_case.text and en_case.model_reply == nl_case.model_reply  # the business's language
        assert en_case.outcome == nl_case.outcome and en_case.difficulty == nl_case.difficulty
        assert en_case.title != nl_case.title and en_case.context != nl_case.context
        assert [s.answer for s in en_case.steps] == [s.answer for s in nl_case.steps]
    first = next(c for c in english if c.id == "basis-restaurant-lang-wachten")
    assert first.title == "An hour's wait for the main course"
    scenarios = {s.id: s for s in shipped_scenarios("en")}
    video = scenarios["kapper-video"]
    assert video.title == "The video at the till" and video.business == "hair salon"
    dutch_video = {s.id: s for s in shipped_scenarios("nl")}["kapper-video"]
    assert [m.text for m in video.messages] == [m.text for m in dutch_video.messages]
    assert all(m.why != d.why for m, d in zip(video.messages, dutch_video.messages, strict=True))


def _flowchart_data() -> dict:
    return read_toml(resource_path("flowchart.toml"))


def test_reordering_the_dutch_advice_keeps_each_translation_with_its_text() -> None:
    """Translations are found by their Dutch text: moving advice around in flowchart.toml needs no
    change in the English file (another engineer reorders the threat advice)."""
    data = _flowchart_data()
    node = next(n for n in data["nodes"] if n["id"] == "uitkomst_beledigend")
    node["advice"].reverse()
    node["flag_advice"]["bedreiging"].reverse()
    english = parse_flowchart(localise(data, "flowchart.toml", "en", FLOWCHART_TEXTS).data)
    shipped = shipped_flowchart("en").node("uitkomst_beledigend")
    assert english.node("uitkomst_beledigend").advice == tuple(reversed(shipped.advice))
    assert english.node("uitkomst_beledigend").flag_advice["bedreiging"] == tuple(
        reversed(shipped.flag_advice["bedreiging"])
    )


def test_an_edited_or_new_dutch_text_is_reported_missing() -> None:
    data = _flowchart_data()
    node = next(n for n in data["nodes"] if n["id"] == "uitkomst_herstel")
    node["advice"][0] = node["advice"][0] + " Echt."
    node["advice"].append("Een gloednieuw advies.")
    found = data_problems("flowchart.toml", data, FLOWCHART_TEXTS, "en")
    assert len(found) == 2
    assert "nodes[uitkomst_herstel].advice" in found[0] and "Begin met begrip" in found[0]
    assert "Een gloednieuw advies." in found[1]
    # At run time the Dutch text stands in: the window never breaks on one missing translation.
    result = localise(data, "flowchart.toml", "en", FLOWCHART_TEXTS)
    assert result.data["nodes"][[n["id"] for n in data["nodes"]].index("uitkomst_herstel")]["advice"][-1] == (
        "Een gloednieuw advies."
    )


def test_a_new_field_must_be_classified() -> None:
    """A field added to the chart is either translated or explicitly kept, never silently Dutch."""
    data = _flowchart_data()
    data["nodes"][0]["warning"] = "Pas op!"
    found = data_problems("flowchart.toml", data, FLOWCHART_TEXTS, "en")
    assert found == ["flowchart.toml: veld nodes[intake].warning is niet ingedeeld (vertalen of bewaren?)"]


def test_a_catalogue_is_checked_when_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "i18n" / "en"
    folder.mkdir(parents=True)
    monkeypatch.setattr(i18n, "resource_path", tmp_path.joinpath)
    i18n.catalogue.cache_clear()
    try:
        (folder / "x.toml").write_text('[[text]]\nnl = "Ja"\nen = "Yes"\n\n[[text]]\nnl = "Ja"\nen = "Yeah"\n')
        with pytest.raises(DataFileError, match=r"x\.toml, tekst 2: deze Nederlandse tekst staat er twee keer in"):
            i18n.catalogue("x.toml", "en")
        (folder / "y.toml").write_text('[[text]]\nnl = "Ja"\nengels = "Yes"\n')
        with pytest.raises(DataFileError, match="precies 'nl' en 'en'"):
            i18n.catalogue("y.toml", "en")
        (folder / "p.toml").write_text('[[text]]\nnl = "Meld het bij {platform}"\nen = "Report it to {platfrom}"\n')
        with pytest.raises(DataFileError, match=r"andere \{plekhouders\}"):
            i18n.catalogue("p.toml", "en")
        (folder / "z.toml").write_text('[[text]]\nnl = "Ja"\nen = ""\n\n[[text]]\nnl = "Nee"\nen = "No"\n')
        assert i18n.catalogue("z.toml", "en") == {"Nee": "No"}  # empty: still to translate
        assert i18n.catalogue("missing.toml", "en") == {}
    finally:
        i18n.catalogue.cache_clear()


def test_a_table_entry_with_other_placeholders_falls_back_to_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for language, body in (
        ("nl", 'title = "Maandrapport {month}"\nunknown = "onbekend"\n[pdf]\ncount = "Aantal"\n'),
        ("en", 'title = "Monthly report {maand}"\nextra = "x"\n[pdf]\ncount = "Count"\n'),
    ):
        (tmp_path / "i18n" / language).mkdir(parents=True)
        (tmp_path / "i18n" / language / "t.toml").write_text(body)
    monkeypatch.setattr(i18n, "resource_path", tmp_path.joinpath)
    i18n.table.cache_clear()
    try:
        merged = i18n.table("t", "en")
        assert merged == {"title": "Maandrapport {month}", "unknown": "onbekend", "pdf": {"count": "Count"}}
        found = i18n.table_problems("t", "en")
        assert len(found) == 3
        assert any("'title'" in f for f in found) and any("'unknown'" in f for f in found)
        assert any("'extra' staat niet in de Nederlandse tabel" in f for f in found)
    finally:
        i18n.table.cache_clear()


def test_localise_leaves_the_dutch_data_untouched() -> None:
    data = _flowchart_data()
    before = copy.deepcopy(data)
    localise(data, "flowchart.toml", "en", FLOWCHART_TEXTS)
    assert data == before


def test_drafts_stay_in_the_business_language() -> None:
    """Replies go out to the business's Dutch customers: the English window drafts them in Dutch."""
    from app.domain.drafting import Drafter
    from app.domain.profile import BusinessProfile

    profile = BusinessProfile(name="Bakkerij Test", signers=["Anna"])
    text = "Drie weken op mijn pakket gewacht en niemand neemt de telefoon op."
    dutch = Drafter(profile).draft("uitkomst_herstel", text, platform="facebook").text
    with content_language_as("en"):
        english_window = Drafter(profile).draft("uitkomst_herstel", text, platform="facebook").text
    assert english_window == dutch and "Anna" in dutch


def test_team_and_statement_texts_follow_the_language() -> None:
    from app.domain.approval import TeamFigures, team_summary
    from app.domain.radar_data import shipped_statements

    with content_language_as("en"):
        assert team_summary(TeamFigures(waiting=2)) == ["2 replies are waiting for approval now."]
        statements = shipped_statements()
    assert team_summary(TeamFigures(waiting=1)) == ["Er wacht nu 1 antwoord op goedkeuring."]
    dutch = shipped_statements("nl")
    assert statements is shipped_statements("en") and statements is not dutch
    assert statements.statements == {
        kind: (statements.statements[kind][0], text) for kind, (_title, text) in dutch.statements.items()
    }  # the statements themselves are posted: Dutch in both
    assert statements.statements["levering"][0] == "Delivery"


def test_safety_first_in_english() -> None:
    from app.domain.safety import shipped_safety

    with content_language_as("en"):
        block = shipped_safety().block(["bedreiging"], "Instagram", ["Swipe left and choose 'Report'."])
    assert block is not None and block.title == "Threat: see to your safety first"
    headings = [heading for heading, _ in block.sections]
    assert headings[0] == "1. Report it to Instagram"
    dutch = shipped_safety("nl").block(["bedreiging"], "Instagram", ["Veeg naar links."])
    assert dutch is not None and dutch.title.startswith("Bedreiging")


def test_notes_next_to_a_draft_follow_the_window_language() -> None:
    """The drafter's notes are for the owner: English in the English window; the reply stays Dutch."""
    from app.domain.drafting import Drafter, copy_warnings
    from app.domain.profile import BusinessProfile

    profile = BusinessProfile(name="Bakkerij Test", signers=["Anna"])
    text = "Ik weet waar je woont. Pas maar op."
    dutch = Drafter(profile).draft("uitkomst_beledigend", text, platform="instagram", flags=["bedreiging"])
    with content_language_as("en"):
        english = Drafter(profile).draft("uitkomst_beledigend", text, platform="instagram", flags=["bedreiging"])
        copy_note = copy_warnings("Geef je mening aan en pas je review aan, dan krijg je een tegoedbon.")
    assert english.text == dutch.text
    assert any(w.startswith("Report to Instagram: Swipe the comment to the left") for w in english.warnings)
    assert any(w.startswith("Melden bij Instagram: Veeg de reactie") for w in dutch.warnings)
    assert all(not w.startswith("Melden") for w in english.warnings)
    assert copy_note and all("review" in w and "Het antwoord" not in w for w in copy_note), copy_note
