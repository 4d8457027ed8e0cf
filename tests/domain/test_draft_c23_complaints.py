"""Complaints and safety drafts read right (issue #13, fixer c23): a make of bike is never asked after as a
person and the part that came loose is named; 'op spoed' (the Flemish emergency room) is grave; a voucher refused
at the till is a complaint, not a rumour; pieces missing from an order are said back with their count.
Businesses and sentences of our own, not a round's."""

from __future__ import annotations

import pytest

from app.domain.draft_grave import grave
from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

TWEEWIELER = BusinessProfile(
    name="Tweewielers Vandamme", kind="fietsenmaker", signers=["Stijn"], voice="ik", register="je", phone="09 222 33 44"
)
KOERS = BusinessProfile(
    name="Koersfietsen Van Dijk", kind="fietsenmaker", signers=["Mark"], voice="wij", register="u", phone="0570-223344"
)
BISTRO = BusinessProfile(
    name="Bistro De Kade", kind="restaurant", signers=["Ilse"], voice="wij", register="u", phone="0591-224466"
)
BAKKER = BusinessProfile(
    name="Bakkerij Hulst", kind="bakkerij", signers=["Aad"], voice="wij", register="je", email="bestel@hulst.nl"
)


@pytest.mark.parametrize(
    ("profile", "text", "part"),
    [
        (
            TWEEWIELER,
            "Mijn Bianchi vorige week binnengebracht voor een onderhoud. Zondag komt mijn rechtercrank los in de "
            "afdaling, gevallen, 4 hechtingen in mijn elleboog. Wie heeft daar aan gewerkt?",
            "rechtercrank",
        ),
        (
            KOERS,
            "Mijn Cannondale net terug van een grote beurt en de linkercrank zat gewoon niet vast. Gevallen op de "
            "dijk, gebroken pols.",
            "linkercrank",
        ),
    ],
)
def test_a_make_is_never_asked_after_and_the_part_is_named(profile: BusinessProfile, text: str, part: str) -> None:
    draft = draft_text(profile, _SAFETY, text)
    assert "Bianchi" not in draft and "Cannondale" not in draft, draft
    assert part in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Op spoed zeggen ze dat het een allergische reactie is.",
        "we moesten naar spoed met ons dochtertje",
        "Hij is gisteren op spoedgevallen beland na jullie mosselen.",
    ],
)
def test_the_flemish_emergency_room_is_grave(text: str) -> None:
    assert grave(text)


@pytest.mark.parametrize(
    "text",
    ["Kan dit met spoed geleverd worden?", "Is er een spoedlevering mogelijk?", "Op spoed levering rekenen we niet."],
)
def test_haste_is_not_the_emergency_room(text: str) -> None:
    assert not grave(text)


def test_an_allergy_ending_on_spoed_opens_seriously() -> None:
    text = "Na het verven jeuk en mijn oren dik opgezwollen, op spoed zeiden ze allergische reactie op de verf."
    kapper = BusinessProfile(name="Kapsalon Nora", kind="kapper", signers=["Nora"], voice="wij", register="je")
    draft = draft_text(kapper, _SAFETY, text)
    assert "Wat schrikken" not in draft and "Wat een schrik" not in draft, draft


@pytest.mark.parametrize(
    ("text", "voucher"),
    [
        ("Waardebon van €50 gekregen, bij het afrekenen hoorde ik dat hij 'ongeldig' was. Schandalig.", "waardebon"),
        ("aan de kassa hoorde ik dat mijn cadeaukaart verlopen was, na amper een jaar??", "cadeaukaart"),
        ("MIJN CADEAUBON WERD GEWEIGERD. Niet meer geldig zeiden ze. Nooit meer.", "cadeaubon"),
    ],
)
def test_a_voucher_refused_is_a_complaint_not_a_rumour(text: str, voucher: str) -> None:
    draft = draft_text(BISTRO, "uitkomst_herstel", text)
    assert "klopt niet" not in draft, draft
    assert voucher in draft.lower(), draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Taart en saucijzenbroodjes besteld, thuis bleken er 3 saucijzenbroodjes te missen.", "3 saucijzenbroodjes"),
        ("Er ontbraken gewoon twee tompouces in de doos. Slordig.", "twee tompouces"),
        ("zes krentenbollen te weinig in de zak, en ik had ze nog wel besteld", "zes krentenbollen"),
    ],
)
def test_pieces_missing_are_said_with_their_count(text: str, said: str) -> None:
    draft = draft_text(BAKKER, "uitkomst_herstel", text)
    assert said in draft, draft


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("In de kramiek zat een stuk blauwe plastic mee ingebakken. Mijn zoon had het al in zijn mond!", "kramiek"),
        ("in het rozijnenbrood zat een stukje glas, gelukkig op tijd gezien", "rozijnenbrood"),
    ],
)
def test_the_bake_the_thing_was_in_is_named(text: str, dish: str) -> None:
    bakker = BusinessProfile(name="Bakkerij Maes", kind="bakkerij", signers=["Els"], voice="wij", register="u")
    draft = draft_text(bakker, _SAFETY, f"Ook koffiekoeken gekocht. {text}")
    assert dish in draft, draft
    assert "plastic mee" not in draft, draft


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Met 6 man gegeten, 4 zijn ziek geworden van de mosselen. Mijn moeder van 81 moest zelfs naar de huisarts.",
            "uw moeder van 81",
        ),
        ("Na jullie kip allemaal ziek, ons vader moest vannacht bij de wachtdokter.", "uw vader"),
    ],
)
def test_someone_who_needed_the_doctor_is_named(text: str, who: str) -> None:
    draft = draft_text(BISTRO, _SAFETY, text)
    assert who in draft, draft


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        (
            "Met ons achten gegeten. Vijf hadden de garnalen als voorgerecht en die vijf waren ziek. De rest: niks.",
            "garnalen",
        ),
        (
            "kerstmenu bij jullie gegeten, wie de zalm nam lag de hele nacht te kotsen. Wie zonder zalm at: niks",
            "zalm",
        ),
    ],
)
def test_the_dish_only_the_ill_had_is_named(text: str, dish: str) -> None:
    draft = draft_text(BISTRO, _SAFETY, text)
    assert f"na de {dish}" in draft, draft


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Onze firma least 8 e-bikes bij jullie. Helaas staan er 2 stil met een defecte accu, zonder vervangfiets.",
            "accu",
        ),
        (
            "Mijn scooter staat al een week bij jullie met een kapotte koplamp, nog altijd niks gehoord.",
            "de koplamp van",
        ),
    ],
)
def test_the_part_that_broke_is_named_with_its_whole(text: str, said: str) -> None:
    draft = draft_text(TWEEWIELER, "uitkomst_herstel", text)
    assert said in draft, draft


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren uitgroei gekleurd en nooit een allergietest gekregen. Nu jeuk op mijn hoofdhuid.",
        "zonder huidtest mijn haar geverfd!! nu zit mijn nek onder de uitslag",
        "GEEN PATCHTEST GEDAAN en nu jeukt mijn hoofdhuid als gek",
    ],
)
def test_a_test_never_done_is_not_said_to_have_arrived(text: str) -> None:
    kapper = BusinessProfile(name="Kapsalon Nora", kind="kapper", signers=["Nora"], voice="wij", register="je")
    draft = draft_text(kapper, _SAFETY, text)
    assert "aankwam" not in draft and "bij je aan" not in draft, draft
    assert "test" in draft, draft
