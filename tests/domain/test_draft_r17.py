"""Fixes after blind round r17 (issue #13): conjugated verbs and separable participles, dangerous
driving as safety, FAQ matched on the question sentence, rumours set straight from the profile
without a link slot, diplomas and a couple's engagement, English two-word nouns."""

from __future__ import annotations

from app.domain.language import english_object
from app.domain.profile import BusinessProfile, FaqItem
from app.domain.reply_check import shipped_rules
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft_text

TUTOR = BusinessProfile(
    name="Bijles Plus",
    kind="bijlesinstituut",
    signers=["Iris"],
    voice="ik",
    email="iris@bijlesplus.nl",
    phone="06-11112222",
    payment="per maand via automatische incasso",
    faq=[FaqItem("Geven jullie ook examentraining?", "Ja, in april en mei, in kleine groepjes.")],
)


def _draft(outcome: str, text: str, profile: BusinessProfile = TUTOR, platform: str = "facebook") -> str:
    return draft_text(profile, outcome, text, platform=platform, author="Kim")


def test_a_faq_answers_its_question_sentence_even_with_more_said_around_it() -> None:
    text = "Doen jullie ook examentraining voor havo? Mijn dochter heeft moeite met scheikunde en economie."
    assert "april en mei" in _draft("uitkomst_vraag_beantwoorden", text)


def test_a_conjugated_verb_asks_about_a_profile_subject_only_in_a_question() -> None:
    assert "betalen" in analyse_topics("Hoe betaal je hier eigenlijk?").subjects
    assert "betalen" not in analyse_topics("Daar betaal je 40 euro per uur voor.").subjects
    assert "automatische incasso" in _draft("uitkomst_vraag_beantwoorden", "Hoe betaal je, per les of per maand?")


def test_a_separable_participle_and_reckless_driving_are_safety() -> None:
    assert analyse_topics("Na de oesters de hele nacht overgegeven.").is_safety
    assert analyse_topics("De chauffeur reed veel te hard en ik had doodsangsten.").is_safety
    assert not analyse_topics("Het brood was veel te hard.").is_safety


def test_a_rumour_set_straight_from_the_profile_needs_no_link_slot() -> None:
    text = "Ik hoorde dat je bij Bijles Plus alleen nog contant kunt betalen, klopt dat?"
    draft = _draft("uitkomst_onwaarheid", text)
    assert "incasso" in draft and "vul in" not in draft
    assert shipped_rules().finds("bron", draft)  # the business itself is the source


def test_a_diploma_is_earned_and_an_engagement_is_the_couples() -> None:
    twins = _draft("uitkomst_bedank_publiek", "Onze tweeling heeft het A-diploma gehaald! Wat een geduld.")
    assert "diploma van je tweeling" in twins and "in de smaak" not in twins
    exam = _draft("uitkomst_bedank_publiek", "GESLAAGD!! Zonder de bijles had ik dat eindexamen nooit gehaald")
    assert "eindexamen" in exam
    engaged = _draft("uitkomst_bedank_publiek", "Mijn vriend vroeg me bij jullie ten huwelijk, wat een avond!")
    assert "jullie verloving" in engaged and "met je vriend!" not in engaged


def test_an_english_noun_phrase_ends_at_its_verb() -> None:
    assert english_object("the staff were kind and the cheese board was great") == "the cheese board"
    assert english_object("a tiny wave tattoo here") == "the tattoo"


def test_after_r18_gas_smell_organisations_allergy_faqs_and_anniversaries() -> None:
    assert analyse_topics("Sinds het onderhoud ruikt het in de keuken naar gas.").is_safety
    from app.domain.draft_names import first_name

    assert first_name("Woningcorporatie Thuis") == "" and first_name("Voetbalclub Rood-Wit") == ""
    cook = BusinessProfile(
        name="Kookstudio",
        kind="kookstudio",
        signers=["Rosa"],
        email="rosa@kook.nl",
        faq=[FaqItem("Houden jullie rekening met allergieën?", "Ja, geef het door bij het boeken.")],
    )
    text = "Ik heb een glutenintolerantie, kan ik toch meedoen aan de workshop pasta maken?"
    assert "bij het boeken" in _draft("uitkomst_vraag_beantwoorden", text, cook)
    party = _draft("uitkomst_bedank_publiek", "Mooi advies over de wijnen voor ons 25-jarig huwelijksfeest!")
    assert "25-jarig huwelijksjubileum" in party and "gefeliciteerd" in party


def test_after_r19_medical_alarms_certificates_births_holiday_notes_and_english_openings() -> None:
    assert analyse_topics("Ik kreeg de verkeerde medicijnen mee en ben bijna flauwgevallen.").is_safety
    assert analyse_topics("Ze viel met haar hoofd tegen de paal en had een hersenschudding.").is_safety
    assert not analyse_topics("Geachte dokter, ik heb nog geen factuur gekregen.").is_safety
    cwo = analyse_topics("CWO 2 gehaald!!! Beste week ooit")
    assert (cwo.occasion, cwo.occasion_words) == ("diploma", "CWO 2")
    born = _draft("uitkomst_bedank_publiek", "Onze Sem is geboren! Dank voor de fijne begeleiding")
    assert "de geboorte van Sem" in born and "kraamfeest" not in born
    pharmacy = BusinessProfile(
        name="Apotheek",
        kind="apotheek",
        signers=["Eva"],
        voice="wij",
        holidays="tweede pinksterdag: dicht, voor spoed de dienstapotheek",
    )
    answer = _draft("uitkomst_vraag_beantwoorden", "Zijn jullie op pinkstermaandag open?", pharmacy)
    assert "gesloten" in answer or "dicht" in answer
    assert "dienstapotheek" in answer
    assert english_object("Fantastic sailing course, the instructors were patient") == "the sailing course"
    assert english_object("Thank you so much, the cake was great") == "the cake"
