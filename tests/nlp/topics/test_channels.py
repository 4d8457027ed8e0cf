"""The topic finder on channels: a channel counts as tried only when the writer used it (app/nlp/topic_tried.py)."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


# A channel counts as tried only when the writer used it; 'X weken geleden' says when, not how long.
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


def test_illness_said_not_to_have_happened_is_no_food_poisoning() -> None:
    """A hygiene complaint that adds 'nobody got ill' is not answered as a food poisoning."""
    from app.nlp.topics import analyse_topics

    hygiene = analyse_topics("Vieze snijplank gezien. Ik ben er niet ziek van geworden, maar fris is anders.")
    assert "vergiftiging" not in hygiene.safety
    assert (
        "vergiftiging" not in analyse_topics("Broodje gegeten, gelukkig nergens ziek van, maar de vloer plakte.").safety
    )
    assert analyse_topics("Ik was niet ziek, maar mijn dochter wel: overgeven na de kipsaté.").safety == (
        "vergiftiging",
    )
    assert analyse_topics("Hele nacht ziek van de kibbeling.").safety == ("vergiftiging",)


def test_one_glove_for_money_and_food_is_hygiene_and_a_queue_seen_is_no_wait() -> None:
    from app.nlp.topics import analyse_topics

    seen = analyse_topics("In de rij gezien dat de slager met dezelfde handschoenen het geld en daarna de worst pakte.")
    assert seen.safety == ("hygiene",) and "wachttijd" not in seen.problems
    assert "wachttijd" in analyse_topics("Drie kwartier in de rij gestaan voor twee broden.").problems


def test_a_mail_told_in_short_after_a_full_stop_is_a_mail_sent() -> None:
    # 'mail gestuurd' opens its sentence like the imperative 'Mail me', but the participle after it tells of a try
    found = analyse_topics("Twee keer gebeld, niemand aan de lijn. Mail gestuurd, ook niks gehoord.")
    assert set(found.tried) == {"mail", "telefoon"}
    # the imperative still asks for a mail, it tells of no try
    assert "mail" not in analyse_topics("Drie keer gebeld, nooit opgenomen. Mail me gewoon even terug.").tried


def test_no_one_at_the_other_end_is_a_call_unanswered() -> None:
    assert analyse_topics("Zaterdag naar de zaak gebeld: geen gehoor.").tried == ("telefoon",)
    assert analyse_topics("Gebeld om 9 uur, nooit iemand aan de lijn gekregen.").tried == ("telefoon",)


def test_a_try_counted_with_words_between_went_unanswered() -> None:
    text = "Mijn jas is nog steeds niet gestoomd. Vier keer naar de stomerij gebeld, 2x naar jullie gemaild."
    found = analyse_topics(text)
    assert set(found.tried) == {"mail", "telefoon"}
    assert analyse_topics("Al driex naar het kantoor gebeld over de factuur.").tried == ("telefoon",)


def test_one_call_or_a_count_of_something_else_is_no_try_in_vain() -> None:
    # one call is no repeated try; a count of trips is no call at all
    assert analyse_topics("Ik heb 1x naar de winkel gebeld over de maat van de schoenen.").tried == ()
    assert analyse_topics("Drie keer naar de winkel gefietst en toen was hij nog dicht.").tried == ()
