"""Phrasing rules for the reply sentences (resources/replies.toml), found by reading drafts aloud:
each rule is checked on every variant of the sentences it covers, in every register and voice, and
on drafts for comments written for this file (not taken from a review or a benchmark round)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app.domain.profile import BusinessProfile
from app.domain.replies import PLURAL, SINGULAR, Tone, render, shipped_templates
from tests.domain.drafts import draft_text

TONES = [Tone(register, voice) for register in ("je", "u") for voice in ("ik", "wij")]

SHOP = BusinessProfile(
    name="Rijwielhuis De Spaak",
    kind="fietsenmaker",
    signers=["Ruud"],
    voice="wij",
    register="u",
    email="werkplaats@despaak.nl",
    phone="050-3141592",
    opening_hours="di–za 9:00–18:00",
    return_terms="drie maanden garantie op reparaties",
)
BAKER = BusinessProfile(
    name="Bakkerij Mout",
    kind="bakkerij",
    signers=["Femke"],
    voice="ik",
    register="je",
    phone="024-2718281",
    opening_hours="di–za 7:30–17:00",
    holidays="Hemelvaartsdag: dicht; tweede pinksterdag: dicht",
)


def _every(section: str, key: str | None = None) -> Iterator[tuple[str, str]]:
    """(where, text) for each variant of a section's sentences (one key, or all), in every tone and number."""
    lines = shipped_templates().sections[section]
    for name, options in lines.items():
        if key is not None and name != key:
            continue
        for template in options:
            for tone in TONES:
                for number in (SINGULAR, PLURAL):
                    yield f"{section}.{name} {tone}", render(template, tone, {"meervoud": number})


def _topic_lines() -> Iterator[tuple[str, str]]:
    for topic in shipped_templates().complaint_topics:
        for template in (*topic.empathy, *topic.about):
            for tone in TONES:
                yield f"complaint_topics.{topic.id} {tone}", render(template, tone)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook") -> str:
    return draft_text(profile, outcome, text, platform=platform, author="Lotte")


# 1. Register: "balen", "hoor" and "groetjes" are words for je, not for u.


def test_u_register_sentences_have_no_familiar_words() -> None:
    sections = ("complaint", "complaint_cue", "safety", "question", "rumour", "positive", "channel")
    for where, text in [*(x for s in sections for x in _every(s)), *_topic_lines()]:
        if "register='u'" in where:
            assert not re.search(r"\bbalen\b|\bhoor[.!,]|\bgroetjes\b|geen pretje", text, re.I), (where, text)


def test_a_complaint_in_u_register_gets_no_balen() -> None:
    comments = [
        "Twee weken geleden mijn wiel laten richten en nu slingert hij alweer.",
        "Na de reparatie doet mijn versnelling het nog steeds niet goed.",
        "Mijn fiets kwam terug met een kras over het hele frame.",
        "Ik heb te veel betaald voor het plakken van mijn band, 25 euro.",
        "De nieuwe bel die jullie erop zetten is na drie dagen al kapot.",
        "Mijn bestelde fietstas kwam beschadigd aan.",
    ]
    for text in comments:
        assert "balen" not in _draft(SHOP, "uitkomst_herstel", text).lower(), text


# 2. Safety: never say it ended well; one 'gebeuren' per draft.


def test_safety_sentences_never_say_it_ended_well() -> None:
    for where, text in _every("safety"):
        assert not re.search(r"gelukkig|goed afgelopen|goed gegaan|ging het goed", text, re.I), (where, text)


def test_a_crash_after_a_brake_repair_is_not_called_a_lucky_escape() -> None:
    comments = [
        "Gisteren mijn remmen laten afstellen, vanochtend remde ik niet en ben ik tegen een paal gereden. "
        "Mijn pols is gekneusd.",
        "Na jullie onderhoud deden mijn remmen het niet, ik ben op de stoep gevallen en heb een flinke snee "
        "in mijn kin.",
        "Remmen vorige week vervangen. Vandaag bij het stoplicht remde de fiets niet en ik schaafde mijn "
        "hele arm open.",
        "De remkabel is losgeschoten een dag na de reparatie, ik ben onderuit gegaan met mijn dochter achterop.",
    ]
    for text in comments:
        draft = _draft(SHOP, "uitkomst_herstel", text)
        assert "afgelopen" not in draft and "Gelukkig" not in draft, draft


def test_an_allergy_draft_says_gebeuren_at_most_once() -> None:
    comments = [
        "Ik had nog gezegd dat mijn dochter niet tegen pinda kan, toch zat er pinda in haar koekje. Ze kreeg "
        "direct uitslag.",
        "Mijn man heeft een notenallergie en dat hadden we bij het bestellen gezegd. Hij werd ziek van de taart.",
        "Bij de bestelling gemeld dat mijn zoon allergisch is voor sesam, en toch zat het op zijn broodje. "
        "Hij moest naar de huisarts.",
        "Ik had er uitdrukkelijk bij gezegd dat mijn vrouw een glutenallergie heeft. "
        "Toch zat er gewone bloem in de taart, ze is de hele nacht ziek geweest.",
        "Ik had nog zo gezegd dat mijn dochter allergisch is voor ei. Er zat toch ei in de cupcake en ze "
        "moest overgeven.",
    ]
    for text in comments:
        draft = _draft(BAKER, "uitkomst_herstel", text)
        assert len(re.findall(r"gebeur", draft, re.I)) <= 1, draft


# 3. Apologies: each can open a draft, so none leans on a sentence before it; sorry once, not twice.


