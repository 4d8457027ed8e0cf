"""The thing a rumour says in so many words is gone ('gien Payconiq meer', also in dialect) is the thing the reply
says still can, not a thing a 'niet meer' elsewhere names (app/domain/draft_rumour_denies.still_there). Sentences of
our own."""

from __future__ import annotations

from app.domain.draft_rumour_denies import still_there
from app.nlp.topics import analyse_topics

PAYING = "bankkaart, Payconiq en cash; geen kredietkaart"


def _lemmas(text: str) -> tuple[str, ...]:
    return analyse_topics(text).lemmas


def test_the_thing_named_gone_wins_over_a_not_any_more_about_someone_else() -> None:
    text = (
        "Ik hoorde dat de slager gien Payconiq meer wil, alleen nog cash. "
        "Mijn vader gebruikt zijn bankkaart niet meer sinds zijn val."
    )
    assert still_there(text, PAYING, _lemmas) == "Payconiq"


def test_the_thing_named_gone_is_found_when_the_profile_says_more_after_it() -> None:
    text = "Zou het waar zijn dat ze geen cash meer aannemen?"
    assert still_there(text, "bankkaart; cash tot 100 euro", _lemmas) == "cash"


def test_near_miss_a_not_any_more_alone_still_names_a_one_word_item() -> None:
    assert still_there("Ze nemen daar de bankkaart niet meer aan, zegt mijn zus.", PAYING, _lemmas) == "bankkaart"
    # and a thing gone that the profile lists with more words after it is not said without a 'geen ... meer'
    assert still_there("Ze nemen daar cash niet meer aan.", "bankkaart; cash tot 100 euro", _lemmas) == ""
    assert still_there("Ze hebben een nieuwe kassa gekocht.", PAYING, _lemmas) == ""
