"""Thank-yous that name what the writer said (session 9): the occasion in a compound or a jubilee with a
number, and the one who signs the reply never thanked on to, however the writer stretches the name.
Sentences of their own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.businesses import GARAGE_DEKKER
from tests.domain.drafts import draft_text

FLORIST = BusinessProfile(
    name="Bloemen Bloei",
    kind="bloemist",
    signers=["Noor"],
    voice="ik",
    register="je",
    email="noor@bloemenbloei.nl",
    phone="0318-445566",
)
GROOMER = BusinessProfile(
    name="Trimsalon Kwispel",
    kind="trimsalon",
    signers=["Fenna"],
    voice="wij",
    register="u",
    email="info@kwispel.nl",
    phone="0523-778899",
)
CATERER = BusinessProfile(
    name="Traiteur Smulhuis",
    kind="cateraar",
    signers=["Koen"],
    voice="wij",
    register="u",
    email="info@smulhuis.be",
    phone="03 455 66 77",
)
THANKS = "uitkomst_bedank_publiek"


def test_an_occasion_in_a_compound_is_named_in_the_thanks() -> None:
    text = "De vormselboeketten voor ons Jens waren zooo mooi 💐 iedereen vroeg waar ze vandaan kwamen!"
    draft = draft_text(FLORIST, THANKS, text, author="Els")
    assert "vormsel" in draft.lower() or "communie" in draft, draft
    text = "Prachtige doopjurk-corsage gemaakt voor ons kleintje, dankjewel!!"
    draft = draft_text(FLORIST, THANKS, text, platform="instagram", author="ellen_b")
    assert "doop" in draft, draft


def test_a_jubilee_with_a_number_is_named_and_congratulated() -> None:
    text = "Voor ons 30-jarig bestaan hebben jullie de hapjes verzorgd voor 120 gasten, alles was perfect."
    draft = draft_text(CATERER, THANKS, text, platform="linkedin", author="Bouwbedrijf Peeters")
    assert "30-jarig jubileum" in draft and "gefeliciteerd" in draft, draft
    text = "6,5 jaar getrouwd en dat gevierd met jullie buffet aan huis 🥂 heerlijk!"
    draft = draft_text(CATERER, THANKS, text, author="Mieke en Johan")
    assert "6,5-jarig" in draft, draft


def test_the_one_who_signs_is_not_thanked_on_to_in_any_spelling() -> None:
    text = "Boris was nog nooit zo mooi getrimd 🐶 Dankjewel FENNAAA!!"
    draft = draft_text(GROOMER, THANKS, text, platform="instagram", author="boris_de_poedel")
    assert "door aan Fenna" not in draft.replace("FENNAAA", "Fenna") and "FENNAAA" not in draft, draft
    text = "Super geholpen door Noortje en Noooor, de rozen staan er na een week nog prachtig bij"
    draft = draft_text(FLORIST, THANKS, text, author="Kees")
    assert "Noortje" in draft and "Noooor" not in draft, draft


def test_praise_for_a_part_of_the_staff_is_passed_on_to_it() -> None:
    text = "Auto liep weer als een zonnetje na de grote beurt. Chapeau werkplaats!! 🔧"
    draft = draft_text(GARAGE_DEKKER, THANKS, text, platform="instagram", author="karel_r")
    assert "aan de werkplaats" in draft, draft
    text = "Hapjes waren top en complimenten aan de kok voor die bitterballen 👌"
    draft = draft_text(CATERER, THANKS, text, author="Mieke")
    assert "aan de kok" in draft, draft
    text = "Vlot geholpen, de receptie was super vriendelijk en Boris ziet er weer fris uit."
    draft = draft_text(GROOMER, THANKS, text, author="Ans")
    assert "aan de receptie" in draft, draft


def test_a_part_of_the_staff_named_without_praise_gets_nothing_passed_on() -> None:
    text = "Eten was top, de bediening traag. Volgende keer beter hopelijk"
    draft = draft_text(CATERER, THANKS, text, author="Mieke")
    assert "aan de bediening" not in draft, draft


def test_how_long_the_work_held_is_said_back() -> None:
    text = "Het boeket voor mijn moeder stond na tien dagen nog prachtig 💐 echt knap hoor"
    draft = draft_text(FLORIST, THANKS, text, author="Els")
    assert "Na tien dagen nog prachtig" in draft, draft
    text = "Boris z'n strikjes zaten de hele week nog perfect, ondanks het modderbad 🐶"
    draft = draft_text(GROOMER, THANKS, text, platform="instagram", author="boris_de_poedel")
    assert "De hele week nog perfect" in draft, draft
    text = "Auto opgehaald na de poetsbeurt en hij STOND na twee weken nog als nieuw te glimmen!!"
    draft = draft_text(GARAGE_DEKKER, THANKS, text, author="Karel")
    assert "Na twee weken nog als nieuw" in draft, draft


def test_a_state_without_a_time_or_a_complaint_gets_no_such_line() -> None:
    draft = draft_text(FLORIST, THANKS, "De rozen stonden er nog mooi bij, dank!", author="Els")
    assert " nog mooi:" not in draft and " nog mooi," not in draft, draft
