"""Classification metrics and their plain-text report (no dependencies)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    labels: tuple[str, ...]
    per_label: tuple[LabelScore, ...]
    macro_f1: float
    accuracy: float
    confusion: tuple[tuple[int, ...], ...]  # rows: gold, columns: predicted

    def format(self, title: str) -> str:
        width = max(len(label) for label in self.labels) + 2
        lines = [title, f"{'label':<{width}} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>5}"]
        for s in self.per_label:
            lines.append(f"{s.label:<{width}} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
        lines.append(f"{'macro-F1':<{width}} {'':>6} {'':>6} {self.macro_f1:6.3f}")
        lines.append(f"{'accuracy':<{width}} {'':>6} {'':>6} {self.accuracy:6.3f}")
        if self.confusion:
            short = [label[:6] for label in self.labels]
            lines.append("verwarringsmatrix (rij = juist, kolom = voorspeld)")
            lines.append(" " * width + " ".join(f"{s:>6}" for s in short))
            for label, row in zip(self.labels, self.confusion, strict=True):
                lines.append(f"{label:<{width}}" + " ".join(f"{n:>6}" for n in row))
        return "\n".join(lines)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def single_label_report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> Report:
    index = {label: i for i, label in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred, strict=True):
        confusion[index[g]][index[p]] += 1
    scores = []
    for i, label in enumerate(labels):
        tp = confusion[i][i]
        fp = sum(confusion[r][i] for r in range(len(labels))) - tp
        fn = sum(confusion[i]) - tp
        precision, recall, f1 = _prf(tp, fp, fn)
        scores.append(LabelScore(label, precision, recall, f1, sum(confusion[i])))
    correct = sum(confusion[i][i] for i in range(len(labels)))
    return Report(
        tuple(labels),
        tuple(scores),
        sum(s.f1 for s in scores) / len(scores),
        correct / len(gold) if gold else 0.0,
        tuple(tuple(row) for row in confusion),
    )


def multi_label_report(gold: Sequence[set[str]], pred: Sequence[set[str]], labels: Sequence[str]) -> Report:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label not in p)
        p_, r_, f_ = _prf(tp, fp, fn)
        scores.append(LabelScore(label, p_, r_, f_, tp + fn))
    exact = sum(1 for g, p in zip(gold, pred, strict=True) if g == p)
    return Report(
        tuple(labels), tuple(scores), sum(s.f1 for s in scores) / len(scores), exact / len(gold) if gold else 0.0, ()
    )
