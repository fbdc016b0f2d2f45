"""The patterns read on a page's lower-cased Latin-1 image (``quantities._Page``) give what the
IGNORECASE patterns give on the text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tally.extract import quantities as Q
from tally.extract.q_grammar import candidates, candidates_in, grammar, image
from tally.extract.q_units import registry


def _after_re(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    m = registry().after_re.match(text, pos, end)
    if m is None:
        return None
    g = m.lastgroup
    assert g is not None
    return g, m.start(g), m.end()


def _after_b(text: str, pos: int, end: int) -> tuple[str, int, int] | None | str:
    """What ``_read_unit`` takes from the image: a word's span, None, or "re" (ask ``after_re``)."""
    b = image(text, 0, end)
    if b is None:
        return "re"
    low = b.lower()
    ab = registry().after_b
    assert ab is not None
    m = ab.match(low, pos, end)
    if m is None:
        return None
    if m.lastgroup == "w" and b"?" not in m.group("w"):
        return "w", m.start("w"), m.end()
    return "re"


def _same(text: str, pos: int) -> None:
    fast = _after_b(text, pos, len(text))
    if fast != "re":
        assert fast == _after_re(text, pos, len(text)), (text, pos)


def test_image_pattern_is_built():
    assert registry().after_b is not None


PIECES = st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", " - ", "-", "–", ",", ".", "(", "%", "$", "?", "'", "’", "5", "x",
    "percent", "Percent", "PER CENT", "per  cent", "per\ncent", "yuan", "Yuan", "tonnes", "metric tons",
    "metric\u00a0tons", "km", "KM", "kmh", "km/h", "MW", "mw", "GW", "Gbps", "bn", "złoty", "ZŁOTY", "zł",
    "kč", "KČ", "-fold", "-cylinder", "fold", "won", "pesos", "euros", "é", "É", "ş", "ſ", "K", "İ", "ı",
    "hectares", "people", "USD", "usd", "US$", "cents", "p", "m²", "°C", "degrees",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=7))
def test_after_image_is_after_re_random(pieces):
    text = "5" + "".join(pieces)
    _same(text, 1)


@pytest.mark.parametrize("text", [
    "5 percent", "5 Percent of", "5 PER  CENT", "5 per\ncent", "5 - percent", "5-fold", "5 -fold",
    "5 metric\u00a0tons", "5 metric  tons", "5 kmh", "5 km/h", "5 KM.", "5 złoty", "5 ZŁ,", "5 kč",
    "5 percenté", "5 percentş", "5 yuanK", "5 ſ", "5 \u00a0 - \t yuan", "5 \n\n yuan", "5 people",
    "5 MW", "5 mw", "5 Gbps", "5 - MW", "5 won", "5 pesos", "5 °C", "5 m²", "5 cents", "5 p", "5 ?",
])
def test_after_image_is_after_re_table(text):
    _same(text, 1)


@pytest.mark.parametrize("text", [
    "It sold 5 percent more, 3 metric tons and 12 złoty, 4 MW and 7 km/h on 5 ZŁ.",
    "Prices rose 3 PER CENT to 40 Yuan; 2 \u00a0-\u00a0 fold; 9 °C and 7 m² in 5 kč",
    "In İstanbul 5 percent, 6 yuan",   # no image: the IGNORECASE pattern only
])
def test_read_unit_with_and_without_image(text, monkeypatch):
    with_image = Q.find_quantities(text)
    monkeypatch.setattr(Q, "image", lambda text, start, end: None)
    assert Q.find_quantities(text) == with_image


@pytest.mark.parametrize("text", [
    "a million and an hour, A Billion, a-thousand, a\u00a0year, an\thour, a (million), a fold",
    "Half a dozen, a couple of, an 11-fold rise, a’million",
])
@pytest.mark.parametrize("start", [0, 1, 3])
def test_candidates_with_the_lower_cased_image(text, start):
    b = image(text, start, len(text))
    assert b is not None
    assert candidates_in(grammar(), text, start, len(text), b, b.lower()) == candidates(
        grammar(), text, start, len(text)
    )
