"""The parts of topic detection added for products and situations the lexicon does not know
(issue #13: blind rounds r11 and r12)."""

from __future__ import annotations

from app.domain.words import MONTH_NAMES, stop_words
from app.nlp.topic_nouns import participle
from app.nlp.topics import analyse_topics


def test_a_thing_the_lexicon_does_not_know_is_found_after_its_article() -> None:
    found = analyse_topics("Het houten treintje dat we kochten was na twee dagen al kapot.")
    assert [(m.text, m.article, m.guessed) for m in found.products] == [("treintje", "het", True)]
    found = analyse_topics("Geert stelde een prachtige wijnselectie samen voor onze bedrijfsreceptie.")
    assert found.products[0].text == "wijnselectie" and found.occasion == "uitje"
    assert found.occasion_words == "bedrijfsreceptie"


def test_people_time_words_verbs_and_participles_are_no_thing() -> None:
    found = analyse_topics("De medewerker stond de hele tijd op zijn telefoon, een extra dag voor niks.")
    assert all(m.text not in {"medewerker", "tijd", "extra", "dag"} for m in found.products)
    assert participle("afgesproken") and participle("gerepareerd") and not participle("gebak")
    found = analyse_topics("De verhuizers kwamen drie uur later dan afgesproken.")
    assert not found.products  # not 'rok' in 'afgesproken'


def test_the_noun_a_comment_opens_with_comes_first() -> None:
    found = analyse_topics("De krabpaal die ik kocht valt uit elkaar, de bovenste plank zit los.")
    assert found.products[0].text == "krabpaal" and found.concept == "defect"
    # ... unless the writer names something of their own: that is what it is about.
    found = analyse_topics("De droger heeft mijn wollen trui laten krimpen.")
    assert found.products[0].text == "trui"


def test_hazards_infections_and_near_drowning_are_safety() -> None:
    found = analyse_topics("De accu is opgezwollen en werd gloeiend heet tijdens het laden.")
    assert found.safety[0] == "gevaar"  # not an allergic reaction
    assert analyse_topics("Mijn tattoo is rood en warm en er komt pus uit.").is_safety
    assert analyse_topics("Mijn dochter is tijdens de les onder water geraakt.").is_safety


def test_a_dropped_thing_or_a_part_falling_off_is_no_fall() -> None:
    assert not analyse_topics("De wieltjes vielen eraf, hij was verdrietig.").is_safety
    text = "Jullie medewerker liet een tak op de auto van mijn buurman vallen en mijn kind stond ernaast. Gevaarlijk!"
    found = analyse_topics(text)
    assert found.is_safety and found.people[0] == "kind"  # the person nearest the danger first


def test_damage_urgency_refunds_and_queues() -> None:
    found = analyse_topics("Na de wasbeurt zat er een kras op mijn motorkap. Medewerker haalde zijn schouders op.")
    assert {"schade", "personeel"} <= set(found.problems)
    assert analyse_topics("Mijn jurk is er nog niet en ik ben in paniek.").urgent
    assert analyse_topics("Ik krijg mijn aanbetaling niet terug.").concept == "terugbetaling"
    assert "wachttijd" not in analyse_topics("Al drie lessen op rij zat mijn zoon in een te volle groep.").problems
    assert analyse_topics("Open op 2e paasdag?").holiday == "2e paasdag"


def test_one_stop_word_list_and_one_month_list() -> None:
    from spacy.lang.nl.stop_words import STOP_WORDS

    assert stop_words() >= STOP_WORDS and len(stop_words() - STOP_WORDS) < 40
    assert MONTH_NAMES[0] == "januari" and len(MONTH_NAMES) == 12
    found = analyse_topics("Mijn man en ik waren allebei bijna ziek van de mosselen.")
    assert {"allebei", "bijna"} <= set(found.lemmas)  # stop words the drafter still asks about
    assert "van" not in found.lemmas
