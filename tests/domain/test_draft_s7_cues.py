"""Blind rounds r28/r29 read aloud (issue #13): the concrete fault is said back, not its category: the
same fault right again after the work, a wrong text on what was ordered, a price the writer could not
believe ('€ 4,35??')."""

from __future__ import annotations

from dataclasses import replace

from app.domain.profile import BusinessProfile
from tests.domain.businesses import BARBIER_ALI, EETCAFE_DE_LINDE, GARAGE_VOS, LOODGIETER_SMIT, TRIMSALON_WOLK
from tests.domain.drafts import draft_text

ENGRAVER = BusinessProfile(name="Graveerhuis Lint", kind="winkel", signers=["Mo"], email="mo@lint.nl")
BAKERY = BusinessProfile(name="Bakkerij Stol", kind="bakkerij", signers=["Fenna"], email="info@stol.nl")

_COMPLAINT = "uitkomst_herstel"


def test_the_same_fault_again_after_the_work_is_said_back() -> None:
    text = "Gisteren de uitlaat laten lassen, twee uur gewacht. Vanochtend weer los. Zelfde plek."
    assert "weer los" in draft_text(GARAGE_VOS, _COMPLAINT, text, platform="x")
    text = "Vorige week de afvoer laten ontstoppen voor 95 euro. Nu is hij alweer verstopt."
    assert "weer verstopt" in draft_text(LOODGIETER_SMIT, _COMPLAINT, text)


def test_a_wrong_text_on_what_was_ordered_is_said_back_as_written() -> None:
    text = "Beker laten graveren voor de kampioen, 'Sanne Jansen 2024'. Er stond 'Sanne Janssen 2042' op. Slordig."
    assert "'Sanne Janssen 2042'" in draft_text(ENGRAVER, _COMPLAINT, text, platform="google")
    text = 'Verjaardagstaart voor mijn zoon. Er stond "Gefeliciteerd Timo" op, hij heet Tim.'
    draft = draft_text(BAKERY, _COMPLAINT, text)  # a name spelt wrong: the right name, the mistake not repeated
    assert "naam van Tim" in draft or ("Tim hoort" in draft and "naam" in draft)
    assert "Timo" not in draft


def test_a_price_the_writer_could_not_believe_is_said_back() -> None:
    text = "Een kop soep € 9,50?? En de ober keek ons niet eens aan toen we bestelden."
    assert "€ 9,50" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, platform="google")
    text = "Twee krentenbollen 5 euro?!? En dan nog chagrijnig kijken ook achter de toonbank."
    assert "€ 5" in draft_text(BAKERY, _COMPLAINT, text)


def test_a_label_claim_in_quotes_is_no_wrong_text() -> None:
    text = "Armband gekocht, er stond 'hypoallergeen' op! Toch kreeg ik uitslag."
    assert "fout ligt" not in draft_text(ENGRAVER, _COMPLAINT, text)


def test_tears_weigh_more_than_balen() -> None:
    text = "Afspraak voor de communie van mijn dochter stond niet in de agenda. Ze stond te huilen in de salon."
    salon = BusinessProfile(name="Salon Fleur", kind="kapper", signers=["Fleur"], email="fleur@salon.nl")
    assert "tranen" in draft_text(salon, _COMPLAINT, text)
    text = "De taart voor het kinderfeestje was vergeten. Mijn zoon huilde de hele middag."
    assert "tranen" in draft_text(BAKERY, _COMPLAINT, text, platform="google")


def test_return_terms_with_a_free_fix_follow_a_complaint_about_the_result() -> None:
    groomer = replace(
        TRIMSALON_WOLK, return_terms="Niet tevreden over de vacht? Kom binnen vijf dagen terug, bijwerken is gratis."
    )
    text = "Gevraagd om alleen de poten bij te knippen, thuisgekomen met een kaalgeschoren hond."
    assert "bijwerken is gratis" in draft_text(groomer, _COMPLAINT, text)
    barber = replace(BARBIER_ALI, phone="", return_terms="Fade niet strak? Binnen een week corrigeer ik het kosteloos.")
    text = "Ik kwam voor een low fade, ging naar huis met een scheve high fade."
    assert "kosteloos" in draft_text(barber, _COMPLAINT, text, platform="google")


def test_a_foreign_thing_is_said_in_the_dish_the_writer_found_it_in() -> None:
    text = "Mijn zoon vond de wc smerig. En daarna zat er een stukje plastic in mijn tiramisu. De ober lachte erom."
    draft = draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text, platform="google")
    assert "in je tiramisu" in draft and "wc" not in draft.split("\n")[1].split(".")[0]
    assert "gaat met je zoon" not in draft
    text = "Het terras was mooi en de wijn lekker. Maar er zat een lange haar in mijn pompoensoep, echt vies."
    assert "in je pompoensoep" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text)


def test_a_dirty_room_beside_another_point_is_said_back() -> None:
    text = "Er zat een haar in mijn pasta. En de wc was smerig, geen papier en geen zeep."
    assert "de wc niet schoon" in draft_text(EETCAFE_DE_LINDE, _COMPLAINT, text) or "Ook de wc" in draft_text(
        EETCAFE_DE_LINDE, _COMPLAINT, text
    )
    gym = BusinessProfile(name="Sportschool Puur", kind="sportschool", signers=["Rik"], email="rik@puur.nl")
    text = "Een splinter in mijn hand van de bank. En de kleedkamer stonk, echt vuil overal."
    assert "kleedkamer" in draft_text(gym, _COMPLAINT, text, platform="google")
