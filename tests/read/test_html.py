"""tally.read.html: article pages → text for segmentation, metadata, failures."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from fixture_pages import mf

from tally.errors import EmptyInput, InputError, MalformedInput
from tally.read.html import read_html


def _read(data: bytes):
    return read_html(data, name="page.html", source="tests/page.html")


def test_article_text_in_order_with_title_first_and_metadata():
    data = mf.html_page()
    doc = _read(data)
    assert doc.media_type == "text/html"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.title == mf.NORTHLAND.headline
    assert doc.author == "Mara Lindqvist"
    assert doc.published == dt.date(2023, 4, 18)
    assert doc.published_inferred is False
    assert doc.text.split("\n\n")[0] == mf.NORTHLAND.headline
    pos = 0
    for sentence in mf.NORTHLAND.figure_sentences:
        i = doc.text.find(sentence, pos)
        assert i >= pos, sentence
        pos = i


@pytest.mark.parametrize(
    "boilerplate",
    ["Most read", "Subscribe for 9.99", "42 trucks", "exports up 100%", "Copyright 2023",
     "555-0199", "Privacy"],
)
def test_navigation_comments_and_footer_are_dropped(boilerplate):
    assert boilerplate not in _read(mf.html_page()).text


def test_paragraphs_are_separated_by_blank_lines_and_segment_as_one_article():
    from tally.segment import segment

    doc = _read(mf.html_page())
    paras = doc.text.strip().split("\n\n")
    assert mf.NORTHLAND.paragraphs[0] in paras
    arts = segment(doc.text)
    assert len(arts) == 1
    assert arts[0].headline_text(doc.text) == mf.NORTHLAND.headline
    # trafilatura keeps the byline in the metadata (doc.author), not always in the text
    assert arts[0].byline_text(doc.text) in (None, mf.NORTHLAND.byline)


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252", "iso-8859-1", "utf-16"])
def test_declared_charsets(charset):
    story = mf.Story(
        headline="Café district adds 300 jobs",
        deck=None,
        byline="By RENÉE FALK",
        paragraphs=("The Müllerstraße café district added 300 jobs in 2022, "
                    "the city's labour office said.",),
        end=None,
    )
    doc = _read(mf.html_page(story, charset=charset))
    assert "Müllerstraße café district added 300 jobs" in doc.text
    assert doc.text.startswith("Café district adds 300 jobs")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b"   \n  ", EmptyInput),
        (b"<html><body><script>var x = 1;</script></body></html>", MalformedInput),
        (b"<html><body>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</body></html>",
         MalformedInput),
        (b"<html><body>" + b"<b><i>" * 20000 + b"</body></html>", MalformedInput),
    ],
    ids=["empty", "blank", "no-text", "deep-nesting", "unclosed-nesting"],
)
def test_failures_raise_input_errors_with_one_line(data, error):
    with pytest.raises(error) as exc:
        _read(data)
    assert isinstance(exc.value, InputError)
    assert "\n" not in str(exc.value)
    assert str(exc.value).startswith("tests/page.html: ")


def test_malformed_markup_still_reads():
    data = (b"<html><head><title>Port volume up</title></head><body><div><p>Port volume rose "
            b"7 percent to 1.2 million containers in May.<p>Revenue hit 300 million yuan "
            b"<b>unclosed <i>tags</div></span></body>")
    doc = _read(data)
    assert "Port volume rose 7 percent to 1.2 million containers in May." in doc.text
    assert re.search(r"Revenue hit 300 million yuan", doc.text)


def test_same_facts_as_plain_text():
    try:
        from tally import pipeline
    except ImportError as e:  # stages still being written by teammates
        pytest.skip(f"pipeline not importable yet: {e}")
    from tally.model import Document

    story = mf.NORTHLAND
    plain_text = mf.plain_text((story,))
    plain = Document(name="n.txt", source="n.txt", text=plain_text, sha256="x",
                     published=dt.date(2023, 4, 18))
    html = _read(mf.html_page(story))
    try:
        a = pipeline.process(plain)
        b = pipeline.process(html)
    except (ImportError, NotImplementedError) as e:  # stages still being written
        pytest.skip(f"pipeline not ready: {e}")
    fa = sorted((f.value, f.unit) for f in a.facts)
    fb = sorted((f.value, f.unit) for f in b.facts)
    if not fa:
        pytest.skip("the extractor finds no facts yet")
    assert fb == fa
