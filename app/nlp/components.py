"""spaCy components and architectures of the Reageerwijzer pipeline.

Importing this module registers them; :mod:`app.nlp.pipeline` does so before it
loads the trained pipeline (also inside a PyInstaller bundle, where entry points
are not scanned).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.ml.models.textcat import NEG_VALUE, resize_and_set_ref
from spacy.pipeline import MultiLabel_TextCategorizer, TextCategorizer
from spacy.tokens import Doc
from spacy.training import validate_examples
from spacy.util import minibatch, registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation, with_cpu
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

from app.domain.textnorm import word_form
from app.nlp import tfidf_view as _tfidf_view  # noqa: F401 - registers rw_tfidf
from app.nlp.details import extract
from app.nlp.features import (
    FeatureParams,
    Features,
    batch_arrays,
    doc_text,
    has_words,
    many_doc_features,
    many_span_features,
    sentences,
    tokens_of,
)

if not Doc.has_extension("details"):
    Doc.set_extension("details", default=None)
if not Doc.has_extension("lexicon"):
    Doc.set_extension("lexicon", default=None)
if not Doc.has_extension("lexicon_spans"):
    Doc.set_extension("lexicon_spans", default=None)
if not Doc.has_extension("flag_spans"):
    Doc.set_extension("flag_spans", default=None)


class Normalizer:
    """Sets ``token.norm_`` so spelling variants share features."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.is_space:
                token.norm_ = word_form(token.text)
        return doc


class LexiconTagger:
    """Finds the words of the lists in nl_model/lexicons (a spaCy ``PhraseMatcher`` on NORM,
    plus prefix entries) and puts the hits on ``doc._.lexicon`` (counts per list) and
    ``doc._.lexicon_spans`` (list, start, end) for the classifiers and their explanations.

    The lists are read once when the pipeline is trained and saved inside the
    pipeline, so the trained pipeline is self-contained. Entries are normalised
    like the tokens; an entry ending in '*' matches every word that starts so.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.nlp = nlp
        self.lexicons: dict[str, list[str]] = {}
        self._matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self._prefixes: list[tuple[str, tuple[str, ...]]] = []
        self._prefix_hits: dict[str, tuple[str, ...]] = {}  # norm -> lists whose prefixes it starts with

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None, lexicon_dir: str = "") -> None:
        folder = Path(lexicon_dir)
        if not folder.is_dir():
            raise ValueError(f"lexicon_dir {lexicon_dir!r} is geen map")
        lexicons: dict[str, list[str]] = {}
        for file in sorted(folder.glob("*.txt")):
            entries = []
            for line in file.read_text(encoding="utf-8").splitlines():
                entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
                if entry:
                    entries.append(entry)
            lexicons[file.stem] = entries
        self.set_lexicons(lexicons)

    def set_lexicons(self, lexicons: dict[str, list[str]]) -> None:
        self.lexicons = lexicons
        self._matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self._prefixes = []
        self._prefix_hits = {}
        for name, entries in sorted(lexicons.items()):
            patterns = []
            prefixes = []
            for entry in entries:
                if entry.endswith("*") and " " not in entry:
                    prefixes.append(word_form(entry[:-1]))
                    continue
                words = entry.split()
                pattern = Doc(self.nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
                for token in pattern:
                    token.norm_ = word_form(token.text)
                patterns.append(pattern)
            if patterns:
                self._matcher.add(name, patterns)
            if prefixes:
                self._prefixes.append((name, tuple(prefixes)))

    def __call__(self, doc: Doc) -> Doc:
        spans: list[tuple[str, int, int]] = []
        covered: set[tuple[str, int]] = set()
        for match_id, start, end in self._matcher(doc):
            name = self.nlp.vocab.strings[match_id]
            if (name, start) not in covered:
                covered.add((name, start))
                spans.append((name, start, end))
        if self._prefixes:
            for token in tokens_of(doc):  # not spaces
                if not token.word:
                    continue
                for name in self._prefix_hits.get(token.norm_) or self._prefixed(token.norm_):
                    if (name, token.i) not in covered:
                        covered.add((name, token.i))
                        spans.append((name, token.i, token.i + 1))
        spans.sort(key=lambda s: (s[1], s[0]))
        doc._.lexicon_spans = spans
        doc._.lexicon = dict(Counter(name for name, _, _ in spans))
        return doc

    def _prefixed(self, norm: str) -> tuple[str, ...]:
        """The lists with an entry 'prefix*' that this word starts with (cached per word)."""
        if len(self._prefix_hits) > 100_000:
            self._prefix_hits.clear()
        found = self._prefix_hits[norm] = tuple(name for name, prefixes in self._prefixes if norm.startswith(prefixes))
        return found

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return json.dumps(self.lexicons, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> LexiconTagger:
        self.set_lexicons(json.loads(data.decode("utf-8")))
        return self

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "lexicons.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> LexiconTagger:
        return self.from_bytes((Path(path) / "lexicons.json").read_bytes())


class DetailsExtractor:
    """Puts the rule-based details of the comment on ``doc._.details``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.details = extract(doc_text(doc)).to_dict()
        return doc


