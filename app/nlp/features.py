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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

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
# Set on the docs of templated training data (HateCheck): every case there is one short, tidy sentence,
# so its length, question and exclamation marks say nothing; those docs get no shape features.
TEMPLATED = "rw_templated"
_SILENT_PUNCT = frozenset({".", ",", ";", ":"})
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "„", "«", "»", "`"})
MAX_QUOTE = 30  # tokens: a longer "quotation" is an unpaired mark, not a quote
# Where a clause ends: punctuation inside a sentence and the words that start a new clause.
_CLAUSE_PUNCT = frozenset({",", ";", ":", "-", "–", "—", "(", ")"})
_CLAUSE_WORDS = frozenset({"maar", "want", "omdat", "dus", "terwijl", "toch", "but", "because"})


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
    blocks: tuple[int, int] = (0, 0)  # how many keys the word block and the character block have


class _Tok(NamedTuple):
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
        # One walk over the doc (each step makes a Python object) also gives sentences() its kinds.
        found = []
        kinds = []
        for t in doc:
            text = t.text
            kind = _KINDS.get(text) or _kind(text, t.is_space, t.is_punct)
            kinds.append(kind)
            if kind not in " s":
                found.append(_Tok(t.i, t.norm, t.norm_, not t.is_punct, t.like_num or t.is_currency, text))
        doc.user_data["rw_tokens"] = found
        doc.user_data["rw_kinds"] = "".join(kinds)
    return found  # type: ignore[no-any-return]


def tokens_of(doc: Doc) -> list[Any]:
    """The non-space tokens with what the features need: ``.i``, ``.norm``, ``.norm_``, ``.word``
    (not punctuation), ``.number``, ``.text``. Read once per doc, after the NORMs are set."""
    return _tokens(doc)


def _span_tokens(doc: Doc, start: int, end: int) -> list[_Tok]:
    """The non-space tokens of ``doc[start:end]``."""
    tokens = _tokens(doc)
    return tokens[bisect_left(tokens, start, key=_index) : bisect_left(tokens, end, key=_index)]


def _index(token: _Tok) -> int:
    return token.i


@lru_cache(maxsize=50_000)
def quoted_key(norm: str) -> int:
    """A word inside quotation marks is another feature than the same word said by the writer."""
    return hash_string(f"q{norm}")


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Tokens between a pair of quotation marks ('…', "…", “…”): words the writer quotes (often to
    reject them: counter-speech), not says. Cached on the doc."""
    found = doc.user_data.get("rw_quoted")
    if found is None:
        inside: set[int] = set()
        opened: int | None = None
        for t in _tokens(doc):
            if t.text not in QUOTES:
                continue
            if opened is None:
                opened = t.i
            else:
                if 0 < t.i - opened - 1 <= MAX_QUOTE:
                    inside.update(range(opened + 1, t.i))
                opened = None
        found = doc.user_data["rw_quoted"] = frozenset(inside)
    return found  # type: ignore[no-any-return]


def clause_ids(doc: Doc) -> list[int]:
    """Per token the number of its clause: a new clause starts with a sentence (see
    :func:`sentences`, line breaks included), after a comma, colon, dash or quotation mark, and at
    'maar', 'want', 'omdat', ... Cached."""
    found = doc.user_data.get("rw_clauses")
    if found is None:
        starts = {s for s, _ in sentences(doc)}
        found = [0] * len(doc)
        clause = 0
        after_mark = False
        for t in _tokens(doc):
            if t.i in starts or after_mark or t.norm_ in _CLAUSE_WORDS:
                clause += 1
            found[t.i] = clause
            after_mark = t.text in _CLAUSE_PUNCT or t.text in QUOTES
        doc.user_data["rw_clauses"] = found
    return found  # type: ignore[no-any-return]


@lru_cache(maxsize=30_000)
def char_keys(norm: str, low: int, high: int) -> numpy.ndarray:
    """The keys of a word's character n-grams (uint64, read-only: the array is shared)."""
    padded = f" {norm} "
    keys = numpy.asarray(
        [hash_string(f"c{padded[i : i + n]}") for n in range(low, high + 1) for i in range(len(padded) - n + 1)],
        dtype="uint64",
    )
    keys.flags.writeable = False
    return keys


