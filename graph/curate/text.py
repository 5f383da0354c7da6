"""Name handling: ASCII transliteration, slugs and matching keys."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PARENTHETICAL = re.compile(r"\s*\(([^)]*)\)\s*")


def ascii_name(name: str) -> str:
    """Plain-ASCII spelling of a name (Kraków -> Krakow, Şanlıurfa -> Sanliurfa)."""
    return " ".join(anyascii(name).split())


def slugify(name: str) -> str:
    """Lower-case ASCII slug with single hyphens (São Paulo -> sao-paulo)."""
    text = ascii_name(name).lower().replace("'", "").replace("’", "")
    return _NON_ALNUM.sub("-", text).strip("-")


def match_key(name: str) -> str:
    """Key for comparing names across sources: accents, case, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'").replace("'", "")
    return _NON_ALNUM.sub("", ascii_name(text).lower())


def split_parenthetical(name: str) -> tuple[str, str | None]:
    """``Seongdong (Seoul)`` -> (``Seongdong``, ``Seoul``); names without brackets unchanged."""
    match = _PARENTHETICAL.search(name)
    if not match:
        return name.strip(), None
    return _PARENTHETICAL.sub(" ", name).strip(), match.group(1).strip()
