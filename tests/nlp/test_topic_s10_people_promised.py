"""Session 10 (issue #13): a person named as whose the thing is, whose age the writer then gives ('hij is
vijf'), is the one the complaint happened to; a promised time is the one after the promise word ('op maandag
gebracht, zou donderdag klaar zijn'). Sentences of their own, none from the rounds."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_person_whose_age_is_given_is_not_named_in_passing() -> None:
    found = analyse_topics("Het zadel van de loopfiets van mijn dochter brak af. Ze is pas drie en huilde heel erg.")
    assert "dochter" in found.people
    assert "dochter" not in found.passing


def test_a_person_only_named_as_owner_stays_in_passing() -> None:
    found = analyse_topics("De bel van de fiets van mijn dochter doet het niet meer, en hij is nieuw.")
    assert "dochter" in found.passing


def test_the_promised_day_is_the_one_after_the_promise_word() -> None:
    found = analyse_topics(
        "Scooter op maandag gebracht voor een nieuwe uitlaat, zou donderdag klaar zijn. Nog niks gehoord."
    )
    assert found.promised == ("donderdag", "klaar")


def test_a_promise_quoted_before_its_verb_is_still_found() -> None:
    found = analyse_topics("'Zaterdag klaar' zeiden ze. Het is nu dinsdag en er is nog niets.")
    assert found.promised == ("zaterdag", "klaar")
