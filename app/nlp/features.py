"""Sparse features of a comment (or of one sentence of it), computed once per doc.

The classifiers are linear models over these features, so the same features
also explain a prediction: :func:`token_contributions` spreads every feature's
weight over the words it came from (a bigram half to each word, a lexicon hit
over the words it covers), and the words that moved a label's score most are
the explanation. No spaCy model is needed here, only the tokens.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc

_HASH: list[Any] = []


def hash_string(text: str) -> int:
    """spaCy's string hash (imported on first use, so importing this module stays cheap)."""
    if not _HASH:
        from spacy.strings import hash_string as spacy_hash

        _HASH.append(spacy_hash)
    return int(_HASH[0](text))

_SENTENCE_END = frozenset(".!?…")
LENGTH_BUCKETS = (1, 2, 3, 5, 8, 15, 30, 60)
IDENTITY_LEXICON = "identiteit"  # nl_model/lexicons/identiteit.txt
_SILENT_PUNCT = frozenset({".", ",", ";", ":"})


@dataclass(frozen=True)
class FeatureParams:
    ngram_size: int = 2
    char_low: int = 2
    char_high: int = 5
    mask_identity: bool = False  # neutral group words give no features (the category model; not the flags)


@dataclass
class Features:
    """Feature keys and values of one span, and where each feature came from.

    ``occ_feature``/``occ_token``/``occ_share`` list every occurrence of a feature in the
    text: which feature, which token, and which share of the feature's value it carries
    (a word's own features 1 per occurrence, a bigram half to each of its two words, a
    lexicon hit split over the words it covers). Features of the comment as a whole
    (length, question mark, ...) have no occurrence: they belong to no word.
    """

    keys: numpy.ndarray  # uint64
    vals: numpy.ndarray  # float32
    occ_feature: numpy.ndarray  # int, index into keys
    occ_token: numpy.ndarray  # int, token index in the doc
    occ_share: numpy.ndarray  # float32


@dataclass(frozen=True)
class _Tok:
    i: int
    norm: int
    norm_: str
    word: bool  # not punctuation
    number: bool
    text: str


def _tokens(doc: Doc) -> list[_Tok]:
    """The non-space tokens of a doc with what the features need, read from spaCy once per doc."""
    found = doc.user_data.get("rw_tokens")
    if found is None:
        found = doc.user_data["rw_tokens"] = [
            _Tok(t.i, t.norm, t.norm_, not t.is_punct, t.like_num or t.is_currency, t.text)
            for t in doc
            if not t.is_space
        ]
    return found  # type: ignore[no-any-return]


@lru_cache(maxsize=30_000)
def char_keys(norm: str, low: int, high: int) -> tuple[int, ...]:
    padded = f" {norm} "
    return tuple(hash_string(f"c{padded[i : i + n]}") for n in range(low, high + 1) for i in range(len(padded) - n + 1))


@lru_cache(maxsize=50_000)
def _bigram_key(a: str, b: str) -> int:
    return hash_string(f"w{a} {b}")


@lru_cache(maxsize=64)
def _named_key(name: str) -> int:
    return hash_string(name)


def has_words(doc: Any) -> bool:
    """True when the text (a Doc, a Span or a list of tokens) holds at least one letter,
    not only emoji, digits or punctuation. Cached on a Doc (``Doc.text`` walks every token)."""
    cache = getattr(doc, "user_data", None)
    if cache is not None and "rw_has_words" in cache:
        return bool(cache["rw_has_words"])
    text = doc.text if hasattr(type(doc), "text") else "".join(t.text for t in doc)  # the class: no walk
    found = any(ch.isalpha() for ch in text)
    if cache is not None:
        cache["rw_has_words"] = found
    return found


