"""An English date a profile lists among its holidays gets that day's fact; a rumour that denies what a FAQ answer
says only by how ('Ja, via de website') is set straight with what can be done; the rebuttal says plainly 'dat
klopt niet'; a long currant bread is the krentenwegge. Profiles and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.draft_asked import how_said
from app.domain.draft_english_days import english_date
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import draft_text

_ANSWER = "uitkomst_vraag_beantwoorden"
_RUMOUR = "uitkomst_onwaarheid"

_RENTAL = BusinessProfile(
    name="Fietsverhuur De Kaai",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="wij",
    register="je",
    email="bram@dekaai.be",
    opening_hours="di–za 9:00–18:00",
    holidays="11 november: gesloten; 21 juli: 10:00–14:00; Kerstmis: gesloten",
    faq=[FaqItem("Verhuren jullie e-bikes?", "Ja, e-bikes aan € 30 per dag, helm inbegrepen.")],
)

_SALON = BusinessProfile(
    name="Salon Haarfijn",
    kind="kapper",
    signers=["Ines"],
    voice="wij",
    register="je",
    email="info@haarfijn.be",
    website="www.haarfijn.be",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Kan ik online een afspraak maken?", "Ja, via www.haarfijn.be of telefonisch.")],
)

_BAKER = BusinessProfile(
    name="Bakkerij Hoekstra",
    kind="bakkerij",
    signers=["Jelle"],
    voice="wij",
    register="je",
    email="jelle@hoekstra.nl",
    opening_hours="ma–za 7:00–17:00",
    faq=[FaqItem("Moet ik een krentenwegge bestellen?", "Ja, vier dagen van tevoren; een hele kost € 36.")],
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Are you open on 11 November?", "11 November"),
        ("can we hire bikes on the 11th of Nov?", "11 November"),
        ("Open on November 11th? We're in town for the ceremony", "11 November"),
        ("Hi! Is there any chance we can rent e-bikes from you on Nov. 11?", "11 November"),
    ],
)
def test_an_english_date_the_profile_lists_as_closed_is_said_closed(text: str, said: str) -> None:
    draft = draft_text(_RENTAL, _ANSWER, text, platform="x", author="Tom")
    assert said in draft and "closed" in draft, draft
    assert "€ 30" not in draft, draft  # no 'yes' and a rental price for a day the shop is closed


def test_an_english_date_with_hours_gets_those_hours() -> None:
    draft = draft_text(_RENTAL, _ANSWER, "Can we pick up two bikes on July 21st?", platform="x", author="Tom")
    assert "21 July" in draft and "10:00–14:00" in draft, draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see you on 3 Sept.", ("3 September", "3 september")),
        ("on May 5th", ("5 May", "5 mei")),
        ("may 5 of us come along?", ("", "")),
        ("the 2nd of the month", ("", "")),
        ("at 10:30 on Dec 26", ("26 December", "26 december")),
    ],
)
def test_english_dates(text: str, expected: tuple[str, str]) -> None:
    assert english_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bij Haarfijn kan je geen afspraak online maken, altijd maar bellen.",
        "Online een afspraak maken kan daar niet, ge moet bellen en ze nemen nooit op.",
        "Jammer dat je bij Salon Haarfijn nog altijd niet online een afspraak kan maken.",
    ],
)
def test_a_rumour_denied_by_a_how_answer_says_what_can_be_done(text: str) -> None:
    draft = draft_text(_SALON, _RUMOUR, text, platform="google", author="Wim")
    assert "klopt niet" in draft, draft
    assert "Online een afspraak maken kan" in draft and "www.haarfijn.be" in draft, draft
    assert draft.count("www.haarfijn.be") == 1, draft  # the site once, not again as the source
    assert "Dat klopt niet hoor. Via" not in draft and "niet. Via" not in draft, draft


def test_how_said_keeps_out_a_question_that_says_for_whom() -> None:
    assert how_said("Kan ik online een afspraak maken?", "Ja, via de site.") == (
        "Online een afspraak maken kan",
        "via de site.",
    )
    assert how_said("Mag ik mijn hond meenemen?", "Ja, met een riem.") is None
    assert how_said("Kan ik online een afspraak maken?", "Ja, dat kan altijd.") is None


@pytest.mark.parametrize(
    "text",
    [
        "wat kost zo'n lange krentenbrood bij jullie?",
        "Hoeveel dagen van te voren moet ik een krentenwegge bestellen?",
        "wat betaal ik voor een meter krentenbrood",
        "Wat kost een wegge?",
    ],
)
def test_a_long_currant_bread_is_the_krentenwegge(text: str) -> None:
    draft = draft_text(_BAKER, _ANSWER, text, author="Sanne")
    assert "vier dagen" in draft or "€ 36" in draft, draft


_DINER = BusinessProfile(
    name="Eethuis De Linde",
    kind="restaurant",
    signers=["Els"],
    voice="wij",
    register="je",
    email="info@delinde.be",
    opening_hours="wo–zo 11:00–21:00",
    faq=[
        FaqItem("Hebben jullie een kindermenu?", "Ja, vanaf € 8."),
        FaqItem("Is er een speelhoek?", "Ja, binnen een speelhoek met lego en buiten een zandbak."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "is er plek om te spelen voor de kinderen?",
        "Kunnen de kleintjes ergens spelen bij jullie?",
        "hebben jullie een speeltuintje?",
        "Hebben jullie iets voor kinderen? en is er plek om te spelen?",
    ],
)
def test_a_place_to_play_is_the_play_corner(text: str) -> None:
    draft = draft_text(_DINER, _ANSWER, text, author="Noor")
    assert "speelhoek" in draft, draft


@pytest.mark.parametrize(
    "question",
    [
        "Mijn moeder heeft een notenallergie, is dat een probleem?",
        "mijn zoon is allergisch voor schaaldieren, is dat erg als wij mosselen eten?",
        "We nemen de hond mee, geeft dat niks?",
    ],
)
def test_whether_it_is_all_right_asks_the_business(question: str) -> None:
    from app.domain.draft_questions import addressed_question

    assert addressed_question(question)


def test_a_plain_remark_is_still_no_question_to_the_business() -> None:
    from app.domain.draft_questions import addressed_question

    assert not addressed_question("Hoe moeilijk kan het zijn?")


_SEAFOOD = BusinessProfile(
    name="Visrestaurant De Kaap",
    kind="restaurant",
    signers=["Rik"],
    voice="wij",
    register="u",
    email="info@dekaap.nl",
    opening_hours="wo–zo 12:00–22:00",
    faq=[
        FaqItem("Kan ik met een groep reserveren?", "Groepen tot 16 personen; vanaf 8 personen een groepsmenu."),
        FaqItem(
            "Kunnen jullie rekening houden met allergieën?",
            "Ja, meld het bij het reserveren; bij een schaaldierallergie adviseren we het vlees.",
        ),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen we met 10 man komen? Mijn vader heeft een schaaldierenallergie, is dat een probleem?",
        "Wij willen met een groep van 12 komen. Kan dat in april? Mijn zus heeft trouwens een schaaldierallergie, "
        "is dat erg als wij kreeft eten?",
        "Hebben jullie plaats voor een groep van 9? Mijn oom heeft een notenallergie, geeft dat niks?",
    ],
)
def test_an_allergy_asked_about_after_other_questions_is_answered(text: str) -> None:
    draft = draft_text(_SEAFOOD, _ANSWER, text, author="Karin de Wit")
    assert "meld het bij het reserveren" in draft, draft


_BIKE_SHOP = BusinessProfile(
    name="Fietshuis Oost",
    kind="fietsenmaker",
    signers=["Daan"],
    voice="ik",
    register="je",
    email="daan@fietshuisoost.nl",
    opening_hours="di–za 9:00–18:00",
    faq=[FaqItem("Repareer je ook elektrische bakfietsen?", "Ja, alle merken, ook de motor.")],
)


@pytest.mark.parametrize(
    "text",
    [
        "Do you also fix electric cargo bikes? Mine has a flat tyre.",
        "Can you repair my electric cargo bike? The motor stopped working.",
        "Hi, do you repair Electric Cargo Bikes?",
    ],
)
def test_an_english_question_about_electric_cargo_bikes_names_them(text: str) -> None:
    draft = draft_text(_BIKE_SHOP, _ANSWER, text, platform="instagram", author="Erik")
    assert "cargo bike" in draft.lower(), draft
