"""A remark about a price rise ('vorig jaar nog 1,20') is about a price the business chose, not a failure: the reply
understands it and offers to explain the price, without the apology and investigation of a service failure. Shops
and sentences of their own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_BAKERY = BusinessProfile(
    name="Bakkerij Het Korenblad",
    kind="bakkerij",
    signers=["Nele"],
    voice="wij",
    register="u",
    email="info@korenblad.be",
    phone="09 123 45 67",
)


@pytest.mark.parametrize("platform", ["facebook", "instagram", "google"])
@pytest.mark.parametrize(
    "text",
    [
        "3,20 voor een suikerbrood?? Vorige maand was da nog 2,70. Zijn jullie zot geworden",
        "Een eclair kost nu 2,90 euro, vorig jaar nog 2,10 en ze zijn ook kleiner geworden 🤨",
        "2 EURO voor een pistolet, vorig jaar nog 1,40. Belachelijk",
    ],
)
def test_a_price_rise_gets_the_price_explained_not_an_apology(text: str, platform: str) -> None:
    draft = draft_text(_BAKERY, "uitkomst_herstel", text, platform=platform, author="Dirk Claes")
    assert "prijs" in draft or "bedrag" in draft, draft
    for wrong in ("excuses", "Sorry", "spijt", "niet zo mogen", "zoeken meteen uit", "beter verdiend"):
        assert wrong not in draft, draft


_PATISSERIE = BusinessProfile(
    name="Banketbakkerij De Suikerbol",
    kind="bakkerij",
    signers=["Joke"],
    voice="wij",
    register="je",
    email="hallo@suikerbol.nl",
    phone="0570 61 22 33",
)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Drie banketletters besteld voor sinterklaas, kom ik ze ophalen: 'Nee hoor, staat niet op de lijst.' "
            "Ik had nog wel een bevestiging.",
            "banketletter",
        ),
        ("Mijn boterletter was vanbinnen nog rauw en het deeg plakte aan mijn tanden, jammer!", "boterletter"),
        ("De kerststronk voor ons kerstdiner was uitgedroogd en de crème smaakte zuur. Nie goe.", "kerststronk"),
        ("kerststol gekocht op zaterdag, zondag al beschimmeld. Da's toch nie normaal", "kerststol"),
    ],
)
def test_a_festive_bake_is_named_as_the_thing_complained_about(text: str, thing: str) -> None:
    draft = draft_text(_PATISSERIE, "uitkomst_herstel", text, platform="google", author="Ria Smit")
    assert thing in draft.lower(), draft


@pytest.mark.parametrize(
    "text",
    [
        "IJstaart besteld voor 10 man. De gasten hebben beleefd een stuk gegeten maar hij was flauw en half gesmolten.",
        "De appeltaart was droog en zonder smaak; iedereen heeft een stukje genomen en de rest ging weg.",
        "Notentaart smaakte muf. Ik heb één stuk geproefd en de rest weggegooid.",
    ],
)
def test_a_piece_eaten_is_no_broken_thing(text: str) -> None:
    draft = draft_text(_PATISSERIE, "uitkomst_herstel", text, platform="facebook", author="Anouk")
    assert "stuk is" not in draft and "stuk was" not in draft and "kapot" not in draft, draft


_BISTRO = BusinessProfile(
    name="Bistro De Kromme Linde",
    kind="restaurant",
    signers=["Femke"],
    voice="wij",
    register="u",
    email="tafel@kromme-linde.nl",
    opening_hours="wo–zo 17:00–22:00",
)


@pytest.mark.parametrize(
    "text",
    [
        "In november gebeld om te reserveren voor oudjaar, 4 personen om 20:00. Nu belt de zaak dat ze overboekt zijn "
        "en we alleen om 17:30 kunnen komen. Belachelijk.",
        "Vorige maand gereserveerd voor mijn moeders verjaardag. Gisteren: 'overgeboekt', pas om 21u.",
    ],
)
def test_an_overbooked_reservation_is_said_back_as_the_booking_moved(text: str) -> None:
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform="google", author="Fam. Jansen")
    assert "reservering" in draft and "17:00–22:00" not in draft, draft


def test_an_overbooked_reservation_names_what_was_booked() -> None:
    text = "Kerstbrunch gereserveerd voor 8 personen, bevestigd. Vandaag bellen ze: 'overboekt', kom maar om 15u."
    draft = draft_text(_BISTRO, "uitkomst_herstel", text, platform="google", author="Fam. Jansen")
    assert "reservering voor" in draft and "kerstbrunch" in draft, draft
