"""How a thing was, said without a linking verb right after it (app/nlp/topic_judged.py): a pronoun that takes up
a thing named before it in the sentence ('toen de soep kwam, was die koud') and a judgement that ends its clause
after the thing ('Rozijnenbrood gekocht, vanbinnen nog klef'). Sentences of their own, with near misses."""

from __future__ import annotations

import pytest

from app.nlp.topics import analyse_topics


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Eindelijk kwamen de frieten, maar waren ze slap. Jammer.", ("frieten", "slap")),
        ("We bestelden de erwtensoep en die was lauw, echt zonde.", ("erwtensoep", "lauw")),
    ],
)
def test_a_pronoun_takes_up_the_thing_named_before_it(text: str, judged: tuple[str, str]) -> None:
    assert analyse_topics(text).judged[:1] == (judged,)


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Rozijnenbrood van € 6 gekocht, vanbinnen nog klef. Niet best.", ("rozijnenbrood", "klef")),
        ("Spinazie bij de vis besteld, kregen 3 dunne slierten waarvan 2 houtig.", ("slierten", "houtig")),
    ],
)
def test_a_judgement_that_ends_its_clause_goes_with_the_thing_before_it(text: str, judged: tuple[str, str]) -> None:
    assert analyse_topics(text).judged[:1] == (judged,)


@pytest.mark.parametrize(
    "text",
    [
        "Toen we buiten kwamen, was het koud. Verder prima.",  # 'het': the weather, no thing
        "Onze kleinzoon is 9 jaar oud en vond het eten droog, zei hij.",  # a verb between: not taken up here
        "Hij kwam binnen en zei dat ze lauw was over het plan.",  # no thing named before the pronoun
        "De hutspot was ooit top, maar zondag: droog, koud, € 19 voor een bord.",  # a list after a colon
    ],
)
def test_no_thing_is_judged_without_one_named_right_before(text: str) -> None:
    judged = analyse_topics(text).judged
    assert not any(word in {"oud", "koud"} for _, word in judged), judged
    assert all(thing not in {"jaar", "plan", "kleinzoon", "het", "droog"} for thing, _ in judged), judged