@Language.factory("rw_normalizer")
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer(nlp, name)


@Language.factory("rw_lexicon")
def make_lexicon(nlp: Language, name: str) -> LexiconTagger:
    return LexiconTagger(nlp, name)


@Language.factory("rw_details")
def make_details(nlp: Language, name: str) -> DetailsExtractor:
    return DetailsExtractor(nlp, name)


def extract_features(params: FeatureParams) -> Model[list[Doc], Any]:
    """Input layer of the linear classifiers: the cached features of :mod:`app.nlp.features`."""

    def forward(model: Model[list[Doc], Any], docs: list[Doc], is_train: bool) -> tuple[Any, Callable[..., Any]]:
        return batch_arrays(many_doc_features(docs, params)), lambda d_output: []

    return Model("rw_features", forward, attrs={"feature_params": params})


def _sparse_classifier(
    extractor: Model[list[Doc], Any], exclusive_classes: bool, no_output_layer: bool, length: int, nO: int | None
) -> Model[list[Doc], Floats2d]:
    """spaCy's bag-of-words classifier (the layers of ``spacy.TextCatBOW.v3``) on our features."""
    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": 0, "W": 0}
    with Model.define_operators({">>": chain}):
        output_layer = None
        if not no_output_layer:
            fill_defaults["b"] = NEG_VALUE
            output_layer = softmax_activation() if exclusive_classes else Logistic()
        resizable_layer: Model[Floats2d, Floats2d] = resizable(
            sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill_defaults)
        )
        model = extractor >> resizable_layer
        model = with_cpu(model, model.ops)
        if output_layer:
            model = model >> with_cpu(output_layer, output_layer.ops)
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["feature_params"] = extractor.attrs["feature_params"]
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


@registry.architectures("rw.TextCatWordChar.v2")
def build_word_char(
    *,
    exclusive_classes: bool,
    ngram_size: int,
    no_output_layer: bool,
    char_low: int = 2,
    char_high: int = 5,
    length: int = 262144,
    nO: int | None = None,
    mask_identity: bool = False,
) -> Model[list[Doc], Floats2d]:
    """Sparse linear classifier over word n-grams, in-word character n-grams, lexicon hits
    and shape features, so typos, dialect spellings and compounds ('kutservice') share evidence.
    ``mask_identity``: neutral words for groups give no features of their own (see features.py)."""
    extractor = extract_features(FeatureParams(ngram_size, char_low, char_high, mask_identity))
    return _sparse_classifier(extractor, exclusive_classes, no_output_layer, length, nO)


def linear_scores(pipe: Any, feature_sets: list[Features]) -> numpy.ndarray:
    """Raw scores (logits before softmax/logistic) of a trained linear classifier for feature sets."""
    layer = pipe.model.get_ref("output_layer")
    return numpy.asarray(layer.predict(batch_arrays(feature_sets)))


