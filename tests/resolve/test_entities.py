"""Entity mentions, their types, coreference and canonical names."""

from __future__ import annotations

import pytest

from tally.model import Entity, Fact
from tally.resolve import resolve
from tally.resolve.coref import Tracker, attributions
from tally.resolve.entities import Lexicon, classify_name, find_mentions


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Shanxi", ("Shanxi", "province")),
        ("Taiyuan", ("Taiyuan", "city")),
        ("Japan", ("Japan", "country")),
        ("Northern Heavy Machinery Group", ("Northern Heavy Machinery Group", "company")),
        ("Golden Sun Photovoltaics Technology", ("Golden Sun Photovoltaics Technology", "company")),
        ("Riverside High-tech Industrial Park", ("Riverside High-tech Industrial Park", "zone")),
        ("Harbor Comprehensive Bonded Area", ("Harbor Comprehensive Bonded Area", "zone")),
        ("Hefei Customs", ("Hefei Customs", "organization")),
        # a cargo terminal is run as a business, like an airport
        ("Quintero Bulk Terminal", ("Quintero Bulk Terminal", "company")),
        ("Lagos Container Terminals", ("Lagos Container Terminals", "company")),
        (
            "Hubei University of Science and Technology",
            ("Hubei University of Science and Technology", "organization"),
        ),
        (
            "Ministry of Industry and Information Technology",
            ("Ministry of Industry and Information Technology", "organization"),
        ),
        ("Zhang Wei", None),
    ],
)
def test_classify_name(name: str, expected: tuple[str, str] | None) -> None:
    got = classify_name(name)
    assert (got[:2] if got else None) == expected


def mentions(text: str, lex: Lexicon | None = None):
    lex = lex or Lexicon()
    find_mentions(text, 0, len(text), lex, learn=True)
    return [(m.name, m.type, m.form, m.modifier) for m in find_mentions(text, 0, len(text), lex)]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Wenxi county grew fast.", "Wenxi county", "county"),
        ("Exports from the city of Jincheng rose.", "Jincheng", "city"),
        ("She lives in the village of Dazhai.", "Dazhai village", "village"),
        ("The Hebei city of Cangzhou grew.", "Cangzhou", "city"),
        ("Trust Star, a computer manufacturer, grew.", "Trust Star", "company"),
        ("Tourists flock to Pianguan, a county in the north.", "Pianguan county", "county"),
        ("Greenleaf Biology invested 2 billion yuan.", "Greenleaf Biology", "company"),
        # an opening word capitalised by the sentence start is not part of the name (the YAML words
        # "no" and "yes" in the openers' table once read as booleans)
        ("Exports grew. No Datong firm reported a loss.", "Datong", "city"),
        ("Prices rose. Yes Linfen did better.", "Linfen", "city"),
        ("Output fell. Now Linfen is recovering.", "Linfen", "city"),
    ],
)
def test_names_found(text: str, name: str, type_: str) -> None:
    assert (name, type_) in [(n, t) for n, t, form, _ in mentions(text) if form == "name"]


def test_locative_modifiers() -> None:
    got = mentions("Taiyuan-based Northern Heavy Machinery Group based in Shanxi's Jinzhong city opened.")
    flags = {n: mod for n, _, form, mod in got if form == "name"}
    assert flags["Taiyuan"] is True
    assert flags["Northern Heavy Machinery Group"] is False
    assert flags["Shanxi"] is True


def test_list_members_are_not_subjects() -> None:
    got = mentions("Beef is sold to regions including Hunan, Hubei and Shanghai.")
    assert all(mod for n, t, form, mod in got if form == "name")


def test_bare_alias_is_known_after_a_full_mention() -> None:
    text = "Jiashida Robots is based in Taiyuan. Jiashida sold 3,000 robots."
    got = mentions(text)
    assert ("Jiashida Robots", "company", "name", False) in got
    assert got.count(("Jiashida Robots", "company", "name", False)) == 2


def test_the_province_the_company_and_its() -> None:
    lex = Lexicon()
    text = (
        "Hubei's output rose. Wuhan Steel Group posted gains. The company expanded its sales. "
        "The province plans more."
    )
    find_mentions(text, 0, len(text), lex, learn=True)
    tr = Tracker(lex)
    ents = []
    pos = 0
    for sent in text.split(". "):
        start = text.index(sent, pos)
        view = tr.read(text, start, start + len(sent))
        ents.append([(r.mention.form, r.ent[0] if r.ent else None) for r in view.mentions])
        pos = start + len(sent)
    assert ("reference", "Wuhan Steel Group") in ents[2]
    assert ("pronoun", "Wuhan Steel Group") in ents[2]
    assert ("reference", "Hubei") in ents[3]


def test_topic_carries_to_sentence_without_entity() -> None:
    lex = Lexicon()
    text = "Gansu reported strong growth. Exports rose 20 percent."
    tr = Tracker(lex)
    tr.skip(text, 0, 29)
    view = tr.read(text, 30, len(text))
    ent, rule = view.entity_for(text.index("20"), text.index("20") + 10)
    assert ent[0] == "Gansu" and rule == "entity:topic"


