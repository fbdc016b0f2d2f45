"""A segment's matches found only where they may start (after "the", where a pronoun's letters
stand): the same as every pattern's finditer over the whole segment."""

from __future__ import annotations

import random

import pytest

from tally.resolve.entities import (
    _CAPITAL,
    _PRONOUNS,
    _THE_LED,
    _TOKEN,
    _TYPE_LED,
    _battery,
    _found,
    _place_rx,
    _pronoun_rx,
    _typed_rx,
)

_TEXTS = [
    "The city of Linfen and the county of Qixian, then THE village of Nongfa.",
    "the Shanxi city of Linfen; theThe city of X; bathe city of Y; the  town of Zhen An.",
    "The renewable energy park at Khavda and the zone in 2017 and the hub near Pune.",
    "Its output and it rose; their itself we our us; bits, items, usual, west, ourselves.",
    "Itself ITS It's ıts İts Their THEY We're us-based our’s",
    "In the village of Hexi, it said the company its own; they said we would.",
    "",
    "the",
    "The park at 12 and the city of 3M",
    "Qixian county, Wusu city and Guangxi Zhuang autonomous region; the Girona-Costa Brava airport.",
    "the Penedès wine region and the Metrolink network, the Changzhi Xi'an High-tech Zone line.",
    "(Qixian) county, Qixian, county. Qixian\ncounty Qixian\tcounty",
    "Qixian electricity, Wusu downtown, Jinbo pipeline, the Hexi airline and Hexi  line; Wusu\t\tcountyseat",
    "Wusu-county Qixian -county Xi'an Metro network-wide, Hexi township's and Hexi city’s",
    "Shanxi's capital, Taiyuan; the provincial capital of Taiyuan; Shanxi provincial capital city of Taiyuan",
    "Startcapital, Beijing; capitalization of 3M; the capital  of\tJinan; provincialcapital, Hefei; capital",
    # up to three tokens before a type word of up to three words, far into a long run of words
    "the A B C D E Guangxi Zhuang autonomous region and W X Y Z the Wusu City light rail network",
    "abcDef county, x-Ray Qixian  \t county and Inner Mongolia Xi'an-Baotou O’Neill 12B wine-growing region",
]

# type words next to each other, inside others, shared by both patterns, after odd blanks
_TYPE_WORD_TEXTS = [
    "Hexi region region, the Dali township town-ship and a townships network line",
    "Wusu\tregion\t\tline networkline; airport's village\ncounty",
    "a Lanzhou prefecture-level city with its municipality’s league and a banner, province!",
    " region region  region\tregion",
    "Ürümqi city and İzmir province, the Yubei line airport network",
]


def _reference(seg: str) -> list[list[tuple[int, int]]]:
    out = []
    for rx in _battery():
        out.append([m.span() for m in rx.finditer(seg)])
    return out


def _spans(seg: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in ms] for ms in _found(seg).battery]


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(7)
    words = ["the", "The", "THE", "city", "of", "Linfen", "park", "at", "Khavda", "its", "it", "itself",
             "their", "they", "we", "our", "us", "use", "west", "bathe", "zone", "in", "near", "ıt", "İt",
             "village", "Hexi", ",", ".", "-", "'s", "2017", "County", "county", "Qixian", "airport",
             "network", "wine", "region", "light", "rail", "line", "Girona-Costa", "Brava", "O'Neill", "’",
             "Xi’an", "growing", "autonomous", "Guangxi", "3M", "(", "Ürümqi", "town", "township",
             "high-tech", "Zone", "capital", "provincial", "Shanxi's", "Taiyuan", "capitalize",
             "Startcapital", "capital,", "capital of"]
    seps = [" ", "  ", "\t", "\n", "", "-"]
    return [
        "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randrange(1, 40))) for _ in range(n)
    ]


@pytest.mark.parametrize("seg", _TEXTS + _random_texts(500))
def test_found_matches_are_finditers(seg: str) -> None:
    assert _spans(seg) == _reference(seg)


