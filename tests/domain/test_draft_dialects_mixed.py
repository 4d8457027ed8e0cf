"""A comment written half in German or French and half in Dutch, as a tourist writes it, made Dutch word for word
(app/domain/draft_dialects.py, synonyms.toml [german_words], [french_words]): the German nouns lose their capitals,
the words the language shares with Dutch ('de', 'en', 'die') stay Dutch in the Dutch part, and a French price
question gets the Dutch word order. Sentences of our own."""

from __future__ import annotations

from app.domain.draft_dialects import in_dutch
from app.domain.profile import BusinessProfile, FaqItem
from tests.domain.drafts import suggested


def test_a_half_german_comment_is_made_dutch() -> None:
    said = in_dutch("Guten Morgen! Wir wohnen im Ferienhaus. Habt ihr am Sonntag offen? Ik wil graag taart kopen.")
    assert "Wij" in said and "hebben jullie op zondag open" in said.lower()
    assert "vakantiehuis" in said  # a German noun's capital is not kept in the Dutch
    assert said.endswith("Ik wil graag taart kopen.")


def test_a_dutch_comment_with_one_or_two_german_words_stays() -> None:
    for text in (
        "Top taart, danke schön!",
        "Die appeltaart was heerlijk, was het een nieuw recept?",
        "Ich höb gevraog of ge open zeet",  # Limburgish shares 'ich' with German: no German
    ):
        assert in_dutch(text) == text or "ich" not in in_dutch(text).lower().split()


def test_the_words_french_shares_with_dutch_stay_dutch_beside_dutch() -> None:
    said = in_dutch("Bonjour, wij logeren in de buurt en willen graag een coupe femme. Et combien ça coûte? Merci!")
    assert "in de buurt en willen" in said  # not 'in van buurt in willen'
    assert "hoeveel kost dat" in said  # 'combien ça coûte' in Dutch word order
    # a whole French sentence keeps its own 'de': 'coupe de cheveux' ~ 'knipbeurt van haar'
    assert "knipbeurt van haar" in in_dutch("Bonjour, une coupe de cheveux pour samedi, c'est possible? Merci")


TEAROOM = BusinessProfile(
    name="Tearoom De Linde",
    kind="bakkerij",
    signers=["Ine"],
    register="u",
    voice="ik",
    email="ine@delinde.be",
    opening_hours="winkel dinsdag t/m zaterdag 7:30–18:00; theesalon woensdag t/m zondag 13:00–18:00",
    payment="Bancontact en cash; geen kredietkaart",
    holidays="Erfgoeddag zondag 23 april: theesalon open van 10:00 tot 18:00.",
    faq=[FaqItem("Kan ik een taart bestellen?", "Ja, twee dagen op voorhand.")],
)


def test_a_german_tourist_is_answered_from_the_profile() -> None:
    text = "Hallo! Wir sind mit dem Fahrrad unterwegs. Kann man bei Ihnen mit Kreditkarte bezahlen? Danke!"
    assert "geen kredietkaart" in suggested(TEAROOM, text)


def test_a_later_question_about_the_hours_takes_the_day_named_before_it() -> None:
    draft = suggested(
        TEAROOM, "Wij fietsen zondag 23 april langs. Hebt u veganistisch gebak? En hoe laat gaat de tea-room open?"
    )
    assert "10:00" in draft
    # a later question about something else than the hours gets no hours of that day
    draft = suggested(TEAROOM, "Wij fietsen zondag 23 april langs. Hebt u veganistisch gebak? En betaal ik met cash?")
    assert "10:00" not in draft and "cash" in draft


def test_a_later_question_that_names_its_own_day_keeps_it() -> None:
    # near miss: 'En zaterdags, tot hoe laat?' asks about Saturdays: the week's hours answer it
    text = "Wij fietsen zondag 23 april langs. Hebt u veganistisch gebak? En zaterdags, tot hoe laat?"
    assert "7:30–18:00" in suggested(TEAROOM, text)
