"""The repeat-writer rule: one place that says when a writer is a repeat critic.

History (the ↻ marker and the note), drafts (the 'answer once, then let go'
reply) and the monthly report all ask :func:`is_repeat_writer`; which cases
count as negative is the flowchart's ``negative`` field (:meth:`Flowchart.is_negative`).
"""

from __future__ import annotations

REPEAT_MINIMUM = 3  # negative cases of one writer (the case at hand included) that make a repeat writer


def is_repeat_writer(negative_cases: int) -> bool:
    """Whether a writer with this many negative cases is a repeat critic."""
    return negative_cases >= REPEAT_MINIMUM


def repeat_with(earlier_negative: int, this_negative: bool) -> bool:
    """Whether the case at hand makes its writer a repeat critic, given their earlier negative cases."""
    return is_repeat_writer(earlier_negative + (1 if this_negative else 0))
