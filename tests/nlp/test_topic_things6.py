"""The thing the writer named (session 'things6', issue #13): what a wait was on, the kind of dish kept
with it, what a minus point misses after 'jammer dat', and no thing that is only a comparison. Sentences of
their own, other businesses and other words than the benchmark rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def _first(text: str) -> str:
    products = analyse_topics(text).products
    return products[0].text if products else ""


def test_the_thing_waited_on_comes_first() -> None:
    assert _first("De soep was prima, maar we hebben 40 minuten op de pizza's moeten wachten.") == "pizza's"
    assert _first("Leuke winkel hoor, maar ik wacht al twee weken op een nieuw zadel.") == "zadel"
    assert _first("al 10 dagen wachten op m'n bestelde kast, niemand belt terug") == "kast"


def test_the_thing_some_work_was_for_is_what_was_waited_on() -> None:
    assert (
        _first("De fiets rijdt prima, maar voor het vervangen van een spaak drie weken moeten wachten is te gek.")
        == "spaak"
    )


def test_a_wait_on_a_person_or_with_no_thing_adds_nothing() -> None:
    assert "monteur" not in [p.text for p in analyse_topics("ik wacht nu al 2 uur op de monteur").products]
    found = analyse_topics("Een uur gewacht terwijl er op jullie website 'klaar terwijl u wacht' staat")
    assert "website" not in [p.text for p in found.products][:1]


def test_the_kind_of_dish_stays_with_it() -> None:
    assert _first("die vegetarische lasagne bij jullie 🤤 wauw") == "vegetarische lasagne"
    assert _first("Het vegan ontbijt was echt een aanrader!") == "vegan ontbijt"
    # 'een glutenvrij brood' cannot be said after 'het': the plain thing
    assert _first("Ik kocht een glutenvrij brood en het was heerlijk") == "brood"


def test_a_thing_only_compared_to_is_no_thing() -> None:
    products = [p.text for p in analyse_topics("De biefstuk was zo taai als een schoenzool, 28 euro").products]
    assert "schoenzool" not in products
    products = [p.text for p in analyse_topics("Een croissant die zo hard was als een beschuit.").products]
    assert products == ["croissant"], products
    # 'beter dan de pizza' may be a dish that was eaten too
    assert "pizza" in [p.text for p in analyse_topics("De lasagne was beter dan de pizza").products]


def test_what_a_minus_point_misses_after_jammer_dat() -> None:
    found = analyse_topics("Fijne bakker! Wel jammer dat er geen suikervrije taartjes in de vitrine lagen.")
    assert found.missed == "suikervrije taartjes", found.missed
    found = analyse_topics("Top service, enige nadeel dat er geen fietsenstalling is bij de winkel")
    assert found.missed == "fietsenstalling", found.missed


def test_a_written_out_birthday_of_ones_own() -> None:
    found = analyse_topics("Haar zestigste gevierd bij jullie in de tuinkamer, de taart was perfect")
    assert (found.occasion, found.occasion_words) == ("verjaardag", "zestigste verjaardag")
    assert analyse_topics("Mijn tweede keer bij deze kapper en weer top").occasion == ""


def test_a_first_day_at_school_is_the_named_childs() -> None:
    found = analyse_topics("Onze Mila ging vandaag voor het eerst naar school, met de laarsjes van jullie 💕")
    assert (found.occasion, found.owner) == ("schooldag", "Mila")


def test_a_compound_of_a_crew_word_is_the_crew() -> None:
    assert (
        analyse_topics("Dikke shoutout naar de pizzabezorger, door de sneeuw en toch op tijd!").crew == "pizzabezorger"
    )


def test_an_adverb_after_a_possessive_is_no_thing_praised() -> None:
    text = "Mijn zoon had zijn skateboard helemaal in de vernieling gereden en Ruud heeft hem weer als nieuw gemaakt 👍"
    found = analyse_topics(text)
    assert "helemaal" not in [p.text for p in (*found.products, *found.praised)]
