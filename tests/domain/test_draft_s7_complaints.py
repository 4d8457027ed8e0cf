"""Blind rounds r28/r29 read aloud (issue #13): a safety complaint says sorry, a person the writer says
is fine again is not asked after, a pain the writer reported is acknowledged, a loss gets the condolence
and the heaviest apology, a writer who asks to be called gets a call back, and a scalp reaction is
placed after the treatment, never after a noun nearby."""

from __future__ import annotations

from dataclasses import replace

from app.domain.profile import BusinessProfile
from tests.domain.businesses import BARBIER_ALI, GARAGE_VOS
from tests.domain.drafts import draft_text

NAILS = BusinessProfile(name="Nagelstudio Roos", kind="nagelstudio", signers=["Roos"], phone="010-1234567")
ICE = BusinessProfile(
    name="IJssalon Gelato", kind="restaurant", signers=["Marco"], phone="030-1112233", email="info@gelato.nl"
)
FLORIST = BusinessProfile(name="Bloemen Bos", kind="bloemist", signers=["Els"], email="els@bloemenbos.nl")
GARAGE = replace(GARAGE_VOS, phone="0345-112233")

_SAFETY = "uitkomst_herstel"
_COMPLAINT = "uitkomst_herstel"


def test_a_safety_complaint_says_sorry() -> None:
    text = (
        "Ik had gezegd dat mijn zoon een pinda-allergie heeft, toch zat er pindasaus op zijn ijs. "
        "Hij moest naar de huisarts."
    )
    assert "spijt" in draft_text(ICE, _SAFETY, text) or "excuses" in draft_text(ICE, _SAFETY, text)
    text = "Bij het vijlen heeft de stagiaire in mijn nagelriem gesneden, het bloedde en is nu ontstoken."
    assert "spijt" in draft_text(NAILS, _SAFETY, text, platform="google")


def test_a_person_the_writer_says_is_fine_again_is_not_asked_after() -> None:
    text = (
        "Mijn dochter kreeg na het sorbetijs een allergische reactie door melk. Ze is gelukkig weer helemaal opgeknapt."
    )
    draft = draft_text(ICE, _SAFETY, text)
    assert "Gelukkig gaat het weer goed met je dochter" in draft and "Hoe gaat het nu met" not in draft
    text = "Na de gellak kreeg mijn vriendin uitslag op haar handen, allergisch. Met haar gaat het nu weer goed."
    draft = draft_text(NAILS, _SAFETY, text)
    assert "Gelukkig" in draft and "Hoe gaat het nu met" not in draft


def test_a_pain_the_writer_reported_is_acknowledged() -> None:
    text = (
        "Bij het scheren met het mes zei ik al dat het brandde, maar hij ging gewoon door. Nu zit mijn nek vol wondjes."
    )
    assert "zei dat het brandde" in draft_text(BARBIER_ALI, _SAFETY, text) or "zei nog dat het brandde" in draft_text(
        BARBIER_ALI, _SAFETY, text
    )
    text = (
        "Het prikte enorm bij het verven van mijn baard en dat heb ik meteen gezegd. Mijn huid is nu rood en schilfert."
    )
    assert "prikte" in draft_text(BARBIER_ALI, _SAFETY, text, platform="google")


def test_a_scalp_reaction_is_after_the_treatment_not_a_noun_nearby() -> None:
    text = "Na het kleuren van mijn haar zat mijn hoofdhuid vol blaren. De huisarts spreekt van een brandwond."
    draft = draft_text(BARBIER_ALI, _SAFETY, text)
    assert "na je haar" not in draft and "na de behandeling" in draft


def test_a_loss_gets_the_condolence_first_and_no_stock_line_about_the_dead() -> None:
    text = "Mijn vader is dinsdag gecremeerd. Het rouwstuk kwam een uur te laat bij het crematorium aan."
    draft = draft_text(FLORIST, _COMPLAINT, text, author="Johan")
    assert "verlies van je vader" in draft and "spijt" in draft
    assert "voor je vader is het ook" not in draft
    text = "Mijn oma is vorige week begraven. Voor de koffietafel waren de bloemen voor op tafel vergeten."
    draft = draft_text(FLORIST, _COMPLAINT, text, author="Sanne")
    assert "verlies van je oma" in draft and "voor je oma is het ook" not in draft


def test_a_writer_who_asks_to_be_called_gets_a_call_back() -> None:
    text = "Twee keer gemaild over de verkeerde banden en nog steeds geen antwoord. Bel me dan gewoon, 06-12345678."
    draft = draft_text(GARAGE, _COMPLAINT, text, platform="google")
    assert "bellen we u" in draft or "bel" in draft.lower(), draft
    assert "noch" not in draft and "telefoontjes" not in draft


def test_a_person_who_does_something_to_the_writer_gets_no_stock_line() -> None:
    text = "Gevraagd om asblond, thuisgekomen met geel haar. Mijn zus noemt me nu de kanarie."
    draft = draft_text(BARBIER_ALI, _COMPLAINT, text)
    assert "zus" not in draft
    text = "De trimster heeft mijn hond veel te kort geknipt. Mijn buurman lacht me uit op straat."
    assert "buurman" not in draft_text(BARBIER_ALI, _COMPLAINT, text, platform="google")


def test_several_ill_or_hurt_are_asked_after_together() -> None:
    text = "Met mijn broer en zijn vrouw de gamba's gegeten. Alle drie de volgende dag ziek, overgeven en koorts."
    draft = draft_text(ICE, _SAFETY, text, platform="google")
    assert "met jullie" in draft or "gezelschap" in draft or "ziek werden" in draft
    assert "met je broer?" not in draft
    text = "Drie van ons zijn na de kipsaté ziek geworden, mijn schoonvader het ergst."
    assert "Hoe gaat het nu met je schoonvader" not in draft_text(ICE, _SAFETY, text)


def test_a_burn_to_a_body_part_names_it_not_the_skin() -> None:
    text = "Tijdens het stylen met de krultang heeft de kapper mijn oor verbrand, er zit nu een blaar op."
    draft = draft_text(BARBIER_ALI, _SAFETY, text)
    assert "oor" in draft and "huid zo reageerde" not in draft
    text = "Met de föhn heeft de barbier een brandwond op mijn nek gemaakt. Er staat nu een blaar."
    assert "nek" in draft_text(BARBIER_ALI, _SAFETY, text, platform="google")


def test_the_urgent_phone_line_fits_every_kind_of_reply() -> None:
    text = "Klopt het dat jullie gesloten zijn na een controle? Iemand zei dat er ratten in de keuken zaten."
    draft = draft_text(ICE, "uitkomst_onwaarheid", text, platform="x")
    assert "hoe het precies ging" not in draft
