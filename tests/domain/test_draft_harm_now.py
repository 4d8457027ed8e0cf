"""Who only took the writer somewhere is no one it happened to; harm that goes on is read from 'nog steeds', 'nog
altijd' or a wound that leaks (app/domain/draft_harm_now.py). Sentences of our own (typos, Flemish, English)."""

from __future__ import annotations

import pytest

from app.domain.draft_harm_now import harm_asked, only_brought, still_unwell


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mijn vriend is met mij naar de spoed gereden, mijn lippen waren helemaal dik.", "vriend"),
        ("mn man heeft me direct naar de huisartsenpost gebracht, ik kreeg geen lucht", "man"),
        ("Onze buurvrouw reed ons naar het ziekenhuis.", "buurvrouw"),
        ("My husband drove me to the ER straight away.", "husband"),
    ],
)
def test_someone_who_only_took_the_writer_somewhere_is_a_helper(text: str, person: str) -> None:
    assert only_brought(text, person)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mijn zoontje kreeg rode vlekken en ik heb hem naar de dokter gebracht.", "zoontje"),
        ("Mijn man werd ziek; ik reed hem naar de spoed.", "man"),
        ("Mijn vriend reed me naar huis en werd 's nachts ook ziek.", "vriend"),
        ("Mijn dochter at het worstenbroodje.", "dochter"),
    ],
)
def test_someone_who_got_ill_or_hurt_is_no_helper(text: str, person: str) -> None:
    assert not only_brought(text, person)


@pytest.mark.parametrize(
    ("text", "still"),
    [
        ("Het is nu nog altijd open en het doet zeer.", True),
        ("We zijn er nog steeds niet bovenop, al drie dagen.", True),
        ("Nu zitten er blaren op mijn hoofdhuid en het ettert 😭", True),
        ("tis nog altyd rood en gezwollen", True),
        ("My scalp is still sore two days later.", True),
        ("Ik heb nog steeds niks van jullie gehoord.", False),
        ("Gelukkig is het nu weer helemaal genezen.", False),
        ("Hij had een blaar, maar die is weg.", False),
        # a symptom seen now, said with 'nu' and without 'geen', 'niet' or 'weg'
        ("Nu heeft ze overal bultjes in haar nek.", True),
        ("En nu zit er uitslag op zijn handen, een dag na het knippen.", True),
        ("Nu heb ik gelukkig geen jeuk meer.", False),
        ("De bultjes van vorige week zijn nu weg.", False),
        ("Ik had bultjes na de behandeling.", False),
        ("Nu zitten er korstjes op mijn hoofd 😢 moet je niet eerst testen", True),
        ("Nu is er gelukkig niet veel uitslag meer.", False),
    ],
)
def test_harm_that_goes_on_is_read_from_still_or_a_leaking_wound(text: str, still: bool) -> None:
    assert still_unwell(text) is still


def test_first_part_is_the_part_said_first() -> None:
    from app.domain.draft_harm_now import first_part

    text = "Een nieuwe stuurpen laten zetten. Die is afgebroken en ik ben over mijn stuur gegaan."
    assert first_part(text, ("stuur", "wiel")) == "stuurpen"
    assert first_part("Mijn stuur zat los.", ("stuur",)) == "stuur"
    assert first_part("Niks aan de hand.", ("stuur",)) == ""


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("wie betaalt de apotheek?", True),
        ("Moet ik hiermee naar de dokter", True),
        ("En wie vergoedt de zalf?", True),
        ("Kan ik bij jullie met Payconiq betalen?", True),
        ("Zijn jullie zaterdag open?", False),
    ],
)
def test_a_question_about_the_harms_care_or_costs_is_found(question: str, asked: bool) -> None:
    assert harm_asked(question) is asked
