"""A second, exactly fitted view on the category features: TF-IDF weighting and logistic regression.

The category model (``textcat``) is a sparse linear layer trained with SGD on word n-grams,
character n-grams, lexicon hits and shape features. On comments nobody on the project wrote
(``probes/buitenstaander.jsonl``) a plain TF-IDF + logistic regression on the word and character
n-grams generalised better, while the SGD model with its lexicons reads the probes (sarcasm,
counter-speech, hate) better. This component keeps both: it reads the SAME cached features of the
category model (no second tokenisation), weighs the word and the character block with IDF from the
training corpus, normalises each block to length 1 and scores them with a logistic regression
fitted to the optimum (balanced class weights). The two views are mixed in log space:

    log p ∝ mix · log p_textcat + (1 − mix) · z_tfidf

which is again one linear model over the features, so the explanation (the words that moved the
score) adds both models' weights per feature (:meth:`TfidfView.weight_rows`). Calibration comes
after this component and sees the mixed scores. Fitted by ``nl_model/train.py`` (scikit-learn
is needed there, not when the pipeline runs: the weights are plain numpy arrays).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from app.nlp.features import Features, has_words, many_doc_features, names_group

_ARRAYS = ("keys", "idf", "block", "weights", "bias")


class TfidfView:
    """Mixes a TF-IDF logistic regression over the category features into ``doc.cats``."""

    def __init__(self, nlp: Language, name: str, source: str, mix: float, c: float, char_min_df: int) -> None:
        self.name = name
        self.nlp = nlp
        self.source = source
        self.settings: dict[str, Any] = {"mix": mix, "C": c, "char_min_df": char_min_df, "labels": []}
        self.keys = numpy.zeros(0, dtype="uint64")  # sorted feature keys with a weight
        self.idf = numpy.zeros(0, dtype="float32")
        self.block = numpy.zeros(0, dtype="uint8")  # 0 word block, 1 character block
        self.weights = numpy.zeros((0, 0), dtype="float32")  # n_keys x n_labels
        self.bias = numpy.zeros(0, dtype="float32")

    @property
    def fitted(self) -> bool:
        return bool(len(self.keys)) and bool(self.settings["labels"])

    # -- scoring

    def _columns(self, features: Features) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """(positions in ``features.keys``, columns, TF-IDF values) of one feature set's known word
        and character keys; each block is normalised to length 1 on its own."""
        n = features.blocks[0] + features.blocks[1]
        keys = features.keys[:n]
        kinds = numpy.repeat(numpy.asarray([0, 1], dtype="uint8"), features.blocks)
        where = numpy.searchsorted(self.keys, keys)
        where[where >= len(self.keys)] = 0
        # A key must be known in its own block: a word key is not a character key with the same hash.
        positions = numpy.flatnonzero((self.keys[where] == keys) & (self.block[where] == kinds))
        cols = where[positions]
        vals = features.vals[positions].astype("float64") * self.idf[cols]
        for kind in (0, 1):
            part = kinds[positions] == kind
            norm = float(numpy.sqrt(numpy.dot(vals[part], vals[part])))
            if norm:
                vals[part] /= norm
        return positions, cols, vals

    def logits(self, feature_sets: Sequence[Features]) -> numpy.ndarray:
        """The view's own logits (n_sets x n_labels, in ``settings['labels']`` order)."""
        out = numpy.tile(self.bias.astype("float64"), (len(feature_sets), 1))
        for i, features in enumerate(feature_sets):
            _, cols, vals = self._columns(features)
            if len(cols):
                out[i] += vals @ self.weights[cols].astype("float64")
        return out

    def weight_rows(self, doc: Doc, features: Features, labels: Sequence[str]) -> numpy.ndarray:
        """Each feature's contribution to the view's logits (n_features x len(labels)), times
        ``1 - mix``: what it adds to the mixed score (the extras and unknown keys add nothing;
        nothing at all on a comment the view does not score)."""
        rows = numpy.zeros((len(features.keys), len(labels)), dtype="float32")
        if not self.applies(doc) or not len(features.keys):
            return rows
        order = [self.settings["labels"].index(label) for label in labels]
        positions, cols, vals = self._columns(features)
        rows[positions] = (vals[:, None] * self.weights[cols][:, order]) * (1.0 - self.mix)
        return rows

    @property
    def mix(self) -> float:
        return float(self.settings["mix"])

    def applies(self, doc: Doc) -> bool:
        """Whether the view scores this comment: one with words, and without a word for a group of
        people (lexicon 'identiteit'). What is said about a group decides whether it is an insult;
        the category model learned that from HateCheck's contrast cases and our own general
        sentences, which only say "not beledigend" and so cannot teach a plain logistic regression
        (with the view on such comments, non-hateful HateCheck cases were called beledigend 33 %
        of the time instead of 23 %)."""
        return self.fitted and has_words(doc) and bool(doc.cats) and not names_group(doc)

    def own_share(self, doc: Doc) -> float:
        """How much the source model's own log-probabilities count in this comment's mixed score."""
        return self.mix if self.applies(doc) else 1.0

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        if not self.fitted:
            yield from docs
            return
        source: Any = self.nlp.get_pipe(self.source)
        params = source.model.attrs["feature_params"]
        labels: list[str] = self.settings["labels"]
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            scored = [doc for doc in batch if self.applies(doc)]
            if scored:
                z = self.logits(many_doc_features(scored, params))
                for doc, row in zip(scored, z, strict=True):
                    self._mix_into(doc, labels, row)
            yield from batch

    def _mix_into(self, doc: Doc, labels: list[str], logits: numpy.ndarray) -> None:
        own = numpy.log(numpy.clip([doc.cats.get(label, 0.0) for label in labels], 1e-12, 1.0))
        mixed = self.mix * own + (1.0 - self.mix) * logits
        mixed = numpy.exp(mixed - mixed.max())
        mixed /= mixed.sum()
        for label, value in zip(labels, mixed.tolist(), strict=True):
            doc.cats[label] = float(value)

    # -- fitting

    def fit(self, feature_sets: Sequence[Features], gold: Sequence[str], labels: Sequence[str]) -> None:
        """Vocabulary, IDF (smoothed, as scikit-learn's) and an L2 logistic regression with balanced
        class weights fitted to the optimum on the training features."""
        try:
            from scipy.sparse import csr_matrix
            from sklearn.linear_model import LogisticRegression
        except ImportError:
            raise SystemExit("scikit-learn ontbreekt (nodig om te trainen): pip install -e '.[test]'") from None
        self.settings["labels"] = list(labels)
        self._fit_vocabulary(feature_sets)
        rows = [self._columns(f)[1:] for f in feature_sets]
        indptr = numpy.cumsum([0] + [len(c) for c, _ in rows])
        matrix = csr_matrix(
            (numpy.concatenate([v for _, v in rows]), numpy.concatenate([c for c, _ in rows]), indptr),
            shape=(len(rows), len(self.keys)),
        )
        model = LogisticRegression(max_iter=5000, C=float(self.settings["C"]), class_weight="balanced")
        model.fit(matrix, list(gold))
        coef, intercept = model.coef_, model.intercept_
        if coef.shape[0] == 1:  # two labels: scikit-learn keeps one row, the logit of the second
            coef, intercept = numpy.vstack([numpy.zeros_like(coef), coef]), numpy.concatenate([[0.0], intercept])
        order = [list(model.classes_).index(label) for label in labels]
        self.weights = numpy.ascontiguousarray(coef.T[:, order], dtype="float32")
        self.bias = numpy.asarray(intercept[order], dtype="float32")

    def _fit_vocabulary(self, feature_sets: Sequence[Features]) -> None:
        found: dict[tuple[int, int], int] = {}
        for features in feature_sets:
            a, b = features.blocks
            for kind, part in ((0, features.keys[:a]), (1, features.keys[a : a + b])):
                for key in part.tolist():
                    found[(key, kind)] = found.get((key, kind), 0) + 1
        min_df = int(self.settings["char_min_df"])
        kept = sorted((key, kind, df) for (key, kind), df in found.items() if kind == 0 or df >= min_df)
        unique: dict[int, tuple[int, int]] = {}
        for key, kind, df in kept:  # a key in both blocks (a hash collision): keep the word
            unique.setdefault(key, (kind, df))
        keys = sorted(unique)
        self.keys = numpy.asarray(keys, dtype="uint64")
        self.block = numpy.asarray([unique[k][0] for k in keys], dtype="uint8")
        counts = numpy.asarray([unique[k][1] for k in keys], dtype="float64")
        self.idf = (numpy.log((1.0 + len(feature_sets)) / (1.0 + counts)) + 1.0).astype("float32")

    # -- saving

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "settings.json").write_text(json.dumps(self.settings, sort_keys=True), encoding="utf-8")
        for name in _ARRAYS:
            numpy.save(folder / f"{name}.npy", getattr(self, name), allow_pickle=False)

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> TfidfView:
        folder = Path(path)
        self.settings = json.loads((folder / "settings.json").read_text(encoding="utf-8"))
        for name in _ARRAYS:
            setattr(self, name, numpy.load(folder / f"{name}.npy", allow_pickle=False))
        if self.weights.shape != (len(self.keys), len(self.settings["labels"])):
            raise ValueError(f"{folder}: de gewichten passen niet bij de kenmerken")
        return self


@Language.factory("rw_tfidf", default_config={"source": "textcat", "mix": 0.5, "c": 10.0, "char_min_df": 2})
def make_tfidf_view(nlp: Language, name: str, source: str, mix: float, c: float, char_min_df: int) -> TfidfView:
    return TfidfView(nlp, name, source, mix, c, char_min_df)
