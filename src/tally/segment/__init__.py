"""Segment: a page of news prose → articles (headline, byline, body paragraphs, captions).

``segment(text) -> list[Article]`` cuts a page (several stories, photo captions, layout
debris) into articles that tile the text in order; every span points into ``text``, which is
never changed. Cue patterns (bylines, end markers, photo credits, furniture, headline shape)
are data: ``tally/data/segment.yaml``. How it works: see :mod:`tally.segment.articles`.

What lands where in an :class:`~tally.model.Article`:

* ``headline``: the title line (a Markdown ``#`` heading keeps its marks in the span);
* ``byline``: the first "By NAME" line;
* ``body``: story paragraphs in page order, including a subheadline or deck and in-story
  crossheads; end markers ("X contributed to this story.", "The author is ...") and page
  furniture are left out of the body but stay inside the article's span;
* ``captions``: photo captions (merged with a credit line standing alone below them).

``logical_paragraphs(text, article) -> list[LogicalParagraph]`` (from
:mod:`tally.segment.logical`) joins body paragraphs the layout broke mid-sentence with their
continuation (a paragraph without closing punctuation, continued by a later paragraph that
starts in lower case, captions in between already left out), drops a fragment that the next
paragraph repeats ("Old growth is" / "old growth is rising ..."), and gives, per logical
paragraph, its spans, its joined text (line-end hyphenation "admis-" + "sions" rejoined) and
a map from each character of the joined text back to an offset in ``text``. Use it for
sentence splitting.
"""

from tally.segment.articles import segment
from tally.segment.logical import LogicalParagraph, logical_paragraphs

__all__ = ["LogicalParagraph", "logical_paragraphs", "segment"]
