"""Helpers that build a pack's regular expressions from its word lists.

A pack spells its words once, in its vocabulary; its patterns are alternations of those
words. These helpers make the alternations fast (a trie drops a branch on its first
letter) and keep the longest word first, so that a match is the longest form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alt(words: Iterable[str], escape: bool = True) -> str:
    """An alternation of ``words``, longest first (a space matches any white space)."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in items)


def trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a trie (a space matches any white space): the regex
    engine drops a branch on its first letter where a flat alternation tries every word.
    Longer words are tried first, as in ``alt``: where two words match at one place, the
    one is the other and more, and the longer comes first in both."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        subs = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not subs:
            return ""
        alternation = subs[0] if len(subs) == 1 else "(?:" + "|".join(subs) + ")"
        return "(?:" + alternation + ")?" if "" in node else alternation

    return build(tree)
