"""Rounds r28/r29 (issue #13): a staff name in an apposition ('Joost, de gastheer,', 'Joost van de
bediening'), a proposal said with 'yes', a bare lower-case noun that opens the comment before its
verb, a colour given as the result, and no name for a word that is a topic word or the thing."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_name_followed_by_its_job_or_team_is_staff() -> None:
    assert (
        "Mila" in analyse_topics("Ik werd geholpen door iemand anders, maar Mila, de kapster, nam echt de tijd.").names
    )
    assert "Bas" in analyse_topics("Vorige week kreeg ik van Bas van de werkplaats nog een tip over mijn banden.").names
    # a comma and a plain noun is no job
    assert "Pim" not in analyse_topics("Ik ging met Pim, de buurjongen, even langs.").names


def test_a_proposal_said_with_yes_is_an_engagement() -> None:
    assert analyse_topics("Hij vroeg het bij het toetje en ik heb yes gezegd! 💍").occasion == "verloving"
    assert analyse_topics("SHE SAID YES!! Dank aan het hele team voor het meedenken.").occasion == "verloving"


def test_a_bare_lower_case_noun_that_opens_the_comment_is_the_thing() -> None:
    assert analyse_topics("iedereen was echt aardig vandaag").products == ()  # a pronoun is no thing
    assert analyse_topics("stoofvlees was echt insane 🔥").products[0].text == "stoofvlees"
    assert analyse_topics("kniptechniek is top, echt een aanrader").products[0].text == "kniptechniek"
    # with a capital it may be a name, and a time word is no thing
    assert analyse_topics("Coco is weer helemaal fluffy na haar beurt.").products == ()
    assert analyse_topics("vanmiddag was het erg druk").products == ()


def test_a_colour_given_as_the_result() -> None:
    assert ("kleur", "groen") in analyse_topics("Gevraagd om asblond. Het eindresultaat was gewoon groen.").judged
    assert ("kleur", "paars") in analyse_topics("Wilde karamel. Uitkomst: paars.").judged


def test_a_topic_word_or_the_thing_is_no_name() -> None:
    assert analyse_topics("Eten was best lekker, ik had de varkenshaas.").names == ()
    assert analyse_topics("Knippen was snel gedaan en netjes.").names == ()
    assert analyse_topics("Ruben knipte snel en netjes.").names == ("Ruben",)