def _group(
    keys: numpy.ndarray, weights: numpy.ndarray
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Unique keys with sublinear, L2-normalised counts (what TF-IDF baselines do, without the
    IDF: tried, no better on dev or the probes), plus per occurrence its feature index and its
    share of that feature."""
    if len(keys) == 0:
        empty = numpy.zeros(0, dtype="int64")
        return numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="float32"), empty, numpy.zeros(0, "float32")
    unique, inverse = numpy.unique(keys, return_inverse=True)
    counts = numpy.bincount(inverse, weights=weights, minlength=len(unique))
    vals = 1.0 + numpy.log(counts)
    vals /= float(numpy.sqrt(numpy.dot(vals, vals))) or 1.0
    return unique, vals.astype("float32"), inverse, (weights / counts[inverse]).astype("float32")


def _masked(doc: Doc, tokens: list[_Tok], params: FeatureParams) -> set[int]:
    """Tokens that give no features of their own.

    Neutral words for groups (lexicon 'identiteit'), when the model masks them: what is said
    about a group decides, not which group is named (their lexicon hit still counts in pairs:
    a group word next to a slur, a threat or a negative word). Full stops and commas always:
    they say how tidy a writer is, not what the comment is (and templated data such as
    HateCheck ends every sentence with one)."""
    masked = {t.i for t in tokens if t.text in _SILENT_PUNCT}
    if params.mask_identity:
        masked.update(i for name, s, e in doc._.lexicon_spans or () if name == IDENTITY_LEXICON for i in range(s, e))
    return masked


def _word_occurrences(
    tokens: list[_Tok], masked: set[int], params: FeatureParams
) -> tuple[list[int], list[int], list[float]]:
    """Word unigrams (one occurrence per token) and bigrams (half to each of the two words),
    as (keys, tokens, weights); a masked token takes part in neither."""
    unigrams = [t for t in tokens if t.i not in masked]
    keys = [t.norm for t in unigrams]
    owners = [t.i for t in unigrams]
    weights = [1.0] * len(unigrams)
    if params.ngram_size >= 2:
        for a, b in itertools.pairwise(tokens):
            if a.i in masked or b.i in masked:
                continue
            key = _bigram_key(a.norm_, b.norm_)
            keys += (key, key)
            owners += (a.i, b.i)
            weights += (0.5, 0.5)
    return keys, owners, weights


class _Extras:
    """Features of the comment as a whole, or of a few of its words: lexicon hits, pairs, shape."""

    def __init__(self) -> None:
        self.keys: list[int] = []
        self.vals: list[float] = []
        self.occ: list[tuple[int, int, float]] = []  # (extra feature index, token, share)

    def add(self, name: str, value: float = 1.0, owner: set[int] | None = None) -> None:
        if owner:
            self.occ.extend((len(self.keys), i, 1.0 / len(owner)) for i in sorted(owner))
        self.keys.append(_named_key(name))
        self.vals.append(value)

    def lexicons(self, doc: Doc, start: int, end: int, params: FeatureParams) -> None:
        """Lexicon hits inside the span, and pairs of lists in one comment: praise next to something
        that went wrong reads as sarcasm, a group word next to a slur as hate; a linear model
        cannot combine them by itself."""
        counts: Counter[str] = Counter()
        owners: dict[str, set[int]] = {}
        for name, s, e in doc._.lexicon_spans or ():
            if s >= start and e <= end:
                counts[name] += 1
                owners.setdefault(name, set()).update(range(s, e))
        names = sorted(counts)
        for name in names:
            if name != IDENTITY_LEXICON or not params.mask_identity:  # a group named is no insult by itself
                self.add(f"L{name}", 1.0 + math.log(counts[name]), owners[name])
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                self.add(f"P{a}|{b}", 1.0, owners[a] | owners[b])

    def shape(self, tokens: list[_Tok], n_words: int) -> None:
        """How long, questions, exclamations, numbers, whether there are words at all."""
        self.add(f"Slen{next((b for b in LENGTH_BUCKETS if n_words <= b), 999)}")
        for name, present in (
            ("Sq", any("?" in t.text for t in tokens)),
            ("Sx", any("!" in t.text for t in tokens)),
            ("Snum", any(t.number for t in tokens)),
            ("Snowords", not any(any(ch.isalpha() for ch in t.text) for t in tokens)),
        ):
            if present:
                self.add(name)


def span_features(doc: Doc, start: int, end: int, params: FeatureParams) -> Features:
    """Features of ``doc[start:end]``: word uni/bigrams of NORM, character n-grams inside
    words, lexicon hits and pairs of them, and a few shape features (length, question and
    exclamation marks, numbers, no words at all)."""
    tokens = [t for t in _tokens(doc) if start <= t.i < end]
    masked = _masked(doc, tokens, params)
    words = [t for t in tokens if t.word and t.i not in masked]
    w_keys, w_tok, w_weight = _word_occurrences(tokens, masked, params)
    grams = [char_keys(t.norm_, params.char_low, params.char_high) for t in words]
    c_keys = numpy.fromiter(itertools.chain.from_iterable(grams), dtype="uint64")
    c_tok = numpy.repeat(numpy.asarray([t.i for t in words], dtype="int64"), [len(g) for g in grams])
    wk, wv, wi, ws = _group(numpy.asarray(w_keys, dtype="uint64"), numpy.asarray(w_weight, dtype="float64"))
    ck, cv, ci, cs = _group(c_keys, numpy.ones(len(c_keys), dtype="float64"))
    extras = _Extras()
    extras.lexicons(doc, start, end, params)
    extras.shape(tokens, len(words))
    n_w, n_c = len(wk), len(ck)
    return Features(
        keys=numpy.concatenate([wk, ck, numpy.asarray(extras.keys, dtype="uint64")]),
        vals=numpy.concatenate([wv, cv, numpy.asarray(extras.vals, dtype="float32")]),
        occ_feature=numpy.concatenate(
            [wi, ci + n_w, numpy.asarray([n_w + n_c + f for f, _, _ in extras.occ], dtype="int64")]
        ),
        occ_token=numpy.concatenate(
            [numpy.asarray(w_tok, dtype="int64"), c_tok, numpy.asarray([t for _, t, _ in extras.occ], dtype="int64")]
        ),
        occ_share=numpy.concatenate([ws, cs, numpy.asarray([s for _, _, s in extras.occ], dtype="float32")]),
    )


def doc_features(doc: Doc, params: FeatureParams) -> Features:
    """Features of the whole doc, cached on the doc (both classifiers and the explanation share them)."""
    cache = doc.user_data.setdefault("rw_features", {})
    found = cache.get(params)
    if found is None:
        found = cache[params] = span_features(doc, 0, len(doc), params)
    return found


def batch_arrays(feature_sets: list[Features]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """(keys, values, lengths) as thinc's SparseLinear expects them."""
    keys = numpy.concatenate([f.keys for f in feature_sets]) if feature_sets else numpy.zeros(0, dtype="uint64")
    vals = numpy.concatenate([f.vals for f in feature_sets]) if feature_sets else numpy.zeros(0, dtype="float32")
    lengths = numpy.asarray([len(f.keys) for f in feature_sets], dtype="int32")
    return keys, vals, lengths


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans (start, end): a sentence ends after . ! ? … (or a run of them, with the
    emoji and closing marks that follow) or at a line break. Spans of only spaces are dropped."""
    found = doc.user_data.get("rw_sentences")
    if found is not None:
        return found  # type: ignore[no-any-return]
    kinds = []  # 's' space with a line break, ' ' other space, 'e' end mark, 'p' punctuation/emoji, 'w' word
    for t in doc:
        text = t.text
        if t.is_space:
            kinds.append("s" if "\n" in text else " ")
        elif text and all(ch in _SENTENCE_END for ch in text):
            kinds.append("e")
        elif t.is_punct or not any(ch.isalnum() for ch in text):
            kinds.append("p")
        else:
            kinds.append("w")
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(kinds)
    i = 0
    while i < n:
        boundary = kinds[i] == "s"
        if kinds[i] == "e":
            while i + 1 < n and kinds[i + 1] in "ep":
                i += 1
            boundary = True
        if boundary:
            spans.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        spans.append((start, n))
    found = [(s, e) for s, e in spans if any(k not in " s" for k in kinds[s:e])]
    doc.user_data["rw_sentences"] = found
    return found


def token_contributions(weights: numpy.ndarray, features: Features, n_tokens: int) -> numpy.ndarray:
    """Per-token contribution to each output (n_tokens x n_outputs), given each feature's
    weight row (n_features x n_outputs: the model's own weight times the feature value)."""
    result = numpy.zeros((n_tokens, weights.shape[1]), dtype="float32")
    if len(features.occ_feature):
        numpy.add.at(result, features.occ_token, weights[features.occ_feature] * features.occ_share[:, None])
    return result
