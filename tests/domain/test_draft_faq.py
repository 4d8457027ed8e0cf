"""FAQ entries and profile facts matched on what a question is about (issue #13, item 3): the topic
of a FAQ question must be asked about for its answer to be a fact in the draft; a weak match is a
suggestion for the owner; a name in a profile fact says where, not what; a rumour is set straight by
the FAQ entry it is about; a rumour about one weekday gets that day's hours."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import draft_fact_words, draft_facts
from app.domain.draft_days import hours_on
from app.domain.draft_fact_matching import fact_matching, goods_of
from app.domain.draft_facts import WEAK_MATCH, match_faq
from app.domain.draft_faq_covers import faq_covers
from app.domain.drafting import Drafter
from app.domain.profile import BusinessProfile, FaqItem
from app.nlp.topics import analyse_topics

BUTCHER = BusinessProfile(
    name="Slagerij Mulder",
    kind="slagerij",
    signers=["Joost"],
    voice="ik",
    email="joost@slagerijmulder.nl",
    opening_hours="di–vr 8:00–18:00, za 8:00–15:00",
    delivery_terms="ik bezorg vleespakketten gratis binnen Apeldoorn",
    faq=[
        FaqItem("Hoe bestel ik een gourmetschotel?", "Een gourmetschotel bestel je uiterlijk twee dagen vooraf."),
        FaqItem("Verkopen jullie ook biologisch vlees?", "Ja, rund en kip zijn biologisch; lam op aanvraag."),
    ],
)

LIBRARY_CAFE = BusinessProfile(
    name="Leescafé De Bladzijde",
    kind="restaurant",
    signers=["Noor"],
    voice="wij",
    email="noor@bladzijde.nl",
    faq=[
        FaqItem("Mogen honden mee?", "Honden zijn welkom in de leeszaal, niet in de tuin."),
        FaqItem("Kunnen we met een groep komen lunchen?", "Ja, tot 20 personen; reserveer een week vooraf."),
        FaqItem("Halen jullie spullen op?", "Ja, oude boeken halen we gratis op in de wijk."),
        FaqItem("Hebben jullie lactosevrije gerechten?", "Ja, drie per dag; glutenvrij maken we op aanvraag."),
    ],
)


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def _score(text: str, profile: BusinessProfile) -> float:
    found = match_faq(_lemmas(text), profile, _lemmas)
    return found[1] if found else 0.0


def test_the_verb_of_a_faq_question_is_found_by_its_place() -> None:
    verbs = draft_facts.verb_words
    assert verbs("Knipt u ook kinderen?") == ["knipt"]
    assert verbs("Hoe lang duurt een reparatie?") == ["duurt"]
    assert verbs("Mogen honden mee?") == ["mogen", "mee"]
    assert verbs("Kunnen we met een groep komen lunchen?") == ["kunnen", "lunchen", "komen"]
    # 'zonder een afspraak' says how: the question is about walking in
    assert verbs("Kan ik zonder een afspraak langskomen?") == ["kan", "langskomen", "afspraak"]
    assert verbs("Parkeren bij de winkel?") == []  # no verb first: all its words are its topic
    assert verbs("Openingstijden") == []


def test_sharing_only_the_verb_of_a_faq_question_is_a_weak_match() -> None:
    # 'bestellen' of rollades is no 'gourmetschotel bestellen'; the writer's own topic is different
    assert 0 < _score("Kan ik bij jullie ook rollades bestellen?", BUTCHER) < WEAK_MATCH
    # the topic asked about, with the verb, is a match; so is the topic in other words
    assert _score("Hoe kan ik een gourmetschotel bestellen?", BUTCHER) >= WEAK_MATCH
    assert _score("Is jullie vlees biologisch?", BUTCHER) >= WEAK_MATCH


def test_a_weak_match_is_a_suggestion_for_the_owner_never_a_fact_in_the_draft() -> None:
    draft = Drafter(BUTCHER, analyser=analyse_topics).draft(
        "uitkomst_vraag_beantwoorden", "Kan ik bij jullie ook rollades bestellen?", author="Els", platform="facebook"
    )
    assert draft.text is not None
    assert "twee dagen" not in draft.text
    assert any("twee dagen" in s for s in [*draft.suggestions, *draft.warnings])


def test_every_topic_word_asked_about_is_a_match_however_much_else_is_said() -> None:
    # 'vereniging' is a group (resources/fact_words.toml); the verb 'lunchen' need not be said
    text = "Met onze vereniging zoeken we in april een plek voor een middag. Kan dat bij jullie?"
    found = match_faq(_lemmas(text), LIBRARY_CAFE, _lemmas)
    assert found is not None and found[2] == "Kunnen we met een groep komen lunchen?" and found[1] >= WEAK_MATCH


def test_a_faq_topic_that_only_starts_the_writers_compound_is_not_asked_about() -> None:
    # 'hondenvoer' is food, not a dog; 'hond' itself, or a derivation of the FAQ's word, is
    assert _score("Verkopen jullie ook hondenvoer?", LIBRARY_CAFE) < WEAK_MATCH
    assert _score("Mag onze hond ook mee?", LIBRARY_CAFE) >= WEAK_MATCH
    assert not draft_facts._modifier_of("herstel", "herstelling")
    assert draft_facts._modifier_of("fiets", "fietsenstalling")
    # a compound the FAQ asks about, with the writer's word as its head, is the same thing
    assert _score("Kan ik een verjaardagstaart bestellen?", CAKE_SHOP) >= WEAK_MATCH


CAKE_SHOP = BusinessProfile(name="Bakkerij", kind="bakkerij", faq=[FaqItem("Hoe bestel ik een taart?", "Bellen.")])


def test_a_generic_thing_word_leaves_the_verb_as_what_the_faq_is_about() -> None:
    assert _score("Halen jullie ook een boekenkast op?", LIBRARY_CAFE) >= WEAK_MATCH


def test_a_question_whose_one_topic_the_faq_answer_names_is_answered() -> None:
    found = match_faq(_lemmas("Hebben jullie ook glutenvrije opties?"), LIBRARY_CAFE, _lemmas)
    assert found is not None and "glutenvrij" in found[0] and found[1] >= WEAK_MATCH
    # a time word in an answer ('op zaterdag') answers no question about that day
    profile = BusinessProfile(name="X", kind="bakkerij", faq=[FaqItem("Bakken jullie spelt?", "Ja, op zaterdag.")])
    assert _score("Tot hoe laat zijn jullie zaterdag open?", profile) < WEAK_MATCH


def test_a_name_in_a_profile_fact_does_not_make_it_match() -> None:
    facts = [("bezorging", BUTCHER.delivery_terms)]
    # 'vleespakketten' and 'Apeldoorn' are both in the fact, but the town only says where
    assert fact_matching(_lemmas("Verkopen jullie vleespakketten? Ik woon in Apeldoorn."), facts, _lemmas) is None
    assert fact_matching(_lemmas("Bezorg je ook vleespakketten bij mij thuis?"), facts, _lemmas) == "bezorging"


def test_what_a_fact_delivers_is_no_question_about_delivering_it() -> None:
    fact = "bruidstaarten en verjaardagstaarten brengen we rond in Zwolle en Kampen, gratis boven € 50"
    assert "verjaardagstaart" in goods_of(fact, _lemmas) and len(goods_of(fact, _lemmas)) == 2
    assert goods_of("leggen binnen drie weken na bestelling", _lemmas) == set()
    facts = [("bezorging", fact)]
    # the cakes themselves are asked about, not bringing them round
    assert (
        fact_matching(_lemmas("Kunnen jullie een bruidstaart of verjaardagstaart zonder gluten maken?"), facts, _lemmas)
        is None
    )
    assert (
        fact_matching(_lemmas("Brengen jullie een verjaardagstaart ook rond in Kampen?"), facts, _lemmas) == "bezorging"
    )


def test_a_rumour_is_covered_by_the_faq_entry_it_is_about() -> None:
    rumour = "Ik las dat je je hond niet meer mee mag nemen naar de leeszaal. Jammer!"
    assert faq_covers(_lemmas(rumour), LIBRARY_CAFE, _lemmas) == (
        "Mogen honden mee?",
        "Honden zijn welkom in de leeszaal, niet in de tuin.",
    )
    # one shared word is too little to set a rumour straight
    assert faq_covers(_lemmas("Ik hoorde dat er honden rondlopen die blaffen."), LIBRARY_CAFE, _lemmas) is None


def test_a_rumour_about_one_weekday_gets_that_days_hours() -> None:
    hours = "di–vr 9:00–17:30, do tot 20:00, za 8:30–14:00"
    assert hours_on(hours, "op zaterdag al om 12 uur dicht") == "zaterdag 8:30–14:00"
    assert hours_on(hours, "donderdagavond") == "donderdag tot 20:00"  # the day's own part beats the range
    assert hours_on(hours, "woensdag") == "woensdag 9:00–17:30"
    assert hours_on(hours, "maandag") == ""  # not open: the hours as a whole say it
    assert hours_on(hours, "zaterdag of zondag") == ""
    draft = Drafter(BUTCHER, analyser=analyse_topics).draft(
        "uitkomst_onwaarheid", "Hoor dat Mulder op zaterdag tegenwoordig om 11 uur dicht gaat.", platform="x"
    )
    assert draft.text is not None and "zaterdag 8:00–15:00" in draft.text


def test_fact_words_are_validated_when_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "fact_words.toml"
    bad.write_text('schema = 1\nquestion_lead = ["hoe"]\n', encoding="utf-8")
    monkeypatch.setattr(draft_fact_words, "resource_path", lambda name: bad)
    draft_fact_words.fact_words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"fact_words\.toml"):
            draft_fact_words.fact_words()
    finally:
        draft_fact_words.fact_words.cache_clear()


def test_a_half_true_rumour_gets_the_profile_fact_and_the_faq_answer_on_its_other_part() -> None:
    shop = BusinessProfile(
        name="Rijwielhuis Spaak",
        kind="fietsenmaker",
        signers=["Ilse"],
        voice="ik",
        payment="pinnen en contant",
        faq=[FaqItem("Moet ik een afspraak maken?", "Ja, een reparatie gaat alleen op afspraak.")],
    )
    rumour = "Iemand zei dat je bij Spaak alleen nog op afspraak komt en dat contant betalen niet meer kan."
    lemmas = _lemmas(rumour)
    assert faq_covers(lemmas, shop, _lemmas) is None  # one shared word alone sets no rumour straight
    assert faq_covers(lemmas, shop, _lemmas, least=1, besides="Ik werk alleen op afspraak.") is None  # said already
    assert faq_covers(lemmas, shop, _lemmas, least=1, besides="Bij mij betaal je met pinnen en contant.")
    draft = Drafter(shop, analyser=analyse_topics).draft("uitkomst_onwaarheid", rumour, platform="facebook")
    assert draft.text is not None
    assert "pinnen en contant" in draft.text and "alleen op afspraak" in draft.text
    assert "klopt" not in draft.text.lower()  # half true: no 'dat klopt niet' over the whole rumour


_CAKES = BusinessProfile(
    name="Bakkerij Claes",
    kind="bakkerij",
    signers=["Nele"],
    voice="wij",
    register="je",
    faq=[
        FaqItem(
            "Hebben jullie een verjaardagstaart?",
            "Ja, een verjaardagstaart op bestelling, twee dagen op voorhand; ook met een foto erop.",
        ),
        FaqItem("Doen jullie ook reparaties?", "Ja: broeken inkorten kost € 15."),
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "Kan ik die op voorhand bestellen?",
        "kan ik ze vooraf bestellen",
        "Kan ik dat op bestelling krijgen, op voorhand?",
        "Can I order those in advance?",
    ],
)
def test_a_question_that_only_says_how_is_not_held_by_another_things_answer(text: str) -> None:
    # the taart entry holds 'op bestelling' and 'op voorhand', but the question is about another thing
    assert _score(text, _CAKES) < 0.75


def test_a_short_question_whose_thing_the_answer_holds_still_matches() -> None:
    found = match_faq(_lemmas("Kunnen jullie een broek inkorten?"), _CAKES, _lemmas)
    assert found is not None and "inkorten" in found[0] and found[1] >= 0.75


def test_a_faq_naming_two_things_side_by_side_is_asked_only_by_one_of_them_not_by_a_shared_first_part() -> None:
    assert draft_facts._same_head("kerstfeestje", "kerstfeest")
    assert not draft_facts._same_head("kerstmenu", "kerstborrel")
    assert not draft_facts._same_head("person", "personeelsfeest")
    pairs = [("kerstborrel", "personeelsfeest")]
    assert "personeelsfeest" in draft_facts._either_of({"kerstborrel"}, pairs)
    assert draft_facts._either_of({"kerstmenu", "person"}, pairs) == {"kerstmenu", "person"}
