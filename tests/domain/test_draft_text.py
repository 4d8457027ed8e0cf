"""Placing a part of a draft (app/domain/draft_text.py)."""

from __future__ import annotations

from app.domain.draft_text import Part, lower_but_names, place_before, sentences_and_lines, shorten_parts
from app.domain.replies import shipped_templates
from app.domain.textnorm import sentences


def test_a_part_goes_before_the_first_key_found_in_the_order_given() -> None:
    parts = [Part("empathy", "a", True), Part("channel", "c", True), Part("solution", "s", True)]
    parts.append(Part("sign", "x", True))
    fact = Part("fact", "f", True)
    assert [p.key for p in place_before(parts, fact, "solution", "channel")][:3] == ["empathy", "channel", "fact"]
    assert [p.key for p in place_before(parts, fact, "closing", "sign")][-2:] == ["fact", "sign"]
    assert place_before(parts, fact, "closing")[-1] is fact


def test_an_empty_part_does_not_count_as_the_place() -> None:
    empty = [Part("channel", "", True), Part("sign", "x", True)]
    fact = Part("fact", "f", True)
    assert [p.key for p in place_before(empty, fact, "channel", "sign")] == ["channel", "fact", "sign"]


def test_a_name_the_writer_wrote_keeps_its_capital_when_said_back() -> None:
    text = "Bij het boeken gezegd dat onze Jesse (8) een notenallergie heeft. Mijn vrouw belde ook nog."
    assert lower_but_names("onze Jesse (8) een notenallergie heeft", text) == "onze Jesse (8) een notenallergie heeft"
    assert lower_but_names("mijn zoontje Daan uit Sint Truiden", "zei dat mijn zoontje Daan uit Sint Truiden komt") == (
        "mijn zoontje Daan uit Sint Truiden"
    )


def test_a_word_capitalised_only_at_a_sentence_start_or_in_capitals_is_lowered() -> None:
    assert lower_but_names("Mijn vrouw belde", "Hallo. Mijn vrouw belde") == "mijn vrouw belde"
    assert lower_but_names("Hij zit in een rolstoel", "Hij zit in een rolstoel!") == "hij zit in een rolstoel"
    assert lower_but_names("de soep was LAUW", "de soep was LAUW") == "de soep was lauw"


def test_a_platform_without_emoji_keeps_the_sentence_the_emoji_ended() -> None:
    from app.domain.draft_text import strip_emoji

    said = "Hallo Frank,\nHaha, dat van het kunstwerkje is een goeie 😄"
    assert strip_emoji(said, keep_stops=True) == "Hallo Frank,\nHaha, dat van het kunstwerkje is een goeie."
    assert strip_emoji("Top 👍 Tot snel!", keep_stops=True) == "Top. Tot snel!"
    assert strip_emoji("Haha, die zit! 😅 Maar sorry.", keep_stops=True) == "Haha, die zit! Maar sorry."
    assert strip_emoji("Haha 😄 dat was leuk", keep_stops=True) == "Haha dat was leuk"  # the sentence goes on
    assert strip_emoji("Bedankt 🙏🏼😊\nGroet", keep_stops=True) == "Bedankt.\nGroet"  # skin tone and all
    assert strip_emoji("Top 👍 Tot snel") == "Top Tot snel"  # the writer's text: no stops added


def test_sentences_and_lines_also_part_at_a_line_break_without_a_stop() -> None:
    assert sentences_and_lines("Heerlijk gegeten\nDe soep was top! Volgende keer weer") == [
        "Heerlijk gegeten",
        "De soep was top!",
        "Volgende keer weer",
    ]
    assert sentences_and_lines("Een. Twee. Drie.", maxsplit=1) == ["Een.", "Twee. Drie."]
    # near misses: no break inside a number or after a stop that no white space follows
    assert sentences_and_lines("Prijs 3.50 euro, zie www.zaak.be") == ["Prijs 3.50 euro, zie www.zaak.be"]
    assert sentences("Heerlijk gegeten\nDe soep") == ["Heerlijk gegeten\nDe soep"]  # sentences keeps the line


# On a tight platform, after the courtesy lines and the short wordings, the promise to find out about a further
# question and an extra offered beside the answer go before the answers do (session 44, Part B).
def test_a_promise_to_find_out_goes_before_the_answers_on_a_tight_platform() -> None:
    templates = shipped_templates()
    x = templates.platform("x")
    answer = (
        "Ja, we zijn op 2 januari open: 9.00–17.00. En een glutenvrije taart: [vul in: ja, … / nee, wel …]. "
        "En een verjaardagstaart met foto: dat gaan we even voor je na. Bestellen kan via 0499 12 34 56. "
        + "Een taart met naam kan altijd, met of zonder kaarsjes, in alle maten en smaken die in de winkel staan. "
    )
    parts = [Part("greeting", "Hoi!", False), Part("answer", answer, True), Part("sign", "Groetjes, Mila", True)]
    short = shorten_parts(parts, x, templates.slot_fill, "Mila")
    assert "dat gaan we even voor je na" not in short
    assert "9.00–17.00" in short and "0499 12 34 56" in short and "[vul in: ja" in short


def test_nothing_is_cut_when_it_fits() -> None:
    templates = shipped_templates()
    parts = [Part("answer", "Ja, open. En de taart: dat gaan we even voor je na.", True), Part("sign", "Mila", True)]
    short = shorten_parts(parts, templates.platform("x"), templates.slot_fill, "Mila")
    assert "dat gaan we even voor je na" in short
