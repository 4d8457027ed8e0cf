"""A channel counts as tried only when the writer used it; 'X weken geleden' says when, not how long."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_call_the_business_did_not_make_is_no_call_the_writer_tried() -> None:
    found = analyse_topics("Er is niet over gebeld. Op 3 en 9 mei gemaild naar de garage, nog altijd geen antwoord.")
    assert found.tried == ("mail",)
    found = analyse_topics("Niemand heeft mij gebeld. Ik heb al twee keer gemaild maar geen reactie.")
    assert "telefoon" not in found.tried


def test_an_imperative_asks_for_a_call_it_tells_of_no_try() -> None:
    found = analyse_topics("Drie mails gestuurd, geen antwoord. Bel me gewoon, 06-11223344.")
    assert "telefoon" not in found.tried
    found = analyse_topics("Twee keer gebeld en er wordt niet opgenomen.")
    assert found.tried == ("telefoon",)


def test_weeks_ago_is_a_moment_not_a_wait() -> None:
    assert analyse_topics("Twee weken geleden gereserveerd en toen we kwamen stond er niks.").duration == ""
    assert analyse_topics("We hebben twee weken gewacht op de onderdelen.").duration == "twee weken"


def test_buried_or_cremated_is_a_loss() -> None:
    assert analyse_topics("Mijn opa is zaterdag begraven, de broodjes kwamen te laat.").occasion == "rouw"
    assert analyse_topics("Mijn tante is gecremeerd en het bloemstuk was verwelkt.").occasion == "rouw"


def test_how_fast_the_work_went_is_no_wait() -> None:
    assert analyse_topics("Een uur gewacht en daarna in 10 minuten afgeraffeld.").duration == "een uur"
    assert analyse_topics("Binnen vijf minuten klaar, maar het zat scheef.").duration == ""
