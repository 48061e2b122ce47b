"""Respondents' own-variant answers ("other: …"), grouped by similar wording.

Free text is the easiest way to recognise a colleague (style, a detail only one person would
mention), so a text is never shown alone: similar wordings are grouped, a group is shown only
when at least `min_group` respondents wrote it (default 10, the comment threshold survey vendors
use), as its most common wording and a count, and groups come in random order, never in the
order the answers were given. No model downloads: normalisation and a greedy single-link
clustering on word stems are enough for the short phrases people type here.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

DEFAULT_MIN_GROUP = 10
# Words that carry no meaning of their own in these answers (ru, kk).
_STOP = {
    "и",
    "в",
    "на",
    "по",
    "с",
    "для",
    "не",
    "а",
    "о",
    "от",
    "к",
    "за",
    "из",
    "у",
    "же",
    "бы",
    "ли",
    "то",
    "это",
    "как",
    "что",
    "более",
    "больше",
    "очень",
    "мне",
    "нас",
    "нам",
    "және",
    "мен",
    "бен",
    "пен",
    "үшін",
    "де",
    "да",
    "те",
    "та",
    "бар",
    "жоқ",
    "өте",
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STEM = 5  # letters kept of a word: Russian and Kazakh inflect at the end


@dataclass(frozen=True)
class TextGroup:
    label: str  # the group's most common wording, as typed (trimmed)
    count: int  # respondents in the group


def _stems(text: str) -> frozenset[str]:
    words = [w.casefold().replace("ё", "е") for w in _WORD.findall(text)]
    return frozenset(w[:_STEM] for w in words if w not in _STOP and len(w) > 1)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.5


def group_texts(
    texts: list[str], min_group: int = DEFAULT_MIN_GROUP, seed: int | None = None
) -> tuple[list[TextGroup], int]:
    """Groups of at least `min_group` similar texts, in random order, and how many texts were
    left out (in groups too small to show)."""
    cleaned = [" ".join(t.split()) for t in texts if t and t.strip()]
    clusters: list[tuple[frozenset[str], list[str]]] = []
    for text in cleaned:
        stems = _stems(text)
        for key, members in clusters:
            if _similar(stems, key):
                members.append(text)
                break
        else:
            clusters.append((stems, [text]))
    shown, hidden = [], 0
    for _key, members in clusters:
        if len(members) >= min_group:
            label = Counter(m.casefold() for m in members).most_common(1)[0][0]
            original = next(m for m in members if m.casefold() == label)
            shown.append(TextGroup(original, len(members)))
        else:
            hidden += len(members)
    random.Random(seed).shuffle(shown)
    return shown, hidden
