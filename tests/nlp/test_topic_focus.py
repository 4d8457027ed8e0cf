"""What a comment is about, read more closely (issue #13, blind round r24): names in the present
tense and after 'dank je wel', the thing a negative judgement applies to, promised times that passed."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_name_before_a_verb_in_the_present_or_thanked_after_filler_words() -> None:
    assert analyse_topics("Ruben repareert al jaren onze fietsen, altijd vrolijk.").names == ("Ruben",)
    assert analyse_topics("Heerlijke soep vandaag. Bedankt hoor, Lotte!").names == ("Lotte",)
    assert analyse_topics("Speciale dank aan kok Malika voor het menu.").names == ("Malika",)
    # a capitalised word that opens a sentence before a noun is no name
    assert analyse_topics("Knippen gaat hier altijd snel. Aanrader.").names == ()


def test_the_thing_a_negative_judgement_applies_to() -> None:
    # predicate after the noun, after an inverted verb, and an adjective before the noun
    found = analyse_topics("Het duurde een uur en toen was de soep echt koud. Kregen we ook nog taaie biefstuk.")
    assert found.judged == (("soep", "koud"), ("biefstuk", "taai"))
    found = analyse_topics("Na het verven zat mijn kuif helemaal scheef en kwam ik met groene lokken thuis.")
    assert ("kuif", "scheef") in found.judged and ("lokken", "groen") in found.judged
    # a person or a feeling is no judged thing
    assert analyse_topics("Mijn moeder was teleurgesteld.").judged == ()
    assert analyse_topics("Ik was helemaal blij, alles was prima.").judged == ()


def test_what_the_writer_came_for_and_a_measure_they_name() -> None:
    found = analyse_topics("Ik had gevraagd om een korte fade en het werd een bloempot, 3 centimeter te kort.")
    assert found.asked == "een korte fade" and found.measure == "3 centimeter"
    assert analyse_topics("Kwam voor highlights met de fiets.").asked == "highlights"
    assert analyse_topics("Ik kwam voor de zekerheid even langs.").asked == ""
    assert analyse_topics("Twee kilo gehakt besteld, één kilo gekregen").measure == "één kilo in plaats van twee kilo"


def test_asking_how_long_something_takes_is_no_wait_and_a_verb_is_no_price() -> None:
    found = analyse_topics("Mijn nagel is afgebroken, hoe lang duurt het voordat die weer is aangegroeid?")
    assert "wachttijd" not in found.problems and "prijs" not in found.problems
    assert "wachttijd" in analyse_topics("Hoe lang moet ik nog wachten voor mijn fiets klaar is?").problems


def test_names_addressed_at_the_start_or_after_a_verb_and_door_but_not_places() -> None:
    assert analyse_topics("Sanne en Joost, wat een feest was het gisteren!").names == ("Sanne", "Joost")
    assert analyse_topics("Mijn haar laten kleuren door Noor, prachtig.").names == ("Noor",)
    assert analyse_topics("Daarna liepen we door Utrecht naar het station.").names == ()
    assert analyse_topics("Heerlijk gewandeld langs de Maas en daarna koffie.").names == ()
    assert analyse_topics("Lunch aan het IJ, dank aan de Amstel?").names == ()


def test_people_in_the_plural_and_verbs_after_a_noun_are_no_thing() -> None:
    found = analyse_topics("Onze medewerkers rijden elke dag. Op de website staat een andere prijs.")
    assert all(p.text not in {"medewerkers", "staat"} for p in found.products)
    assert analyse_topics("Een helemaal nieuwe jas gekocht.").products[0].text == "jas"


def test_the_thing_named_just_before_the_damage_comes_first() -> None:
    text = "Wij hebben onze fietsen bij jullie in onderhoud. Bij twee fietsen is de nieuwe bagagedrager afgebroken."
    found = analyse_topics(text)
    assert found.concept == "schade" and found.products[0].text == "bagagedrager"
    # the comment's opening noun stays first
    assert analyse_topics("Kinderstoel gekocht, de riem is afgebroken.").products[0].text == "kinderstoel"


def test_an_allergy_named_beats_the_hurt_it_caused() -> None:
    text = "Mijn zoon heeft een pinda-allergie. Na een koekje kreeg hij bulten en moesten we naar de huisarts."
    assert analyse_topics(text).safety == ("allergie", "letsel")


def test_a_promised_time_that_passed_and_ordinals_are_no_thing() -> None:
    found = analyse_topics("De bank zou voor 12 uur geleverd worden. Het is nu vijf uur en nog steeds niemand.")
    assert found.promised == ("voor 12 uur", "geleverd")
    found = analyse_topics('"Vrijdag gereed" beloofden ze. We zijn inmiddels twee weken verder, het is de tweede.')
    assert found.promised == ("vrijdag", "gereed") and all(p.text != "tweede" for p in found.products)
    # kept, not broken: no promise that failed
    assert analyse_topics("De fiets zou vrijdag klaar zijn en dat was hij ook. Top!").promised == ("", "")


def test_the_thing_the_work_was_done_on_comes_first() -> None:
    text = "Met mijn scooter langs geweest en jullie hebben mijn achterband geplakt. Een dag later stond ik weer stil."
    assert [p.text for p in analyse_topics(text).products] == ["achterband", "scooter"]


def test_a_brand_compound_is_one_product_with_its_capitals() -> None:
    found = analyse_topics("Voor Sem zijn verjaardag een Harry Potter-taart besteld, er kwam een Minecraft-cake.")
    assert [p.definite for p in found.products][:2] == ["de Harry Potter-taart", "de Minecraft-cake"]
    assert analyse_topics("Gisteren Lego-taart gehaald, top!").products[0].text == "Lego-taart"


def test_the_judged_thing_is_what_broke_unless_the_comment_opens_with_another() -> None:
    found = analyse_topics("Bij de levering is de kast beschadigd en er ontbreken drie planken.")
    assert found.products[0].text == "kast"
    found = analyse_topics("Telefoon gebracht voor een kapotte speaker, nu doet de microfoon het ook niet.")
    assert found.products[0].text == "telefoon"