@lru_cache(maxsize=50_000)
def _bigram_key(a: str, b: str) -> int:
    return hash_string(f"w{a} {b}")


@lru_cache(maxsize=64)
def _named_key(name: str) -> int:
    return hash_string(name)


def doc_text(doc: Doc) -> str:
    """``Doc.text``, built once per doc (it walks every token) and kept for the other components."""
    text = doc.user_data.get("rw_text")
    if text is None:
        text = doc.user_data["rw_text"] = doc.text
    return str(text)


def has_words(doc: Any) -> bool:
    """True when the text (a Doc, a Span or a list of tokens) holds at least one letter,
    not only emoji, digits or punctuation. Cached on a Doc (``Doc.text`` walks every token)."""
    cache = getattr(doc, "user_data", None)
    if cache is not None and "rw_has_words" in cache:
        return bool(cache["rw_has_words"])
    if cache is not None:
        text = doc_text(doc)
    else:  # a Span or a list of tokens; hasattr on the class, not the object (no walk)
        text = doc.text if hasattr(type(doc), "text") else "".join(t.text for t in doc)
    found = any(ch.isalpha() for ch in text)
    if cache is not None:
        cache["rw_has_words"] = found
    return found


def _group(
    keys: numpy.ndarray, weights: numpy.ndarray, segment: numpy.ndarray, n_segments: int
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Per segment (span): unique keys with sublinear, L2-normalised counts (what TF-IDF baselines
    do, without the IDF: tried, no better on dev or the probes), plus per occurrence its feature
    index and its share of that feature. Many segments in one go: numpy's fixed cost per call is
    most of the work on one short span; every number is computed as for each segment alone.

    Returns keys (sorted per segment), values, per occurrence the index of its feature within its
    segment and its share, and where each segment's keys start (n_segments + 1 offsets)."""
    if len(keys) == 0:
        empty = numpy.zeros(0, dtype="int64")
        starts = numpy.zeros(n_segments + 1, dtype="int64")
        return numpy.zeros(0, dtype="uint64"), numpy.zeros(0, dtype="float32"), empty, numpy.zeros(0, "float32"), starts
    # The segments lie one after the other (``segment`` does not decrease): sort within each.
    bounds = numpy.searchsorted(segment, numpy.arange(n_segments + 1)).tolist()
    order = numpy.concatenate([numpy.argsort(keys[a:b]) + a for a, b in itertools.pairwise(bounds) if b > a])
    sorted_keys, sorted_segment = keys[order], segment[order]
    new = numpy.empty(len(keys), dtype=bool)
    new[0] = True
    new[1:] = (sorted_keys[1:] != sorted_keys[:-1]) | (sorted_segment[1:] != sorted_segment[:-1])
    inverse = numpy.empty(len(keys), dtype="int64")
    inverse[order] = numpy.cumsum(new) - 1
    unique, unique_segment = sorted_keys[new], sorted_segment[new]
    starts = numpy.zeros(n_segments + 1, dtype="int64")
    numpy.cumsum(numpy.bincount(unique_segment, minlength=n_segments), out=starts[1:])
    counts = numpy.bincount(inverse, weights=weights, minlength=len(unique))
    vals = 1.0 + numpy.log(counts)
    bounds = starts.tolist()  # now of the unique keys
    norms = numpy.ones(n_segments, dtype="float64")
    for i in numpy.unique(unique_segment).tolist():
        part = vals[bounds[i] : bounds[i + 1]]
        norms[i] = float(numpy.sqrt(numpy.dot(part, part))) or 1.0
    vals /= norms[unique_segment]
    shares = (weights / counts[inverse]).astype("float32")
    return unique, vals.astype("float32"), inverse - starts[segment], shares, starts


def _masked(doc: Doc, tokens: list[_Tok], params: FeatureParams) -> set[int]:
    """Tokens that give no word or character features of their own.

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
    tokens: list[_Tok], masked: set[int], quoted: frozenset[int], params: FeatureParams
) -> tuple[list[int], list[int], list[float]]:
    """Word unigrams (one occurrence per token) and bigrams (half to each of the two words),
    as (keys, tokens, weights); a masked token takes part in neither, a quoted word is its own
    feature ('q' + word) and forms no bigrams."""
    unigrams = [t for t in tokens if t.i not in masked]
    keys = [quoted_key(t.norm_) if t.i in quoted else t.norm for t in unigrams]
    owners = [t.i for t in unigrams]
    weights = [1.0] * len(unigrams)
    if params.ngram_size >= 2:
        for a, b in itertools.pairwise(tokens):
            if a.i in masked or b.i in masked or a.i in quoted or b.i in quoted:
                continue
            key = _bigram_key(a.norm_, b.norm_)
            keys += (key, key)
            owners += (a.i, b.i)
            weights += (0.5, 0.5)
    return keys, owners, weights


NEGATION_LEXICON = "negatie"  # nl_model/lexicons/negatie.txt
# Lists whose phrases may hold a negation of their own ("kan niet uitstaan", "niets waard"): that
# "niet" is part of the phrase and does not negate it.
_NEGATION_INSIDE = frozenset({"afkeer", "geweld", "dreiging", "kritiek", "scheldwoorden"})


def _negated_clauses(spans: list[tuple[str, int, int]], clauses: list[int]) -> set[int]:
    """Clauses with a negation that is not part of another list's phrase ("ik haat ze niet",
    "ik heb niks tegen Polen"; not "ik kan ze niet uitstaan")."""
    inside = {i for name, s, e in spans if name in _NEGATION_INSIDE and e - s > 1 for i in range(s, e)}
    return {
        clauses[s] for name, s, e in spans if name == NEGATION_LEXICON and not any(i in inside for i in range(s, e))
    }


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
        """Lexicon hits inside the span, pairs of lists in one comment and pairs inside one clause.

        A hit between quotation marks counts as its own list ('name~q': quoted, often to reject it),
        as does one in a negated clause ('name~n': "ik haat ze niet"). Pairs in one comment: praise
        next to something that went wrong reads as sarcasm, a group word next to a slur as hate.
        Pairs in one clause: a negation next to a word of contempt, 'ik ga' next to a violent verb
        (a threat). A linear model cannot combine them by itself."""
        counts: Counter[str] = Counter()
        owners: dict[str, set[int]] = {}
        quoted = quoted_tokens(doc)
        clauses = clause_ids(doc)
        spans = [(name, s, e) for name, s, e in doc._.lexicon_spans or () if s >= start and e <= end]
        negated = _negated_clauses(spans, clauses)

        in_clause: dict[int, dict[str, set[int]]] = {}
        for lexicon, s, e in spans:
            name = lexicon
            if quoted and all(i in quoted for i in range(s, e)):
                name = f"{lexicon}~q"
            elif clauses[s] in negated and lexicon != NEGATION_LEXICON:
                name = f"{lexicon}~n"  # said in a negated clause: "ik haat ze niet"
            counts[name] += 1
            owners.setdefault(name, set()).update(range(s, e))
            in_clause.setdefault(clauses[s], {}).setdefault(name, set()).update(range(s, e))
        self._clause_pairs(in_clause)
        names = sorted(counts)
        for name in names:
            if name != IDENTITY_LEXICON or not params.mask_identity:  # a group named is no insult by itself
                self.add(f"L{name}", 1.0 + math.log(counts[name]), owners[name])
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                self.add(f"P{a}|{b}", 1.0, owners[a] | owners[b])

    def _clause_pairs(self, in_clause: dict[int, dict[str, set[int]]]) -> None:
        pairs: dict[str, set[int]] = {}
        for found in in_clause.values():
            names = sorted(found)
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    pairs.setdefault(f"C{a}|{b}", set()).update(found[a] | found[b])
        for key in sorted(pairs):
            self.add(key, 1.0, pairs[key])

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


def _own_parts(doc: Doc, start: int, end: int, params: FeatureParams) -> _Parts:
    tokens = _span_tokens(doc, start, end)
    masked = _masked(doc, tokens, params)
    quoted = quoted_tokens(doc)
    words = [t for t in tokens if t.word and t.i not in masked and t.i not in quoted]
    w_keys, w_tok, w_weight = _word_occurrences(tokens, masked, quoted, params)
    extras = _Extras()
    extras.lexicons(doc, start, end, params)
    if not doc.user_data.get(TEMPLATED):
        extras.shape(tokens, len(words))
    return _Parts(words, w_keys, w_tok, w_weight, extras)


@dataclass
class _Parts:
    """A span's features before they are counted: word occurrences (keys, tokens, weights), the
    words whose character n-grams count, and the extras."""

    words: list[_Tok]
    w_keys: list[int]
    w_tok: list[int]
    w_weight: list[float]
    extras: _Extras


def _assemble(spans: list[_Parts], p: FeatureParams) -> list[Features]:
    """Per span: word features, character n-grams of its words (each block normalised on its own)
    and extras. All spans' blocks are counted together (see :func:`_group`)."""
    n = len(spans)
    ids = numpy.arange(n, dtype="int64")
    w_keys = numpy.asarray([k for x in spans for k in x.w_keys], dtype="uint64")
    w_weight = numpy.asarray([w for x in spans for w in x.w_weight], dtype="float64")
    w_seg = numpy.repeat(ids, [len(x.w_keys) for x in spans])
    grams = [[char_keys(t.norm_, p.char_low, p.char_high) for t in x.words] for x in spans]
    flat = [g for span in grams for g in span]
    c_keys = numpy.concatenate(flat) if flat else numpy.zeros(0, dtype="uint64")
    c_seg = numpy.repeat(ids, [sum(len(g) for g in span) for span in grams])
    c_tok = numpy.repeat(numpy.asarray([t.i for x in spans for t in x.words], dtype="int64"), [len(g) for g in flat])
    wk, wv, wi, ws, w_start = _group(w_keys, w_weight, w_seg, n)
    ck, cv, ci, cs, c_start = _group(c_keys, numpy.ones(len(c_keys), dtype="float64"), c_seg, n)
    w_tok = numpy.asarray([i for x in spans for i in x.w_tok], dtype="int64")
    ci = ci + numpy.diff(w_start)[c_seg]  # the character block follows the word block
    w_end = numpy.cumsum([len(x.w_keys) for x in spans]).tolist()
    c_end = numpy.cumsum([sum(len(g) for g in span) for span in grams]).tolist()
    found = []
    for i, x in enumerate(spans):
        e = x.extras
        w0, w1, c0, c1 = (w_end[i - 1] if i else 0), w_end[i], (c_end[i - 1] if i else 0), c_end[i]
        k0, k1, j0, j1 = int(w_start[i]), int(w_start[i + 1]), int(c_start[i]), int(c_start[i + 1])
        skip = (k1 - k0) + (j1 - j0)
        found.append(
            Features(
                keys=numpy.concatenate([wk[k0:k1], ck[j0:j1], numpy.asarray(e.keys, dtype="uint64")]),
                vals=numpy.concatenate([wv[k0:k1], cv[j0:j1], numpy.asarray(e.vals, dtype="float32")]),
                occ_feature=numpy.concatenate(
                    [wi[w0:w1], ci[c0:c1], numpy.asarray([skip + f for f, _, _ in e.occ], dtype="int64")]
                ),
                occ_token=numpy.concatenate(
                    [w_tok[w0:w1], c_tok[c0:c1], numpy.asarray([t for _, t, _ in e.occ], dtype="int64")]
                ),
                occ_share=numpy.concatenate(
                    [ws[w0:w1], cs[c0:c1], numpy.asarray([sh for _, _, sh in e.occ], dtype="float32")]
                ),
                blocks=(k1 - k0, j1 - j0),
            )
        )
    return found