def feature_weights(pipe: Any, features: Features) -> numpy.ndarray:
    """Each feature's own contribution to each output (n_features x n_labels), bias excluded."""
    if len(features.keys) == 0:
        return numpy.zeros((0, len(pipe.labels)), dtype="float32")
    layer = pipe.model.get_ref("output_layer")
    lengths = numpy.ones(len(features.keys), dtype="int32")
    rows = numpy.asarray(layer.predict((features.keys, features.vals, lengths)))
    return rows - numpy.asarray(layer.get_param("b"))[None, :]


class SentenceFlags:
    """Scores the flags on every sentence as well as on the whole comment and keeps the
    strongest, so a threat counts wherever it stands. Text without words gets no flag.
    ``per_sentence``: the flags read this way (None: all); the others are read on the whole
    comment only, where the context stays (counter-speech, a quote, a negation in another sentence)."""

    def __init__(self, nlp: Language, name: str, source: str, per_sentence: list[str] | None = None) -> None:
        self.name = name
        self.nlp = nlp
        self.source = source
        self.per_sentence = None if per_sentence is None else frozenset(per_sentence)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """The sentences of a batch of docs are scored in one call of the flag model."""
        pipe = self.nlp.get_pipe(self.source)
        params = pipe.model.attrs["feature_params"]
        for batch in minibatch(docs, batch_size):
            split: list[tuple[Doc, list[tuple[int, int]]]] = []
            requests: list[tuple[Doc, int, int]] = []
            for doc in batch:
                spans = sentences(doc) if has_words(doc) else []
                split.append((doc, spans))
                if len(spans) > 1:
                    requests.extend((doc, s, e) for s, e in spans)
            features = many_span_features(requests, params)
            logits = linear_scores(pipe, features) if features else numpy.zeros((0, len(pipe.labels)))
            first = 0
            for doc, spans in split:
                n = len(spans) if len(spans) > 1 else 0
                self._set(doc, list(pipe.labels), spans, logits[first : first + n])
                first += n
                yield doc

    def _set(self, doc: Doc, labels: list[str], spans: list[tuple[int, int]], logits: numpy.ndarray) -> None:
        best: dict[str, tuple[int, int]] = {label: (0, len(doc)) for label in labels}
        if not has_words(doc):
            for label in labels:
                doc.cats[label] = 0.0
            doc._.flag_spans = {}
            return
        if len(spans) > 1:
            probs = 1.0 / (1.0 + numpy.exp(-logits))
            for j, label in enumerate(labels):
                if self.per_sentence is not None and label not in self.per_sentence:
                    continue
                i = int(numpy.argmax(probs[:, j]))
                if float(probs[i, j]) > doc.cats.get(label, 0.0):
                    doc.cats[label] = float(probs[i, j])
                    best[label] = spans[i]
        doc._.flag_spans = best


