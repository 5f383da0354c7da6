"""Folding names for search: case, accents and punctuation ignored (``Bogotá`` finds ``bogota``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that NFKD does not split into base + accent.
_NO_DECOMPOSITION = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
_NOT_WORD = re.compile(r"[^0-9a-z\u0080-\uffff]+")


def fold(text: str) -> str:
    """Lower-case ``text``, strip accents and turn punctuation runs into single spaces.

    >>> fold("  Bogotá, D.C. ")
    'bogota d c'
    >>> fold("Łódź")
    'lodz'
    """
    lowered = text.casefold().translate(_NO_DECOMPOSITION)
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", stripped).strip()


def search_names(names: Iterable[str | None]) -> str:
    """All distinct folded names joined by `` | `` (one string, so one full-text index covers them)."""
    folded = dict.fromkeys(fold(name) for name in names if name)
    return " | ".join(name for name in folded if name)
