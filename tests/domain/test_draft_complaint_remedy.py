"""What a complaint reply proposes: the profile's warranty only for something that came back and failed, not for a
thing that still stands at the business unanswered. Shops and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_complaint_remedy import online_hassle
from app.domain.draft_phrase_cues import phrase_cues
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_WORKSHOP = BusinessProfile(
    name="Tweewielerhuis Brink",
    kind="fietsenwinkel",
    signers=["Wout"],
    voice="ik",
    register="je",
    phone="0523 61 22 90",
    return_terms="6 maanden garantie op reparaties, 2 jaar op nieuwe fietsen.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn e-bike staat nu al drie weken bij jullie voor een nieuwe motor. Twee keer gebeld, niemand neemt op.",
        "Twee mails gestuurd over mijn Batavus (nieuwe remmen) die al 5 weken bij je staat. Nog altijd geen reactie.",
    ],
)
def test_a_bike_still_in_the_workshop_gets_no_warranty(text: str) -> None:
    draft = draft_text(_WORKSHOP, "uitkomst_herstel", text, author="Marieke")
    assert "garantie" not in draft, draft


def test_a_bike_that_came_back_broken_still_gets_the_warranty() -> None:
    text = "Vorige week de ketting laten vervangen en nu slipt hij alweer. Twee keer gebeld, niemand neemt op."
    draft = draft_text(_WORKSHOP, "uitkomst_herstel", text, author="Marieke")
    assert "garantie" in draft, draft


@pytest.mark.parametrize(
    ("text", "hassle"),
    [
        (
            "Een afspraak maken via jullie app is echt niet te doen, drie keer opnieuw mijn wachtwoord moeten kiezen.",
            True,
        ),
        ("Reserveren? Eerst een account, dan een code per sms... wat een gedoe.", False),  # way and hassle apart
        ("Het reserveringssysteem is omslachtig als je geen mail hebt.", True),
        ("Online bestellen ging vlot. De taart zelf was een ramp.", False),  # the hassle in another sentence
        ("De openingsuren op de website kloppen niet, een drama.", False),  # about the site, not booking
    ],
)
def test_the_online_way_found_too_hard_is_read_from_phrase_cues(text: str, hassle: bool) -> None:
    assert {"account", "agenda online"} <= set(phrase_cues().online_ways)
    assert {"drama", "niet te doen"} <= set(phrase_cues().online_hassles)
    assert online_hassle(text) is hassle


def test_a_free_fix_is_booked_by_phone_where_appointments_are_made_so() -> None:
    from app.domain.profile import BusinessProfile
    from tests.domain.drafts import draft_text

    salon = BusinessProfile(
        name="Kapsalon Merel",
        kind="kapsalon",
        signers=["Merel"],
        voice="ik",
        register="je",
        email="merel@kapsalonmerel.be",
        phone="03 444 55 66",
        opening_hours="di–za 9.00–18.00, alleen op afspraak (telefonisch)",
        return_terms="Niet tevreden? Zeg het binnen 5 dagen, dan werk ik het gratis bij.",
    )
    text = "Ik vroeg om een bob tot mijn kin en nu is alles scheef, links veel korter dan rechts. Balen!"
    draft = draft_text(salon, "uitkomst_herstel", text, platform="facebook", author="Lies")
    assert "gratis bij" in draft and "03 444 55 66" in draft, draft
    without = BusinessProfile.from_dict({**salon.to_dict(), "opening_hours": "di–za 9.00–18.00"})
    assert "03 444 55 66, dan" not in draft_text(without, "uitkomst_herstel", text, platform="facebook", author="Lies")