def test_capital_pattern() -> None:
    assert _battery()[_CAPITAL] is _place_rx()[2]
    assert _place_rx()[2].pattern.endswith(r"(?:['’]s)?[ \t]+)?(?:provincial[ \t]+)?capital(?:[ \t]+city)?"
                                           r"(?:[ \t]+of|,)[ \t]+(" + _TOKEN + ")")


def test_the_led_patterns() -> None:
    for i in _THE_LED:
        assert _battery()[i].pattern.startswith(r"\b[Tt]he[ \t]+")
    # the type-word patterns: the place-word one and the typed-word one, in that order
    assert _battery()[_TYPE_LED[0]] is _place_rx()[0]
    assert _battery()[_TYPE_LED[1]] is _typed_rx()
    assert _battery()[_PRONOUNS] is _pronoun_rx()


def _phrase_texts(n: int, low: int = 150, high: int = 300) -> list[str]:
    """Texts (the phrases are looked up after their articles there) of the reference phrases'
    words, articles and measures, of ``low`` to ``high`` words."""
    from tally.resolve.entities import _references

    rnd = random.Random(11)
    words = sorted({w for _t, ph, _k, _rx in _references() for w in ph.split()})
    words += ["the", "The", "THE", "this", "This", "the 1,035-km", "the 12-room", "capital", "zone", "-"]
    seps = [" ", "  ", "\t", "\n", ", ", ". "]
    sizes = [rnd.randrange(low, high) for _ in range(n)]
    return ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(k)) for k in sizes]


@pytest.mark.parametrize("seg", _phrase_texts(40) + _phrase_texts(40, 1, 25))
def test_found_phrases_are_finditers(seg: str) -> None:
    from tally.resolve.entities import _HEADS_MIN, _references

    assert len(seg) >= _HEADS_MIN
    want = [(i, [m.span() for m in rx.finditer(seg)]) for i, (_t, _p, _k, rx) in enumerate(_references())]
    got = [(i, [m.span() for m in ms]) for i, ms in _found(seg).refs]
    assert got == [(i, spans) for i, spans in want if spans]


@pytest.mark.parametrize("seg", _TEXTS + _random_texts(200))
def test_type_word_starts_are_the_alternations_matches(seg: str) -> None:
    from tally.resolve.entities import _type_word_starts, _type_words, _type_words_rx

    for i in _TYPE_LED:
        words, rx = _type_words(i), _type_words_rx(i)
        assert words is not None and rx is not None
        want = [m.start() for m in rx.finditer(seg) if m.start() and seg[m.start() - 1] in " \t"]
        assert _type_word_starts(seg, words) == want


@pytest.mark.parametrize("seg", _TEXTS + _TYPE_WORD_TEXTS + _random_texts(200))
def test_type_word_starts_of_both_patterns_in_one_pass(seg: str) -> None:
    from tally.resolve.entities import _head_words, _type_word_starts, _type_words

    got = _head_words(seg)
    for k, i in enumerate(_TYPE_LED):
        words = _type_words(i)
        assert words is not None
        assert got[k] == _type_word_starts(seg, words)


# "the" a few words before a head word, or too far from one; head words inside others, after odd blanks
_THE_HEAD_TEXTS = [
    "the Shanxi city of Linfen, the city of\nDatong, The county of Qixian and the Wusu Xi'an town of Hexi",
    "the new green energy park at Khavda; the new green energy solar park at Pune; the hub near Jinan",
    "x-the city of Taiyuan, bathe zone in Dali, the\tzone\tat\tLuliang, the  the  park in Yulin",
    "the township of Nanxi and the townships of Beixi; the district of\tChaoyang or the province of Hebei",
    "The O’Neill-Smith village of Dun, the 12B county of Ash; the zone in 2017; the park-and-ride hub at Xi",
    "the the the city of A the of zone at B; theme park at C; the a park at D; the an zone in E",
]


