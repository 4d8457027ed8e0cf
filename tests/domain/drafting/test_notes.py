"""Notes for the owner next to a draft: a review offered for a deal, a threat, personal data in a public comment."""

from __future__ import annotations

import pytest

from app.domain.draft_checks import comment_personal_data, review_deal
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft

# Notes for the owner next to a draft: a better review offered in return for something, and a threat of violence
# inside a complaint (the reply stays, the owner is pointed to the police).
GARAGE = BusinessProfile(
    name="Garage Smit", kind="garage", signers=["Evert"], voice="ik", register="u", phone="0341-223344"
)


@pytest.mark.parametrize(
    "comment",
    [
        "Remblokken te duur afgerekend. Krijg ik het verschil terug, dan pas ik mijn recensie aan.",
        "Als u de tweede beurt kosteloos doet, haal ik deze review weg.",
        "Nog steeds geen excuses. Geef me korting op de volgende keer en ik maak er vijf sterren van.",
        "Refund the deposit and I'll happily update my review to 5 stars.",
    ],
)
def test_a_review_offered_in_return_is_found(comment: str) -> None:
    assert review_deal(comment)


@pytest.mark.parametrize(
    "comment",
    [
        "Het is opgelost, dus ik pas mijn review aan naar vier sterren.",
        "Als ik tijd heb schrijf ik een uitgebreide review, want het was top.",
        "Gratis koffie bij het wachten, vijf sterren waard!",
        "I changed my review: they fixed it for free the next day.",
    ],
)
def test_a_review_change_without_a_deal_is_no_deal(comment: str) -> None:
    assert not review_deal(comment)


def test_the_owner_is_warned_on_every_platform() -> None:
    comment = "De APK was €40 duurder dan gezegd. Als u dat terugbetaalt, verwijder ik mijn review."
    for platform in ("google", "facebook", "x"):
        made = draft(GARAGE, "uitkomst_herstel", comment, platform=platform, author="Bart")
        assert any("ruil voor een betere review" in w for w in made.warnings), (platform, made.warnings)
        assert "review" not in (made.text or "").lower()  # the reply itself does not take up the deal
    calm = draft(GARAGE, "uitkomst_herstel", "De APK was €40 duurder dan gezegd.", platform="google")
    assert not any("betere review" in w for w in calm.warnings)


def test_violence_inside_a_complaint_points_to_the_police_without_a_public_reply() -> None:
    # Session 8: harm held out is reported, not answered in public, complaint or not; the blind
    # webcare rounds r5-r31 all label it so (a legal step beside a complaint is still answered).
    from app.domain.suggest import suggest
    from app.nlp.topics import analyse_topics

    threats = [
        "Mijn auto stond drie dagen te lang bij jullie. Morgen sla ik die werkplaats kort en klein, let maar op.",
        "Jullie hebben mijn velgen bekrast en doen niks. Ik steek die garage in de fik als ik geen geld krijg.",
    ]
    for text in threats:
        out = suggest(
            {"label": "klacht", "flags": ["bedreiging"]},
            text,
            platform="facebook",
            profile=GARAGE,
            analyser=analyse_topics,
        )
        assert out["draft"] is None and out["respond"] is False, text
        assert any("aangifte" in w for w in out["warnings"] + out["advice"]), out["warnings"]
    lawyer = "Mijn laatste loon is nooit betaald. Als het er vrijdag niet is, stap ik naar een advocaat."
    out = suggest(
        {"label": "klacht", "flags": ["bedreiging"]},
        lawyer,
        platform="facebook",
        profile=GARAGE,
        analyser=analyse_topics,
    )
    assert not any("aangifte" in w for w in out["warnings"]), out["warnings"]


def test_praise_or_a_joke_that_names_harm_asks_the_owner_to_check() -> None:
    """A food poisoning or a brake failure told without a complaint word may be read as praise: the
    owner is asked to check; ordinary praise gets no such note."""
    salon = BusinessProfile(name="Salon Zijde", kind="kapsalon", signers=["Ria"], voice="ik", register="je")
    harm = [
        ("uitkomst_bedank_publiek", "Vrijdag geknipt, zaterdag zat mijn hele hoofdhuid onder de blaren van de verf."),
        ("uitkomst_grap", "Na jullie kaasplank heb ik de hele nacht overgegeven, dat noem ik nog eens een ervaring."),
    ]
    for outcome, text in harm:
        made = draft(salon, outcome, text)
        assert any("veiligheid of gezondheid" in w for w in made.warnings), (text, made.warnings)
    calm = draft(salon, "uitkomst_bedank_publiek", "Ria heeft mijn krullen prachtig geknipt, dank je!")
    assert not any("veiligheid of gezondheid" in w for w in calm.warnings)


# The owner is warned when the writer puts their own personal data in a public comment (session 8, issue #13): an
# order number, a phone number, an address. Not on e-mail, where the reply is private. Sentences of their own, not a
# round's.
_COMPLAINT = "uitkomst_herstel"
SHOP = BusinessProfile(
    name="Elektro Vos", kind="winkel", signers=["Tim"], phone="030-2211334", email="tim@elektrovos.nl"
)


def test_the_writers_personal_data_in_public_is_warned_about() -> None:
    text = "Order 77120-12 is nog steeds niet binnen. Lever het maar op de Molenstraat 8, bel me op 06-12345678."
    notes = draft(SHOP, _COMPLAINT, text, platform="google").warnings
    note = next(n for n in notes if "persoonsgegevens" in n)
    assert "telefoonnummer" in note and "adres" in note and "bestelnummer" in note
    text = "Mijn bestelnummer is 55310 en ik wacht al twee weken. Slechte service."
    assert any("persoonsgegevens" in n for n in draft(SHOP, _COMPLAINT, text, platform="facebook").warnings)


def test_the_business_own_number_and_an_email_reply_are_not_warned_about() -> None:
    assert comment_personal_data("Ik heb drie keer naar 030-2211334 gebeld.", SHOP) == []
    text = "Bestelling 55310 is kapot aangekomen, bel me op 06-12345678."
    assert not any("persoonsgegevens" in n for n in draft(SHOP, _COMPLAINT, text, platform="email").warnings)
