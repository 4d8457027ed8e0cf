"""Complaints about money, orders and occasions: the writer who asks whether they must
pay for what went wrong, the profile's own rule for a fee on the bill (narrowed to the writer's place), a thing that
fell that is no fall of a person, whose occasion it was ('bij ons Lisa'), a tip said back without its softeners
and its 'als'-clause, a thing forgotten said with 'geen', and the word lists of cancel.toml. Businesses and
sentences of their own, none from the rounds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.draft_complaint_cancel import asks_to_pay, cancel_words, parse_cancel_words
from app.domain.draft_complaint_price import listed_fee
from app.domain.draft_jokes import shipped_complaint_cues
from app.domain.draft_wishes import wishes
from app.domain.profile import BusinessProfile
from app.errors import DataFileError
from app.nlp.topics import analyse_topics
from tests.domain.businesses import BAKKERIJ_GRAAN, KAPSALON_KNIP
from tests.domain.drafts import draft_text

_COMPLAINT = "uitkomst_herstel"
_KAPPER_AAN_HUIS = BusinessProfile(
    name="Haar aan Huis Sien",
    kind="kapper",
    signers=["Sien"],
    voice="ik",
    register="u",
    phone="09 222 33 44",
    email="sien@haaraanhuis.be",
    delivery_terms=(
        "knippen aan huis binnen 15 km; verplaatsing € 10 binnen Gent (ook Ledeberg en Gentbrugge), € 20 daarbuiten"
    ),
)
_FIETS = BusinessProfile(
    name="Fietsen Bram",
    kind="fietsenmaker",
    signers=["Bram"],
    voice="ik",
    email="bram@fietsen.nl",
    delivery_terms="Voorrijden binnen Assen € 20; gratis bij een reparatie boven € 150.",
)


def _cue(shape: str, text: str) -> dict[str, str] | None:
    return next((s.values(text) for s in shipped_complaint_cues() if s.id == shape and s.values(text)), None)


def test_asking_whether_to_pay_for_what_went_wrong_is_answered() -> None:
    for text in (
        "De doopsuikertaart had de verkeerde kleur glazuur. moet ik daar nou gewoon de volle prijs voor betalen",
        "Het glazuur was roze in plaats van blauw. En moet ik daar nog voor betalen?",
        "Roze glazuur terwijl we blauw hadden besteld, en dat moet ik dan betalen?",
    ):
        assert asks_to_pay(text), text
        made = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
        assert "niet zomaar de volle prijs" in made and "[vul in: het voorstel" in made, made
    # the same question on Instagram (no proposal slot in a chat reply) is still answered
    text = "De pony is helemaal scheef. Moet ik dat nu echt gewoon betalen?"
    assert "niet zomaar de volle prijs" in draft_text(KAPSALON_KNIP, _COMPLAINT, text, platform="instagram")


def test_paying_told_or_a_price_question_is_no_question_to_pay() -> None:
    assert not asks_to_pay("De taart was ingezakt en ik moest wel de volle prijs betalen.")
    assert not asks_to_pay("Als ik moet betalen voor zo'n taart, kom ik niet meer.")
    assert not asks_to_pay("Ik moet altijd contant betalen bij jullie, lastig.")
    # a price complaint is answered about the price, not with 'not the full price'
    made = draft_text(KAPSALON_KNIP, _COMPLAINT, "Moet ik nu echt 60 euro betalen voor een knipbeurt? Veel te duur.")
    assert "niet zomaar de volle prijs" not in made


def test_a_fee_on_the_bill_is_answered_with_the_profiles_rule_for_the_writers_place() -> None:
    text = "Prima geknipt, maar op de rekening staat 20 euro verplaatsing. Wij wonen in Ledeberg, dat is toch Gent?"
    assert listed_fee(_KAPPER_AAN_HUIS, text) == "verplaatsing € 10 binnen Gent (ook Ledeberg en Gentbrugge)"
    made = draft_text(_KAPPER_AAN_HUIS, _COMPLAINT, text)
    assert "€ 10 binnen Gent" in made and "€ 20 verplaatsing" in made and "daarbuiten" not in made
    # a place the profile does not name: the whole rule; the fee's word said otherwise ('voorrijkosten')
    assert listed_fee(_KAPPER_AAN_HUIS, "25 euro verplaatsing naar Zwijnaarde?").endswith("€ 20 daarbuiten")
    assert listed_fee(_FIETS, "Voorrijkosten van € 35 voor een lekke band in Assen!") == "voorrijden binnen Assen € 20"
    # no fee named, or none in the profile: nothing said
    assert listed_fee(_FIETS, "Veel te duur, 80 euro voor een band.") == ""
    assert listed_fee(replace(_FIETS, delivery_terms=""), "Voorrijkosten van € 35?") == ""


def test_a_thing_that_fell_is_no_fall_of_a_person() -> None:
    assert not analyse_topics("In de kerk viel het bloemenkransje van haar hoofd tijdens de mis.").is_safety
    assert not analyse_topics("Bij het uitpakken viel de taart van de tafel.").is_safety
    # a person who fell, said the same way round, still is
    assert analyse_topics("In de winkel viel mijn zoon van de trap.").is_safety
    assert analyse_topics("Toen viel de kapster van haar stoel.").is_safety


def test_the_occasion_is_named_with_whose_it_was() -> None:
    text = "Om 9 uur communiekapsel bij ons Fien thuis, om 11 uur hing alles al los. Voor 90 euro."
    assert analyse_topics(text).owner == "Fien"
    made = draft_text(_KAPPER_AAN_HUIS, _COMPLAINT, text, platform="google")
    assert "communiekapsel voor Fien" in made and "Hoe gaat het" not in made


def test_a_tip_is_said_back_without_softeners_or_when_it_is_for() -> None:
    assert wishes("Tip van ons: geef kinderen effe een kleurplaat of wat te doen aan tafel als het zo druk is.") == [
        "om kinderen een kleurplaat te geven"
    ]
    assert wishes("Tip voor jullie: leg gewoon kleurpotloden op tafel als het druk is.") == [
        "om kleurpotloden op tafel te leggen"
    ]
    assert wishes("idee: geef de kids een ballon ofzo") == ["om de kids een ballon te geven"]
    # 'als' that is no clause stays
    assert wishes("Tip: gebruik havermelk als standaard.") == ["om havermelk als standaard te gebruiken"]


def test_a_thing_forgotten_said_with_geen() -> None:
    assert _cue("missing_none", "de kinderpannenkoek bleek geen ijsje te hebben, 'vergeten'") == {"waarde": "ijsje"}
    assert _cue("missing_none", "Geen saus erbij, gewoon vergeten.") == {"waarde": "saus"}
    assert _cue("missing_none", "Geen idee waarom, ze waren het vergeten.") is None


def test_the_cancel_word_lists_are_read_and_checked() -> None:
    words = cancel_words()
    assert words.billed.search("krijg ik een factuur") and words.billed.search("€ 42,50")
    assert words.ill_who.search("afgezegd want mijn dochtertje was ziek")
    assert words.rule.search("Annuleren kan tot 24 uur van tevoren") and words.rule.search("als u niet kunt komen")
    assert words.uninformed.search("niemand laat iets weten")
    data = {"schema": 1, "billed": ["rekening"], "ill": ["ziek"], "who": ["kind"], "rule": ["annul*"]}
    with pytest.raises(DataFileError):
        parse_cancel_words({**data, "uninformed": ["("], "pay_asked": ["moet ik betalen"]})
    with pytest.raises(DataFileError):
        parse_cancel_words({**data, "uninformed": ["niemand"]})  # pay_asked missing


def test_an_offer_quoted_from_the_shops_own_page_is_named() -> None:
    # 'In jullie nieuwsbrief stond 'Moederdagactie: ...'': the offer the shop promised, said back by the writer's word
    for text, offer in (
        ("In jullie eigen nieuwsbrief stond 'deze week 20% korting op alle boeketten'. Vandaag toch de volle prijs.",
         "korting"),
        ("Op jullie website staat 'actie: tweede taart halve prijs', maar aan de toonbank wisten ze van niks.",
         "actie"),
    ):  # fmt: skip
        made = draft_text(BAKKERIJ_GRAAN, _COMPLAINT, text)
        assert offer in made, made


def test_an_amount_with_its_sign_before_the_thing_is_a_price_complaint_the_faq_explains() -> None:
    from app.domain.profile import FaqItem

    shop = BusinessProfile(
        name="Tweewieler Oost",
        kind="fietsenmaker",
        signers=["Bram"],
        voice="ik",
        email="bram@oost.nl",
        faq=[FaqItem("Wat kost een ketting vervangen?", "Een ketting vervangen kost €34,50, inclusief montage.")],
    )
    said = draft_text(shop, _COMPLAINT, "€34,50 voor een ketting vervangen?? Bij de bouwmarkt is die 9 euro.")
    assert "inclusief montage" in said and "garantie" not in said, said


def test_flemish_extra_parts_billed_without_a_word_first_are_no_broken_thing() -> None:
    # 'stukken' are the parts the job needed; 'nink gezeid' is West Flemish for nothing said
    text = (
        "Mijn scooter opgehaald na een kleine beurt van 80 euro en ik moest 145 euro betalen. Niemand die vooraf "
        "nink gezeid had da der nieuwe stukken op moesten."
    )
    assert "defect" not in analyse_topics(text).problems
    said = draft_text(_FIETS, _COMPLAINT, text, platform="instagram")
    assert "€ 145" in said and ("overlegd" in said or "bellen" in said) and "stuk is" not in said, said
    # near miss: a part that is broken is still broken
    assert "defect" in analyse_topics("Na de beurt is het achterlicht alweer stuk.").problems
