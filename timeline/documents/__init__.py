"""Articles in, ``Document``s out: one module a format, the top matter in one place.

``loader`` walks paths, folders and stdin and dispatches each file by its extension (stdin by
its content) to ``text`` (.txt, .md), ``html``, ``records`` (.json, .jsonl; gzip-compressed
through ``compressed``), ``pdf``, ``docx`` or ``warc`` (web archives); each turns bytes into
articles, and ``topmatter`` reads what they share: publication date, outlet, title.
"""

from __future__ import annotations

from timeline.documents.loader import (
    ARTICLE_EXTS,
    PublishedOverrides,
    load_documents,
    parse_published_options,
)

__all__ = ["ARTICLE_EXTS", "PublishedOverrides", "load_documents", "parse_published_options"]