def _the_led_texts(n: int) -> list[str]:
    rnd = random.Random(13)
    words = ["the", "The", "THE", "city", "county", "village", "township", "town", "district", "province",
             "park", "zone", "hub", "of", "at", "in", "near", "Linfen", "Xi'an", "O’Neill", "new", "green",
             "solar", "a", "an", "x-the", "2017", "Hexi-Dun", "theme", "hubs", "zones", "-", ",",
             "the city of", "the Shanxi city of", "the new solar park at", "the a b c zone in",
             "the hub near", "the Wusu county of", "the green zone at"]
    seps = [" ", "  ", "\t", "\n", "", " \t"]
    return [
        "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randrange(1, 60))) for _ in range(n)
    ]


@pytest.mark.parametrize("seg", _THE_HEAD_TEXTS + _the_led_texts(400))
def test_the_led_matches_tried_before_head_words_only(seg: str) -> None:
    """The patterns opening with "the" tried only at the ones a few words before a head word: the
    same matches as finditer, and as trying them at every "the"."""
    from tally.gates import fold
    from tally.resolve.entities import _lead_positions, _matches_at

    got = _found(seg).battery
    leads = _lead_positions(fold(seg), "the")
    for i in _THE_LED:
        rx = _battery()[i]
        want = [m.span() for m in rx.finditer(seg)]
        assert [m.span() for m in got[i]] == want
        assert [m.span() for m in _matches_at(rx, seg, leads)] == want


def _nation_texts(n: int) -> list[str]:
    """Texts of articles, nationalities (whole, cut short, run on, in odd cases), measures and phrases."""
    from tally.resolve.entities import _words

    rnd = random.Random(13)
    nations = list(_words().get("nationalities") or ())
    words = ["the", "The", "THE", "this", "This", "company", "carmaker", "city", "1,035-km", "12-room", "_x",
             "ſwiss", "\u212aorean", "Ünited", "ıtalian", "2021", ",", "(", "—", *nations]
    some = nations[:5]
    words += [w.upper() for w in some] + [w.lower() + "y" for w in some] + [w[:3] for w in some]
    seps = [" ", "  ", "\t", "\n", "", ", "]
    sizes = [rnd.randrange(1, 30) for _ in range(n)]
    return ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(k)) for k in sizes]


@pytest.mark.parametrize("seg", _nation_texts(300))
def test_phrase_starts_are_the_regexs(seg: str) -> None:
    # the run after an article found without the nationalities' alternation where none may match
    from tally.gates import fold
    from tally.resolve.entities import _after_lead, _lead_positions, _phrase_starts

    low = fold(seg)
    for lead in ("the", "this"):
        at = _lead_positions(low, lead)
        want = [(p, m.start(1), m.end(1)) for p in at if (m := _after_lead()[lead].match(seg, p))]
        assert _phrase_starts(seg, lead, at) == want


_LEAD_TEXTS = ["thethe the_the 2the éthe Ethe ıthis this", "the"]


@pytest.mark.parametrize("seg", _TEXTS + _nation_texts(100) + _LEAD_TEXTS)
def test_lead_positions_are_the_lead_regexs(seg: str) -> None:
    from tally.gates import fold
    from tally.resolve.entities import _LEAD_RX, _lead_positions

    for lead, rx in _LEAD_RX.items():
        assert _lead_positions(fold(seg), lead) == [m.start() for m in rx.finditer(seg)]


def _non_word_texts(n: int) -> list[str]:
    # ``_random_texts`` with non-ASCII characters that are no word characters between the words
    rnd = random.Random(17)
    seps = [" ", "  ", "\t", "—", "“", "” ", " € ", "\u00a0", " \u2009"]
    return ["".join(w + rnd.choice(seps) for w in text.split()) for text in _random_texts(n)]


@pytest.mark.parametrize("seg", _non_word_texts(300))
def test_found_matches_are_finditers_non_word(seg: str) -> None:
    assert _spans(seg) == _reference(seg)
