"""A complaint names the feast or day it spoiled, everyone's feast without 'je'/'uw' ('vlak voor carnaval',
'Valentijnsdag'), and not what the writer fell back on (app/domain/draft_base.py, draft_events.py). Shops and
sentences of our own."""

from __future__ import annotations

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics

_COMPLAINT = "uitkomst_herstel"

BISTRO = BusinessProfile(name="Bistro Duin", kind="restaurant", signers=["Mila"], voice="wij", register="u")
SALON = BusinessProfile(name="Haarhuis Fem", kind="kapsalon", signers=["Fem"], voice="ik", register="je")


def _draft(profile: BusinessProfile, text: str, platform: str = "instagram") -> str:
    return Drafter(profile, analyser=analyse_topics).draft(_COMPLAINT, text, platform=platform).text or ""


def test_a_lost_booking_on_valentine_names_the_day_not_the_fries() -> None:
    for text in (
        "Reservatie voor 2 op Valentijn, bevestiging gekregen, en ter plaatse stond onze reservatie nergens. Dan maar "
        "een frietje gegeten op de dijk.",
        "Gereserveerd op valentijnsdag via jullie site en toen we kwamen was er geen tafel. Toen maar een pizza "
        "gehaald",
    ):
        reply = _draft(BISTRO, text)
        assert "Valentijnsdag" in reply, reply
        assert "frietje" not in reply and "pizza" not in reply, reply
        assert "uw Valentijnsdag" not in reply, reply


def test_a_feast_ahead_is_named_as_everyones() -> None:
    for text in (
        "Mijn haar is veel te kort geknipt en carnaval komt eraan 😭",
        "Ik vroeg om een klein stukje eraf en nu is alles weg. Carnaval komt er aan!!",
    ):
        reply = _draft(SALON, text)
        assert "carnaval" in reply, reply
        assert "je carnaval" not in reply, reply