@pytest.mark.interpreted  # spies on a method: a compiled build calls it directly
def test_tracker_reads_skipped_sentences_when_a_view_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences given with no view are read for the context when the next view is asked for,
    after every sentence before them, in order, once; sentences skipped after the last view are
    never read."""
    text = (
        "Gansu reported strong growth, officials said. Prices were stable. Exports rose 20 percent. "
        "Hubei grew."
    )
    read: list[int] = []
    original = Tracker._read

    def spy(self: Tracker, view, src: str, start: int, end: int, sent: str, attrib=None) -> None:  # noqa: ANN001
        read.append(start)
        original(self, view, src, start, end, sent, attrib)

    monkeypatch.setattr(Tracker, "_read", spy)
    tr = Tracker(Lexicon())
    spans, pos = [], 0
    for sent in text.split(". "):
        start = text.index(sent, pos)
        spans.append((start, start + len(sent)))
        pos = start + len(sent)
    tr.skip(text, *spans[0])
    tr.skip(text, *spans[1])
    assert read == []
    view = tr.read(text, *spans[2])
    assert read == [s for s, _e in spans[:3]]
    ent, rule = view.entity_for(text.index("20"), text.index("20") + 10)
    assert (ent[0], rule) == ("Gansu", "entity:topic")
    assert view.topic_before is not None and view.topic_before[0] == "Gansu"
    tr.skip(text, *spans[3])
    assert read == [s for s, _e in spans[:3]]  # (read once; the last, skipped, never)


def test_resolve_merges_variants_and_fills_parents() -> None:
    ents = [
        Entity(name="Riverside Transformation and Reform Demonstration Zone", type="zone"),
        Entity(name="Riverside Transformation Zone", type="zone"),
        Entity(name="Trust 200", type="company"),
        Entity(name="200 Trust", type="company"),
        Entity(name="Datong", type="city"),
    ]
    f = Fact(
        doc="d",
        start=0,
        end=1,
        text="1",
        value=1,
        unit="count",
        entity="Riverside Transformation Zone",
        entity_type="zone",
    )
    facts, merged = resolve([f], ents)
    assert facts[0].entity == "Riverside Transformation and Reform Demonstration Zone"
    names = {e.name: e for e in merged}
    assert (
        "Riverside Transformation Zone"
        in names["Riverside Transformation and Reform Demonstration Zone"].aliases
    )
    assert len([e for e in merged if e.type == "company"]) == 1
    assert names["Datong"].parent == "Shanxi"


def test_plural_acronym_is_not_a_company() -> None:
    lex = Lexicon()
    text = "NGOs signed deals in Pune. Tata Solar invested $5 million."
    names = {m.name for m in find_mentions(text, 0, len(text), lex, learn=True) if m.form == "name"}
    assert "NGOs" not in names and "Tata Solar" in names


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Rents doubled. Now city families drive out to the farm.", "Now", None),
        ("Ore fell. Total exports to Chile were worth 2 billion.", "Total", "Chile"),
        ("Gross sales rose. Annual output reached 40 tons.", "Annual", None),
        ("Now Wenzhou ships more shoes.", "Now", "Wenzhou"),
        ("Tea prices rose. Brightleaf exports to Peru, and Brightleaf sold more.", None, "Brightleaf"),
    ],
)
def test_sentence_openers_are_not_names(text: str, absent: str | None, present: str | None) -> None:
    names = {m.name for m in find_mentions(text, 0, len(text), Lexicon(), learn=True) if m.name}
    if absent:
        assert not any(n.startswith(absent) for n in names), names
    if present:
        assert present in names, names


@pytest.mark.parametrize(
    "text",
    [
        "Near the farm, about 90 kilometers north of Taiyuan, the family grows apples.",
        "The inn sits a two-hour drive from Hangzhou.",
        "The mine is 40 miles away from Lhasa.",
    ],
)
def test_reference_point_of_a_distance_is_a_modifier(text: str) -> None:
    ms = [m for m in find_mentions(text, 0, len(text), Lexicon()) if m.form == "name"]
    assert ms and all(m.modifier for m in ms), [(m.name, m.modifier) for m in ms]


@pytest.mark.parametrize("raw", ["2021", "5 Shanxi Province", "14th Five-Year Plan", "3M", "1,035 The"])
def test_a_sequence_opening_with_a_digit_names_nothing(raw: str) -> None:
    """The capitalised-name pass skips the sequences that open with a digit: nothing is cut from
    them and they hold no piece, with or without an opener."""
    from tally.resolve import entities

    assert entities._digit_led_idle()
    assert entities._seq_plan(raw) == (0, 0, (), ())


def test_a_skipped_sentence_still_moves_the_context() -> None:
    """A sentence given with no view is read on a stand-in (with the attributions its caller
    found) when a later view is read: the context after it is the one reading it gives."""
    text = "Prices were stable. Gansu output grew, officials said. Exports rose 20 percent."
    spans = [(0, 19), (20, 54), (55, len(text))]
    pos = text.index("20")

    def third(skip: bool) -> tuple:
        tr = Tracker(Lexicon())
        for s, e in spans[:2]:
            if skip:
                tr.skip(text, s, e, attributions(text[s:e], s))
            else:
                assert tr.read(text, s, e) is not None
        view = tr.read(text, *spans[2])
        return view.topic_before, view.entity_for(pos, pos + 10)

    assert third(skip=True) == third(skip=False) == (
        ("Gansu", "province", "China"), (("Gansu", "province", "China"), "entity:topic")
    )
