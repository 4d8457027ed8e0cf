"""Tests of app/nlp/topic_match.py: the passes that correct the concepts found (a capitalised word after a
sentence opener is no name)."""

from __future__ import annotations


def test_a_capitalised_word_after_a_sentence_opener_is_no_name() -> None:
    from app.nlp.topics import analyse_topics

    # 'Voor' opens the second sentence: 'Vaderdag' after it is the feast, not part of a name ('PC Dokter')
    text = "We wonen sinds kort in Lelystad. Voor Vaderdag een kruidkoek bij jullie gehaald, pa was er blij mee."
    assert analyse_topics(text).occasion == "moederdag"


def test_a_spoken_me_before_ones_people_is_mine_only_after_a_preposition() -> None:
    from app.nlp.topics import analyse_topics

    assert "zus" in analyse_topics("Ik was er met me zus en het eten was koud.").people
    assert "zus" not in analyse_topics("Ze gaven me zus haar jas niet terug.").people


def test_how_far_ahead_a_booking_was_made_is_no_wait() -> None:
    from app.nlp.topics import analyse_topics

    text = "Twee maanden op voorhand geboekt voor ons jubileum, en toen wachtten we 40 minuten op de soep."
    assert analyse_topics(text).duration == "40 minuten"
    assert analyse_topics("Vier weken van tevoren gereserveerd, toch een uur gewacht.").duration == "een uur"
    # an amount of time without 'ahead' stays the wait
    assert analyse_topics("We hebben drie weken gewacht op de fiets.").duration == "drie weken"
