"""Whole-pipeline drafts on who gets in touch when the writer's thing is with the business and their calls or mails
went unanswered: the job has their details, so the business gets in touch, also when the writer names the business
in the third person ('in hun werkplaats') or puts an aside in brackets; not when the thing is somewhere else."""

from __future__ import annotations

from app.domain.draft_held import brought_in
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

_COMPLAINT = "uitkomst_herstel"

SCOOTERS = BusinessProfile(
    name="Tweewielers Hoekstra",
    kind="fietsenwinkel",
    signers=["Sietse"],
    voice="ik",
    register="u",
    dm=False,
    phone="0511-223344",
    email="werkplaats@hoekstra-tweewielers.nl",
)


def test_a_thing_held_somewhere_else_is_not_with_the_business() -> None:
    assert not brought_in("Mijn scooter staat nu bij mijn buurman in de schuur.")
    assert not brought_in("Mijn scooter staat sinds dinsdag in de stalling van het station.")


def test_a_thing_in_their_workshop_with_an_aside_in_brackets_is_held() -> None:
    assert brought_in("Onze bakfiets (van de zaak gekocht) ligt sinds 2 maart in hun werkplaats.")


def test_what_an_aside_in_brackets_says_counts_too() -> None:
    assert brought_in("Vijf keer gebeld of hij klaar is (grote beurt, afgegeven op 3 juni). Niemand neemt op.")


def test_calls_in_vain_about_a_scooter_in_their_workshop_get_a_call_back() -> None:
    text = (
        "Mijn scooter staat al sinds dinsdag in jullie werkplaats voor nieuwe remblokken. Zou vrijdag klaar zijn. "
        "Drie keer gebeld, steeds de voicemail, niemand belt terug."
    )
    made = draft(SCOOTERS, _COMPLAINT, text, platform="google", author="Anke de Vries")
    assert made.channel == "telefoon", made.text
    assert "telefoonnummer in een mail" not in (made.text or "")


def test_mails_in_vain_about_a_bike_in_their_workshop_get_news_from_the_business() -> None:
    text = (
        "Mijn bakfiets (gekocht in 2031) staat sinds 8 april in hun werkplaats voor een nieuwe motor. Drie mails "
        "gestuurd, niemand antwoordt. Niet netjes."
    )
    made = draft(SCOOTERS, _COMPLAINT, text, platform="google", author="Anke de Vries")
    assert made.channel == "telefoon", made.text
    body = made.text or ""
    assert "via de gegevens die ik al van u heb" in body and "0511-223344" in body
    assert "werkplaats@" not in body


def test_mails_in_vain_without_a_thing_at_the_business_still_get_the_phone_to_call() -> None:
    text = "Drie mails gestuurd over mijn factuur van de fietstas, niemand antwoordt. Niet netjes."
    made = draft(SCOOTERS, _COMPLAINT, text, platform="google", author="Anke de Vries")
    assert "via de gegevens die ik al van u heb" not in (made.text or "")
