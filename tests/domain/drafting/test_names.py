"""Whole-pipeline drafts on the names a comment holds: staff named in praise are thanked, a named child and the one
who cared for them."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from tests.domain.businesses import BAKKERIJ_GRAAN, EETCAFE_DE_LINDE, KAPSALON_KNIP
from tests.domain.drafts import draft_text


# Session 15: staff named in praise are passed the compliment, in English drafts too; a named child and the staff
# member who cared for them both in the draft. Sentences of our own.
def test_an_english_compliment_naming_staff_is_passed_on() -> None:
    text = "Lovely little salon! Sanne took so much care with my curls and gave me great tips 💛"
    draft = draft_text(KAPSALON_KNIP, "uitkomst_bedank_publiek", text, platform="instagram", author="curlygirl_22")
    assert "Sanne" in draft and "thank you" in draft.lower()


def test_an_english_compliment_without_a_name_names_no_one() -> None:
    text = "Best haircut I've had in years, thank you so much!"
    draft = draft_text(KAPSALON_KNIP, "uitkomst_bedank_publiek", text, platform="instagram", author="curlygirl_22")
    assert "pass this on" not in draft and "happy to read" not in draft


def test_service_by_a_named_waitress_is_passed_on() -> None:
    text = "Lekker gegeten zoals altijd. Bediening door Chiara, altijd vrolijk en attent!"
    assert "Chiara" in draft_text(EETCAFE_DE_LINDE, "uitkomst_bedank_publiek", text, platform="google")


def test_a_named_child_and_the_hairdresser_who_took_her_time() -> None:
    text = (
        "Onze dochter Fien was doodsbang voor de schaar. Merel heeft haar eerst laten spelen met de borstels"
        " en daarna rustig geknipt. Dankjewel!"
    )
    draft = draft_text(KAPSALON_KNIP, "uitkomst_bedank_publiek", text, platform="facebook", author="Familie Peeters")
    assert "Fien" in draft and "Merel" in draft


def test_a_father_named_in_a_memory_is_not_greeted() -> None:
    text = "Die krentenwegge smaakt precies zoals vroeger bij mijn vader in de bakkerij. Heerlijk!"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="facebook", author="Ria Post")
    assert "vader" not in draft


def test_a_grandchild_who_typed_the_comment_is_not_greeted_and_the_signed_name_greets() -> None:
    text = "Wat een lekkere appeltaart hadden jullie. Mijn kleinzoon heeft dit voor me getypt. Groetjes van Mien"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="instagram", author="mien_1948")
    assert "Mien" in draft.splitlines()[0]
    assert "kleinzoon" not in draft


def test_people_of_today_are_still_greeted_beside_a_memory() -> None:
    text = "Vroeger haalde mijn opa hier zijn brood. Vandaag was ik er met mijn dochter, ze vond de bollen top!"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="facebook", author="Ria Post")
    assert "dochter" in draft and "opa" not in draft


def test_a_signature_that_is_no_name_does_not_greet() -> None:
    text = "Lekkere bollen, groetjes uit Zeeland"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="instagram", author="bollenfan_88")
    assert "Zeeland" not in draft.splitlines()[0]


def test_an_english_comment_from_a_handle_signed_with_a_name_greets_that_name() -> None:
    text = "Amazing curls, I love them so much! Cheers, Hannah"
    draft = draft_text(KAPSALON_KNIP, "uitkomst_bedank_publiek", text, platform="instagram", author="curls4days")
    assert "Hannah" in draft.splitlines()[0]


def test_the_writer_signing_with_the_name_of_her_handle_is_not_greeted_as_someone_else() -> None:
    text = "Jullie speculaas is net als die van mijn oma vroeger, echt top. xx Truus"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="facebook", author="truus_1950")
    assert draft.count("Truus") == 1 and "oma" not in draft


def test_a_father_from_childhood_gives_way_to_the_son_of_today() -> None:
    text = "Ik kwam hier als kind al met mijn vader, en nu neem ik mijn zoon mee. Mooi toch!"
    draft = draft_text(BAKKERIJ_GRAAN, "uitkomst_bedank_publiek", text, platform="facebook", author="Peter Bos")
    assert "vader" not in draft


def test_the_one_who_signs_the_comment_with_the_writer_is_told_nothing() -> None:
    shop = BusinessProfile(name="Eethuis De Dijk", kind="restaurant", signers=["Bram"], voice="wij", register="u")
    text = "Ons 25-jarig huwelijk hier gevierd. Femke had zelfs bloemen op tafel gezet. Top avond! Marga en Henk"
    reply = draft_text(shop, "uitkomst_bedank_publiek", text, author="Henk Visser")
    assert "Marga" not in reply and "Femke" in reply, reply
