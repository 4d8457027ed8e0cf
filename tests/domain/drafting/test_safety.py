"""Whole-pipeline drafts for safety complaints: hurt, illness, allergens and danger told in the writer's own
words."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.businesses import SCOOTERHUIS_VAN_DAM
from tests.domain.drafts import draft, draft_text

# Safety complaints told in other words (session 10, issue #13): a crack with its size between the crack and the
# part ('een barst van een paar centimeter in dat frame'), a swelling told verb first ('toen zwol haar tong op'), a
# piece of a scourer in a dish named first ('In mijn curry zat ...'), the allergen asked about ('gevraagd of er
# pinda in zat') and a fall. Businesses and sentences of their own, not a round's.
_SAFETY = "uitkomst_herstel"

FIETSMAKER = BusinessProfile(
    name="Fietsmaker Bolt", kind="fietsenmaker", signers=["Sem"], voice="ik", register="je", phone="010-4455667"
)
WOKBAR = BusinessProfile(
    name="Wokbar Lotus", kind="restaurant", signers=["Mei"], voice="wij", register="u", phone="030-2211443"
)
KAPPER_LOK = BusinessProfile(
    name="Kapsalon Lok", kind="kapper", signers=["Noa"], voice="ik", register="je", phone="050-3344556"
)


def _channel(profile: BusinessProfile, text: str) -> str:
    return Drafter(profile, analyser=analyse_topics).draft(_SAFETY, text, author="Bram", platform="facebook").channel


def test_a_crack_with_its_size_in_a_bearing_part_is_a_safety_case() -> None:
    text = "Gisteren zag ik een barst van een paar centimeter in dat aluminium frame, net na jullie onderhoud."
    found = analyse_topics(text)
    assert "breuk" in found.safety
    assert _channel(FIETSMAKER, text) == "telefoon"
    assert "scheur in het frame" in draft_text(FIETSMAKER, _SAFETY, text)


def test_a_crack_in_a_tyre_or_a_laugh_is_no_safety_case() -> None:
    assert "breuk" not in analyse_topics("Er zit een barst van wel vijf centimeter in de band, dat mag niet.").safety
    assert not analyse_topics("Ik barst van het lachen om die foto van jullie etalage.").is_safety


def test_a_swelling_told_verb_first_is_an_allergic_reaction() -> None:
    text = "Ik had gezegd: geen sesam. Na een paar happen zwol haar tong op en zijn we snel naar huis gegaan."
    assert "allergie" in analyse_topics(text).safety
    assert _channel(WOKBAR, text) == "telefoon"


def test_a_swelling_of_something_else_is_no_allergy() -> None:
    assert "allergie" not in analyse_topics("Het deeg zwol prachtig op in de oven, mooi gebakken.").safety


def test_a_scourer_in_a_dish_named_first_is_said_back() -> None:
    text = "In mijn nasi zat een stukje van een groen pannensponsje. Ik heb het gelukkig op tijd gezien."
    draft = draft_text(WOKBAR, _SAFETY, text)
    assert "pannensponsje" in draft and "in uw nasi" in draft


def test_the_allergen_asked_about_is_named() -> None:
    text = "Aan de balie gevraagd of er pinda in de saté-saus zat. 'Nee hoor.' Mijn zoon kreeg het daarna benauwd."
    assert "pinda" in draft_text(WOKBAR, _SAFETY, text)


def test_a_fall_is_named() -> None:
    text = (
        "Na de beurt bij jou liep mijn ketting eraf op de brug en ben ik lelijk gevallen. Mijn knie ligt helemaal open."
    )
    assert "val" in draft_text(FIETSMAKER, _SAFETY, text).lower()


def test_falling_asleep_or_liking_is_no_fall() -> None:
    text = "Mijn dochter is na de knipbeurt meteen in slaap gevallen, maar de pony is echt veel te kort."
    assert "Zo'n val" not in draft_text(FIETSMAKER, _SAFETY, text)


def test_a_safety_reply_beside_an_unanswered_call_says_excuses_once() -> None:
    text = (
        "Na jullie beurt deed de voorrem van mijn bakfiets niks meer, mijn dochter zat voorin. "
        "Drie keer gebeld en gemaild, niemand neemt op."
    )
    draft = draft_text(FIETSMAKER, _SAFETY, text)
    assert "excuses" in draft.lower()
    assert len(re.findall(r"\b(?:sorry|excuses|spijt)\b", draft, re.I)) == 1


# Safety complaints that name what the writer named (session 8, issue #13): the allergen ('een allergische reactie
# op selderij'), an injury next to a thing that failed ('de remmen ... gewond'), a person of the writer's taken to
# hospital, and a reaction the writer is glad is over is no near miss. Businesses and sentences of their own, not a
# round's.
SNACKBAR = BusinessProfile(
    name="Cafetaria De Hoek", kind="restaurant", signers=["Ria"], voice="wij", phone="0412-334455"
)
SCOOTER = replace(SCOOTERHUIS_VAN_DAM, voice="ik", return_terms="")
GRILL = BusinessProfile(
    name="Grillroom Anatolia", kind="restaurant", signers=["Emre"], voice="ik", register="u", phone="040-2233445"
)


def test_the_allergen_is_named() -> None:
    text = "Ik had gezegd dat mijn dochter allergisch is voor selderij. Na de soep kreeg ze rode vlekken."
    assert "allergische reactie op selderij" in draft_text(SNACKBAR, _SAFETY, text)
    text = "Mijn man heeft een mosterdallergie, dat stond zelfs op de bon. Toch zat het in de saus; hij werd benauwd."
    assert "op mosterd" in draft_text(GRILL, _SAFETY, text, platform="google", author="Petra")


def test_a_reaction_the_writer_is_glad_is_over_is_no_near_miss() -> None:
    text = (
        "Mijn zoontje is allergisch voor pinda. Na het ijsje zat hij onder de bultjes en moesten we met spoed "
        "naar de dokter. Hij is gelukkig weer in orde."
    )
    draft = draft_text(SNACKBAR, _SAFETY, text)
    assert "allergische reactie op pinda" in draft and "zeker met een allergie" not in draft
    assert "Gelukkig gaat het weer goed met je zoontje" in draft
    text = "Mijn vriendin is allergisch voor noten. Gelukkig proefde ze het meteen en spuugde ze het uit."
    assert "een allergie voor noten" in draft_text(SNACKBAR, _SAFETY, text)


def test_an_injury_next_to_a_part_that_failed_is_named() -> None:
    text = "Gisteren nieuwe remmen op mijn scooter laten zetten. Vanochtend weigerden ze en ben ik onderuit gegaan."
    draft = draft_text(SCOOTER, _SAFETY, text)
    assert "gewond" in draft
    assert draft.index("gewond") < draft.index("Hoe gaat het nu")
    text = "De remmen van mijn bakfiets deden niks meer na jullie beurt. Mijn zoon heeft een hersenschudding."
    assert "gewond" in draft_text(SCOOTER, _SAFETY, text)


def test_a_failed_part_without_an_injury_gets_no_injury_line() -> None:
    text = "De achterrem deed het niet meer na de reparatie, ik kon nog net op tijd stoppen. Levensgevaarlijk!"
    assert "gewond" not in draft_text(SCOOTER, _SAFETY, text)


def test_a_person_in_hospital_is_named() -> None:
    text = "Na de shoarma zijn we allemaal ziek geworden. Mijn vader is zelfs in het ziekenhuis opgenomen."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "uw vader zelfs in het ziekenhuis" in draft
    text = "Na de kipsaté kreeg onze dochter buikkrampen en moest ze met de ambulance mee."
    assert "uw dochter zelfs in het ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google")


def test_no_hospital_when_nobody_answered_the_phone() -> None:
    text = "Na de kibbeling werd mijn man ziek. Ik heb gebeld maar niemand heeft opgenomen."
    assert "ziekenhuis" not in draft_text(SNACKBAR, _SAFETY, text)


def test_a_writer_who_mailed_and_phoned_in_vain_is_called() -> None:
    for text in (
        "Na de lahmacun werd ik ziek. Ik heb gemaild en gebeld, nog geen reactie.",
        "Mijn remmen gaven het op na jullie beurt. Ik heb twee keer gebeld en een mail gestuurd: niks gehoord.",
    ):
        draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
        assert "bel" in draft.lower() and "belt u " not in draft.lower(), draft


def test_a_compound_body_part_that_broke_is_named() -> None:
    text = "Na jullie reparatie schoot mijn stuur los. Ik viel en mijn sleutelbeen is gebroken."
    assert "sleutelbeen" in draft_text(SCOOTER, _SAFETY, text)
    text = "De trapper brak af tijdens het fietsen, ik ben gevallen en mijn onderarm is gekneusd."
    assert "onderarm" in draft_text(SCOOTER, _SAFETY, text, platform="google")


def test_a_pain_told_is_owned_in_the_right_verb_form_in_every_variant() -> None:
    from app.domain.replies import Tone, render, shipped_templates

    for line in shipped_templates().lines("complaint_cue", "pain_told"):
        said = render(line, Tone("je", "wij"), {"waarde": "prikte"})
        assert " had we " not in said and "hadden we" in said, said


def test_a_hurt_part_says_whose_it_is() -> None:
    text = "Mijn vader gleed uit over de natte vloer bij jullie en heeft zijn pols gebroken."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "zijn pols" in draft and "uw pols" not in draft
    text = "Onze dochter viel van jullie wiebelende kruk en haar knie lag open."
    assert "haar knie" in draft_text(SNACKBAR, _SAFETY, text)


def test_the_shops_stairs_are_not_the_writers() -> None:
    text = "Mijn moeder viel van de trap naar de toiletten, er lag geen antislip op. Ze is flink gewond."
    draft = draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")
    assert "uw trap" not in draft


def test_a_stay_at_the_emergency_room_is_named() -> None:
    text = "Na de kapsalon-shoarma kreeg mijn man hevige buikkrampen en hij is op de spoedeisende hulp beland."
    assert "ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")


def test_a_hospital_stay_told_with_a_pronoun_is_named() -> None:
    text = "Mijn neefje kreeg na jullie satésaus een allergische reactie. Hij moest met de ambulance mee."
    assert "hij zelfs in het ziekenhuis" in draft_text(GRILL, _SAFETY, text, platform="google", author="Sandra")


# Session 17, from a webcare reader's review of the drafts of r53–r56: coeliakie or an intolerance is no allergy, so
# the reply says the person got ill, not 'een allergische reactie'. Sentences of their own.
BAKERY = BusinessProfile(name="Bakkerij Graan", kind="bakkerij", signers=["Ilse"], voice="ik", phone="010-1234567")


def _complaint(text: str) -> str:
    return draft(BAKERY, "uitkomst_herstel", text, author="Sanne").text or ""


def test_an_intolerance_is_not_called_an_allergic_reaction() -> None:
    for text in (
        "Mijn dochter heeft coeliakie en na jullie 'glutenvrije' brownie lag ze de hele nacht met buikpijn op de bank.",
        "Ik heb een lactose-intolerantie, vroeg nog of er room in zat. Twee uur later doodziek. Top geregeld.",
    ):
        draft = _complaint(text)
        assert "allergische reactie" not in draft and "ziek" in draft.lower() and "010-1234567" in draft, text


def test_an_allergy_is_still_called_one() -> None:
    draft = _complaint("Mijn zoon heeft een notenallergie en kreeg dikke lippen van jullie koekje.")
    assert "allergische reactie op noten" in draft


def test_people_brought_along_are_welcome_in_the_right_number() -> None:
    from tests.domain.test_draft_named_people import _SALON, draft_text

    draft = draft_text(
        _SALON,
        "uitkomst_vraag_beantwoorden",
        "Mijn zoons (6 en 8) vinden knippen heel eng 😬 Wat kost knippen voor een kind?",
        author="Petra",
    )
    assert "zoons zijn van harte welkom" in draft
    draft = draft_text(
        _SALON,
        "uitkomst_vraag_beantwoorden",
        "Ik neem mijn zus mee, ze vindt knippen doodeng 😬 Wat kost knippen bij jullie?",
        author="Petra",
    )
    assert "zus is van harte welkom" in draft


# A test the writer was NOT offered is never said as one they asked for (a flipped fact in a liability case).
_SALON = BusinessProfile(
    name="Salon Mila", kind="kapper", signers=["Mila"], voice="wij", register="je", phone="0412-123456"
)


@pytest.mark.parametrize(
    "text",
    [
        "Uitgroei laten kleuren, 's nachts jeuk en bultjes: allergische reactie. Er is mij NIET gevraagd of ik een "
        "allergietest wilde, terwijl ik nieuw was.",
        "Allergische reactie na het kleuren, bultjes overal. Niemand heeft me een huidtest aangeboden.",
        "allergische reactie op de verf, jeuk en bulten. Mij werd nooit gevraagd of ik een allergietest wou doen",
    ],
)
def test_a_test_not_offered_is_not_said_as_asked(text: str) -> None:
    made = draft_text(_SALON, "uitkomst_herstel", text, author="Sanne")
    assert "om een" not in made and "had gevraagd" not in made, made
    assert "allergietest" in made or "huidtest" in made, made


def test_a_test_the_writer_asked_for_is_said_back() -> None:
    text = "Bultjes na het verven, allergische reactie. Ik had nog expliciet om een allergietest gevraagd!!"
    made = draft_text(_SALON, "uitkomst_herstel", text, author="Sanne")
    assert "om een allergietest had gevraagd" in made, made


# A dish that made a group ill at a named meal (r113, session 33): the reply names the dish at that meal ('na de
# zalm bij de paasbrunch'), not the dish alone. Sentences of our own.
def test_the_dish_of_the_ill_is_named_at_the_meal_it_was_part_of() -> None:
    text = (
        "Met z'n vijven naar jullie kerstlunch geweest. Drie van ons zijn 's nachts flink ziek geworden. "
        "Het enige wat we alle drie hebben gegeten is de garnalencocktail."
    )
    reply = draft_text(WOKBAR, _SAFETY, text)
    assert "na de garnalencocktail bij de kerstlunch" in reply, reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mijn haar laten krullen voor een feest. De stijltang kwam tegen mijn oor, nu heb ik een brandwond.",
            "met de stijltang",
        ),
        ("Bij het scheren schoot de tondeuse uit en ik heb een snee in mijn nek. Niemand zei iets.", "met de tondeuse"),
    ],
)
def test_the_tool_that_hurt_is_named_not_the_hair(text: str, said: str) -> None:
    """'Het meisje met de krultang kwam tegen mijn nek aan': the tool that burned or cut, not 'je haar'."""
    reply = draft_text(_SALON, _SAFETY, text)
    assert said in reply and "met je haar" not in reply, reply


def test_a_dish_everyone_who_got_ill_had_is_named() -> None:
    text = (
        "Zaterdag met de hele familie bij jullie gegeten. Nu liggen er vijf ziek op bed, "
        "ze hadden allemaal de zalm als hoofdgerecht."
    )
    reply = draft_text(WOKBAR, _SAFETY, text)
    assert "na de zalm" in reply, reply


# What the business does after harm is said in the words a professional expects ('uitzoeken', 'hoe dit kon'), never
# a split 'we zoeken het meteen uit'; who it happened to is the one told with 'ze'/'hij' after whose feast it was; a
# group that fell ill names the writer's own person said apart; a dye reaction asks after the scalp. Sentences of
# their own.
_FINDS_OUT = re.compile(r"uitzoeken|hoe dit kon|nagaan")


@pytest.mark.parametrize(
    "text",
    [
        "Na de lunch bij jullie zijn we alle drie misselijk geworden, de hele nacht overgegeven.",
        "Ik had gezegd dat ik niet tegen pinda kan, toch zat er pindasaus over de saté. Mijn lippen werden dik.",
        "Gisteren viel ik door de losgeschoten trapper, mijn knie ligt helemaal open.",
    ],
)
def test_a_safety_draft_says_the_business_finds_out_how_it_happened(text: str) -> None:
    made = draft_text(WOKBAR, _SAFETY, text)
    assert _FINDS_OUT.search(made), made
    assert not re.search(r"zoeken (?:het|dit) (?:meteen|direct) uit", made), made


def test_the_owner_of_the_feast_told_with_she_is_the_one_asked_after() -> None:
    text = (
        "Voor het verjaardagsfeest van mijn oma hadden we een taart besteld zonder walnoten, want ze is er "
        "allergisch voor. Na één stuk kreeg ze uitslag en moest ze naar de dokter."
    )
    assert "Hoe gaat het nu met je oma?" in draft_text(FIETSMAKER, _SAFETY, text)


def test_the_owner_of_the_feast_is_not_asked_after_when_the_writer_got_ill() -> None:
    # near miss: 'ik' reacted; the grandmother only owns the feast
    text = (
        "Voor het verjaardagsfeest van mijn oma hadden we een taart besteld zonder walnoten, want ik ben er "
        "allergisch voor. Na één stuk kreeg ik uitslag en moest ik naar de dokter."
    )
    assert "Hoe gaat het nu met je oma?" not in draft_text(FIETSMAKER, _SAFETY, text)


def test_a_group_that_fell_ill_names_the_writers_own_person_said_apart() -> None:
    text = (
        "Zondag met acht man bij jullie gegeten. Vijf van ons zijn daarna ziek geworden, overgeven en koorts. "
        "Mijn vrouw ligt nog steeds op bed."
    )
    assert "u, uw vrouw en de anderen" in draft_text(WOKBAR, _SAFETY, text)


def test_a_group_that_fell_ill_without_a_person_of_the_writers_own_is_the_party() -> None:
    text = "Zondag met acht man bij jullie gegeten. Vijf van ons zijn daarna ziek geworden, overgeven en koorts."
    made = draft_text(WOKBAR, _SAFETY, text)
    assert "u en uw gezelschap" in made and "de anderen" not in made


def test_a_dye_reaction_on_the_scalp_asks_after_the_scalp() -> None:
    text = (
        "Maandag mijn haar laten kleuren. Nu brandt mijn hoofdhuid en heb ik bulten achter mijn oren. "
        "Volgens de dokter een allergische reactie op de kleuring."
    )
    made = draft_text(KAPPER_LOK, _SAFETY, text)
    assert "Hoe gaat het nu met je hoofdhuid?" in made, made


def test_a_reaction_seen_now_is_sent_to_the_doctor() -> None:
    text = (
        "Zaterdag mijn haar laten bleken. Het prikte enorm tijdens het inwerken. "
        "Nu heb ik overal bultjes en korstjes op mijn hoofdhuid."
    )
    assert "huisarts" in draft_text(KAPPER_LOK, _SAFETY, text, author="Marieke")
    gone = "Zaterdag mijn haar laten bleken. Het prikte enorm, maar nu zijn de bultjes gelukkig weg."
    assert "huisarts" not in draft_text(KAPPER_LOK, _SAFETY, gone, author="Marieke")


def test_a_tooth_broken_on_what_was_in_the_food_names_the_dentist_the_writer_named() -> None:
    text = (
        "Gisteren een pistolet gehaald en mijn dochter beet op een stukje ijzerdraad. "
        "Haar kies is gebarsten, morgen moet ze naar de tandarts."
    )
    draft = draft_text(WOKBAR, _SAFETY, text, author="Karin Bos")
    assert "tandarts" in draft and "dochter" in draft, draft
    plain = "Gisteren een pistolet gehaald en mijn dochter beet op een stukje ijzerdraad. Ze schrok zich rot."
    assert "tandarts" not in draft_text(WOKBAR, _SAFETY, plain, author="Karin Bos")


def test_the_writers_own_tooth_broken_on_a_find_is_hoped_well() -> None:
    text = (
        "Ik beet in een krentenbol en er zat een steentje in. "
        "Een stuk van mijn tand is afgebroken, vrijdag naar de tandarts."
    )
    draft = draft_text(WOKBAR, _SAFETY, text, author="Karin Bos")
    assert "tandarts uw tand" in draft, draft
    text = "Ik beet in een krentenbol en er zat een steentje in. Mijn kies is gebarsten."
    draft = draft_text(WOKBAR, _SAFETY, text, author="Karin Bos")
    assert "met uw kies meevalt" in draft and "tandarts" not in draft, draft


def test_an_occasion_still_to_come_is_said_as_near_not_as_spoiled() -> None:
    text = (
        "Gisteren mijn haar laten bleken voor de bruiloft van mijn zus. Het brandde enorm. "
        "Nu zitten er blaren op mijn hoofdhuid en komende zaterdag is de bruiloft."
    )
    draft = draft_text(KAPPER_LOK, _SAFETY, text, author="Marieke")
    assert "al zo" in draft and "juist bij" not in draft and "uitgerekend bij" not in draft, draft
