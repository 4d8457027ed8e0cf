"""Who and what a writer named, read right (review pattern: dialect and foreign words taken for names, the wrong
person or occasion): a thanks ends with its sentence, a dialect's place word and own words are no names, a word
for someone set off by commas is the one called, one person word takes one name, a wedding anniversary is read in
dialect too, a guest's occasion is another's. Sentences of our own."""

from __future__ import annotations

import pytest

from app.domain.draft_dialects import dialect_forms, dutch_of
from app.nlp.topics import analyse_topics


def test_a_thanks_does_not_reach_into_the_next_sentence() -> None:
    # a place opening the next sentence is no one thanked
    assert analyse_topics("Merci hoor! Wiuwert, daar fietsten we heen en Joost had de band zo geplakt.").names == (
        "Joost",
    )
    # near miss: the name thanked in the same sentence stays a name
    assert analyse_topics("Dank je wel, Sanne, de taart was perfect.").names == ("Sanne",)


def test_a_place_after_a_dialect_word_for_from_or_to_is_no_name() -> None:
    assert analyse_topics("We zijn uut Grunn komen fietsen en Bert hielp ons.").names == ("Bert",)
    assert dutch_of("naor") == {"naar"}
    assert dutch_of("uut") == {"uit"}
    assert dutch_of("der") == frozenset()  # a dialect word that is Dutch too says nothing alone
    assert dutch_of("fiets") == frozenset()


def test_a_word_a_dialect_uses_for_everyone_is_no_name() -> None:
    text = "Mien olders waren 40 jaor trouwd. Iederien was d'r stil van, en Joost had de taart zölf brocht."
    assert "Iederien" not in analyse_topics(text).names
    # near misses: a name thanked that a dialect table also knows, and a pet opening a sentence, stay names
    assert "Jo" in analyse_topics("Een dikke merci aan Jo en zijn ploeg, het feest was top.").names
    assert "Fluf" in analyse_topics("Fluf is weer helemaal schoon na haar wasbeurt bij jullie.").names


@pytest.mark.parametrize(
    "text",
    [
        "Kees, vriend, bedankt voor de snelle reparatie!",
        "Meiden, vorige week mijn kleur laten doen en nu is hij al uitgewassen.",
    ],
)
def test_a_word_for_someone_set_off_by_commas_is_the_one_called(text: str) -> None:
    assert analyse_topics(text).people == ()


def test_review_shorthand_and_the_writers_own_stay_their_people() -> None:
    assert analyse_topics("Dochter blij met haar nieuwe kapsel!").people == ("dochter",)
    assert analyse_topics("Kees, mijn vriend was blij met de snelle reparatie!").people == ("vriend",)


def test_one_person_word_takes_one_name() -> None:
    one = analyse_topics("Onze zoon Bram en Lisa zette de tafel klaar voor zijn feest.")
    assert one.kin == ("Bram",)
    assert dict(one.named_people) == {"zoon": "Bram"}
    # near miss: a word for more than one takes every name joined to it
    two = analyse_topics("Onze zonen Bram en Tijn vierden hun verjaardag bij jullie.")
    assert two.kin == ("Bram", "Tijn")
    assert dict(two.named_people) == {"zonen": "Bram en Tijn"}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ons va en moe zin zaterdag 40 joar getrouwd en de taart was top.", "40-jarig huwelijksjubileum"),
        ("Onze grootouders vierden hun 65 jaar huwelijk bij jullie.", "65-jarig huwelijksjubileum"),
    ],
)
def test_years_married_in_dialect_or_with_the_noun_are_an_anniversary(text: str, said: str) -> None:
    found = analyse_topics(text)
    assert (found.occasion, found.occasion_words) == ("jubileum", said)


def test_years_as_a_customer_are_no_anniversary() -> None:
    assert analyse_topics("We komen al 20 jaar bij jullie voor ons brood.").occasion == ""
    assert {"jaar", "jaor", "joar"} <= dialect_forms("jaar")


def test_a_flemish_grandmother_owns_her_birthday() -> None:
    found = analyse_topics("Ons meetje werd 95 en de taart was een plaatje.")
    assert (found.occasion, found.owner) == ("verjaardag", "meetje")


def test_an_occasion_the_writer_goes_to_as_a_guest_is_anothers() -> None:
    assert analyse_topics("Volgende maand een trouwfeest als gast en nu is mijn kleur mislukt.").others_occasion
    # near miss: the writer's own
    assert not analyse_topics("Volgende maand onze trouw en nu is mijn kleur mislukt.").others_occasion


def test_then_opening_a_sentence_before_its_verb_and_subject_is_no_name() -> None:
    # 'Dan is het perfect!': the adverb, with the subject after the verb
    assert analyse_topics("Fijne knipbeurt. Zet nog een plant bij het raam. Dan is het helemaal af!").names == ()
    assert analyse_topics("Alles was prima geregeld. Dan kom ik graag nog eens terug.").names == ()
    # near misses: 'Dan' or 'Ben' that did the work is still a name
    assert analyse_topics("Prima zaak. Dan knipte me heel rustig.").names == ("Dan",)
    assert analyse_topics("Ben heeft het keurig gemaakt.").names == ("Ben",)
