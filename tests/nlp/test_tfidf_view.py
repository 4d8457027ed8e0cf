"""The TF-IDF view (app/nlp/tfidf_view.py): fitted exactly, mixed in log space, saved and loaded."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from app.nlp.features import IDENTITY_LEXICON, FeatureParams, Features, many_doc_features
from app.nlp.tfidf_view import TfidfView

PARAMS = FeatureParams(2, 2, 5, False)
LABELS = ["lof", "klacht"]
TRAIN = [
    ("heerlijk brood, top service", "lof"),
    ("super lekker en vriendelijk", "lof"),
    ("topzaak, heerlijk gegeten", "lof"),
    ("vriendelijk personeel, lekker brood", "lof"),
    ("brood was oud en duur", "klacht"),
    ("slechte service, lang wachten", "klacht"),
    ("onvriendelijk en veel te duur", "klacht"),
    ("oud brood, nooit meer", "klacht"),
]


def _docs(texts: list[str]) -> list[Doc]:
    nlp = spacy.blank("nl")
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        for token in doc:
            token.norm_ = token.text.lower()
        doc._.lexicon_spans = []
        doc.cats = {"lof": 0.5, "klacht": 0.5}
        docs.append(doc)
    return docs


def _features(texts: list[str]) -> list[Features]:
    return many_doc_features(_docs(texts), PARAMS)


@pytest.fixture(scope="module")
def view() -> TfidfView:
    import app.nlp.components  # noqa: F401 - the doc extensions

    fitted = TfidfView(spacy.blank("nl"), "rw_tfidf", "textcat", mix=0.5, c=10.0, char_min_df=2)
    fitted.fit(_features([t for t, _ in TRAIN]), [label for _, label in TRAIN], LABELS)
    return fitted


def test_the_view_learns_the_words_of_each_label(view: TfidfView) -> None:
    z = view.logits(_features(["heerlijk en vriendelijk", "oud en duur"]))
    assert z[0, 0] > z[0, 1] and z[1, 1] > z[1, 0]


def test_rare_character_ngrams_are_left_out_and_idf_is_smoothed(view: TfidfView) -> None:
    assert set(view.block.tolist()) == {0, 1}
    assert len(view.keys) == len(view.idf) == view.weights.shape[0]
    assert numpy.all(numpy.diff(view.keys.astype("float64")) > 0)  # sorted: searchsorted finds them
    assert float(view.idf.min()) >= 1.0


def test_weight_rows_add_up_to_the_logits_without_bias(view: TfidfView) -> None:
    doc = _docs(["heerlijk brood maar veel te duur"])[0]
    features = many_doc_features([doc], PARAMS)[0]
    rows = view.weight_rows(doc, features, LABELS)
    assert rows.shape == (len(features.keys), 2)
    z = view.logits([features])[0] - view.bias
    assert rows.sum(axis=0) == pytest.approx(z * (1 - view.mix), abs=1e-4)
    extras = slice(features.blocks[0] + features.blocks[1], None)
    assert not rows[extras].any()  # lexicon and shape features are not the view's
    assert view.own_share(doc) == 0.5


def test_a_comment_that_names_a_group_is_left_to_the_category_model(view: TfidfView) -> None:
    plain, group = _docs(["oud brood", "oud brood voor vrouwen"])
    group._.lexicon_spans = [(IDENTITY_LEXICON, 3, 4)]
    assert view.applies(plain) and not view.applies(group)
    assert view.own_share(group) == 1.0
    assert not view.weight_rows(group, many_doc_features([group], PARAMS)[0], LABELS).any()


def test_unknown_words_give_the_bias_only(view: TfidfView) -> None:
    z = view.logits(_features(["qqq"]))
    assert z[0] == pytest.approx(view.bias, abs=1e-6)


def test_mixing_in_log_space(view: TfidfView) -> None:
    doc = spacy.blank("nl")("x")
    doc.cats = {"lof": 0.9, "klacht": 0.1}
    view._mix_into(doc, LABELS, numpy.asarray([0.0, 2.0]))
    own = numpy.log([0.9, 0.1]) * 0.5 + numpy.asarray([0.0, 2.0]) * 0.5
    expected = numpy.exp(own) / numpy.exp(own).sum()
    assert [doc.cats["lof"], doc.cats["klacht"]] == pytest.approx(expected.tolist())


def test_saved_and_loaded_view_scores_the_same(view: TfidfView, tmp_path: Path) -> None:
    view.to_disk(tmp_path / "v")
    loaded = TfidfView(spacy.blank("nl"), "rw_tfidf", "textcat", mix=0.1, c=1.0, char_min_df=1).from_disk(
        tmp_path / "v"
    )
    features = _features(["lekker brood", "duur"])
    assert loaded.mix == 0.5
    assert numpy.allclose(loaded.logits(features), view.logits(features))


def test_a_damaged_view_is_refused(view: TfidfView, tmp_path: Path) -> None:
    view.to_disk(tmp_path / "v")
    numpy.save(tmp_path / "v" / "weights.npy", numpy.zeros((3, 2), dtype="float32"))
    with pytest.raises(ValueError, match="passen niet"):
        TfidfView(spacy.blank("nl"), "rw_tfidf", "textcat", 0.5, 10.0, 2).from_disk(tmp_path / "v")


def test_an_unfitted_view_leaves_the_scores_alone() -> None:
    empty = TfidfView(spacy.blank("nl"), "rw_tfidf", "textcat", 0.5, 10.0, 2)
    doc = spacy.blank("nl")("x")
    doc.cats = {"lof": 0.7, "klacht": 0.3}
    assert next(iter(empty.pipe([doc]))).cats == {"lof": 0.7, "klacht": 0.3}
    assert empty.own_share(doc) == 1.0