def _group_parts(doc: Doc, start: int, end: int, params: FeatureParams) -> _Parts:
    """What the group words of a span add when they are not masked (the flag model: hate is aimed
    at a group): their unigrams, the bigrams they are part of, their character n-grams and the
    'identiteit' lexicon hit, each block normalised on its own."""
    tokens = _span_tokens(doc, start, end)
    spans = [(s, e) for name, s, e in doc._.lexicon_spans or () if name == IDENTITY_LEXICON and s >= start and e <= end]
    groups = {i for s, e in spans for i in range(s, e)}
    quoted = quoted_tokens(doc)
    silent = {t.i for t in tokens if t.text in _SILENT_PUNCT}
    extras = _Extras()
    words = [t for t in tokens if t.i in groups and t.word and t.i not in quoted]
    keys = [quoted_key(t.norm_) if t.i in quoted else t.norm for t in tokens if t.i in groups]
    owners = [t.i for t in tokens if t.i in groups]
    weights = [1.0] * len(keys)
    if params.ngram_size >= 2:
        for a, b in itertools.pairwise(tokens):
            if (a.i in groups or b.i in groups) and not ({a.i, b.i} & silent or a.i in quoted or b.i in quoted):
                key = _bigram_key(a.norm_, b.norm_)
                keys += (key, key)
                owners += (a.i, b.i)
                weights += (0.5, 0.5)
    said = [(s, e) for s, e in spans if not all(i in quoted for i in range(s, e))]
    if said:
        extras.add(f"L{IDENTITY_LEXICON}", 1.0 + math.log(len(said)), {i for s, e in said for i in range(s, e)})
    return _Parts(words, keys, owners, weights, extras)


