"""Second points of a complaint said back as the writer named them: a drink that came warm, a thing that came back
dirty, something else given than was asked, the reason given for a higher amount, a long try to book, and the
writer's own person by name. Businesses and sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_CAFE = BusinessProfile(
    name="Café De Zwaan", kind="restaurant", signers=["Tom"], voice="ik", register="u", email="tom@dezwaan.be"
)
_FIETS = BusinessProfile(
    name="Fietsen Smet", kind="fietsenmaker", signers=["Bert"], voice="wij", register="u", email="info@smet.be"
)
_BAKKER = BusinessProfile(
    name="Bakkerij Pauwels", kind="bakkerij", signers=["Ann"], voice="ik", register="u", email="ann@pauwels.be"
)
_KAPPER = BusinessProfile(
    name="Kapsalon Iris", kind="kapper", signers=["Iris"], voice="ik", register="je", email="iris@kapsaloniris.nl"
)


@pytest.mark.parametrize(
    ("profile", "text", "said"),
    [
        (_CAFE, "Mosselavond: de mosselen waren oké maar de wijn was lauw en niemand deed er iets aan.", "de wijn"),
        (_FIETS, "Fiets terug na de onderhoudsbeurt en het stuur zat helemaal onder de olie. Mijn handen!", "olie"),
        (
            _BAKKER,
            "Thuis bleek het een appeltaart met rozijnen, terwijl ik een appeltaart zonder rozijnen had besteld.",
            "zonder rozijnen",
        ),
        (_KAPPER, "Op de site € 30, aan de kassa € 42 'voor de extra lengte'. Hoe zit dat?", "de extra lengte"),
    ],
)
def test_the_second_point_is_said_back_by_its_name(profile: BusinessProfile, text: str, said: str) -> None:
    made = draft_text(profile, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert said in made, made


def test_a_long_try_to_book_is_said_back() -> None:
    text = "Ik probeer al twee weken een afspraak te maken, maar de telefoon wordt nooit opgenomen."
    made = draft_text(_KAPPER, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "afspraak te maken" in made, made


def test_the_writers_own_person_is_named() -> None:
    text = "Onze Mila (7) is hier geknipt voor het schoolfeest en kwam thuis met een scheve pony. Ze was ontroostbaar."
    made = draft_text(_KAPPER, "uitkomst_herstel", text, platform="facebook", author="Karel de Smet")
    assert "Mila" in made, made


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Taart voor oma opgehaald, staat er 'Proficiat Truus' op. Oma heet Gerda! Op de bon stond het goed.", "Gerda"),
        ("Appeltaart gekocht voor de visite en er zat geen vulling in. Echt waar.", "vulling"),
    ],
)
def test_what_came_wrong_is_named_and_made_good_in_a_chat(text: str, said: str) -> None:
    made = draft_text(_BAKKER, "uitkomst_herstel", text, platform="instagram", author="Karel de Smet")
    assert said in made, made
    assert "goedmaken" in made, made


def test_short_staffing_told_only_afterwards_is_owned() -> None:
    text = "Een uur op onze pannenkoeken gewacht, en toen zei de serveerster dat de helft van het personeel ziek was."
    made = draft_text(_CAFE, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "zieken" in made, made


def test_asked_for_a_seat_and_put_elsewhere_is_said_back() -> None:
    text = "Verjaardagsdiner: om een tafel bij het raam gevraagd en dan zaten we pal naast de toiletten. Zonde."
    made = draft_text(_CAFE, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "naast de toiletten" in made and "bij het raam" in made, made


def test_sold_out_again_gets_a_way_to_be_sure_next_time() -> None:
    text = "Zaterdag om 11 uur al geen roggebrood meer, uitverkocht. Dat is nu al de derde keer deze maand."
    made = draft_text(_BAKKER, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "apart kan leggen" in made, made


def test_a_child_charged_the_full_price_gets_the_childrens_price() -> None:
    from app.domain.profile import FaqItem

    pancakes = BusinessProfile(
        name="Pannenkoekenhuis De Molen",
        kind="restaurant",
        signers=["Sanne"],
        voice="wij",
        register="u",
        email="info@demolen.nl",
        faq=[FaqItem(question="Wat kost het paasontbijt?", answer="€ 24,50 per persoon, kinderen tot 10 jaar € 12.")],
    )
    text = "Paasontbijt: 24,50 euro per persoon, ook voor ons zoontje van 3 die alleen een beschuitje at. Echt?"
    made = draft_text(pancakes, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "kinderen tot 10 jaar" in made and "€ 12" in made, made


def test_a_booking_tried_by_message_gets_the_way_that_works() -> None:
    from app.domain.profile import FaqItem

    salon = BusinessProfile(
        name="Kapsalon Fien",
        kind="kapper",
        signers=["Fien"],
        voice="ik",
        register="je",
        phone="09 123 45 67",
        faq=[
            FaqItem(
                question="Kan ik via Facebook een afspraak maken?",
                answer="Nee, berichten lees ik niet op tijd. Bel me of plan zelf in via de online agenda.",
            )
        ],
    )
    text = "Al twee keer een bericht op Facebook gestuurd voor een afspraak en niks gehoord. Wil je nog klanten?"
    made = draft_text(salon, "uitkomst_herstel", text, platform="facebook", author="Karel de Smet")
    assert "plan zelf in via de online agenda" in made, made


def test_a_price_that_went_up_gets_the_profiles_reason_not_an_inquiry() -> None:
    bakker = BusinessProfile(
        name="Bakkerij Pauwels",
        kind="bakkerij",
        signers=["Ann"],
        voice="ik",
        register="u",
        email="ann@pauwels.be",
        holidays="Vanaf 1 maart zijn de prijzen 4% hoger wegens duurdere bloem en hogere lonen.",
    )
    text = "Mijn volkoren van 3,80 naar 3,95 zonder enige uitleg. Schandalig duur geworden hier."
    made = draft_text(bakker, "uitkomst_herstel", text, platform="google", author="Karel de Smet")
    assert "wegens duurdere bloem" in made, made
    assert "misgegaan" not in made and "excuses" not in made, made


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Mijn dochter wilde alleen de puntjes eraf, nu is ze haar halve lengte kwijt. Wat een afknapper.",
            "puntjes",
        ),
        (
            "Vroeg om 'een klein beetje korter' en kwam buiten met een stekelkopje. Bedankt hé.",
            "een klein beetje korter",
        ),
        ("Ik zei nog: enkel bijknippen, maar er is zeker 15 cm af. Echt zonde van mijn haar", "enkel bijknippen"),
    ],
)
def test_a_cut_shorter_than_asked_is_said_back_with_what_was_asked(text: str, asked: str) -> None:
    made = draft_text(_KAPPER, "uitkomst_herstel", text, platform="facebook", author="Lotte Smit")
    assert asked in made and ("af is geknipt" in made or "af is gegaan" in made), made


def test_a_cut_a_bit_shorter_that_turned_out_well_is_no_complaint_point() -> None:
    made = draft_text(
        _KAPPER,
        "uitkomst_herstel",
        "Een beetje korter gevraagd en nu is het perfect, maar de koffie was koud.",
        platform="facebook",
        author="Lotte Smit",
    )
    assert "af is geknipt" not in made and "af is gegaan" not in made, made
