"""Load the trained pipeline and analyse comments: category, flags, explanation, details."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS
from app.domain.draft_questions import JOINED_ASK as _JOINED_ASK  # '... plakken? en moet ik een afspraak maken'
from app.domain.draft_questions import asks_unmarked, without_told_tail
from app.domain.shared import Prediction
from app.errors import ReageerwijzerError
from app.nlp.features import has_words
from app.nlp.safe_text import readable

MODEL_ENV = "REAGEERWIJZER_MODEL"
MAX_CHARS = 5_000  # a comment is classified on its first 5,000 characters (said in the output when cut)
EXPLAIN_WORDS = 3
EXPLAIN_MIN = 0.05  # a word must add at least this much to a label's score (logit, against the other labels)
PIPES = (
    "rw_normalizer",
    "rw_lexicon",
    "textcat",
    "rw_tfidf",
    "flags",
    "rw_sentence_flags",
    "rw_calibrate",
    "rw_details",
)


class ModelError(ReageerwijzerError):
    """The language pipeline cannot be loaded."""


def default_model_path() -> Path:
    override = os.environ.get(MODEL_ENV, "").strip()
    if override:
        return Path(override)
    from app.resources import model_dir, spacy_problem

    path = model_dir()  # inside the installed package, the bundle, or nl_model/pipeline in a checkout
    problem = spacy_problem(path)
    if problem:
        raise ModelError(problem)
    return path


@dataclass(frozen=True)
class Analysis:
    label: str
    scores: dict[str, float]
    flags: tuple[str, ...]
    flag_scores: dict[str, float]
    explain: tuple[str, ...]
    explain_flags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    model_version: str = ""
    uncertain: bool = False
    candidates: tuple[str, ...] = ()
    explain_candidates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    questions: tuple[str, ...] = ()
    analysed_chars: int | None = None  # set when the comment was longer than MAX_CHARS

    @property
    def confidence(self) -> float:
        return self.scores[self.label]

    def prediction(self) -> Prediction:
        return Prediction(
            self.label,
            dict(self.scores),
            self.flags,
            self.model_version,
            self.explain,
            uncertain=self.uncertain,
            candidates=self.candidates,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "label": self.label,
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "uncertain": self.uncertain,
            "candidates": list(self.candidates),
            "flags": list(self.flags),
            "flag_scores": {k: round(v, 4) for k, v in self.flag_scores.items()},
            "explain": list(self.explain),
            "explain_flags": {k: list(v) for k, v in self.explain_flags.items()},
            "questions": list(self.questions),
            "details": self.details,
            "model_version": self.model_version,
        }
        if self.uncertain:
            data["explain_candidates"] = {k: list(v) for k, v in self.explain_candidates.items()}
        if self.analysed_chars is not None:
            data["analysed_chars"] = self.analysed_chars
        return data


class Assistant:
    """The loaded pipeline. Loading takes a second or two: do it off the GUI thread."""

    def __init__(self, nlp: Any, path: Path) -> None:
        self.nlp = nlp
        self.path = path
        meta = nlp.meta
        extra = meta.get("reageerwijzer", {})
        self.model_version = (
            f"{meta.get('name', 'model')}-{meta.get('version', '0')}+{str(extra.get('source_hash', ''))[:8]}"
        )
        adapted = extra.get("adapted")
        if isinstance(adapted, dict):
            # An adapted pipeline of one history (reageerwijzer learn): say so in every prediction.
            self.model_version += f"+eigen-{str(adapted.get('examples_hash', ''))[:8]}"
        self.source_hash = str(extra.get("source_hash", ""))
        self.adapted = adapted if isinstance(adapted, dict) else None
        self._textcat = nlp.get_pipe("textcat")
        self._flags = nlp.get_pipe("flags")
        settings = nlp.get_pipe("rw_calibrate").settings
        self.uncertain_below = float(settings.get("uncertain_below", 0.5))
        self.flag_thresholds = {f: float(settings.get("flag_thresholds", {}).get(f, 0.5)) for f in FLAGS}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Assistant:
        model_path = Path(path) if path else default_model_path()
        if not (model_path / "meta.json").exists():
            raise ModelError(f"De taalassistent ontbreekt: geen getrainde pipeline in {model_path}.")
        try:
            import app.nlp.components  # noqa: F401 - registers the custom factories

            nlp = _load_spacy(model_path)
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise ModelError(f"De taalassistent kon niet worden geladen uit {model_path}: {exc}") from None
        missing = [p for p in PIPES if p not in nlp.pipe_names]
        if missing:
            raise ModelError(f"De pipeline in {model_path} mist onderdelen: {', '.join(missing)}.")
        return cls(nlp, model_path)

    @classmethod
    def load_for_history(cls, history: str | Path | None, path: str | Path | None = None) -> tuple[Assistant, str]:
        """The adapted pipeline of this history when there is a compatible one, else the shipped one.

        Returns the assistant and a one-line note when an adapted pipeline exists but cannot be used."""
        shipped = cls.load(path)
        if history is None:
            return shipped, ""
        from app.nlp.adapt import adapted_for

        folder, note = adapted_for(Path(history), shipped.source_hash)
        if folder is None:
            return shipped, note
        try:
            return cls.load(folder), ""
        except ModelError as exc:
            return shipped, f"{exc} De meegeleverde assistent wordt gebruikt."

    # -- analysis

    def analyse(self, text: str, explain: bool = True) -> Analysis:
        return self.analyse_many([text], explain=explain)[0]

    def analyse_many(self, texts: Sequence[str], explain: bool = True, batch_size: int = 64) -> list[Analysis]:
        """One analysis per text; a batch goes through each component at once (what ``nlp.pipe``
        does), and the explanations of a batch ask the models for their weights in one call."""
        results: list[Analysis] = []
        for first in range(0, len(texts), batch_size):
            batch = texts[first : first + batch_size]
            docs = self._docs([readable(text[:MAX_CHARS]) for text in batch])
            weights: list[_DocWeights | None] = list(self._batch_weights(docs)) if explain else [None] * len(docs)
            results.extend(
                self._analysis(text, doc, explain, own) for text, doc, own in zip(batch, docs, weights, strict=True)
            )
        return results

    def _docs(self, texts: list[str]) -> list[Any]:
        """The texts through the pipeline, a batch at a time. Empty texts go in a batch of their
        own: spaCy's textcat scores a batch of only empty docs as all zeros (a doubt between all
        labels), an empty doc among others from its shape features; so "" gets the same alone as
        in a batch."""
        empty = [i for i, text in enumerate(texts) if not text]
        if not empty or len(empty) == len(texts):
            return self._run(texts)
        filled = iter(self._run([text for text in texts if text]))
        blank = iter(self._run([""] * len(empty)))
        return [next(blank) if not text else next(filled) for text in texts]

    def _run(self, texts: list[str]) -> list[Any]:
        docs = []
        for text in texts:
            doc = self.nlp.make_doc(text)
            # spaCy's tokenizer keeps every character, so Doc.text is the text: the cache of
            # features.doc_text is filled here instead of joining the tokens again.
            doc.user_data["rw_text"] = text
            docs.append(doc)
        for _, component in self.nlp.pipeline:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        return docs

    def _analysis(self, text: str, doc: Any, explain: bool, weights: _DocWeights | None = None) -> Analysis:
        scores = {c: float(doc.cats.get(c, 0.0)) for c in CATEGORIES}
        ranked = sorted(CATEGORIES, key=lambda c: -scores[c])
        label = ranked[0]
        words = has_words(doc)
        uncertain = not words or scores[label] < self.uncertain_below
        flag_scores = {f: float(doc.cats.get(f, 0.0)) for f in FLAGS}
        flags = self._flags_of(doc)
        explained: dict[str, tuple[str, ...]] = {}
        flag_words: dict[str, tuple[str, ...]] = {}
        if explain and words:
            own = weights or self._batch_weights([doc])[0]
            explained = self._explain_labels(doc, ranked[:2] if uncertain else ranked[:1], own)
            flag_words = {f: self._explain_flag(doc, f, own) for f in flags}
        details = doc._.details if len(text) <= MAX_CHARS else self._full_details(text)
        return Analysis(
            label=label,
            scores=scores,
            flags=flags,
            flag_scores=flag_scores,
            explain=explained.get(label, ()),
            explain_flags=flag_words,
            details=details,
            model_version=self.model_version,
            uncertain=uncertain,
            candidates=tuple(ranked[:2]),
            explain_candidates=explained if uncertain else {},
            questions=_questions(doc),
            analysed_chars=MAX_CHARS if len(text) > MAX_CHARS else None,
        )

    def _flags_of(self, doc: Any) -> tuple[str, ...]:
        """The flags at or above their threshold; none on text without words."""
        if not has_words(doc):
            return ()
        return tuple(f for f in FLAGS if float(doc.cats.get(f, 0.0)) >= self.flag_thresholds[f])

    def _full_details(self, text: str) -> dict[str, Any]:
        from app.domain.details import extract

        return extract(text).to_dict()

    # -- explanations: the linear models' own weights, spread over the words they came from

    def _batch_weights(self, docs: Sequence[Any]) -> list[_DocWeights]:
        """Per doc with words: its features and each feature's weight row in the category model,
        and the same for the span of every flag it gets. One call per model for the whole batch."""
        from app.nlp.features import doc_features, span_features

        label_params = self._textcat.model.attrs["feature_params"]
        flag_params = self._flags.model.attrs["feature_params"]
        found = [_DocWeights() for _ in docs]
        label_sets: list[tuple[_DocWeights, Any]] = []
        label_docs: list[Any] = []
        flag_sets: list[tuple[_DocWeights, str, Any]] = []
        for doc, weights in zip(docs, found, strict=True):
            if not has_words(doc):
                continue
            label_sets.append((weights, doc_features(doc, label_params)))
            label_docs.append(doc)
            for flag in self._flags_of(doc):
                start, end = (doc._.flag_spans or {}).get(flag, (0, len(doc)))
                whole = (start, end) == (0, len(doc))
                features = doc_features(doc, flag_params) if whole else span_features(doc, start, end, flag_params)
                flag_sets.append((weights, flag, features))
        label_rows = _weight_rows(self._textcat, [f for _, f in label_sets])
        view = self.nlp.get_pipe("rw_tfidf")
        for doc, (weights, features), rows in zip(label_docs, label_sets, label_rows, strict=True):
            # The mixed score is one linear model: each view's weights, as much as it counts.
            own = view.own_share(doc) * rows
            weights.labels = (features, own + view.weight_rows(doc, features, self._textcat.labels))
        flag_rows = _weight_rows(self._flags, [f for _, _, f in flag_sets])
        for (weights, flag, features), rows in zip(flag_sets, flag_rows, strict=True):
            weights.flags[flag] = (features, rows)
        return found

    def _explain_labels(self, doc: Any, labels: Sequence[str], weights: _DocWeights) -> dict[str, tuple[str, ...]]:
        from app.nlp.features import token_contributions

        assert weights.labels is not None
        features, rows = weights.labels
        per_token = token_contributions(rows, features, len(doc))
        order = list(self._textcat.labels)
        # A softmax only cares about differences: score each label against the mean of all labels.
        relative = per_token - per_token.mean(axis=1, keepdims=True)
        return {label: _top_words(doc, relative[:, order.index(label)]) for label in labels}

    def _explain_flag(self, doc: Any, flag: str, weights: _DocWeights) -> tuple[str, ...]:
        from app.nlp.features import token_contributions

        features, rows = weights.flags[flag]
        per_token = token_contributions(rows, features, len(doc))
        return _top_words(doc, per_token[:, list(self._flags.labels).index(flag)])


@dataclass
class _DocWeights:
    """What the explanation of one doc needs: (features, weight rows) of the category model and
    of every flag's span."""

    labels: tuple[Any, Any] | None = None
    flags: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def _weight_rows(pipe: Any, feature_sets: list[Any]) -> list[Any]:
    """Per feature set, each feature's own contribution to each output (n_features x n_labels, bias
    excluded), as ``components.feature_weights`` gives it, with one call of the model for all sets."""
    import numpy

    if not feature_sets:
        return []
    sizes = [len(f.keys) for f in feature_sets]
    if not sum(sizes):
        return [numpy.zeros((0, len(pipe.labels)), dtype="float32") for _ in feature_sets]
    layer = pipe.model.get_ref("output_layer")
    keys = numpy.concatenate([f.keys for f in feature_sets])
    vals = numpy.concatenate([f.vals for f in feature_sets])
    rows = numpy.asarray(layer.predict((keys, vals, numpy.ones(len(keys), dtype="int32"))))
    rows = rows - numpy.asarray(layer.get_param("b"))[None, :]
    return list(numpy.split(rows, numpy.cumsum(sizes)[:-1]))


