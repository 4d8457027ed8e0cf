"""Whole-pipeline drafts on the channel a reply points to: after a call in vain, after a channel the writer tried or
asked for."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.domain.suggest import suggest
from app.nlp.topics import analyse_topics
from tests.domain.businesses import TRIMSALON_VACHTJE
from tests.domain.drafts import draft, suggested

# Safety after a call in vain (session 10, issue #13): the phone stays the way. The business calls back and gives
# its number; it does not ask the writer to mail instead. Without safety, the rule of session 8 holds (a call in
# vain: another channel). Businesses and sentences of their own.
_COMPLAINT = "uitkomst_herstel"

GARAGE = BusinessProfile(
    name="Garage Van Dam",
    kind="garage",
    signers=["Bert"],
    voice="ik",
    register="u",
    dm=False,
    phone="0318-445566",
    email="werkplaats@garagevandam.nl",
)
SNACKBAR = BusinessProfile(
    name="Snackbar 't Hoekje",
    kind="snackbar",
    signers=["Mo"],
    voice="wij",
    phone="010-2233445",
    email="info@hoekje.nl",
)


def test_brakes_that_failed_after_a_call_in_vain_get_a_call_and_the_number() -> None:
    text = (
        "Na de grote beurt remde de auto van mijn vrouw op de snelweg nauwelijks nog, ze kon ternauwernood "
        "stoppen. Woensdag gebeld, jullie zouden terugbellen. Niks gehoord."
    )
    made = draft(GARAGE, _COMPLAINT, text, platform="google")
    assert made.channel == "telefoon", made.text
    assert "0318-445566" in (made.text or "") and "mailen" not in (made.text or "")


def test_food_poisoning_after_a_call_in_vain_keeps_the_phone() -> None:
    text = "hele gezin ziek na jullie kipcorn, de kleine moest overgeven. heb 2x gebeld maar niemand nam op!!"
    made = draft(SNACKBAR, _COMPLAINT, text, platform="facebook")
    assert made.channel == "telefoon", made.text
    assert "010-2233445" in (made.text or "")


def test_a_dog_hurt_at_the_groomer_after_a_call_in_vain_keeps_the_phone() -> None:
    text = "Onze Bobbie kwam thuis met een snijwond aan zijn poot en het bloedde flink. Ik heb gebeld, geen antwoord."
    made = draft(TRIMSALON_VACHTJE, _COMPLAINT, text, platform="instagram")
    assert made.channel == "telefoon", made.text
    assert "0513-221100" in (made.text or "")


def test_without_safety_a_call_in_vain_is_answered_by_our_call_not_by_asking_them_to_phone_again() -> None:
    # the writer could not reach us: we phone them (the lead's decision, session 44), on the number of their order
    text = "Mijn bestelling van vorige week is nog steeds niet binnen. Twee keer gebeld, niemand nam op."
    made = draft(SNACKBAR, _COMPLAINT, text, platform="facebook")
    said = made.text or ""
    assert made.channel == "telefoon" and "We bellen je" in said and "Bel ons" not in said, said


# The next step after a complaint when the writer already tried, or asked for, a channel.
AUTOBEDRIJF_MULDER = BusinessProfile(
    name="Autobedrijf Mulder",
    kind="garage",
    signers=["Tom"],
    voice="wij",
    register="u",
    dm=True,
    email="info@mulder-auto.nl",
    phone="0314-556677",
)


def _out(text: str, platform: str = "facebook") -> dict:
    return suggest(
        {"label": "klacht", "flags": []},
        text,
        platform=platform,
        author="Karin",
        profile=AUTOBEDRIJF_MULDER,
        analyser=analyse_topics,
    )


def test_mail_and_phone_both_unanswered_gets_no_third_channel_to_try() -> None:
    text = "Mijn auto staat al twee weken bij jullie. Ik heb drie keer gebeld en twee mails gestuurd, niemand reageert."
    out = _out(text)
    assert out["channel"] == "telefoon", out["draft"]
    assert "privébericht" not in out["draft"], out["draft"]


def test_a_writer_who_asks_to_be_called_is_called() -> None:
    for text in (
        "De nieuwe uitlaat rammelt alweer. Bel me even terug, 06-12345678.",
        "Factuur klopt niet, €80 te veel. Dus bel mij maar: 0612345678.",
    ):
        out = _out(text, platform="google")
        assert out["channel"] == "telefoon", out["draft"]
        assert "bellen we u" in out["draft"] or "we bellen u" in out["draft"].lower(), out["draft"]
        assert "12345678" not in out["draft"], out["draft"]  # the writer's number is not repeated in public


def test_a_car_brought_in_and_a_call_in_vain_with_a_message_asked_for_is_called_back() -> None:
    # the writer asks the business to send a message; that is no channel they tried, so the job's number is used
    text = (
        "Mijn auto staat sinds maandag bij jullie voor de APK. Vijf keer gebeld, niemand die opneemt. "
        "Een sms'je of een berichtje sturen kan toch wel?"
    )
    made = draft(GARAGE, _COMPLAINT, text, platform="google")
    assert made.channel == "telefoon", made.text
    assert "0318-445566" in (made.text or "")


def test_a_car_brought_in_and_a_message_in_vain_does_not_offer_the_message_again() -> None:
    text = "Mijn auto staat sinds maandag bij jullie voor de APK. Ik heb een berichtje gestuurd, geen antwoord."
    made = draft(GARAGE, _COMPLAINT, text, platform="google")
    assert made.channel != "dm", made.text


_SHOE_SHOP = BusinessProfile(
    name="Schoenmakerij Visser",
    kind="schoenmaker",
    signers=["Gert"],
    voice="wij",
    register="u",
    dm=True,
    phone="0575-334455",
    email="info@schoenmakerijvisser.nl",
)


def test_a_call_in_vain_to_order_is_called_back_with_the_number() -> None:
    # the caller wanted to order: a customer the phone missed is called back, not asked to mail their number
    text = "Vier keer gebeld om een paar maatschoenen te bestellen, niemand neemt op. Zo verkoopt u niks."
    made = draft(_SHOE_SHOP, _COMPLAINT, text, platform="google")
    assert made.channel == "telefoon", made.text
    said = made.text or ""
    assert "0575-334455" in said and ("schikt" in said or "uitkomt" in said) and "mail" not in said, said


def test_a_call_in_vain_about_an_appointment_made_before_is_called_back_on_its_number() -> None:
    # moving an appointment made before: the appointment has their number, we phone them (no mail asked for)
    text = "Drie keer gebeld om mijn afspraak van vrijdag te verschuiven, niemand neemt op. Zo lastig."
    made = draft(_SHOE_SHOP, _COMPLAINT, text, platform="google")
    said = made.text or ""
    assert made.channel == "telefoon" and "info@schoenmakerijvisser.nl" not in said, said


def test_the_phone_and_messages_both_in_vain_get_a_call_from_us() -> None:
    text = "Twee keer gebeld over mijn laarzen en ook via Messenger een bericht gestuurd, nergens antwoord op."
    made = draft(_SHOE_SHOP, _COMPLAINT, text, platform="facebook")
    assert made.channel == "telefoon", made.text
    said = made.text or ""
    assert "0575-334455" in said and "privébericht" not in said, said
    assert "bericht" in said.replace("privébericht", ""), said  # the sorry names the message too, not only the phone


def test_an_order_by_its_number_going_wrong_today_gets_a_call_from_us() -> None:
    # the order's number is found in the details, as the wizard finds it (suggested)
    text = (
        "Bestelling 5521 zou vandaag om 11 uur klaarliggen, het is nu 12 uur en de winkel is dicht. Drie keer gebeld, "
        "niemand neemt op. Vanavond is het feest, wat nu??"
    )
    said = suggested(_SHOE_SHOP, text, label="klacht")
    assert "0575-334455" in said and "info@schoenmakerijvisser.nl" not in said, said
    # the same order, not today: still our call, on the number of the order, no mail asked for
    text = "Bestelling 5521 was vorige week te laat klaar. Drie keer gebeld, niemand nam op."
    said = suggested(_SHOE_SHOP, text, label="klacht")
    assert "info@schoenmakerijvisser.nl" not in said and "bellen u" in said, said
