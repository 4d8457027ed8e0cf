"""Round r27 (issue #13): a name right after a job word, an age said with 'werd/wordt' as a birthday
even when a party word was used too, and whose birthday it was."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_name_after_a_job_word_is_a_staff_name_whatever_verb_follows() -> None:
    assert analyse_topics("Gisteren was monteur Bas er binnen een uur, de ketel draait weer.").names == ("Bas",)
    assert "Lotte" in analyse_topics("Serveerster Lotte zong mee en iedereen lachte.").names
    assert "Mirte" in analyse_topics("Bij de trimsalon waste trimster Mirte onze hond twee keer.").names
    # a business after 'bij' and someone of the writer's are no staff names
    assert analyse_topics("Vorige maand bij kapper Knipoog geweest.").names == ()
    found = analyse_topics("Mijn vrouw Anja was er heel blij mee.")
    assert "Anja" not in found.names


def test_an_age_after_werd_or_wordt_is_a_birthday_even_with_a_party_word() -> None:
    found = analyse_topics("Onze buurman werd vorige week 75 en het feestje bij jullie was top.")
    assert found.occasion == "verjaardag" and found.occasion_words == "75ste verjaardag"
    found = analyse_topics("Mijn zus wordt 40 en we hadden een borrel bij jullie in de zaak.")
    assert found.occasion == "verjaardag" and found.owner == "zus"


def test_the_one_who_turned_that_age_owns_the_birthday() -> None:
    assert analyse_topics("Opa werd 85 en de taart was prachtig.").owner == "opa"
    assert analyse_topics("Ik werd 40 en alles klopte.").owner == ""


def test_a_number_with_a_unit_after_werd_is_no_age() -> None:
    assert analyse_topics("Het werd uiteindelijk 20 minuten later dan gepland.").occasion == ""
    assert analyse_topics("De rekening werd zomaar 30 euro hoger.").occasion == ""


def test_a_person_or_pet_word_that_opens_a_clause_without_a_possessive_is_the_writers() -> None:
    # review shorthand: 'kat ... laten wachten', 'Dochter dolblij'
    assert "kat" in analyse_topics("Veel te laat geholpen, kat twee uur in de reismand laten zitten.").people
    assert "dochter" in analyse_topics("Dochter dolblij met haar nieuwe kapsel!").people
    # not a preposition that looks like a family word, nor someone else's
    assert analyse_topics("Om vijf uur was alles klaar.").people == ()
    assert "zoon" not in analyse_topics("Zoon van de buren heeft het gemaakt.").people


def test_plural_words_for_the_writers_people() -> None:
    assert (
        "zoons" in analyse_topics("Ik had een afspraak voor mijn twee zoons, maar er stond niks in de agenda.").people
    )
    found = analyse_topics("Met mijn broers een cadeau besteld voor onze moeder, het kwam kapot aan.")
    assert "broers" in found.people and all(p.text != "broers" for p in found.products)


def test_rolling_eyes_with_words_between_is_about_staff_not_the_writer() -> None:
    assert "personeel" in analyse_topics("Vraag ik iets, rolt die jongen met z'n ogen en loopt weg.").problems
    assert "personeel" in analyse_topics("Toen rolde de caissière weer met haar ogen.").problems
    assert "personeel" not in analyse_topics("Ik rolde met mijn ogen toen ik de rekening zag.").problems
