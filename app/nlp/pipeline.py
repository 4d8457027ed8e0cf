"""Load the trained pipeline and analyse comments: category, flags, explanation, details."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS
from app.domain.wizard import Prediction
from app.errors import ReageerwijzerError

MODEL_ENV = "REAGEERWIJZER_MODEL"
MAX_CHARS = 5_000  # a comment is classified on its first 5,000 characters
EXPLAIN_TOKENS = 80  # leave-one-out over at most this many words
EXPLAIN_WORDS = 3
EXPLAIN_MIN_DROP = 0.1  # in log-odds
FLAG_THRESHOLD = 0.5


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

    @property
    def confidence(self) -> float:
        return self.scores[self.label]

    def prediction(self) -> Prediction:
        return Prediction(self.label, dict(self.scores), self.flags, self.model_version, self.explain)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "flags": list(self.flags),
            "flag_scores": {k: round(v, 4) for k, v in self.flag_scores.items()},
            "explain": list(self.explain),
            "explain_flags": {k: list(v) for k, v in self.explain_flags.items()},
            "details": self.details,
            "model_version": self.model_version,
        }


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
        self._normalizer = nlp.get_pipe("rw_normalizer")
        self._lexicon = nlp.get_pipe("rw_lexicon")
        self._textcat = nlp.get_pipe("textcat")
        self._flags = nlp.get_pipe("flags")
        self._details = nlp.get_pipe("rw_details")

    @classmethod
    def load(cls, path: str | Path | None = None) -> Assistant:
        model_path = Path(path) if path else default_model_path()
        if not (model_path / "meta.json").exists():
            raise ModelError(f"De taalassistent ontbreekt: geen getrainde pipeline in {model_path}.")
        try:
            import spacy

            import app.nlp.components  # noqa: F401 - registers the custom factories

            nlp = spacy.load(model_path)
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            raise ModelError(f"De taalassistent kon niet worden geladen uit {model_path}: {exc}") from None
        missing = [
            p for p in ("rw_normalizer", "rw_lexicon", "textcat", "flags", "rw_details") if p not in nlp.pipe_names
        ]
        if missing:
            raise ModelError(f"De pipeline in {model_path} mist onderdelen: {', '.join(missing)}.")
        return cls(nlp, model_path)

    # -- analysis

    def analyse(self, text: str, explain: bool = True) -> Analysis:
        return self.analyse_many([text], explain=explain)[0]

    def analyse_many(self, texts: Sequence[str], explain: bool = True, batch_size: int = 64) -> list[Analysis]:
        docs = list(self.nlp.pipe((_clip(t) for t in texts), batch_size=batch_size))
        results = []
        for text, doc in zip(texts, docs, strict=True):
            scores = {c: float(doc.cats.get(c, 0.0)) for c in CATEGORIES}
            label = max(CATEGORIES, key=lambda c: scores[c])
            flag_scores = {f: float(doc.cats.get(f, 0.0)) for f in FLAGS}
            flags = tuple(f for f in FLAGS if flag_scores[f] >= FLAG_THRESHOLD)
            words: tuple[str, ...] = ()
            flag_words: dict[str, tuple[str, ...]] = {}
            if explain:
                words, flag_words = self._explain(doc, label, flags)
            details = doc._.details if len(text) <= MAX_CHARS else self._full_details(text)
            results.append(Analysis(label, scores, flags, flag_scores, words, flag_words, details, self.model_version))
        return results

    def _full_details(self, text: str) -> dict[str, Any]:
        from app.nlp.details import extract

        return extract(text).to_dict()

    def _explain(
        self, doc: Any, label: str, flags: Iterable[str]
    ) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
        """Leave each word out in turn; the words whose absence lowers the score most drove it."""
        candidates = [t.i for t in doc if not (t.is_punct or t.is_space or t.is_stop or t.like_num)][:EXPLAIN_TOKENS]
        if len(candidates) < 2:
            return tuple(t.text for t in doc if t.i in candidates), {}
        variants = []
        for i in candidates:
            text = "".join(t.text_with_ws for t in doc if t.i != i)
            variants.append(self._lexicon(self._normalizer(self.nlp.make_doc(text))))
        flags = list(flags)
        variants = list(self._textcat.pipe(variants))
        if flags:
            variants = list(self._flags.pipe(variants))

        def top(key: str) -> tuple[str, ...]:
            # Compare log-odds, not probabilities: at 99.9 % a decisive word barely moves p.
            base = _logit(doc.cats.get(key, 0.0))
            drops = sorted(
                ((base - _logit(v.cats.get(key, 0.0)), i) for v, i in zip(variants, candidates, strict=True)),
                reverse=True,
            )
            words: list[str] = []
            for drop, i in drops:
                if drop < EXPLAIN_MIN_DROP or len(words) == EXPLAIN_WORDS:
                    break
                word = doc[i].text
                if word.lower() not in (w.lower() for w in words):
                    words.append(word)
            return tuple(words)

        return top(label), {flag: top(flag) for flag in flags}


def _logit(p: float) -> float:
    p = min(max(p, 1e-7), 1 - 1e-7)
    return math.log(p / (1 - p))


def _clip(text: str) -> str:
    return text[:MAX_CHARS]
