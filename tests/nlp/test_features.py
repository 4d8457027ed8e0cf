"""The features the linear classifiers read: quotation, negation and clause pairs, group words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

import app.nlp.components  # noqa: F401 - registers the factories
from app.domain.textnorm import word_form
from app.nlp.features import (
    TEMPLATED,
    FeatureParams,
    clause_ids,
    doc_features,
    hash_string,
    quoted_tokens,
    span_features,
)
from app.nlp.train import LEXICONS

MASKED = FeatureParams(mask_identity=True)
OPEN = FeatureParams(mask_identity=False)


@pytest.fixture(scope="module")
def read() -> Callable[[str], Doc]:
    nlp = spacy.blank("nl")
    nlp.add_pipe("rw_normalizer")
    nlp.add_pipe("rw_lexicon").initialize(lexicon_dir=str(LEXICONS))
    return nlp  # type: ignore[return-value]


def _has(doc: Doc, name: str, params: FeatureParams = MASKED) -> bool:
    return hash_string(name) in set(doc_features(doc, params).keys.tolist())


def test_norm_is_the_domain_word_form(read: Callable[[str], Doc]) -> None:
    doc = read("Heeeel LEKKERE crème, k*t duur")
    assert [t.norm_ for t in doc] == [word_form(t.text) for t in doc]
    assert word_form("Heeeel") == "heel" and word_form("crème") == "creme" and word_form("k*t") == "kt"


def test_quoted_words_are_features_of_their_own(read: Callable[[str], Doc]) -> None:
    doc = read('Als je zegt "ik haat vrouwen", dan discrimineer je!')
    inside = [doc[i].text for i in sorted(quoted_tokens(doc))]
    assert inside == ["ik", "haat", "vrouwen"]
    assert _has(doc, "Lafkeer~q") and not _has(doc, "Lafkeer")
    said = read("Ik haat vrouwen.")
    assert _has(said, "Lafkeer") and _has(said, "Cafkeer|identiteit")


def test_unpaired_quote_marks_quote_nothing(read: Callable[[str], Doc]) -> None:
    assert quoted_tokens(read("z'n auto, da's 't beste van 't jaar")) == frozenset()


def test_negation_turns_a_clause_not_a_phrase(read: Callable[[str], Doc]) -> None:
    negated = read("Laat dit duidelijk zijn: ik haat homo's niet.")
    assert _has(negated, "Lafkeer~n") and not _has(negated, "Lafkeer")
    # The "niet" inside "kan ... niet uitstaan" belongs to the phrase of contempt, it negates nothing.
    phrase = read("Ik kan die mensen echt niet uitstaan.")
    assert _has(phrase, "Lafkeer") and not _has(phrase, "Lafkeer~n")
    # Another clause keeps its own meaning.
    other = read("Ik haat moslims, niet normaal.")
    assert _has(other, "Lafkeer")


def test_intent_and_violence_in_one_clause(read: Callable[[str], Doc]) -> None:
    doc = read("Ik ga morgen die kapper neersteken.")
    assert _has(doc, "Cgeweld|intentie", OPEN)
    apart = read("Ik ga morgen naar de kapper. In de film werd iemand neergestoken.")
    assert not _has(apart, "Cgeweld|intentie", OPEN)
    assert clause_ids(apart)[0] != clause_ids(apart)[-2]


def test_group_words_only_for_the_flag_model(read: Callable[[str], Doc]) -> None:
    doc = read("Zijn therapeut is een vrouw.")
    vrouw = hash_string("vrouw")
    masked, open_ = doc_features(doc, MASKED), doc_features(doc, OPEN)
    assert vrouw not in set(masked.keys.tolist()) and vrouw in set(open_.keys.tolist())
    # The flag model's features are the category model's plus what the group words add: computed once.
    assert open_.keys[: len(masked.keys)].tolist() == masked.keys.tolist()
    sentence = span_features(doc, 0, len(doc), OPEN)
    assert sorted(sentence.keys.tolist()) == sorted(open_.keys.tolist())


def test_templated_training_text_has_no_shape_features(read: Callable[[str], Doc]) -> None:
    # HateCheck cases are all one short tidy sentence: their length says nothing about abuse.
    plain = read("Ik ben een vrouw!")
    templated = read("Ik ben een vrouw!")
    templated.user_data[TEMPLATED] = True
    assert _has(plain, "Sx") and not _has(templated, "Sx")
    assert _has(templated, "ik")  # the words still count
