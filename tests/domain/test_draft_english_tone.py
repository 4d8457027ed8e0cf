"""An English draft has at most two exclamation marks in its body (session 44); the greeting, a slot and a quote
keep theirs. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_english_tone import fewer_exclamations
from app.domain.draft_text import Part


def _parts(*texts: str) -> list[Part]:
    return [Part("greeting", "Hi!", False), *(Part(f"p{i}", t, True) for i, t in enumerate(texts))]


def test_the_third_exclamation_becomes_a_full_stop() -> None:
    parts = _parts("Thanks a lot for the kind words!", "Happy birthday!", "Ruth will love this!", "See you soon!")
    said = [p.text for p in fewer_exclamations(parts)]
    assert said == [
        "Hi!",
        "Thanks a lot for the kind words!",
        "Happy birthday!",
        "Ruth will love this.",
        "See you soon.",
    ]


def test_two_or_fewer_stay_and_slots_and_quotes_are_not_counted() -> None:
    parts = _parts("Great to hear!", "[vul in: wow!] ‘Wat fijn!’ See you soon!")
    said = [p.text for p in fewer_exclamations(parts)]
    assert said == ["Hi!", "Great to hear!", "[vul in: wow!] ‘Wat fijn!’ See you soon!"]


def test_a_bare_word_is_no_topic_to_name() -> None:
    from app.domain.draft_english_answers import bare_noun

    assert bare_noun("group") and bare_noun("rent")
    # near misses: a plural, an -ing form, a field's label and words with their article are said
    assert not any(bare_noun(w) for w in ("dogs", "renting e-bikes", "parking", "delivery", "the terrace", ""))
