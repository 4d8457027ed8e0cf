"""Calibration of the category scores, flag thresholds and the 'unsure' threshold, fitted on dev.

Pure numpy: what the scores mean is measured here (expected calibration error)
and written into the pipeline by ``nl_model/train.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy

TEMPERATURES = tuple(round(0.4 + 0.05 * i, 2) for i in range(73))  # 0.4 .. 4.0
UNCERTAIN_GRID = tuple(round(0.30 + 0.025 * i, 3) for i in range(21))  # 0.30 .. 0.80
FLAG_GRID = tuple(round(0.10 + 0.05 * i, 2) for i in range(15))  # 0.10 .. 0.80
# What a suggestion costs the owner: a confident wrong one misleads (1.5), an 'unsure' one
# asks them to think (0.5), a confident right one costs nothing.
COST_CONFIDENT_WRONG = 1.5
COST_UNSURE = 0.5


def rescale(probs: numpy.ndarray, temperature: float, bias: numpy.ndarray | None = None) -> numpy.ndarray:
    """p ∝ p^(1/T) · e^bias, row-wise (the logits divided by T, plus a bias per label)."""
    logp = numpy.log(numpy.clip(probs, 1e-12, 1.0)) / temperature
    if bias is not None:
        logp = logp + bias
    logp -= logp.max(axis=1, keepdims=True)
    out = numpy.exp(logp)
    return out / out.sum(axis=1, keepdims=True)


def nll(probs: numpy.ndarray, gold: Sequence[int]) -> float:
    return float(-numpy.mean(numpy.log(numpy.clip(probs[numpy.arange(len(gold)), list(gold)], 1e-12, 1.0))))


def ece(probs: numpy.ndarray, gold: Sequence[int], bins: int = 10) -> float:
    """Expected calibration error of the top label (equal-width confidence bins)."""
    if len(gold) == 0:
        return 0.0
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == numpy.asarray(gold)).astype(float)
    edges = numpy.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        mask = (conf > lo) & (conf <= hi)
        if mask.any():
            total += mask.mean() * abs(conf[mask].mean() - correct[mask].mean())
    return float(total)


def fit_temperature(probs: numpy.ndarray, gold: Sequence[int], bias: numpy.ndarray | None = None) -> float:
    return min(TEMPERATURES, key=lambda t: nll(rescale(probs, t, bias), gold))


def uncertainty_cost(probs: numpy.ndarray, gold: Sequence[int], threshold: float) -> float:
    conf = probs.max(axis=1)
    correct = probs.argmax(axis=1) == numpy.asarray(gold)
    unsure = conf < threshold
    return float((COST_CONFIDENT_WRONG * (~unsure & ~correct).sum() + COST_UNSURE * unsure.sum()) / max(1, len(gold)))


def fit_uncertain_below(probs: numpy.ndarray, gold: Sequence[int]) -> float:
    return min(UNCERTAIN_GRID, key=lambda t: (uncertainty_cost(probs, gold, t), t))


def f1(truth: numpy.ndarray, pred: numpy.ndarray) -> float:
    tp = float((truth & pred).sum())
    denominator = float(truth.sum() + pred.sum())
    return 2 * tp / denominator if denominator else 1.0


def fit_flag_threshold(scores: numpy.ndarray, truth: numpy.ndarray) -> float:
    return max(FLAG_GRID, key=lambda t: (f1(truth, scores >= t), -abs(t - 0.5)))


@dataclass(frozen=True)
class CalibrationReport:
    temperature: float
    prior_weight: float
    label_bias: tuple[float, ...]  # added to the logits after the temperature: -a · log(share)
    uncertain_below: float
    flag_thresholds: dict[str, float]
    ece_raw: float
    ece_calibrated: float
    ece_crossfit: float  # fitted on one half of dev, measured on the other (both ways)
    unsure_share: float
    accuracy_sure: float
    accuracy_unsure: float

    def format(self) -> str:
        flags = ", ".join(f"{k} {v:.2f}" for k, v in self.flag_thresholds.items())
        return (
            f"Kalibratie (dev): temperatuur {self.temperature:.2f}; labelaandelen van het corpus "
            f"gedeeld door aandeel^{self.prior_weight:.2f}; ECE ruw {self.ece_raw:.3f} → "
            f"gekalibreerd {self.ece_calibrated:.3f} (kruisgevalideerd over twee helften: {self.ece_crossfit:.3f})\n"
            f"Twijfel onder {self.uncertain_below:.3f}: {self.unsure_share:.0%} van dev; juist als zeker "
            f"{self.accuracy_sure:.1%}, juist bij twijfel {self.accuracy_unsure:.1%}\n"
            f"Vlagdrempels: {flags}"
        )


def calibrate(
    probs: numpy.ndarray,
    gold: Sequence[int],
    flag_scores: numpy.ndarray,
    flag_truth: numpy.ndarray,
    flags: Sequence[str],
    train_share: numpy.ndarray | None = None,
    prior_weight: float = 0.5,
) -> CalibrationReport:
    """Temperature, 'unsure' threshold and flag thresholds fitted on dev; the label bias
    -prior_weight · log(train_share) is set, not fitted (see ``Calibration`` in components.py)."""
    gold = list(gold)
    prior_weight = prior_weight if train_share is not None else 0.0
    bias = -prior_weight * numpy.log(train_share) if train_share is not None else numpy.zeros(probs.shape[1])
    temperature = fit_temperature(probs, gold, bias)
    calibrated = rescale(probs, temperature, bias)
    halves = [numpy.arange(len(gold)) % 2 == k for k in (0, 1)]
    crossfit = 0.0
    for fit_mask, test_mask in (halves, halves[::-1]):
        t = fit_temperature(probs[fit_mask], [g for g, m in zip(gold, fit_mask, strict=True) if m], bias)
        test_gold = [g for g, m in zip(gold, test_mask, strict=True) if m]
        crossfit += ece(rescale(probs[test_mask], t, bias), test_gold) * test_mask.mean()
    uncertain_below = fit_uncertain_below(calibrated, gold)
    conf = calibrated.max(axis=1)
    correct = calibrated.argmax(axis=1) == numpy.asarray(gold)
    unsure = conf < uncertain_below
    thresholds = {flag: fit_flag_threshold(flag_scores[:, j], flag_truth[:, j]) for j, flag in enumerate(flags)}
    return CalibrationReport(
        temperature=temperature,
        prior_weight=prior_weight,
        label_bias=tuple(round(float(b), 6) for b in bias),
        uncertain_below=uncertain_below,
        flag_thresholds=thresholds,
        ece_raw=ece(probs, gold),
        ece_calibrated=ece(calibrated, gold),
        ece_crossfit=crossfit,
        unsure_share=float(unsure.mean()),
        accuracy_sure=float(correct[~unsure].mean()) if (~unsure).any() else 1.0,
        accuracy_unsure=float(correct[unsure].mean()) if unsure.any() else 0.0,
    )
