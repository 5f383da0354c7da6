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


_AFFIXES = re.compile(
    r"^(city of|municipality of|town of|borough of)\s+|\s+(municipality|city|town|borough|city council)$"
    r"|-(shi|si|gun|gu|ku|machi|cho)$",
    re.IGNORECASE,
)


def name_variants(name: str) -> list[str]:
    """Spellings to try after the name itself: ``Aalborg Municipality`` -> ``Aalborg``."""
    base, _ = split_parenthetical(name)
    variants = [base, base.split(",")[0].strip(), _AFFIXES.sub("", base).strip()]
    return [v for v in dict.fromkeys(variants) if v and v != name]