def _joined(a: Features, b: Features) -> Features:
    return Features(
        keys=numpy.concatenate([a.keys, b.keys]),
        vals=numpy.concatenate([a.vals, b.vals]),
        occ_feature=numpy.concatenate([a.occ_feature, b.occ_feature + len(a.keys)]),
        occ_token=numpy.concatenate([a.occ_token, b.occ_token]),
        occ_share=numpy.concatenate([a.occ_share, b.occ_share]),
    )


def span_features(doc: Doc, start: int, end: int, params: FeatureParams) -> Features:
    """Features of ``doc[start:end]``: word uni/bigrams of NORM, character n-grams inside
    words, lexicon hits and pairs of them, and a few shape features (length, question and
    exclamation marks, numbers, no words at all).

    Without ``mask_identity`` (the flag model) these are the masked features (the category
    model's, computed once per doc and shared) plus what the group words add."""
    return many_span_features([(doc, start, end)], params)[0]


def many_span_features(spans: list[tuple[Doc, int, int]], params: FeatureParams) -> list[Features]:
    """:func:`span_features` of many spans (of one doc or of many), counted together: the same
    features, sooner."""
    if params.mask_identity:
        return _assemble([_own_parts(doc, start, end, params) for doc, start, end in spans], params)
    masked = replace(params, mask_identity=True)
    whole = [i for i, (doc, start, end) in enumerate(spans) if start == 0 and end == len(doc)]
    base: dict[int, Features] = dict(zip(whole, many_doc_features([spans[i][0] for i in whole], masked), strict=True))
    own = [i for i in range(len(spans)) if i not in base]
    base.update(zip(own, _assemble([_own_parts(*spans[i], masked) for i in own], masked), strict=True))
    groups = [i for i, span in enumerate(spans) if names_group(*span)]  # else both models read the same features
    added = dict(zip(groups, _assemble([_group_parts(*spans[i], params) for i in groups], params), strict=True))
    return [_joined(base[i], added[i]) if i in added else base[i] for i in range(len(spans))]


