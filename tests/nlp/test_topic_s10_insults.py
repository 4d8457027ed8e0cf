"""Words of abuse and what someone is are never the thing a comment is about (session 10, issue #13):
the abuse vocabulary of the shipped language assistant, a person named by a habit it judges, an agent
noun said of someone ('X is een prutser', 'wat een knoeiers'), and a group counted by a vague amount.
Sentences at other businesses than the expectation rounds: a garage, a dog groomer, a bookshop, a florist."""

from __future__ import annotations

from app.nlp.topic_words import abusive, agent_noun
from app.nlp.topics import analyse_topics


def _things(text: str) -> list[str]:
    found = analyse_topics(text)
    return [m.text for m in (*found.products, *found.praised)]


def test_the_assistants_abuse_words_are_known() -> None:
    assert abusive("trut") and abusive("klootzakken") and abusive("oplichters") and abusive("kutgarage")
    assert abusive("knoeier")  # 'knoeierig' is a word of negative judgement
    assert not abusive("uitlaat") and not abusive("trimmer") and not abusive("kapper")


def test_agent_nouns() -> None:
    assert agent_noun("prutsers") and agent_noun("topper") and agent_noun("graaier")
    assert not agent_noun("uitlaat") and not agent_noun("boek")


def test_an_insult_is_no_thing() -> None:
    assert _things("Die trimster van jullie is echt een trut.") == []
    assert _things("Koen van de garage is een prutser en een zakkenvuller") == ["garage"]
    assert "knoeier" not in _things("die nieuwe kapster is een knoeier, m'n pony is scheef")


def test_what_someone_is_is_no_thing() -> None:
    assert _things("Sanne was echt een topper!! 🐶") == []
    assert _things("jullie zijn de grootste afzetters van Brabant") == []
    assert "prutser" not in _things("Fleur is gewoon een prutser, het boeket viel na een dag al uit elkaar")


def test_an_agent_noun_that_is_a_thing_stays() -> None:
    assert "timer" in _things("De timer van de zonnebank stond verkeerd ingesteld, ik ben helemaal rood")
    assert "printer" in " ".join(_things("mijn printer doet het weer, top geholpen!"))


def test_a_vague_amount_counts_no_group() -> None:
    found = analyse_topics("Bij een paar kinderen van de klas hebben jullie gratis de bel gemaakt, top!")
    assert found.group == ""
    found = analyse_topics("Dank voor het bezoek aan onze school, een paar leerlingen willen nu boekhandelaar worden")
    assert found.group == ""
    found = analyse_topics("Onze hele leesclub was blij met de boekentips, top!")
    assert found.group != ""