def _load_spacy(path: Path) -> Any:
    """``spacy.load``, without building the tokenizer twice: spaCy makes it from the config
    and then reads it again from the pipeline folder (its exceptions are most of the load time).
    The folder's copy is read only when it differs from the one made from the config."""
    import spacy

    nlp = spacy.load(path, exclude=["tokenizer"])
    tokenizer: Any = nlp.tokenizer
    saved = path / "tokenizer"
    if saved.exists() and saved.read_bytes() != tokenizer.to_bytes(exclude=["vocab"]):
        tokenizer.from_disk(saved, exclude=["vocab"])
    return nlp


def _top_words(doc: Any, contribution: Any) -> tuple[str, ...]:
    import numpy

    words: list[str] = []
    seen: set[str] = set()
    for i in numpy.argsort(-contribution, kind="stable").tolist():  # highest first; ties in text order
        if float(contribution[i]) < EXPLAIN_MIN or len(words) == EXPLAIN_WORDS:
            break
        token = doc[i]
        if token.is_space or token.is_punct or token.is_stop or token.like_num:
            continue
        if token.lower_ not in seen:
            seen.add(token.lower_)
            words.append(token.text)
    return tuple(words)


def _questions(doc: Any) -> tuple[str, ...]:
    """The sentences that ask something (end in a question mark), in order, at most three."""
    from app.nlp.features import doc_text, sentences

    if "?" not in doc_text(doc):
        return ()
    found: list[str] = []
    for start, end in sentences(doc):
        span = doc[start:end]
        text = span.text.strip()
        joined = found and (_JOINED_ASK.match(text) or asks_unmarked(text))  # '... 2 jan?? (...) hoe lang duurt het'
        if ("?" in text or joined) and has_words(span):
            found.append(without_told_tail(text)[:300])
    return tuple(found[:3])
