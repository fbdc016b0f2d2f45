"""HTML article pages → :class:`~tally.model.Document`, with trafilatura.

The main text of the page is extracted (navigation, comments, footers and other boilerplate
dropped) and laid out for segmentation: the title as the first line (the headline), then one
paragraph per block element, paragraphs separated by a blank line. Title, author and date
come from the page's metadata (``<title>``, ``<meta>``, JSON-LD, Open Graph), so
``published_inferred`` is False when a date is found.

Decoding: a byte-order mark, then the charset the page declares (``<meta charset>``,
``http-equiv``), then strict UTF-8, then :func:`tally.read.text.decode`'s detection.
Malformed or pathologically nested markup raises :class:`~tally.errors.MalformedInput`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import logging
import re
import unicodedata

from tally.errors import EmptyInput, EncodingError, InputError, MalformedInput
from tally.model import Document

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u3000]+")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MAX_DEPTH = 400          # deeper element nesting is refused as malformed


def read_html(data: bytes, *, name: str, source: str) -> Document:
    """Read an HTML page: main text with the title first, metadata from the page."""
    if not data.strip():
        raise EmptyInput(source)
    html, encoding = _decode(data, source)
    if "\x00" in html:
        raise MalformedInput(source, "NUL characters in the HTML page (binary content?)")
    tree = _parse(html, source)
    meta = _extract(tree, source)
    paragraphs = _paragraphs(meta.get("text") or "")
    title = _clean(meta.get("title") or "") or None
    if title and (not paragraphs or _key(paragraphs[0]) != _key(title)):
        paragraphs.insert(0, title)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise MalformedInput(source, "no article text found in the HTML page")
    published = _date(meta.get("date"))
    return Document(
        name=name,
        source=source,
        text=text + "\n",
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="text/html",
        encoding=encoding,
        published=published,
        published_inferred=False,
        title=title,
        author=_clean(meta.get("author") or "") or None,
        size=len(data),
    )


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise EncodingError(source, f"byte-order mark says {enc} but {e.reason}") from e
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = ""
        if declared:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration lies: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from tally.read.text import decode

    return decode(data, source)


def _parse(html: str, source: str):  # -> lxml.html.HtmlElement
    import lxml.etree
    import lxml.html

    try:
        parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=False)
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError, RecursionError) as e:
        raise MalformedInput(source, f"unparsable HTML ({_one_line(e)})") from e
    if tree is None:
        raise MalformedInput(source, "unparsable HTML")
    depth = _depth(tree)
    if depth > _MAX_DEPTH:
        raise MalformedInput(source, f"HTML nested {depth} elements deep (limit {_MAX_DEPTH})")
    return tree


def _depth(tree) -> int:
    """The deepest element nesting, computed without recursion."""
    deepest = 0
    stack = [(tree, 1)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > _MAX_DEPTH:
            return deepest
        stack.extend((child, d + 1) for child in el)
    return deepest


def _extract(tree, source: str) -> dict:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    params = {"extensive_search": False, "original_date": True}
    try:
        doc = None
        for recall in (False, True):
            doc = trafilatura.bare_extraction(
                tree,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=recall,
                date_extraction_params=params,
                output_format="python",
            )
            if doc is not None and (getattr(doc, "text", None) or "").strip():
                break
    except InputError:
        raise
    except (RecursionError, MemoryError) as e:
        raise MalformedInput(source, "HTML too deeply nested or too large to extract") from e
    except Exception as e:  # noqa: BLE001 - the extractor's failures are malformed input to us
        raise MalformedInput(source, f"HTML extraction failed ({_one_line(e)})") from e
    if doc is None:
        raise MalformedInput(source, "no article text found in the HTML page")
    if hasattr(doc, "as_dict"):
        return {k: v for k, v in doc.as_dict().items() if isinstance(v, str | None)}
    return dict(doc)


def _paragraphs(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = _clean(line)
        if line:
            out.append(line)
    return out


def _clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return _WS.sub(" ", s).strip()


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _one_line(e: BaseException) -> str:
    msg = str(e).splitlines()[0] if str(e) else type(e).__name__
    return msg[:120]