def test_every_apology_stands_on_its_own_and_says_sorry_once() -> None:
    for where, text in _every("complaint", "apology"):
        assert not re.search(r"\bdaarvoor\b", text) and not text.startswith("Dat "), (where, text)
        assert re.search(r"sorry|excuses", text, re.I), (where, text)
        assert not (re.search(r"sorry|excuses", text, re.I) and "spijt" in text), (where, text)


def test_complaints_get_no_double_sorry_and_no_dangling_apology() -> None:
    comments = [
        "Ik heb mijn fiets drie keer moeten terugbrengen voor dezelfde lekke band.",
        "Bij het ophalen stond mijn fiets nog precies zoals ik hem bracht.",
        "De monteur was erg kortaf tegen mij toen ik een vraag stelde over de prijs.",
        "Mijn afspraak van vanochtend was gewoon vergeten, ik stond voor een dichte deur.",
        "Het zadel dat ik kocht zat los en is onderweg afgebroken.",
        "Niemand belde terug terwijl dat wel was beloofd.",
        "Mijn fiets zou vrijdag klaar zijn, het is nu woensdag en nog niets gehoord.",
        "Jullie hebben de verkeerde band op mijn fiets gezet.",
    ]
    for text in comments:
        draft = _draft(SHOP, "uitkomst_herstel", text)
        assert "Sorry, dat spijt" not in draft and "excuses daarvoor" not in draft.lower(), draft


# 4. People on the side of a complaint: 'ook', not 'zeker' or 'juist' (they may not be the ones hurt).


def test_person_lines_do_not_make_a_bystander_the_main_victim() -> None:
    for key in ("person_too", "neutral_person"):
        for where, text in _every("complaint", key):
            assert not re.search(r"\b(zeker|juist) (voor|als)\b", text, re.I), (where, text)


def test_someone_named_on_the_side_gets_no_zeker_voor() -> None:
    comments = [
        "Al twee weken wacht ik op mijn fiets, ik leen nu die van mijn buurvrouw.",
        "De reparatie duurt nu al drie weken, mijn zoon moet me elke dag naar het werk brengen.",
        "Mijn nieuwe fiets is nog steeds niet geleverd, ik rijd nu op de oude van mijn vader.",
    ]
    for text in comments:
        draft = _draft(SHOP, "uitkomst_herstel", text)
        assert not re.search(r"\b(Zeker|juist) voor\b", draft), draft


# 5. Grammar: damage is said without a verb that must agree with what the writer named.


def test_damage_lines_read_the_same_for_one_thing_or_more() -> None:
    for template in shipped_templates().sections["complaint"]["damage"]:
        for tone in TONES:
            one = render(template, tone, {"onderwerp": "X", "meervoud": SINGULAR})
            more = render(template, tone, {"onderwerp": "X", "meervoud": PLURAL})
            assert one == more, template


def test_damage_to_several_things_has_no_singular_verb() -> None:
    for text in (
        "Bij het ophalen zaten er deuken in mijn beide spatborden.",
        "Jullie hebben bij het monteren mijn spaken beschadigd.",
        "Mijn twee fietstassen zijn bij jullie in de werkplaats beschadigd geraakt.",
    ):
        assert not re.search(r"\b\w+en nu schade heeft\b", _draft(SHOP, "uitkomst_herstel", text)), text


# 6. Opening hours in the ik-voice: the shop is open or closed, not the owner.


def test_opening_hours_in_ik_voice_name_the_shop() -> None:
    ik = Tone("je", "ik")
    question = shipped_templates().sections["question"]
    lines = [t for key, options in question.items() if "holiday" in key or key == "day_until" for t in options]
    topic = next(t for t in shipped_templates().question_topics if t.id == "openingstijden")
    for template in (*lines, *topic.answer, *topic.fact):
        assert not re.search(r"\b(ik ben|ben ik)\b", render(template, ik), re.I), template


def test_a_closed_holiday_in_ik_voice() -> None:
    for text in ("Zijn jullie met Hemelvaart open?", "Hebben jullie op tweede pinksterdag open?"):
        draft = _draft(BAKER, "uitkomst_vraag_beantwoorden", text)
        assert "dicht" in draft or "gesloten" in draft, draft
        assert not re.search(r"\bIk ben\b", draft), draft


# 7. After an answer, whether yes or no: no 'hopelijk helpt dit'.


@pytest.mark.parametrize("key", ["more"])
def test_the_line_after_an_answer_fits_a_no(key: str) -> None:
    for where, text in _every("question", key):
        assert "helpt" not in text, (where, text)


def test_a_no_is_not_followed_by_hope_it_helps() -> None:
    for text in ("Is de bakkerij op Hemelvaartsdag open?", "Kan ik op tweede pinksterdag brood komen halen?"):
        draft = _draft(BAKER, "uitkomst_vraag_beantwoorden", text)
        assert "helpt" not in draft, draft


def test_a_warning_the_writer_gave_is_owned_in_the_right_verb_form() -> None:
    """'toen hadden we meteen moeten stoppen' for a wij-voice, 'toen had ik' for an ik-voice (not 'serieus'
    twice: the safety line takes it seriously already)."""
    text = "Ik zei nog dat het prikte maar ze ging door met blonderen. Nu heb ik wondjes op mijn hoofdhuid."
    for voice, said in (("wij", "toen hadden we meteen moeten stoppen"), ("ik", "toen had ik meteen moeten stoppen")):
        salon = BusinessProfile(
            name="Salon Kam", kind="kapsalon", signers=["Ans"], voice=voice, register="je", phone="010-1112233"
        )
        draft = _draft(salon, "uitkomst_herstel", text)
        assert said in draft, draft
