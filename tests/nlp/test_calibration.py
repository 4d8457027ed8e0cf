"""Calibration on dev: temperature, ECE, the 'unsure' threshold and flag thresholds."""

from __future__ import annotations

import numpy
import pytest

from app.nlp.calibration import calibrate, ece, fit_temperature, fit_uncertain_below, rescale


def test_rescale_keeps_rows_summing_to_one_and_order() -> None:
    probs = numpy.asarray([[0.7, 0.2, 0.1], [0.34, 0.33, 0.33]])
    sharper = rescale(probs, 0.5)
    assert sharper.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert sharper[0, 0] > probs[0, 0]
    assert (sharper.argmax(axis=1) == probs.argmax(axis=1)).all()


def test_overconfident_scores_get_a_temperature_above_one() -> None:
    rng = numpy.random.default_rng(3)
    gold = rng.integers(0, 3, 600)
    # Always 95 % sure, right only 60 % of the time.
    pred = numpy.where(rng.random(600) < 0.6, gold, (gold + 1) % 3)
    probs = numpy.full((600, 3), 0.025)
    probs[numpy.arange(600), pred] = 0.95
    assert ece(probs, list(gold)) > 0.3
    t = fit_temperature(probs, list(gold))
    assert t > 1.0
    assert ece(rescale(probs, t), list(gold)) < 0.05


def test_unsure_threshold_and_report() -> None:
    rng = numpy.random.default_rng(5)
    gold = list(rng.integers(0, 2, 400))
    conf = rng.uniform(0.5, 1.0, 400)
    right = rng.random(400) < conf
    pred = [g if r else 1 - g for g, r in zip(gold, right, strict=True)]
    probs = numpy.zeros((400, 2))
    probs[numpy.arange(400), pred] = conf
    probs[numpy.arange(400), [1 - p for p in pred]] = 1 - conf
    threshold = fit_uncertain_below(probs, gold)
    assert 0.5 < threshold < 0.8
    flags = numpy.asarray([[0.9], [0.1], [0.6], [0.2]])
    truth = numpy.asarray([[True], [False], [True], [False]])
    report = calibrate(probs, gold, flags, truth, ["bedreiging"])
    assert report.flag_thresholds["bedreiging"] <= 0.6
    assert "ECE" in report.format()


def test_flag_loss_is_log_loss_on_the_logit() -> None:
    """The flag classifier's gradient, after the logistic layer multiplies by p(1-p), is
    weight * (p - y) on the logit; a missing label gets none."""
    import spacy
    from spacy.training import Example

    import app.nlp.components  # noqa: F401

    nlp = spacy.blank("nl")
    flags = nlp.add_pipe(
        "rw_flags",
        config={
            "positive_weight": 2.0,
            "model": {
                "@architectures": "rw.TextCatWordChar.v2",
                "exclusive_classes": False,
                "ngram_size": 2,
                "no_output_layer": False,
            },
        },
    )
    for label in ("haat", "bedreiging"):
        flags.add_label(label)
    example = Example.from_dict(nlp.make_doc("x"), {"cats": {"haat": 1.0}})
    scores = numpy.asarray([[0.2, 0.7]], dtype="float32")
    _, d_scores = flags.get_loss([example], scores)
    on_logit = d_scores * scores * (1 - scores)
    assert on_logit[0, 0] == pytest.approx(2.0 * (0.2 - 1.0), abs=1e-5)
    assert on_logit[0, 1] == pytest.approx(0.0)


def test_the_label_bias_moves_decisions_towards_equal_shares() -> None:
    share = numpy.asarray([0.8, 0.2])
    # The model leans towards the common label: a rare-label case scores 0.6 for the common one.
    probs = numpy.asarray([[0.6, 0.4]] * 4 + [[0.9, 0.1]] * 6)
    gold = [1] * 4 + [0] * 6
    flags = numpy.zeros((10, 1))
    none = calibrate(probs, gold, flags, flags.astype(bool), ["haat"], share, prior_weight=0.0)
    half = calibrate(probs, gold, flags, flags.astype(bool), ["haat"], share, prior_weight=0.5)
    assert none.label_bias == (0.0, 0.0)
    assert half.label_bias == pytest.approx((-0.5 * numpy.log(0.8), -0.5 * numpy.log(0.2)), abs=1e-6)
    assert half.label_bias[1] > half.label_bias[0] and "aandeel^0.50" in half.format()
    assert rescale(probs, 1.0, numpy.asarray(half.label_bias))[0].argmax() == 1  # 0.6/0.4 now goes to the rare one
