"""The last touch of a draft's words (app/domain/draft_wording.py)."""

from __future__ import annotations

import re

from app.domain.draft_text import Part
from app.domain.draft_wording import calm, one_en


def test_two_sentences_in_a_row_do_not_both_open_with_en() -> None:
    parts = [Part("congrats", "En je oma nog gefeliciteerd!", False), Part("kin", "En de groetjes aan Bas!", False)]
    assert [p.text for p in one_en(parts)] == ["En je oma nog gefeliciteerd!", "De groetjes aan Bas!"]
    parts = [Part("thanks", "Dank je wel!", True), Part("kin", "En de groeten aan uw zus!", False)]
    assert [p.text for p in one_en(parts)][1] == "En de groeten aan uw zus!"


def test_after_two_exclamation_marks_a_sentence_ends_calmly() -> None:
    parts = [Part("thanks", "Dank je wel!! Top!", True), Part("kin", "Groetjes!", False)]
    assert [p.text for p in calm(parts)] == ["Dank je wel!! Top.", "Groetjes."]
    assert [p.text for p in calm(parts, keep=4)] == ["Dank je wel!! Top!", "Groetjes!"]


def test_a_word_swap_never_touches_a_name_inside_a_sentence() -> None:
    from app.domain.draft_flemish import flemish_words
    from app.domain.draft_formal import formal_words

    towns = "Ik lever gratis aan huis in Dessel, Mol, Retie en Balen."
    assert flemish_words(towns) == towns and formal_words(towns) == towns
    assert flemish_words("We bezorgen in Balen, Geel en Olen.") == "We bezorgen in Balen, Geel en Olen."
    assert flemish_words("Tot in Balen!") == "Tot in Balen!"
    assert flemish_words("Groeten van het team van Hoi Sushi.") == "Groeten van het team van Hoi Sushi."
    # the words of a template still change, at the start of a sentence and in lower case
    assert flemish_words("Balen dat je fiets niet klaar was. Balen, echt.") == (
        "Spijtig dat je fiets niet klaar was. Spijtig, echt."
    )
    assert flemish_words("Dat is balen voor u, ook in Balen.") == "Dat is spijtig voor u, ook in Balen."
    assert formal_words("Oei! Balen dat de offerte laat was.") == "Oei! Vervelend dat de offerte laat was."


def test_a_flemish_business_congratulates_with_proficiat_and_regrets_with_spijtig() -> None:
    from app.domain.draft_flemish import flemish_words
    from app.domain.draft_wording import worded
    from app.domain.profile import BusinessProfile
    from app.domain.replies import Tone

    ghent = BusinessProfile(name="Bloemen Roos", kind="bloemist", signers=["An"], phone="09 223 45 67")
    utrecht = BusinessProfile(name="Bloemen Roos", kind="bloemist", signers=["An"], phone="030-2234567")
    said = [
        ("En nog gefeliciteerd met je dochter!", "En nog proficiat met je dochter!"),
        ("Van harte gefeliciteerd met jullie trouw!", "Van harte proficiat met jullie trouw!"),
        ("Gefeliciteerd met uw pensioen!", "Proficiat met uw pensioen!"),
        ("Wat vervelend dat de taart te laat was.", "Wat spijtig dat de taart te laat was."),
        ("Vervelend dat u moest wachten.", "Spijtig dat u moest wachten."),
        ("Ik hoop dat het inmiddels beter gaat met je vader.", "Ik hoop dat het ondertussen beter gaat met je vader."),
    ]
    for dutch, flemish in said:
        assert flemish_words(dutch) == flemish
        tone = Tone("je", "ik")
        assert worded([Part("x", dutch, True)], ghent, tone)[0].text == flemish
        assert worded([Part("x", dutch, True)], utrecht, tone)[0].text == dutch


def test_a_flemish_business_keeps_quoted_words_as_the_writer_wrote_them() -> None:
    from app.domain.draft_flemish import flemish_words

    said = [
        (
            "Dat er 'Gefeliciteerd Jan' op stond in plaats van 'Proficiat Jan', is mijn fout.",
            "Dat er 'Gefeliciteerd Jan' op stond in plaats van 'Proficiat Jan', is mijn fout.",
        ),
        ("Wat vervelend, er stond “Gefeliciteerd” op de taart.", "Wat spijtig, er stond “Gefeliciteerd” op de taart."),
        (
            'Je vroeg "wat vervelend dat het dicht is", en gefeliciteerd!',
            'Je vroeg "wat vervelend dat het dicht is", en proficiat!',
        ),
        ("De auto's waren er 's avonds, gefeliciteerd!", "De auto's waren er 's avonds, proficiat!"),
    ]
    for dutch, flemish in said:
        assert flemish_words(dutch) == flemish


def test_a_flemish_business_speaks_of_a_reservatie_and_a_herstelling() -> None:
    from app.domain.draft_flemish import flemish_words

    assert flemish_words("Sorry dat uw reservering er niet was.") == "Sorry dat uw reservatie er niet was."
    assert flemish_words("Reserveringen gaan via de site.") == "Reservaties gaan via de site."
    assert flemish_words("De remmen na de reparatie: dat mag niet.") == "De remmen na de herstelling: dat mag niet."
    assert flemish_words("Reparaties aan alle merken.") == "Herstellingen aan alle merken."
    # a compound and a quoted word stay as the writer has them
    assert flemish_words("de bandenreparatie") == "de bandenreparatie"
    assert flemish_words("er stond 'reservering bevestigd' in de mail") == "er stond 'reservering bevestigd' in de mail"


def test_a_light_reply_to_a_joke_greets_a_flemish_reader_without_hoi() -> None:
    from app.domain.drafting import Drafter
    from app.domain.profile import BusinessProfile
    from app.nlp.topics import analyse_topics

    profile = BusinessProfile(
        name="Kapsalon Lijn", kind="kapsalon", signers=["Nathalie"], voice="wij", register="je", phone="03 899 12 34"
    )
    joke = "Bij jullie wacht ge langer tot ze de telefoon opnemen dan op de bus in de winter 😂"
    drafter = Drafter(profile, analyser=analyse_topics)
    for author in ("@bornemse_bart", "@bart", "@puurs_pieter", "@scheldewandelaar", "@klant_123", "@an.uit.puurs"):
        draft = drafter.draft("uitkomst_grap", joke, author=author, platform="x")
        assert draft.optional is not None and not draft.optional.startswith("Hoi"), author


def test_a_light_reply_asks_a_u_reader_with_u() -> None:
    """'Stuur ons even een berichtje' to a business that says 'u' slips into je; 'Stuurt u ons even een berichtje'."""
    from app.domain.replies import Tone, render, shipped_templates

    lines = [line for section in shipped_templates().sections.values() for rows in section.values() for line in rows]
    asking = [line for line in lines if re.search(r"\b(?:Stuur|Mail of bel)\b[^.!?]{0,30}\{v:me\|ons\} even\b", line)]
    assert asking
    for line in asking:
        said = render(line, Tone("u", "wij"), {k: "x" for k in re.findall(r"\{(\w+)\}", line)})
        assert not re.search(r"(?:^|[.!?😅] )(?:Stuur|Mail of bel) ons\b", said), said
        assert re.search(r"\b(?:Stuurt|Mailt of belt) u ons\b", said), said
