"""Round r28 (issue #13): the business named after 'bij' and a place said without an article
('op bed', 'naar school') are not what the writer ate or bought."""

from __future__ import annotations

from app.nlp.topics import analyse_topics


def test_a_capitalised_word_after_bij_is_the_business_not_a_product() -> None:
    found = analyse_topics("We aten zaterdag bij Zonnebloem en daarna was mijn man ziek van de kip.")
    assert [p.text for p in found.products] == ["kip"]
    found = analyse_topics("Gisteren gegeten bij Bonbon, de soep was koud.")
    assert [p.text for p in found.products] == ["soep"]
    # a product the writer bought there stays one
    assert [p.text for p in analyse_topics("Ik zat bij het raam en de koffie was lauw.").products][-1] == "koffie"


def test_a_place_without_an_article_is_no_product() -> None:
    found = analyse_topics("Ik had de mosselen en lag daarna twee dagen ziek op bed.")
    assert [p.text for p in found.products] == ["mosselen"]
    found = analyse_topics("Mijn zoon ging met de nieuwe fiets naar school en de ketting brak.")
    assert all(p.text != "school" for p in found.products)
