"""What a complaint names, found (session 8, issue #13): the allergen as said (after 'allergisch (is) voor',
as the first part of a compound 'notenallergie', 'pinda-allergie'; two joined by 'en' only when the list
ends there), and an occasion soon ahead that makes a complaint urgent. Sentences of their own."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "allergen"),
    [
        ("Ik zei nog bij de kassa dat mijn vrouw allergisch is voor selderij. Toch zat het in de soep.", "selderij"),
        ("Mijn dochter heeft een notenallergie en kreeg na het ijsje uitslag.", "noten"),
        ("Mijn vriend heeft een pinda-allergie en werd benauwd van de saté.", "pinda"),
        ("Hij is overgevoelig voor mosterd en ei. Toch zat het in de dressing, hij werd benauwd.", "mosterd en ei"),
        ("Ik ben zwaar allergisch voor kiwi en kreeg jeuk in mijn keel van de smoothie.", "kiwi"),
    ],
)
def test_the_allergen_is_found_as_said(text: str, allergen: str) -> None:
    found = analyse_topics(text)
    assert "allergie" in found.safety
    assert found.allergen == allergen


def test_no_allergen_is_guessed() -> None:
    assert analyse_topics("Mijn zoon is allergisch voor alles, en toch reageerde hij op jullie koek.").allergen == ""
    assert analyse_topics("Ik kreeg een allergische reactie na de massage-olie.").allergen == ""
    # not a safety comment at all: no allergen looked for
    assert analyse_topics("De taart was heerlijk, dank jullie wel!").allergen == ""


def test_an_occasion_soon_ahead_is_urgent() -> None:
    assert analyse_topics("Vanmorgen mijn pak laten vermaken voor ons jubileum van zaterdag, nu te kort!").urgent
    assert analyse_topics("Overmorgen is het communiefeest en de taart is nog steeds niet bevestigd.").urgent
    assert not analyse_topics("Voor het communiefeest van zaterdag was de taart te droog. Jammer.").urgent


def test_an_occasion_a_few_days_ahead_is_urgent() -> None:
    assert analyse_topics("Mijn pak is te kort gemaakt en over twee dagen is de bruiloft van mijn broer!").urgent
    assert analyse_topics("De taarten zijn nog niet bevestigd. Zaterdag is het feest!").urgent
    assert analyse_topics("Het jubileum is vrijdag en de zaal is dubbel geboekt.").urgent
    assert not analyse_topics("Zaterdag was het feest en de taart was te droog.").urgent


def test_a_scalp_reaction_beats_the_heat_that_caused_it() -> None:
    found = analyse_topics("De verf was veel te heet, mijn hoofdhuid is nu rood en schilferig.")
    assert found.safety[0] == "hoofdhuid"
    found = analyse_topics("De accu is opgezwollen en werd gloeiend heet tijdens het laden.")
    assert found.safety[0] == "gevaar"


def test_a_participle_that_says_how_it_came_out_is_a_judgement() -> None:
    assert ("bovenkant", "ingezakt") in analyse_topics("De taart kwam te laat en de bovenkant was ingezakt.").judged
    assert ("zoom", "gescheurd") in analyse_topics("De jurk kwam terug en de zoom was gescheurd.").judged
    assert not analyse_topics("De taart werd netjes bezorgd.").judged