def names_group(doc: Doc, start: int = 0, end: int | None = None) -> bool:
    """Whether ``doc[start:end]`` holds a word for a group of people (lexicon 'identiteit')."""
    stop = len(doc) if end is None else end
    return any(name == IDENTITY_LEXICON and s >= start and e <= stop for name, s, e in doc._.lexicon_spans or ())


def doc_features(doc: Doc, params: FeatureParams) -> Features:
    """Features of the whole doc, cached on the doc (both classifiers and the explanation share them)."""
    return many_doc_features([doc], params)[0]


def many_doc_features(docs: list[Doc], params: FeatureParams) -> list[Features]:
    """:func:`doc_features` of many docs; the ones not cached yet are counted together."""
    caches = [doc.user_data.setdefault("rw_features", {}) for doc in docs]
    missing = [i for i, cache in enumerate(caches) if params not in cache]
    if missing:
        computed = many_span_features([(docs[i], 0, len(docs[i])) for i in missing], params)
        for i, features in zip(missing, computed, strict=True):
            caches[i][params] = features
    return [cache[params] for cache in caches]


def batch_arrays(feature_sets: list[Features]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """(keys, values, lengths) as thinc's SparseLinear expects them."""
    keys = numpy.concatenate([f.keys for f in feature_sets]) if feature_sets else numpy.zeros(0, dtype="uint64")
    vals = numpy.concatenate([f.vals for f in feature_sets]) if feature_sets else numpy.zeros(0, dtype="float32")
    lengths = numpy.asarray([len(f.keys) for f in feature_sets], dtype="int32")
    return keys, vals, lengths


# Per token text: what a token of that text is to the sentence splitter (is_space and is_punct are
# properties of the text, the lexeme).
_KINDS: dict[str, str] = {}


def _kind(text: str, space: bool, punct: bool) -> str:
    """'s' space with a line break, ' ' other space, 'e' end mark, 'p' punctuation/emoji, 'w' word."""
    if space:
        kind = "s" if "\n" in text else " "
    elif text and all(ch in _SENTENCE_END for ch in text):
        kind = "e"
    elif punct or not any(ch.isalnum() for ch in text):
        kind = "p"
    else:
        kind = "w"
    if len(_KINDS) > 100_000:
        _KINDS.clear()
    _KINDS[text] = kind
    return kind


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans (start, end): a sentence ends after . ! ? … (or a run of them, with the
    emoji and closing marks that follow) or at a line break. Spans of only spaces are dropped."""
    found = doc.user_data.get("rw_sentences")
    if found is not None:
        return found  # type: ignore[no-any-return]
    kinds = doc.user_data.get("rw_kinds")
    if kinds is None:  # no features read yet
        kinds = "".join(_KINDS.get(t.text) or _kind(t.text, t.is_space, t.is_punct) for t in doc)
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
    found = [(s, e) for s, e in spans if kinds[s:e].strip(" s")]  # more than spaces
    doc.user_data["rw_sentences"] = found
    return found


def token_contributions(weights: numpy.ndarray, features: Features, n_tokens: int) -> numpy.ndarray:
    """Per-token contribution to each output (n_tokens x n_outputs), given each feature's
    weight row (n_features x n_outputs: the model's own weight times the feature value)."""
    n_out = weights.shape[1]
    result = numpy.zeros(n_tokens * n_out, dtype="float32")
    if len(features.occ_feature):
        # Flat indices: numpy's quick path for add.at; each cell adds its parts in the same order.
        cells = (features.occ_token[:, None] * n_out + numpy.arange(n_out)).ravel()
        numpy.add.at(result, cells, (weights[features.occ_feature] * features.occ_share[:, None]).ravel())
    return result.reshape(n_tokens, n_out)
