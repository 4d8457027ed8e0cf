"""Complaint drafts that say back more of what the writer told (session 11, issue #13): what they had
ordered when the wrong thing came ('de verkeerde doos ... ik had een kapsalon besteld', either order; a
wrong thing alone keeps the plain line), the new part a thing was brought in for beside the promised
time that passed (not a time or place after 'voor'), and the evening a wait was on when the comment
opens with it ('Mosselavond: ...'). Businesses and sentences of their own, none from the rounds."""

from __future__ import annotations

from app.domain.draft_complaint_said import opening_event
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_said import brought_for
from tests.domain.businesses import EETCAFE_DE_LINDE, GARAGE_STAM, SNACKBAR_DE_HOEK
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"


def _ordered(text: str) -> dict[str, str] | None:
    return next((s.values(text) for s in shipped_complaint_cues() if s.id == "wrong_ordered" and s.values(text)), None)


def test_the_wrong_thing_and_what_was_ordered_are_found_in_either_order() -> None:
    found = _ordered("de bezorger gaf ons de verkeerde zak mee, wij hadden twee broodjes shoarma besteld")
    assert found == {"waarde": "zak", "tweede": "twee broodjes shoarma"}
    found = _ordered("Ik had een pizza tonno besteld maar kreeg de verkeerde doos.")
    assert found == {"waarde": "doos", "tweede": "een pizza tonno"}
    # a time or place before 'besteld' is not what was ordered
    assert _ordered("de verkeerde saus erbij, terwijl ik gisteren bij jullie besteld had") is None
    assert _ordered("ik had bij jullie besteld en kreeg de verkeerde saus") is None


def test_the_draft_names_what_was_ordered_beside_the_wrong_thing() -> None:
    text = (
        "Net de verkeerde zak thuisbezorgd gekregen, er zit een frikandel speciaal in en ik had een bamischijf besteld."
    )
    draft = draft_text(SNACKBAR_DE_HOEK, _COMPLAINT, text)
    assert "bamischijf" in draft and "verkeerde zak" in draft


def test_a_wrong_thing_without_what_was_ordered_keeps_the_plain_line() -> None:
    text = "We kregen de verkeerde gerechten en moesten daarna nog eens een half uur wachten."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "besteld" not in draft


def test_the_job_a_thing_was_brought_in_for_is_found() -> None:
    assert brought_for("Auto maandag gebracht voor een nieuwe koppeling.") == "de nieuwe koppeling"
    assert brought_for("Laptop voor het nieuwe scherm afgegeven") == "het nieuwe scherm"
    assert brought_for("Pakket netjes voor de deur afgegeven") == ""
    assert brought_for("De auto stond voor de deur") == ""


def test_the_promised_time_names_the_job_it_was_for() -> None:
    text = "Auto maandag gebracht voor een nieuwe koppeling, zou woensdag klaar zijn. Nu is het zaterdag en nog niks."
    draft = draft_text(GARAGE_STAM, _COMPLAINT, text)
    assert "nieuwe koppeling" in draft and "woensdag" in draft
    text = "Auto maandag gebracht, zou woensdag klaar zijn. Nu is het zaterdag en nog niks."
    assert "voor de" not in draft_text(GARAGE_STAM, _COMPLAINT, text)


def test_an_event_the_comment_opens_with_is_found() -> None:
    assert opening_event("Mosselavond: anderhalf uur gewacht") == "de mosselavond"
    assert opening_event("Kerstbuffet - niks meer over om half acht") == "het kerstbuffet"
    assert opening_event("Avond: lang gewacht") == ""  # the bare word is no event
    assert opening_event("Gisteravond anderhalf uur op ons eten gewacht: schandalig") == ""  # no heading


def test_the_wait_is_said_with_the_evening_it_was_on() -> None:
    text = "Mosselavond: anderhalf uur op onze mosselen gewacht en toen waren ze nog lauw ook. Jammer."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)
    assert "mosselavond" in draft and "anderhalf uur" in draft
