"""The corpus meets the size rules of the NLP issue, and dev is clean of train."""

from __future__ import annotations

from collections import Counter

import pytest

from app.domain.categories import CATEGORIES, FLAGS
from app.nlp.corpus import near_duplicate_pairs, normalise, read_examples
from app.nlp.train import DEV, TRAIN


def test_corpus_size_and_balance() -> None:
    train, dev = read_examples(TRAIN), read_examples(DEV)
    assert len(train) + len(dev) >= 3000
    assert len(dev) >= 600
    counts = Counter(ex.label for ex in train + dev)
    assert all(counts[label] >= 400 for label in CATEGORIES), counts
    flags = Counter(f for ex in train + dev for f in ex.flags)
    assert all(flags[f] >= 100 for f in FLAGS), flags


@pytest.mark.slow
def test_dev_shares_no_near_duplicate_with_train() -> None:
    train, dev = read_examples(TRAIN), read_examples(DEV)
    assert not {normalise(e.text) for e in train} & {normalise(e.text) for e in dev}
    assert near_duplicate_pairs([e.text for e in dev], [e.text for e in train]) == []


def test_near_duplicate_detector_finds_small_edits() -> None:
    a = "Drie weken gewacht op mijn pakket en nu is het ook nog kapot, echt schandalig!!"
    b = "drie weken gewacht op mijn pakketje en nu is het ook nog kapot. echt schandalig"
    c = "Heerlijke appeltaart gegeten bij jullie, de slagroom was ook perfect"
    assert near_duplicate_pairs([a, b, c]) == [(0, 1)]
