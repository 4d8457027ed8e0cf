"""Radar data files, the crisis plan in the profile, statements in the business's tone."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from app.domain.profile import BusinessProfile, ProfileError
from app.domain.radar_data import ROLES, parse_radar, parse_statements, shipped_radar, shipped_statements
from app.domain.radar_plan import CrisisPlan, PlanError, Role, checklist, follow_up_draft, statement_for
from app.domain.replies import open_slots
from app.errors import DataFileError
from app.resources import resource_path

KINDS = [k.id for k in shipped_radar().kinds]


def _radar() -> dict[str, Any]:
    return tomllib.loads(resource_path("radar.toml").read_text(encoding="utf-8"))


def _statements() -> dict[str, Any]:
    return tomllib.loads(resource_path("statements.toml").read_text(encoding="utf-8"))


def test_every_incident_kind_of_the_issue_has_a_statement() -> None:
    assert {"voedselveiligheid", "levering", "personeel", "storing", "bericht"} <= set(KINDS)
    assert set(shipped_statements().statements) == set(KINDS)
    assert {s.role for s in shipped_statements().steps} == set(ROLES)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["burst"].update(crisis=2), "'crisis' mag niet lager"),
        (lambda d: d["burst"].pop("window_minutes"), "window_minutes"),
        (lambda d: d["threats"].update(verhoogd="1"), "geheel getal"),
        (lambda d: d["kind"].pop(), "algemeen"),
        (lambda d: d["rate"].update(crisis_count=1), "crisisdrempels"),
        (lambda d: d["bombing"].update(new_share=1.5), "new_share"),
    ],
)
def test_a_broken_radar_file_names_the_problem(change: Any, message: str) -> None:
    data = _radar()
    change(data)
    with pytest.raises(DataFileError, match=message):
        parse_radar(data, "radar.toml")


def test_a_statements_file_without_a_kind_or_a_role_is_refused() -> None:
    data = _statements()
    del data["statement"]["levering"]
    with pytest.raises(DataFileError, match="levering"):
        parse_statements(data, KINDS)
    data = _statements()
    data["step"] = [s for s in data["step"] if s["role"] != "approve"]
    with pytest.raises(DataFileError, match="elke rol"):
        parse_statements(data, KINDS)


@pytest.mark.parametrize("voice", ["ik", "wij"])
@pytest.mark.parametrize("register", ["je", "u"])
@pytest.mark.parametrize("kind", KINDS)
def test_statements_come_out_in_the_business_tone_with_open_slots(voice: str, register: str, kind: str) -> None:
    profile = BusinessProfile(name="Bakkerij Jansen", signers=["Sanne"], voice=voice, register=register, dm=False)
    profile.email = "info@jansen.nl"
    text = statement_for(kind, "de kipsalade", profile)
    assert "{" not in text and "}" not in text
    assert text.endswith("Sanne, Bakkerij Jansen")
    assert open_slots(text), "the facts stay open for the owner"
    assert "info@jansen.nl" in text
    words = set(text.replace(".", " ").replace(",", " ").split())
    if voice == "wij":
        assert not {"ik", "Ik", "mij", "Mijn"} & words
    else:
        assert not {"we", "We", "ons", "Ons"} & words
    if register == "u":
        assert not {"je", "jij", "jouw", "Heb"} & words


def test_the_owners_own_statement_wins_and_is_filled() -> None:
    profile = BusinessProfile(name="Fietsen Bram", signers=["Bram"])
    plan = CrisisPlan(statements={"storing": "De site ligt eruit. [vul in: wanneer] weer terug. {ondertekening}"})
    text = statement_for("storing", "", profile, plan)
    assert text == "De site ligt eruit. [vul in: wanneer] weer terug. Bram, Fietsen Bram"
    assert "De site ligt eruit" not in statement_for("levering", "", profile, plan)


def test_checklist_names_the_people_from_the_plan() -> None:
    plan = CrisisPlan([Role("monitor", "Aysel", "06-12345678"), Role("approve", "Bram", "")])
    items = checklist(plan)
    assert [i.task for i in items][:4] == ["monitor", "draft", "approve", "post"]
    assert items[0].who == "Aysel (06-12345678)"
    assert items[2].who == "Bram"
    assert items[1].who.startswith("[vul in:")


def test_plan_round_trips_through_the_profile_and_old_profiles_still_load() -> None:
    old = {"name": "Bakkerij Jansen", "register": "u"}
    assert BusinessProfile.from_dict(old).crisis is None
    assert "crisis" not in BusinessProfile.from_dict(old).to_dict()
    plan = CrisisPlan([Role("post", "Sanne", "app-groep")], {"levering": "Eigen tekst."})
    profile = BusinessProfile(name="Bakkerij Jansen", crisis=plan)
    again = BusinessProfile.from_dict(profile.to_dict())
    assert again.plan.role("post").name == "Sanne"
    assert again.plan.statements == {"levering": "Eigen tekst."}


@pytest.mark.parametrize(
    ("crisis", "message"),
    [
        ([], "object"),
        ({"roles": [{"task": "baas", "name": "X"}]}, "onbekende rol"),
        ({"roles": [{"task": "post", "contact": "06-1"}]}, "naam"),
        ({"statements": {"brand": "tekst"}}, "onbekende soort"),
    ],
)
def test_a_wrong_plan_is_a_profile_error(crisis: Any, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        BusinessProfile.from_dict({"name": "X", "crisis": crisis})


def test_plan_error_is_raised_directly_too() -> None:
    with pytest.raises(PlanError):
        CrisisPlan.from_dict("tekst")


def test_follow_up_draft_tells_what_happened_what_was_done_and_what_changes() -> None:
    profile = BusinessProfile(name="Bakkerij Jansen", signers=["Sanne"], voice="wij")
    text = follow_up_draft(
        "de kipsalade",
        "Op 14 maart",
        8,
        ["We hebben 7 van de 8 reacties persoonlijk beantwoord."],
        ["koelcel elke ochtend controleren", "Leverancier gewisseld."],
        profile,
    )
    assert "Op 14 maart kregen we 8 reacties over de kipsalade." in text
    assert "7 van de 8" in text
    assert "Koelcel elke ochtend controleren. Leverancier gewisseld." in text
    assert text.endswith("Sanne, Bakkerij Jansen")
    bare = follow_up_draft("de kipsalade", "Op 14 maart", 8, [], [], BusinessProfile())
    assert "[vul in: wat er is gedaan]" in bare and "[vul in: wat er verandert" in bare


def test_readme_documents_the_thresholds_in_the_data_file() -> None:
    readme = (resource_path("radar.toml").parent.parent / "README.md").read_text(encoding="utf-8")
    if "## Crisisradar" not in readme:
        pytest.skip("an installed package has no README")
    config = shipped_radar()
    b, r, t, m = config.burst, config.rate, config.threats, config.bombing
    assert f"binnen {b.window_minutes} minuten | {b.verhoogd} | {b.crisis} (" in readme
    assert f"gezondheid of veiligheid: {b.safety_crisis})" in readme
    assert (
        f"{r.verhoogd_count} én {r.verhoogd_factor:g}× normaal | {r.crisis_count} én {r.crisis_factor:g}× normaal"
        in readme
    )
    assert f"in {t.window_hours} uur | {t.verhoogd} | {t.crisis} |" in readme
    assert f"in {m.window_hours} uur, minstens {round(m.new_share * 100)} %" in readme
    assert f"| {m.verhoogd} | {m.crisis} |" in readme
