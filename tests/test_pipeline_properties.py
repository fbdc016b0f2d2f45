"""Properties of the whole pipeline (segment, extract, resolve) on arbitrary report-like text.

The fast paths of the stages (lower-case twins, literal gates, folded look-ups) must hold on
any characters re's case-insensitive matching folds: the dotted capital I, the dotless i, the
long s and the Kelvin sign once made a table look-up raise and stopped the whole document.
"""

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tally.model import Document
from tally.pipeline import process

FOLDING = ["İ", "ı", "ſ", "\u212a", "\u0307", "ß", "ﬁ"]
PIECES = st.sampled_from(
    [" ", "\n", "\n\n", ".", ",", ";", "(", ")", "“", "”", "’s", "—", "%", "$", "¥", "€", "5", "12",
     "3,368", "0.4", "2021", "2021-22", "FY2023/24", "Q4", "24X10^3", "3x10^512", "million", "billion",
     "yuan", "percent", "tonnes", "km", "years", "September 3, 2021", "Sept.", "April", "in", "the",
     "city of", "County", "province", "Exports", "rose", "fell", "to", "from", "year on year",
     "the company", "it", "Linfen", "Shanxi Coal Group", "plans", "by 2025", "said", *FOLDING]
)
# pieces glued or spaced at random, so folding characters land inside words ("kmſ", "APRİL")
TEXTS = st.lists(
    st.tuples(st.one_of(PIECES, st.text(max_size=4)), st.sampled_from(["", " ", " ", "\n"])),
    min_size=1,
    max_size=60,
).map(lambda parts: "".join(p + sep for p, sep in parts))


# our own report sentences, and the characters re's IGNORECASE folds onto their letters
REPORT = (
    "Linfen exported 5 kms of cable worth 3.2 billion yuan in September 2021, up 12 percent. "
    "The city plans to build 40 km of roads by 2025, the county said on April 3, 2022. "
    "Output of Shanxi Coal Group rose 7.5 percent year on year to 24x10^3 tonnes in the first "
    "six months, and its exports hit 1.1 billion US dollars."
)
TWINS = {"s": "ſ", "S": "ſ", "i": "ı", "I": "İ", "k": "\u212a", "K": "\u212a"}


def _twin(text: str, spots: list[int]) -> str:
    chars = list(text)
    for i in spots:
        chars[i] = TWINS.get(chars[i], chars[i])
    return "".join(chars)


TWINNED = st.lists(st.integers(0, len(REPORT) - 1), max_size=12).map(lambda spots: _twin(REPORT, spots))


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXTS, TWINNED))
def test_any_text_gives_facts_that_point_into_it(text: str) -> None:
    assume(text.strip())
    # straight to the pipeline: the reader may rightly refuse text this odd as binary
    doc = Document(name="prop.txt", source="prop.txt", text=text, sha256="-")
    ex = process(doc)
    for f in ex.facts:
        assert 0 <= f.start < f.end <= len(doc.text)
        assert doc.text[f.start : f.end] == f.text
        assert f.sentence_start <= f.start and f.end <= f.sentence_end
    assert sorted((f.start, f.end) for f in ex.facts) == [(f.start, f.end) for f in ex.facts]
