"""spaCy components and architectures of the Reageerwijzer pipeline.

Importing this module registers them; :mod:`app.nlp.pipeline` does so before it
loads the trained pipeline (also inside a PyInstaller bundle, where entry points
are not scanned).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.ml.models.textcat import NEG_VALUE, resize_and_set_ref
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, softmax_activation, with_cpu
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

from app.nlp.details import extract

if not Doc.has_extension("details"):
    Doc.set_extension("details", default=None)
if not Doc.has_extension("lexicon"):
    Doc.set_extension("lexicon", default=None)

_REPEATS = re.compile(r"(.)\1{2,}")
_MASKED = re.compile(r"[*#@$!.]")


def normal_form(word: str) -> str:
    """Lower case, accents off, runs of 3+ equal letters cut to 2 ('heeeel' -> 'heel'),
    masking stars inside words removed ('k*t' -> 'kt' stays one feature)."""
    text = unicodedata.normalize("NFKD", word.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _REPEATS.sub(r"\1\1", text)
    if len(text) > 2 and any(ch.isalpha() for ch in text):
        inner = _MASKED.sub("", text[1:-1])
        text = text[0] + inner + text[-1]
    return text


class Normalizer:
    """Sets ``token.norm_`` so spelling variants share features."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.is_space:
                token.norm_ = normal_form(token.text)
        return doc


class LexiconTagger:
    """Counts hits of the word lists in nl_model/lexicons on ``doc._.lexicon``.

    The lists are read once when the pipeline is trained and saved inside the
    pipeline, so the trained pipeline is self-contained. Entries are normalised
    like the tokens; an entry ending in '*' matches every word that starts so.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicons: dict[str, list[str]] = {}
        self._compiled: list[tuple[str, dict[int, frozenset[str]], tuple[str, ...]]] = []

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
        self._compiled = []
        for name, entries in sorted(lexicons.items()):
            phrases: dict[int, set[str]] = {}
            prefixes: list[str] = []
            for entry in entries:
                if entry.endswith("*") and " " not in entry:
                    prefixes.append(normal_form(entry[:-1]))
                    continue
                words = [normal_form(w) for w in entry.split()]
                phrases.setdefault(len(words), set()).add(" ".join(words))
            self._compiled.append((name, {n: frozenset(p) for n, p in phrases.items()}, tuple(prefixes)))

    def __call__(self, doc: Doc) -> Doc:
        norms = [t.norm_ for t in doc if not t.is_space]
        hits: dict[str, int] = {}
        for name, phrases, prefixes in self._compiled:
            count = 0
            for i, norm in enumerate(norms):
                if prefixes and norm.startswith(prefixes):
                    count += 1
                    continue
                for n, options in phrases.items():
                    if i + n <= len(norms) and " ".join(norms[i : i + n]) in options:
                        count += 1
                        break
            if count:
                hits[name] = count
        doc._.lexicon = hits
        return doc

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
        doc._.details = extract(doc.text).to_dict()
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


@lru_cache(maxsize=200_000)
def _char_keys(norm: str, low: int, high: int) -> tuple[int, ...]:
    padded = f" {norm} "
    return tuple(hash_string(f"c{padded[i : i + n]}") for n in range(low, high + 1) for i in range(len(padded) - n + 1))


def _weights(counts: Counter[int]) -> tuple[list[int], list[float]]:
    """Sublinear term frequency, L2-normalised (what TF-IDF baselines do, without the IDF)."""
    keys = list(counts)
    vals = [1.0 + math.log(counts[k]) for k in keys]
    norm = math.sqrt(sum(v * v for v in vals)) or 1.0
    return keys, [v / norm for v in vals]


def extract_word_and_char_ngrams(ngram_size: int, char_low: int, char_high: int) -> Model[list[Doc], Any]:
    """Features for a sparse linear model: word n-grams of ``NORM`` and character
    n-grams inside each word, each group weighted and normalised on its own."""

    def forward(model: Model[list[Doc], Any], docs: list[Doc], is_train: bool) -> tuple[Any, Callable[..., Any]]:
        batch_keys: list[int] = []
        batch_vals: list[float] = []
        lengths: list[int] = []
        for doc in docs:
            norms = [t.norm for t in doc if not t.is_space]
            words: Counter[int] = Counter(norms)
            for n in range(2, ngram_size + 1):
                for i in range(len(norms) - n + 1):
                    words[hash_string("w" + " ".join(str(k) for k in norms[i : i + n]))] += 1
            chars: Counter[int] = Counter()
            for token in doc:
                if not token.is_space and not token.is_punct:
                    chars.update(_char_keys(token.norm_, char_low, char_high))
            w_keys, w_vals = _weights(words)
            c_keys, c_vals = _weights(chars)
            lexicon = doc._.lexicon or {}
            l_keys = [hash_string(f"L{name}") for name in lexicon]
            l_vals = [1.0 + math.log(count) for count in lexicon.values()]
            batch_keys.extend(w_keys + c_keys + l_keys)
            batch_vals.extend(w_vals + c_vals + l_vals)
            lengths.append(len(w_keys) + len(c_keys) + len(l_keys))
        keys = numpy.asarray(batch_keys, dtype="uint64")
        vals = numpy.asarray(batch_vals, dtype="float32")
        return (keys, vals, numpy.asarray(lengths, dtype="int32")), lambda d_output: []

    return Model("extract_word_and_char_ngrams", forward)


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
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


@registry.architectures("rw.TextCatWordChar.v1")
def build_word_char(
    *,
    exclusive_classes: bool,
    ngram_size: int,
    no_output_layer: bool,
    char_low: int = 2,
    char_high: int = 5,
    length: int = 262144,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """Sparse linear classifier over word n-grams and in-word character n-grams,
    so typos, dialect spellings and compounds ('kutservice') share evidence."""
    extractor = extract_word_and_char_ngrams(ngram_size, char_low, char_high)
    return _sparse_classifier(extractor, exclusive_classes, no_output_layer, length, nO)
