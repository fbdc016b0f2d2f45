"""Report text as safe HTML with the extracted figures marked.

The HTML is built by escaping every text segment between fact offsets; the only markup is
ours (``<mark>`` around a figure, ``<span class="hl">`` for headlines). Report text is never
inserted raw.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape


def marked_text(
    text: str,
    facts: Sequence[dict[str, Any]],
    *,
    headlines: Sequence[tuple[int, int]] = (),
    base: int = 0,
    link: bool = True,
) -> Markup:
    """``text`` (which starts at offset ``base`` of the document) with each fact in a ``<mark>``.

    Overlapping facts: the first (by start, then longest) is marked, the others are left out of
    the text (they stay listed beside it). Headline spans get ``class="hl"``.
    """
    spans: list[tuple[int, int, str, dict[str, Any] | None]] = []
    for i, fact in enumerate(facts):
        s, e = fact["start"] - base, fact["end"] - base
        if 0 <= s < e <= len(text):
            spans.append((s, e, "fact", {**fact, "_n": fact.get("_n", i)}))
    for h0, h1 in headlines:
        s, e = h0 - base, h1 - base
        if 0 <= s < e <= len(text):
            spans.append((s, e, "hl", None))
    # facts first: headlines only where no fact is
    spans.sort(key=lambda x: (x[0], x[2] != "fact", -(x[1] - x[0])))
    out: list[str] = []
    pos = 0
    for s, e, what, f in spans:
        if s < pos:
            continue
        out.append(str(escape(text[pos:s])))
        inner = escape(text[s:e])
        if what == "fact" and f is not None:
            attrs = (
                f' class="fact fact-{escape(f.get("kind") or "level")}'
                f'{" target" if f.get("status") == "target" else ""}"'
                f' id="m{f["_n"]}" data-fact="{escape(f["id"])}" tabindex="0"'
                f' title="{escape(_title(f))}"'
            )
            if link:
                out.append(f'<a href="#fact-{f["_n"]}"{attrs}>{inner}</a>')
            else:
                out.append(f"<mark{attrs}>{inner}</mark>")
        else:
            out.append(f'<span class="hl">{inner}</span>')
        pos = e
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def _title(f: dict[str, Any]) -> str:
    bits = [f.get("entity") or "?", f.get("indicator") or "other", f.get("period") or "no period"]
    return " · ".join(str(b) for b in bits)


def sentence_with_mark(fact: dict[str, Any]) -> Markup:
    """The fact's sentence with the figure marked (or just the figure when no sentence is stored)."""
    sent = fact.get("sentence")
    s0 = fact.get("sentence_start")
    if not sent or s0 is None:
        return Markup('<mark class="fact">{}</mark>').format(fact.get("text") or "")
    return marked_text(sent, [{**fact, "_n": 0}], base=s0, link=False)