class Calibration:
    """Rescales the category scores with a temperature fitted on dev (p ∝ p^(1/T)), so that
    a score of 0.7 means right about 7 times in 10, and a bias per label that moves the corpus's
    label shares towards equal shares (``label_bias``, chosen on dev); holds the flag thresholds and the
    confidence below which the assistant says it is unsure. Fitted by ``nl_model/train.py``.

    ``prior_weight`` (a) is set in the config, not fitted: the bias is -a · log(label share in the
    corpus). Dev has the corpus's own label mix, so it cannot say how far to move: plain macro-F1 on
    dev prefers a = 0 (the corpus's mix), macro-F1 with every label weighing the same prefers a = 1.
    How often a shop gets each kind is unknown; 0.5 goes halfway."""

    def __init__(self, nlp: Language, name: str, labels: list[str], prior_weight: float = 0.5) -> None:
        self.name = name
        self.labels = list(labels)
        self.prior_weight = prior_weight
        self.settings: dict[str, Any] = {"temperature": 1.0, "uncertain_below": 0.5, "flag_thresholds": {}}

    @property
    def temperature(self) -> float:
        return float(self.settings.get("temperature", 1.0))

    def __call__(self, doc: Doc) -> Doc:
        t = self.temperature
        bias = self.settings.get("label_bias") or {}
        if t != 1.0 or bias:
            powered = {
                c: max(doc.cats.get(c, 0.0), 1e-12) ** (1.0 / t) * math.exp(float(bias.get(c, 0.0)))
                for c in self.labels
            }
            total = sum(powered.values()) or 1.0
            for c, v in powered.items():
                doc.cats[c] = v / total
        return doc

    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return json.dumps(self.settings, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> Calibration:
        self.settings = json.loads(data.decode("utf-8"))
        return self

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "calibration.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> Calibration:
        return self.from_bytes((Path(path) / "calibration.json").read_bytes())


@Language.factory("rw_sentence_flags", default_config={"source": "flags", "per_sentence": None})
def make_sentence_flags(nlp: Language, name: str, source: str, per_sentence: list[str] | None) -> SentenceFlags:
    return SentenceFlags(nlp, name, source, per_sentence)


@Language.factory("rw_calibrate", default_config={"labels": [], "prior_weight": 0.5})
def make_calibration(nlp: Language, name: str, labels: list[str], prior_weight: float) -> Calibration:
    return Calibration(nlp, name, labels, prior_weight)


class PartialTextCategorizer(TextCategorizer):
    """spaCy's exclusive ``textcat`` that also learns from partly labelled examples: a label
    missing from an example's ``cats`` gets no gradient (spaCy's own ``textcat`` treats it as
    0). The HateCheck contrast cases say only "not beledigend" and leave the rest open."""

    @property
    def support_missing_values(self) -> bool:
        return True


@Language.factory(
    "rw_textcat",
    assigns=["doc.cats"],
    default_config={"threshold": 0.0, "scorer": {"@scorers": "spacy.textcat_scorer.v2"}},
)
def make_partial_textcat(
    nlp: Language, name: str, model: Model[list[Doc], Floats2d], threshold: float, scorer: Callable[..., Any] | None
) -> PartialTextCategorizer:
    return PartialTextCategorizer(nlp.vocab, model, name, threshold=threshold, scorer=scorer)


class CrossEntropyFlags(MultiLabel_TextCategorizer):
    """spaCy's multi-label ``textcat`` trained with log loss instead of squared error.

    spaCy's own loss is the squared error of the probabilities; through the logistic output its
    gradient vanishes exactly where a rare flag is confidently missed (p near 0 for a threat). Log
    loss gives the gradient p - y on the logit, as the logistic-regression baseline has, and
    ``positive_weight`` weighs the rare positive examples up (as the baseline's balanced class
    weights do). Labels missing from an example get no gradient (partial HateCheck labels)."""

    def __init__(self, *args: Any, positive_weight: float = 1.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.positive_weight = positive_weight

    def get_loss(self, examples: Any, scores: Any) -> tuple[float, Any]:
        validate_examples(examples, "CrossEntropyFlags.get_loss")
        self._validate_categories(examples)
        truth_rows, missing_rows = self._examples_to_truth(examples)
        truths = numpy.asarray(truth_rows, dtype="float32")  # the classifiers run on the CPU (with_cpu)
        not_missing = numpy.asarray(missing_rows, dtype="float32")
        probs = numpy.clip(numpy.asarray(scores), 1e-4, 1.0 - 1e-4)
        weight = not_missing * numpy.where(truths > 0.5, self.positive_weight, 1.0)
        loss = -(weight * (truths * numpy.log(probs) + (1.0 - truths) * numpy.log(1.0 - probs))).sum()
        # The logistic output layer multiplies by p(1 - p) on the way back: undo it, so the logit gets p - y.
        d_scores = weight * (probs - truths) / (probs * (1.0 - probs))
        return float(loss) / max(1, len(truths)), d_scores.astype(scores.dtype)


@Language.factory(
    "rw_flags",
    assigns=["doc.cats"],
    default_config={
        "threshold": 0.5,
        "positive_weight": 1.0,
        "scorer": {"@scorers": "spacy.textcat_multilabel_scorer.v2"},
    },
)
def make_flags(
    nlp: Language,
    name: str,
    model: Model[list[Doc], Floats2d],
    threshold: float,
    positive_weight: float,
    scorer: Callable[..., Any] | None,
) -> CrossEntropyFlags:
    return CrossEntropyFlags(
        nlp.vocab, model, name, threshold=threshold, scorer=scorer, positive_weight=positive_weight
    )
