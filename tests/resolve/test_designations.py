"""Place designations of their own (banners, leagues) keep their word in the canonical name."""

from __future__ import annotations

import pytest

from tally.resolve.entities import Lexicon, classify_name, find_mentions


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("Output of Dorbod banner rose 5 percent.", "Dorbod banner", "county"),
        ("Dorbod Banner grew 4 percent.", "Dorbod Banner", "county"),
        ("Tumed Left Banner grew 4 percent.", "Tumed Left Banner", "county"),
        ("The Hulun league grew.", "Hulun league", "city"),
        ("Xilingol League added 3 gigawatts.", "Xilingol League", "city"),
        ("Wenshui county grew.", "Wenshui county", "county"),
        ("Ruijin exported more tea.", "Ruijin", "city"),
    ],
)
def test_designations(text: str, name: str, typ: str) -> None:
    found = [(m.name, m.type) for m in find_mentions(text, 0, len(text), Lexicon()) if m.form == "name"]
    assert (name, typ) in found


def test_bare_name_of_a_banner_is_known_after_its_full_name() -> None:
    text = "Dorbod banner grew. Dorbod added 3 gigawatts."
    lex = Lexicon()
    find_mentions(text, 0, len(text), lex, learn=True)
    names = [m.name for m in find_mentions(text, 0, len(text), lex) if m.form == "name"]
    assert names == ["Dorbod banner", "Dorbod banner"]


def test_gazetteer_league() -> None:
    assert classify_name("Alxa League") == ("Alxa League", "city", "Inner Mongolia")


@pytest.mark.parametrize(
    ("name", "parent"),
    [("Horgos", "Xinjiang"), ("Dunhuang", "Gansu"), ("Yixing", "Jiangsu"), ("Dehong", "Yunnan")],
)
def test_gazetteer_county_level_cities_and_prefectures(name: str, parent: str) -> None:
    assert classify_name(name) == (name, "city", parent)
