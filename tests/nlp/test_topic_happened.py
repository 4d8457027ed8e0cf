"""What happened decides the safety concept, not the strongest word (app/nlp/topic_happened.py): brakes that only
squeak or rust are a defect, brakes that fail stay a hazard; a rash an infection explains is no allergy, a rash with
the allergy named stays one. Sentences of our own (typos, Flemish, dialect)."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    "text",
    [
        "Na drie weken regen piepen mijn schijfremmen al als een varken, voor een fiets van 1800 euro!",
        "de remmen van mn racefiets gieren bij elke stop sinds de beurt, echt irritant",
        "Sinds het onderhoud kraakt de achterrem bij elke bocht, da's toch ni normaal?",
        "Nieuwe e-bike, zoutwegen, en nu zit de ketting vol roest en schuren de remmen. Wat een kwaliteit.",
        "Ge moogt da ni normaal vinden: na ne maand zijn de schijfremmen roestig en maken ze lawaai.",
    ],
)
def test_brakes_that_only_make_a_noise_or_rust_are_a_defect_not_a_hazard(text: str) -> None:
    found = analyse_topics(text)
    assert "remmen" not in found.safety, found.safety
    assert "defect" in found.problems, found.problems


@pytest.mark.parametrize(
    "text",
    [
        "Mijn remmen piepen en pakken amper, ik reed bijna de gracht in.",
        "De remmen werkten niet meer na de beurt, levensgevaarlijk!",
        "de achterrem gierde en remde niet, zo de kruising op",
        "Voorrem begaf het in de afdaling, het piepte eerst nog wel.",
    ],
)
def test_brakes_that_fail_stay_a_hazard_even_with_a_noise_said(text: str) -> None:
    assert "remmen" in analyse_topics(text).safety


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Nu heb ik rode uitslag in mijn nek, huisarts zegt da het een schimmelinfectie is.", "een schimmelinfectie"),
        ("Na de pedicure bultjes en een ontsteking aan mijn grote teen, zo onhygiënisch daar.", "een ontsteking"),
        ("Mijn zoontje heeft sinds het knippen bultjes en volgens de dokter krentenbaard", "krentenbaard"),
        ("Rode vlekken op mijn armen na de massage, de dokter zei: een huidinfectie.", "een huidinfectie"),
    ],
)  # fmt: skip
def test_a_rash_an_infection_explains_is_no_allergy(text: str, said: str) -> None:
    found = analyse_topics(text)
    assert "allergie" not in found.safety, found.safety
    assert found.safety, "still a safety case"
    assert found.infection == said


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben allergisch voor nikkel en kreeg uitslag en een ontsteking van de oorbel die jullie schoten.",
        "Uitslag over mijn hele lijf, de dokter zegt een allergische reactie op de verf, geen infectie.",
        "Mijn dochter kreeg rode vlekken en zwelling na de noten in het koekje.",
    ],
)
def test_a_rash_with_the_allergy_named_or_no_infection_stays_an_allergy(text: str) -> None:
    assert "allergie" in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Got a brand new bike from you last week and the chain already snapped.",
        "My brand-new helmet strap broke the first time I wore it.",
        "Which brand of tyres do you use on the city bikes?",
        "I love this brand, but the service was slow today.",
    ],
)
def test_brand_in_english_is_a_make_or_new_no_fire(text: str) -> None:
    assert "gevaar" not in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "De oplader vatte vlam, er was brand in de gang!",
        "Er ontstond brand in de accu van mijn e-bike.",
        "Bijna brand gehad door jullie stekker.",
        "Rook uit de lader en toen brand, de brandweer kwam eraan.",
    ],
)
def test_a_fire_said_in_dutch_stays_a_hazard(text: str) -> None:
    assert "gevaar" in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "De remmen piepen en pakken nie goed meer, ik stond pas na een eind stil.",
        "Sinds de beurt gieren mijn remmen en stopt de fiets pas na een meter of vijftien.",
        "Mijn schijfremmen kraken. Vanmorgen kon ik niet op tijd stoppen voor het stoplicht.",
        "Na het onderhoud piept de voorrem. In de afdaling begaf hij het en ik ben gevallen.",
        "men remmen piepen en remmen ni goe meer, bijna tegen ne paal",
    ],
)
def test_a_noisy_brake_that_also_fails_anywhere_in_the_comment_stays_a_hazard(text: str) -> None:
    """When in doubt the hazard: the failing said in Flemish ('nie'), as not stopping, or in another sentence."""
    assert "remmen" in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Ik lag met een longontsteking in bed en de bezorger kwam twee uur te laat met de taart.",
        "Mijn vrouw herstelt van een blaasontsteking, dus we aten licht, maar de soep was koud.",
        "mn dochter had een oorontsteking dus mijn man haalde de taart, en die moest een half uur wachten",
        "Had a chest infection so I ordered in, and the pizza came cold.",
    ],
)
def test_an_infection_the_writer_only_tells_about_is_no_safety_case(text: str) -> None:
    """'Ik lag met een longontsteking in bed': nothing ties it to the business, so no hygiene case."""
    assert not analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb nu ne schimmelinfectie op mijn hoofd na het knippen.",
        "Sinds de knipbeurt heb ik een huidinfectie in mijn nek.",
        "Mijn zoontje heeft krentenbaard opgelopen bij jullie.",
        "After the haircut I got a scalp infection.",
    ],
)
def test_an_infection_caught_at_the_business_stays_a_safety_case(text: str) -> None:
    assert analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Na de uitvaart van mijn moeder hielden we de koffietafel bij jullie. Op de rekening stond 90 euro te veel. "
        "Dat doet pijn in zo'n moeilijke tijd.",
        "Dat jullie mijn bestelling gewoon vergeten waren, deed echt pijn aan mijn hart.",
        "Zes euro voor een koffie, dat doet pijn in de portemonnee.",
    ],
)
def test_pain_said_as_a_feeling_is_no_injury(text: str) -> None:
    assert "letsel" not in analyse_topics(text).safety


def test_pain_in_the_body_stays_an_injury() -> None:
    assert "letsel" in analyse_topics("Mijn knie doet nog steeds pijn sinds ik over jullie drempel viel.").safety


@pytest.mark.parametrize(
    "text",
    [
        "Al drie keer gemaild over de taart en over mijn nichtje met een notenallergie, nog niks gehoord.",
        "Twee gasten met een glutenallergie, heb ik vorige week doorgegeven, maar geen bevestiging gekregen.",
        "Ik belde twee keer over het buffet en de allergieën van onze gasten. Niemand neemt op.",
    ],
)
def test_an_allergy_named_as_a_need_is_no_allergic_reaction(text: str) -> None:
    assert "allergie" not in analyse_topics(text).safety


@pytest.mark.parametrize(
    "text",
    [
        "Ik had het gezegd van mijn zoon met een notenallergie en toch kreeg hij een brownie met noten. Hij zwol op!",
        "Onze dochter met een pinda-allergie at jullie koek en moest naar de huisarts met uitslag.",
    ],
)
def test_an_allergy_with_what_happened_stays_a_reaction(text: str) -> None:
    assert "allergie" in analyse_topics(text).safety


def test_pain_said_of_what_happened_is_a_feeling() -> None:
    topics = analyse_topics("Ik heb drie keer gebeld en niemand belde terug. Dit doet echt pijn.")
    assert "letsel" not in topics.safety


def test_pain_of_the_body_stays_harm() -> None:
    # near miss: the body hurts ('het'), or a fall is told beside it
    assert "letsel" in analyse_topics("Mijn knie is open en het doet zo'n pijn.").safety
    assert "letsel" in analyse_topics("Ik ben over de mat gestruikeld. Dat doet pijn.").safety


def test_a_safe_for_keys_is_no_louse() -> None:
    # 'sleutelkluis' ends in 'luis' but its last noun is 'kluis'; 'hoofdluis' stays one
    assert "hygiene" not in analyse_topics("Misschien een sleutelkluis bij de deur voor als jullie dicht zijn?").safety
    assert "hygiene" in analyse_topics("Na het knippen had mijn zoon hoofdluis.").safety
