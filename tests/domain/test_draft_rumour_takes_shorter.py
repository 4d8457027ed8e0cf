"""A rumour that something takes long ('drie weken wachten, zelfs voor een nieuwe ketting') set straight by a fact
that gives that thing a much shorter time ('Een ketting vervang ik terwijl je wacht'): the reply says it is wrong.
Sentences of our own (session 44)."""

from __future__ import annotations

from app.domain.draft_rumour_verdict import takes_shorter


def _lemmas(text: str) -> list[str]:
    return [w.strip(".,?!").lower() for w in text.split() if len(w.strip(".,?!")) >= 3]


def test_weeks_against_while_you_wait_is_wrong() -> None:
    claim = "Bij Velo Piet wacht je nu drie weken, zelfs voor een nieuwe ketting."
    fact = "Een nieuwe ketting leg ik terwijl je wacht, voor € 25. Een grote beurt duurt meestal 2 werkdagen."
    assert takes_shorter(claim, fact, _lemmas)


def test_days_against_days_is_no_contradiction() -> None:
    # near miss: 'vier dagen' against '3 werkdagen' is not plainly wrong
    claim = "Bij Velo Piet duurt een grote beurt vier dagen."
    fact = "Een grote beurt duurt meestal 3 werkdagen."
    assert not takes_shorter(claim, fact, _lemmas)


def test_a_time_of_another_thing_is_no_contradiction() -> None:
    # near miss: the fact's short time is for a chain, the rumour is about a wheel built
    claim = "Bij Velo Piet wacht je twee maanden op een opgebouwd wiel."
    fact = "Een nieuwe ketting leg ik terwijl je wacht."
    assert not takes_shorter(claim, fact, _lemmas)
