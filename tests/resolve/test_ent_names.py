"""The look-ups of ``tally.resolve.ent_names`` that replace a scan of a table, against the scan."""

from __future__ import annotations

from tally.resolve.ent_names import _kept_endings, _types_of_word, _words


def _by_scan(w: str) -> str:
    for t, ws in _words()["place_words"].items():
        if w.lower() in ws:
            return t
    return "city"


def test_types_of_word() -> None:
    # every place word (as written, capitalised, upper-cased), and words that are none
    words = [w for ws in _words()["place_words"].values() for w in ws]
    assert len(words) > 10
    for w in [*words, *(w.title() for w in words), *(w.upper() for w in words), "", "x", "City", "citys"]:
        assert _types_of_word(w) == _by_scan(w), w


def test_kept_endings() -> None:
    # one endswith of the tuple: any of the designations after a blank, as the generator tested
    kept = _words().get("kept_type_words", [])
    assert kept
    names = ["Ejin banner", "Alxa League", "Ejinbanner", "banner", "", "Xilin Gol league city", "X  banner"]
    for name in [*names, *(f"Name {k}" for k in kept), *(f"Name{k}" for k in kept)]:
        want = any(name.lower().endswith(" " + k) for k in kept)
        assert name.lower().endswith(_kept_endings()) is want, name
