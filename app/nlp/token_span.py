"""Widening a token range to the sentence or clause around it: the one boundary walk the topic finders share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def around(doc: Any, start: int, end: int, stops: Callable[[Any], bool]) -> tuple[int, int]:
    """(first, end) of the tokens around ``doc[start:end]`` up to the nearest stop token on either side.

    The stops themselves are left out: ``doc[first:end]`` is the sentence or clause without its boundaries.
    """
    first = start
    while first > 0 and not stops(doc[first - 1]):
        first -= 1
    last = end
    while last < len(doc) and not stops(doc[last]):
        last += 1
    return first, last
