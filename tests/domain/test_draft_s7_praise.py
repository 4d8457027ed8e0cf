"""Thank-yous that name what was praised, who did it and the occasion (session 7): sentences of their own,
other businesses and other words than the benchmark rounds; each test states one rule."""

from __future__ import annotations

from app.domain.draft_praise import things_not_people
from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafting.shops import BARBER, BISTRO, GARAGE, GROOMER
from tests.domain.drafts import draft_text

THANKS = "uitkomst_bedank_publiek"


def test_what_the_business_gave_or_put_on_is_what_the_thanks_names() -> None:
    text = "Na de APK gaf Wim me zomaar een leenauto mee zodat ik naar mijn werk kon. Top service!"
    assert "leenauto" in draft_text(GARAGE, THANKS, text)
    text = "Anke had Bobbie na het trimmen nog een strikje en een bandana met stippen omgedaan, hij liep te pronken!"
    draft = draft_text(GROOMER, THANKS, text)
    assert "het strikje en de bandana" in draft, draft


def test_what_a_praise_word_is_said_of_is_named_even_without_an_article() -> None:
    draft = draft_text(BISTRO, THANKS, "eendenborst was next level 🔥", platform="x")
    assert "eendenborst" in draft, draft
    draft = draft_text(BISTRO, THANKS, "Zondag gegeten met de buren. De bouillabaisse was echt subliem.")
    assert "bouillabaisse" in draft, draft


def test_two_things_made_for_an_occasion_are_both_named_in_the_plural() -> None:
    text = "Voor het pensioen van mijn vader maakten jullie de hapjes en een taart in de vorm van een trein."
    draft = draft_text(BISTRO, THANKS, text)
    assert "de hapjes en de taart" in draft and " viel " not in draft, draft


def test_what_helped_with_an_achievement_is_named_with_it() -> None:
    text = "lex heeft me vrijdag zo strak geknipt voor mijn sollicitatie, de fade zat de hele dag perfect. baan binnen!"
    draft = draft_text(BARBER, THANKS, text, platform="instagram")
    assert "fade" in draft and "baan" in draft, draft


def test_staff_named_with_a_role_or_part_of_the_business_get_the_praise_passed_on() -> None:
    text = "Onze ober, eh nee: Daan, de sommelier, koos een wijn die perfect bij het wild paste. Dank jullie!"
    assert "Daan" in draft_text(BISTRO, THANKS, text)
    text = "Karim van de werkplaats heeft mijn remlicht nog even gratis vervangen, netjes!"
    assert "Karim" in draft_text(GARAGE, THANKS, text)


def test_a_proposal_said_as_yes_is_congratulated() -> None:
    text = "SHE SAID YES 😭 dank aan Daan van de bediening die de ring in het glas champagne verstopte"
    draft = draft_text(BISTRO, THANKS, text, platform="instagram")
    assert "verloving" in draft and "gefeliciteerd" in draft and "Daan" in draft, draft


def test_staff_named_after_their_role_get_the_praise_passed_on() -> None:
    text = "Monteur Gerrit zag meteen wat er mis was met de koppeling. Topservice!"
    assert "Gerrit" in draft_text(GARAGE, THANKS, text)
    text = "Onze vaste trimster Noor had Bobbie weer prachtig gemaakt."
    assert "Noor" in draft_text(GROOMER, THANKS, text)


def test_an_age_said_makes_the_party_a_birthday() -> None:
    text = "Mijn vader werd vrijdag 75 en jullie hebben er een onvergetelijk feest van gemaakt!"
    draft = draft_text(BISTRO, THANKS, text)
    assert "75ste verjaardag" in draft and "vader" in draft, draft


def test_an_important_moment_the_business_helped_with_is_named_without_congratulations() -> None:
    text = "Had vandaag een sollicitatiegesprek en dankzij Lex zat mijn baard strak. Voelde me zeker!"
    draft = draft_text(BARBER, THANKS, text)
    assert "sollicitatiegesprek" in draft and "gefeliciteerd" not in draft, draft
    text = "Morgen mijn speech op het congres, en dankzij deze fade durf ik het aan."
    assert "speech" in draft_text(BARBER, THANKS, text)


def test_a_word_for_a_pet_that_names_a_hairdo_at_a_hair_business_gets_no_greeting() -> None:
    text = "Mijn pony was een ramp na zelf knippen, Lex heeft er iets moois van gemaakt. Held!"
    draft = draft_text(BARBER, THANKS, text)
    assert "groet" not in draft.split("\n")[1].lower() and "van je pony" not in draft, draft
    # at a riding school the pony is an animal
    topics = analyse_topics("Mijn pony heeft het zo naar zijn zin bij jullie!")
    assert things_not_people(topics, "manege").people == topics.people == ("pony",)
    assert things_not_people(topics, "kapsalon").people == ()


def test_the_proposal_ring_is_the_writers_not_what_a_restaurant_is_thanked_for() -> None:
    text = "Hij vroeg me ten huwelijk! Daan had de ring in mijn glas champagne gedaan, de oesters waren heerlijk."
    draft = draft_text(BISTRO, THANKS, text)
    assert "de ring" not in draft and "verloving" in draft, draft
    jeweller = BusinessProfile(name="Goudsmid Elst", kind="goudsmid", signers=["Iris"], voice="ik", register="u")
    draft = draft_text(jeweller, THANKS, "De verlovingsring die Iris maakte was perfect, ze zei ja!")
    assert "verlovingsring" in draft, draft
