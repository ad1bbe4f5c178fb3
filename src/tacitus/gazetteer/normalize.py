"""Name normalisation shared by the gazetteer build and its lookups.

Both sides must fold a name the same way, so every key stored in the database and every
query goes through :func:`normalize_name`. A key is lowercase ASCII where the script allows
it (accents dropped, a few letters without a decomposition spelled out), apostrophes and
okina-like marks removed, other punctuation turned into single spaces, and a leading Arabic
article ("al-", "el-", "ad-Diwaniyah", "as Sulaymaniyah", ...) written as ``"al "``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not split into a base letter plus a combining mark.
_EXTRA_FOLDS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ß": "ss",
    }
)
# Marks that sit inside a transliterated word and are dropped without a space.
_INWORD_MARKS = re.compile(r"['‘’ʼʻʿʾ`´]")
# A period after a lone letter belongs to an initialism: "U.S." -> "US".
_INITIALISM_DOT = re.compile(r"\b(\w)\.")
_NON_WORD = re.compile(r"[\W_]+")
# The article as written before any word: "al-", "el-", "al ", "el ".
_ARTICLE = re.compile(r"^(?:al|el)\s+(?=\w)")
# Assimilated articles only where the next word repeats the consonant: "an najaf", "as sib".
_SUN_ARTICLE = re.compile(r"^a(sh|dh|th|[dnrstz])\s+(?=\1)")
_BARE_ARTICLE = re.compile(r"^al\s+")


def fold_ascii(text: str) -> str:
    """Return ``text`` lowercased with accents removed; non-Latin scripts pass through."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_EXTRA_FOLDS)


@lru_cache(maxsize=65_536)
def normalize_name(name: str) -> str:
    """Return the lookup key of a place name (see the module docstring).

    Resolution asks for the keys of the same few names many times over (each candidate's
    name, each mention's text), so keys are memoised.

    >>> normalize_name("Sana'a"), normalize_name("El-Fasher"), normalize_name("U.S. Embassy")
    ('sanaa', 'al fasher', 'us embassy')
    """
    key = _INWORD_MARKS.sub("", fold_ascii(name))
    key = _INITIALISM_DOT.sub(r"\1", key)
    key = _NON_WORD.sub(" ", key).strip()
    key = _ARTICLE.sub("al ", key)
    return _SUN_ARTICLE.sub("al ", key)


def strip_article(key: str) -> str:
    """Return a normalised key without its leading ``"al "``, or the key itself."""
    return _BARE_ARTICLE.sub("", key)


def name_keys(name: str) -> tuple[str, str | None]:
    """Return the key of ``name`` and, when it starts with an article, its bare variant."""
    key = normalize_name(name)
    bare = strip_article(key)
    return key, (bare if bare and bare != key else None)


def fuzzy_signature(key: str) -> tuple[str, str, int]:
    """Return the prefix, suffix and length (article dropped) that index a key for fuzzy
    candidate search."""
    bare = strip_article(key)
    return bare[:3], bare[-3:], len(bare)
