"""How often the writer already tried counts as a channel tried in vain (session facts8): sentences of their own."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_count_of_tries_is_a_channel_tried() -> None:
    assert analyse_topics("Vier keer gemaild over de factuur, pas na een week een kort antwoord.").tried == ("mail",)
    assert analyse_topics("Ik heb al 3x gebeld over mijn bestelling.").tried == ("telefoon",)
    assert "telefoon" in analyse_topics("Daarna nog twee keer gebeld, niemand die terugbelt.").tried


def test_calling_once_with_an_answer_is_no_try_in_vain() -> None:
    assert analyse_topics("Ik heb gisteren gebeld en werd meteen geholpen, top!").tried == ()
