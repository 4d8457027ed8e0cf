"""Moved to :mod:`app.domain.details` (pure regular expressions, no spaCy: the domain owns it).

Kept as a re-export: app/nlp/components.py imports ``extract`` from here, and that file is hashed
into the shipped pipeline (changing its import would need a retrain).
"""

from __future__ import annotations

from app.domain.details import (
    AMOUNT,
    DATE,
    EMAIL,
    HANDLE,
    HASHTAG,
    JE_WORDS,
    MAX_TEXT,
    ORDER,
    PHONE,
    TIME,
    U_WORDS,
    URL,
    Details,
    extract,
    product_words,
    with_article,
)

__all__ = [
    "AMOUNT",
    "DATE",
    "EMAIL",
    "HANDLE",
    "HASHTAG",
    "JE_WORDS",
    "MAX_TEXT",
    "ORDER",
    "PHONE",
    "TIME",
    "URL",
    "U_WORDS",
    "Details",
    "extract",
    "product_words",
    "with_article",
]
