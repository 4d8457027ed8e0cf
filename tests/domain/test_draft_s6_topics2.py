"""General rules added in session 6 after the blind round r26 (messier text, Flemish, typos, English) for
naming what the writer said: every test uses sentences of its own, not one from a benchmark round, and
states one rule."""

from __future__ import annotations

from app.domain.profile import BusinessProfile
from app.nlp.topics import analyse_topics
from tests.domain.drafts import draft

WORKSHOP = BusinessProfile(
    name="Rijwielen Claes",
    kind="fietsenmaker",
    signers=["Wout"],
    voice="ik",
    register="u",
    email="wout@rijwielenclaes.be",
    phone="03 123 45 67",
)
DINER = BusinessProfile(
    name="Brasserie Het Anker",
    kind="restaurant",
    signers=["Sofie"],
    voice="wij",
    register="je",
    email="sofie@hetanker.nl",
    phone="0511-223344",
)


def _draft(profile: BusinessProfile, outcome: str, text: str, platform: str = "facebook", author: str = "Lies") -> str:
    return draft(profile, outcome, text, platform=platform, author=author).text or ""


def test_someone_elses_occasion_is_congratulated_to_them_not_with_them() -> None:
    text = "We vierden het 50-jarig huwelijk van mijn grootouders bij jullie. Wat een prachtige avond, echt top!"
    draft = _draft(DINER, "uitkomst_bedank_publiek", text)
    assert "gefeliciteerd met je grootouders" not in draft, draft
    # named once in the thanks, the congratulations do not name them again (the family is congratulated)
    assert "gefeliciteerd" in draft and draft.count("je grootouders") == 1, draft


def test_a_relative_named_only_as_whose_a_thing_is_gets_no_line_of_their_own() -> None:
    text = "Mijn fiets staat al drie weken bij jullie. Intussen rij ik op de oude racefiets van mijn broer."
    assert "ook voor uw broer" not in _draft(WORKSHOP, "uitkomst_herstel", text).lower()
    text = "Mijn fiets staat al drie weken bij jullie. Mijn broer moet me nu elke dag naar het werk brengen."
    assert "broer" in _draft(WORKSHOP, "uitkomst_herstel", text)


def test_words_for_people_are_never_the_damaged_thing() -> None:
    text = "Onze vakmensen zijn elke dag afhankelijk van de bakfietsen en nu is bij twee het frame gebroken."
    found = analyse_topics(text)
    words = [p.text for p in found.products]
    assert "vakmensen" not in words and "bakfietsen" in words, words
    found = analyse_topics("De baliemedewerkers waren vriendelijk, maar de nieuwe spiegel is na een dag afgebroken.")
    assert all(p.text != "baliemedewerkers" for p in found.products), found.products


def test_a_thing_the_comment_opens_with_is_named_when_a_pronoun_says_what_broke() -> None:
    text = "Voorvork laten vervangen, 140 euro. Na twee dagen is hij gescheurd en mijn band liep vast. Garantie?"
    draft = _draft(WORKSHOP, "uitkomst_herstel", text, platform="google", author="Mevr. Peeters")
    assert "voorvork" in draft, draft


def test_an_account_named_first_and_a_letter_after_the_noun_do_not_hide_what_was_ordered() -> None:
    text = "@brasseriehetanker chocoladeletter S besteld voor mn zus en er zat een K in de doos, echt jammer"
    draft = _draft(DINER, "uitkomst_herstel", text, platform="instagram")
    assert "chocoladeletter" in draft, draft


def test_idioms_for_feelings_are_no_lost_parcel_nor_a_broken_thing() -> None:
    text = "Ik ben er echt kapot van. Mijn bruidskapsel gaat zo niet en nu is alles te kort. Dit moest ik kwijt."
    found = analyse_topics(text)
    assert "levering" not in found.problems and "defect" not in found.problems, found.problems
    assert all(p.text != "schouders" for p in analyse_topics("Nu komt het niet eens tot mijn schouders.").products)


def test_rude_staff_by_a_gesture_is_a_staff_complaint_said_back_as_not_feeling_welcome() -> None:
    text = "De ober rolde met zijn ogen toen mijn vader om een extra stoel vroeg. We voelden ons niet welkom."
    draft = _draft(DINER, "uitkomst_herstel", text)
    assert "welkom" in draft, draft


def test_a_name_thanked_after_en_vooral_or_described_by_a_relative_clause_gets_the_praise_passed_on() -> None:
    text = "Bedankt allemaal en vooral Noor, die mijn moeder zo geduldig hielp met de menukaart!"
    assert "Noor" in _draft(DINER, "uitkomst_bedank_publiek", text)
    text = "Wat een avond! De bediening was top en Daan, die ons de hele avond verwende, verdient een pluim."
    assert "Daan" in _draft(DINER, "uitkomst_bedank_publiek", text)


def test_an_english_allergy_complaint_names_the_allergic_reaction() -> None:
    text = "My son has a peanut allergy, which we mentioned when ordering. His dessert had nuts in it and he got hives."
    draft = _draft(DINER, "uitkomst_herstel", text, platform="google", author="Sarah Miles")
    assert "allergic reaction" in draft and "0511-223344" in draft, draft


def test_a_bare_noun_opening_a_sentence_and_an_adverb_of_place_still_carry_a_judgement() -> None:
    found = analyse_topics("Biefstuk was taai. Daarna kwam de tonijn, die was vanbinnen nog koud.")
    assert ("biefstuk", "taai") in found.judged, found.judged
    assert analyse_topics("Bij Kim was alles taai.").judged == (), "a name inside a sentence is no bare noun"


def test_two_things_judged_after_a_wait_are_both_said_back() -> None:
    text = "We hebben een uur gewacht. Daarna was de soep lauw en de biefstuk was van binnen nog rauw."
    draft = _draft(DINER, "uitkomst_herstel", text)
    assert "lauw" in draft and "de biefstuk rauw" in draft, draft


def test_a_plural_occasion_is_a_habit_not_the_occasion_of_this_visit() -> None:
    found = analyse_topics("We komen hier al jaren, voor bruiloften en voor verjaardagen, maar nu was het eten koud.")
    assert found.occasion == "", found.occasion
    assert analyse_topics("Voor mijn verjaardag kwamen we eten, het eten was koud.").occasion == "verjaardag"


def test_an_adjective_describing_someone_elses_thing_is_no_judgement() -> None:
    text = "Mijn fiets staat al twee weken bij jullie. Nu rij ik op de oude fiets van mijn zus."
    assert analyse_topics(text).judged == ()
    assert "oud" not in _draft(WORKSHOP, "uitkomst_herstel", text)
