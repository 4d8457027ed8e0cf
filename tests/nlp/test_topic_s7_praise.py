"""What a compliment praises and who of the business did it (app.nlp.topic_praise): sentences of their
own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

import pytest

from app.errors import DataFileError
from app.nlp.praise_words import parse_praise_words
from app.nlp.topics import analyse_topics


def _praised(text: str) -> list[str]:
    return [m.definite for m in analyse_topics(text).praised]


def test_what_the_business_gave_or_put_on_is_praised_not_what_a_preposition_adds() -> None:
    text = "Bas had er zonder te vragen een nieuwe ruitenwisser en een luchtverfrisser met een dennenboom in gehangen."
    assert _praised(text) == ["de ruitenwisser", "de luchtverfrisser"]
    text = "De trimster gaf ons bij het ophalen een kluifje mee voor onderweg, zo lief."
    assert _praised(text) == ["het kluifje"]


def test_what_a_praise_word_is_said_of_is_praised() -> None:
    assert _praised("kuif zat na de bruiloft nog steeds strak 🔥") == ["de kuif"]
    assert _praised("Gisteren geweest. De tiramisu was echt subliem!") == ["de tiramisu"]
    # no praise word, a name, or 'het' as a pronoun: nothing praised
    assert _praised("De monteur was er om acht uur.") == []
    assert _praised("Het was top, Ilse was geweldig.") == []


def test_a_thing_named_in_another_clause_after_dat_is_not_what_was_given() -> None:
    text = "De kok had de taart zo opgemaakt dat de verlovingsring er pas bij het aansnijden uit kwam."
    assert _praised(text) == ["de taart"]


def test_staff_named_in_lower_case_with_a_role_or_with_their_part_of_the_business() -> None:
    assert "Femke" not in analyse_topics("femke en ik waren er ook").names  # no verb of her own: not sure
    assert "Lotte" in analyse_topics("lotte die me zo goed heeft geknipt, echt een schat").names
    assert "Daan" in analyse_topics("We hadden het met Daan, de sommelier, over de wijn gehad.").names
    assert "Sem" in analyse_topics("Sem van de werkplaats heeft mijn ketting nagekeken.").names
    assert "Sem" not in analyse_topics("Sem van de buren kwam ook mee.").names


def test_a_proposal_said_in_english_or_as_yes_is_an_engagement() -> None:
    assert analyse_topics("SHE SAID YES!! Dank voor het mooie tafeltje bij het raam").occasion == "verloving"
    assert analyse_topics("En ik zei yes natuurlijk 😭 wat een avond").occasion == "verloving"
    assert analyse_topics("Ik zei ja tegen een nieuwe kleur en nu herkent niemand me").occasion != "verloving"


def test_the_word_lists_are_checked_when_loaded() -> None:
    with pytest.raises(DataFileError):
        parse_praise_words({"schema": 1, "give": ["gaf"]})
    with pytest.raises(DataFileError):
        parse_praise_words({"schema": 2})


def test_a_praised_subject_may_carry_a_phrase_and_two_praised_things_keep_the_writers_order() -> None:
    text = "de bitterballen voor de borrel van mijn vader waren top, en sem had er nog een bakje mosterd bij gezet"
    assert _praised(text) == ["de bitterballen", "het bakje mosterd"]
    text = "Het stokbrood bij de soep was heerlijk. Jullie gaven ons ook nog een fles olijfolie mee!"
    assert _praised(text) == ["het stokbrood", "de fles olijfolie"]


def test_a_first_time_done_is_an_achievement_but_a_first_thing_bought_is_not() -> None:
    found = analyse_topics("Vandaag mijn eerste 5 km hardgelopen zonder te stoppen, dankzij jullie schoenen!")
    assert (found.occasion, found.occasion_words) == ("prestatie", "eerste 5 km")
    assert analyse_topics("Mijn eerste taart gekocht bij jullie, heerlijk").occasion == ""


def test_an_anniversary_written_with_a_space_is_no_birthday_nor_a_wedding() -> None:
    assert analyse_topics("Ons 25 jarig huwelijk gevierd met de kinderen, top geregeld!").occasion == "jubileum"
    assert analyse_topics("Onze dochter werd zes en was jarig, wat een feest").occasion == "verjaardag"


def test_a_lower_case_name_thanked_is_staff_but_not_the_writers_own_person() -> None:
    assert "Lisa" in analyse_topics("dikke merci aan lisa voor de snelle reparatie").names
    assert "Emma" not in analyse_topics("mijn dochter emma was zo blij met haar nieuwe fiets").names


def test_things_given_may_be_counted_or_listed_without_an_article() -> None:
    assert _praised("Voor ons jubileum bakten jullie 80 petitfours met ons logo. Top!") == ["de petitfours"]
    text = "De fiets was total loss, maar Jelle heeft er nieuwe spaken, banden en een bel op gezet."
    assert _praised(text)[:1] == ["de spaken"] or _praised(text)[:1] == ["de banden"]


def test_a_baptism_is_its_own_occasion_even_with_beschuit_met_muisjes() -> None:
    assert analyse_topics("Zondag werd onze dochter gedoopt, de beschuit met muisjes was op!").occasion == "doop"
    assert analyse_topics("Voor het doopfeest van ons zoontje hadden we 40 krentenbollen besteld.").occasion == "doop"


def test_an_uninflected_adjective_is_no_thing_and_what_was_bought_counts_too() -> None:
    assert _praised("Gisteren een taart gekocht en Ria deed er nog een klein kaartje bij.") == [
        "de taart",
        "het kaartje",
    ]


def test_no_achievement_or_occasion_from_a_first_visit_or_a_dutch_engagement() -> None:
    assert analyse_topics("Mijn eerste afspraak gehad en de kleur is mislukt.").occasion == ""
    assert analyse_topics("Wat een engagement van het personeel, echt top.").occasion == ""
    assert analyse_topics("Het gerecht had een presentatie om van te smullen.").occasion == ""
