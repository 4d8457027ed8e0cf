"""Evaluate the shipped pipeline on dev, next to a TF-IDF + logistic regression baseline.

    python nl_model/evaluate.py

The baseline (word 1-2-grams and character 2-5-grams, TF-IDF, logistic
regression) is trained on the same train split; scikit-learn is a dev-only
dependency (``pip install -e ".[test]"``).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from app.domain.categories import CATEGORIES, FLAGS
from app.nlp.corpus import Example, read_examples
from app.nlp.metrics import Report, multi_label_report, single_label_report
from app.nlp.train import DEV, OUTPUT, TRAIN


def _rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def baseline(train: list[Example], dev: list[Example]) -> tuple[Report, Report]:
    try:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise SystemExit("scikit-learn ontbreekt: pip install -e '.[test]'") from None
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, lowercase=True)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, lowercase=True)
    x_train = hstack(
        [words.fit_transform([e.text for e in train]), chars.fit_transform([e.text for e in train])]
    ).tocsr()
    x_dev = hstack([words.transform([e.text for e in dev]), chars.transform([e.text for e in dev])]).tocsr()
    clf = LogisticRegression(max_iter=2000, C=10.0)
    clf.fit(x_train, [e.label for e in train])
    labels = single_label_report([e.label for e in dev], list(clf.predict(x_dev)), CATEGORIES)
    flag_pred: list[set[str]] = [set() for _ in dev]
    for flag in FLAGS:
        y = [flag in e.flags for e in train]
        model = LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced").fit(x_train, y)
        for i, hit in enumerate(model.predict(x_dev)):
            if hit:
                flag_pred[i].add(flag)
    flags = multi_label_report([set(e.flags) for e in dev], flag_pred, FLAGS)
    return labels, flags


def main() -> int:
    from app.nlp.pipeline import Assistant
    from app.nlp.train import evaluate

    train, dev = read_examples(TRAIN), read_examples(DEV)
    rss_before = _rss_mb()
    started = time.perf_counter()
    assistant = Assistant.load(OUTPUT)
    load_s = time.perf_counter() - started
    rss_after = _rss_mb()
    started = time.perf_counter()
    scores: dict[str, Any] = evaluate(assistant.nlp, dev)
    per_comment_ms = (time.perf_counter() - started) / len(dev) * 1000
    started = time.perf_counter()
    for ex in dev[:200]:
        assistant.analyse(ex.text, explain=True)
    explain_ms = (time.perf_counter() - started) / 200 * 1000
    print(
        f"pipeline {assistant.model_version}: laden {load_s:.2f} s, geheugen +{rss_after - rss_before:.0f} MB "
        f"(RSS {rss_after:.0f} MB); {per_comment_ms:.2f} ms per reactie in batch zonder uitleg, "
        f"{explain_ms:.1f} ms per losse reactie met uitleg; dev {len(dev)} reacties"
    )
    print(scores["labels"].format("\nDev — categorieën (spaCy-pipeline)"))
    print(scores["flags"].format("\nDev — vlaggen (spaCy-pipeline)"))
    base_labels, base_flags = baseline(train, dev)
    print(base_labels.format("\nDev — categorieën (baseline TF-IDF + logistische regressie)"))
    print(base_flags.format("\nDev — vlaggen (baseline)"))
    diff = scores["labels"].macro_f1 - base_labels.macro_f1
    verdict = "wint" if diff > 0 else "VERLIEST"
    print(
        f"\nmacro-F1 categorieën: spaCy {scores['labels'].macro_f1:.3f} vs baseline {base_labels.macro_f1:.3f} "
        f"— spaCy {verdict} met {diff:+.3f}"
    )
    return 0 if diff > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
