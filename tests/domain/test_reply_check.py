"""Checking a written reply: the expectations the drafts meet, named when a reply misses them."""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest

from app.domain.flowchart import shipped_flowchart
from app.domain.reply_check import check_reply, parse_rules, reply_report
from app.domain.training import shipped_cases
from app.errors import DataFileError
from app.resources import resource_path

FLOW = shipped_flowchart()
GOOD_COMPLAINT = (
    "Hoi Sanne, wat vervelend dat je taart scheef aankwam, zeker op een verjaardag. Sorry! "
    "Stuur je ons een DM met je bestelnummer? Dan maken we het goed. Groet, Marieke"
)


def missing(reply: str, kind: str = "herstel", platform: str = "facebook") -> dict[str, Any]:
    return {r.check: r for r in check_reply(reply, kind, platform).missing}


def test_a_good_complaint_reply_passes_everything() -> None:
    report = check_reply(GOOD_COMPLAINT, "herstel", "facebook")
    assert report.score == 1.0 and not report.missing
    assert [r.check for r in report.results] == ["empathie", "kanaal", "geen_verwijt", "lengte", "ondertekend"]


def test_jammer_dan_fails_and_says_why() -> None:
    report = check_reply("Jammer dan", "herstel", "facebook")
    assert report.score == 0.0
    failed = {r.check: r for r in report.missing}
    assert set(failed) == {"empathie", "kanaal", "geen_verwijt", "lengte", "ondertekend"}
    assert failed["geen_verwijt"].found == "Jammer dan"
    assert failed["lengte"].reason == "te_kort" and failed["lengte"].values == {"words": 2, "min": 12}


def test_blame_is_found_in_a_long_polite_reply() -> None:
    reply = (
        "Hoi Sanne, wat vervelend voor je. Je had wel beter moeten lezen, het staat op de site. "
        "Stuur ons gerust een DM als je nog vragen hebt. Groet, Marieke"
    )
    failed = missing(reply)
    assert list(failed) == ["geen_verwijt"] and "had" in failed["geen_verwijt"].found


def test_a_dm_offer_on_google_is_no_channel() -> None:
    reply = GOOD_COMPLAINT.replace("Stuur je ons een DM met je bestelnummer?", "Stuur je ons een privébericht?")
    failed = missing(reply, platform="google")
    assert failed["kanaal"].reason == "geen_dm_op_platform"
    assert not missing(GOOD_COMPLAINT.replace("een DM", "een mail naar info@bakker.nl"), platform="google")


def test_length_over_the_platform_limit() -> None:
    reply = GOOD_COMPLAINT.replace("Sorry!", "Sorry! " + "Het spijt ons echt heel erg. " * 12)
    failed = missing(reply, platform="x")
    assert failed["lengte"].reason == "te_lang" and failed["lengte"].values["limit"] == 280


def test_letter_style_on_a_chat_platform() -> None:
    reply = GOOD_COMPLAINT.replace("Groet, Marieke", "Met vriendelijke groet, Marieke")
    assert list(missing(reply, platform="instagram")) == ["toon"]
    assert not missing(reply, platform="facebook")  # the tone check is for chat platforms only


def test_signed_by_a_person() -> None:
    assert "ondertekend" in missing(GOOD_COMPLAINT.replace("Groet, Marieke", "Groet, het team"))
    endings = (
        "– Marieke",
        "Met vriendelijke groet,\nJan Peeters",
        "^Marieke",
        "Groet, Sandra, baliemedewerker",
        "Groet, mr. S. van der Linden",
    )
    for ending in endings:
        assert "ondertekend" not in missing(GOOD_COMPLAINT.replace("Groet, Marieke", ending)), ending


def test_kind_decides_the_checks() -> None:
    thanks = "Wat fijn om te lezen, Karin! We geven het door aan het team. Groet, Ruud"
    assert not missing(thanks, "bedanken")
    assert "waardering" in missing("We hebben je bericht gelezen en nemen het mee. Groet, Ruud", "bedanken")
    rumour = "Hoi Peter, dat klopt niet: ons vlees komt van twee boerderijen uit de buurt. Groet, Bas"
    assert list(missing(rumour, "rechtzetten")) == ["bron"]
    assert not missing(rumour.replace("buurt.", "buurt, zie https://slager.nl/herkomst."), "rechtzetten")
    assert check_reply("wat dan ook", "melden", "facebook").results == ()


def test_every_model_reply_of_the_practice_cases_passes() -> None:
    for case in shipped_cases():
        if case.model_reply:
            report = check_reply(case.model_reply, FLOW.node(case.outcome).draft, case.platform)
            assert not report.missing, (case.id, report.missing)


def test_reply_report_follows_the_outcome() -> None:
    outcomes = [FLOW.node(n) for n in FLOW.nodes if FLOW.node(n).is_outcome]
    silent = next(o for o in outcomes if not o.writes_reply)
    optional = next(o for o in outcomes if o.writes_reply and not o.reply_expected)
    expected = next(o for o in outcomes if o.reply_expected)
    assert reply_report(silent, "Hallo", "facebook") is None
    assert reply_report(optional, "  ", "facebook") is None
    assert reply_report(optional, "Haha, goeie! Groet, Tess", "facebook") is not None
    report = reply_report(expected, "", "facebook")
    assert report is not None and report.score < 1.0


def _shipped() -> dict[str, Any]:
    return tomllib.loads(resource_path("reply_checks.toml").read_text(encoding="utf-8"))


def test_the_rules_file_is_checked() -> None:
    data = _shipped()
    parse_rules(data)
    broken = copy.deepcopy(data)
    broken["patterns"]["verwijt"].append("(onaf")
    with pytest.raises(DataFileError, match="reguliere expressie"):
        parse_rules(broken)
    broken = copy.deepcopy(data)
    del broken["kinds"]["herstel"]
    with pytest.raises(DataFileError, match="kinds"):
        parse_rules(broken)
    broken = copy.deepcopy(data)
    broken["kinds"]["herstel"] = ["empathie", "tovenarij"]
    with pytest.raises(DataFileError):
        parse_rules(broken)
    broken = copy.deepcopy(data)
    broken["private_platforms"] = ["telegraaf"]
    with pytest.raises(DataFileError, match="platform"):
        parse_rules(broken)


def test_empathy_phrases_are_not_blame() -> None:
    for reply in (
        "Hoi Sanne, sorry! Je had echt beter verdiend op je verjaardag. Stuur ons een DM, dan maken we het goed. "
        "Groet, Marieke",
        "Hoi Sanne, sorry! Je had ons nog gewaarschuwd ook, en toch ging het mis. Stuur ons een DM, dan maken "
        "we het goed. Groet, Marieke",
    ):
        assert not missing(reply), reply
