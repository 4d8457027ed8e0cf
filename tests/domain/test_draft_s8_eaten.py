"""Food poisoning: the draft names the dish the writer ate, not the first noun of the comment ('op
de wc', 'naar de huisartsenpost') nor a dish others ate without trouble (session 8b, issue #13).
Businesses and sentences of their own, not a round's."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.drafts import draft_text

_SAFETY = "uitkomst_herstel"

WOK = BusinessProfile(name="Wokrestaurant Lotus", kind="restaurant", signers=["Mei"], voice="wij", phone="0318-441122")
BISTRO = BusinessProfile(
    name="Bistro De Kade", kind="restaurant", signers=["Frank"], voice="ik", register="u", phone="010-7788990"
)


def test_the_dish_eaten_is_named_not_where_the_writer_lay_ill() -> None:
    text = (
        "Zaterdag met het gezin gegeten, ik de Thaise garnalen. Die nacht lag ik op de wc met krampen "
        "en diarree. De kinderen hadden de saté en waren nergens ziek van."
    )
    draft = draft_text(WOK, _SAFETY, text)
    assert "garnalen" in draft and "na de wc" not in draft and "saté" not in draft


def test_a_dish_ordered_before_going_to_the_doctor_is_named() -> None:
    text = "Vrijdag de oesters besteld. Mijn man moest 's nachts overgeven en zelfs naar de huisartsenpost."
    draft = draft_text(BISTRO, _SAFETY, text, platform="google", author="Karin de Wit")
    assert "oesters" in draft and "huisartsenpost" not in draft.split("Hoe gaat")[0]
    text = "Wij hebben bij u de kalfsniertjes gegeten en zijn allebei doodziek geworden."
    assert "kalfsniertjes" in draft_text(BISTRO, _SAFETY, text, platform="google", author="Karin de Wit")


def test_who_ate_the_dish_is_asked_after_not_who_ate_something_else() -> None:
    text = (
        "Met z'n vieren geluncht, mijn dochter en ik de gerookte zalm. Die avond allebei misselijk en overgeven. "
        "Mijn ouders hadden de tomatensoep en hadden nergens last van."
    )
    draft = draft_text(BISTRO, _SAFETY, text, platform="google", author="Karin de Wit")
    assert "zalm" in draft and "ouders" not in draft
    text = "Mijn broer en ik hebben de kipwraps gegeten, mijn zus de salade. Wij waren de hele nacht ziek."
    draft = draft_text(WOK, _SAFETY, text)
    assert "kipwraps" in draft and "zus" not in draft
