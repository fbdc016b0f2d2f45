"""Fast paths of the entity passes, each against the plain code it replaces, on varied text."""

from __future__ import annotations

import random
import re

import pytest
from coref_oracles import in_predicate_by_rules

from tally.resolve import entities
from tally.resolve.entities import Lexicon, Mention


def _list_members_by_slices(text: str, names: list[Mention]) -> set[int]:
    """``_list_members`` as it read every gap as a slice."""
    out: set[int] = set()
    for j, m in enumerate(names):
        gap_p = text[names[j - 1].end : m.start] if j else "!"
        gap_n = text[m.end : names[j + 1].start] if j + 1 < len(names) else "!"
        if entities._lists_before(text, m.start):
            out.add(j)
        elif entities._LIST_GAP.fullmatch(gap_p) and (j - 1 in out or entities._LIST_GAP.fullmatch(gap_n)):
            out.add(j)
            if j - 1 >= 0 and entities._LIST_GAP.fullmatch(gap_n):
                out.add(j - 1)
    return out


_GAPS = [", ", ",", " and ", ", and ", ",\n and  ", " ", " grew in ", " such as ", " including ", "; "]
_NAMES = ["Hunan", "Hubei", "Hong Kong", "Qixian county", "X"]


@pytest.mark.parametrize("seed", range(3))
def test_list_members_reads_gaps_in_place(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        text, names = rng.choice(["Sales rose", "Provinces like", "Output in", ""]), []
        for _k in range(rng.randint(0, 6)):
            text += rng.choice(_GAPS)
            name = rng.choice(_NAMES)
            start = len(text)
            names.append(Mention(start=start, end=start + len(name), name=name, type="city", form="name"))
            text += name
        text += rng.choice(["", ".", " grew.", ", and"])
        assert entities._list_members(text, names) == _list_members_by_slices(text, names), text


def _in_predicate_by_words(lead: str) -> bool:
    """``coref._in_predicate`` as it read every word of the clause first."""
    from tally.resolve import coref

    clause = coref._last_clause(lead)
    words = coref._RX_IN_PREDICATE_1.findall(coref._without_determiners(clause.rstrip() + " "))
    return in_predicate_by_rules(words)


_LEAD_WORDS = (
    "will go to", "was sold", "to", "TO", "into", "in", "In", "at", "near", "the", "its", "were", "has",
    "plant", "port", "cut the time", "and", "but", ",", ";", ":", "é", "2020", "for", "with", "of", "ſ",
)


@pytest.mark.parametrize("seed", range(3))
def test_in_predicate_reads_the_last_word_first(seed: int) -> None:
    from tally.resolve import coref

    rng = random.Random(seed)
    for _ in range(3000):
        blanks = [" ", "  ", "", "\n"]
        pieces = [rng.choice(_LEAD_WORDS) + rng.choice(blanks) for _ in range(rng.randint(0, 9))]
        lead = "".join(pieces)
        assert coref._in_predicate(lead) == _in_predicate_by_words(lead), lead
        # with the last word of the lead as ``_lead`` finds it (as ``_read`` asks)
        last = coref._lead(lead + "Hebei", len(lead)).last
        assert coref._in_predicate(lead, last) == _in_predicate_by_words(lead), lead


_TRACKED = (
    "Exports to Japan, Vietnam, Laos and Thailand rose 5 percent, behind Hubei and Hunan.",
    "After the county government invested 2 million yuan, Qixian county grew; it sold more to Shanxi.",
    "Zhang Li, a villager in Hexi village, earned 30,000 yuan, and the province praised Datong and Linfen.",
    "Sales of Honghai rose in Taiyuan, which gave Jinzhong and the city 12 new lines to Beijing.",
    "The state and Texas ranked behind Ohio; its output and their exports fell in Iowa and Utah.",
)


def test_dependent_found_on_demand_is_the_eager_one() -> None:
    """A mention's ``dependent``, found when first asked (here from the last mention back, so that a
    list's members are found from its last one), is what the eager reading found: shared along a
    list, else the words before it, never for a resident."""
    from tally.resolve import coref

    lex = Lexicon()
    text = " ".join(_TRACKED)
    entities.learn_mentions(text, 0, len(text), lex)
    entities.article_mentions(text, 0, len(text), lex)
    tracker = coref.Tracker(lex)
    pos, listed = 0, 0
    for sentence in _TRACKED:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        view = tracker.read(text, start, pos)
        rs = view.mentions
        # (None: found already, by the subject's search)
        ats = [(r.at, r.resident, r.before) if r.dependent_open else None for r in rs]
        got = [r.dependent for r in reversed(rs)][::-1]
        want: list[bool] = []
        for i, (r, at) in enumerate(zip(rs, ats, strict=True)):
            if at is None:
                want.append(got[i])
                continue
            sent_at, resident, before = at
            assert sent_at is not None
            src, sent, s, e = sent_at
            m = r.mention
            # as ``Tracker._read`` found it for every mention, in order
            dep = coref.dependent(sent, m.start - s, m.form, src[m.end : m.end + 2] in ("'s", "’s"))
            if dep and coref._clause_opener(sent, m.start - s, src[m.end : e]):
                dep = False
            if resident:
                dep = False
            if i and want[i - 1] and coref._RX_SENTENCE_3.fullmatch(src[rs[i - 1].mention.end : m.start]):
                dep = True
                listed += 1
            assert before is (rs[i - 1] if i else None)
            want.append(dep)
        assert got == want, sentence
    assert listed >= 3


_FIGURED = (
    "Against a national average of 12 percent, Shanxi grew 9 percent and Hubei 7 percent.",
    "The NATIONAL total of 3 million rose, while Datong, a city in Shanxi, added 20,000 jobs.",
    "China's GDP grew 5 percent; exports to Japan rose 8 percent, behind Vietnam's 11 percent.",
    "Sales at Honghai, which employs 1,200 people, rose 4 percent in Qixian county, officials said.",
    "According to Taiyuan officials, the zone's output of 38 billion yuan was 12 percent of the province's.",
)


def _figures(sentence: str) -> list[tuple[int, int]]:
    import re

    figure = r"\d[\d,.]*(?: (?:percent|million|billion yuan|jobs|people))?"
    return [m.span() for m in re.finditer(figure, sentence)]


def test_entity_for_with_marks_found_on_demand_is_the_eager_one() -> None:
    """Each figure's entity, with the dependent marks found as the figures ask (the same view for
    all its figures), is the one a view whose marks were all found first gives."""
    from tally.resolve import coref

    lex = Lexicon()
    text = " ".join(_FIGURED)
    entities.learn_mentions(text, 0, len(text), lex)
    entities.article_mentions(text, 0, len(text), lex)
    defaults = {"main": ("Shanxi", "province", "China"), "nation": ("China", "country", None)}

    def views() -> list:
        tracker, out, pos = coref.Tracker(lex, defaults=defaults), [], 0
        for sentence in _FIGURED:
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            out.append(tracker.read(text, start, pos))
        return out

    lazy, rules = views(), set()
    for i, view in enumerate(lazy):
        for a, b in _figures(view.text):
            eager = views()[i]
            assert all(r.dependent in (True, False) for r in eager.mentions)  # (all found first)
            got = view.entity_for(view.start + a, view.start + b)
            assert got == eager.entity_for(eager.start + a, eager.start + b), (view.text, a)
            rules.add(got[1])
    assert len(rules) >= 4


def _page_defaults_plain(text: str, articles: list, lex: Lexicon) -> dict:
    """``topics.page_defaults`` as it counted names through ``any`` over the headline spans."""
    from collections import Counter

    from tally.resolve import topics

    counts: Counter = Counter()
    first: dict = {}
    for art in articles:
        heads = [(art.headline.start, art.headline.end)] if art.headline else []
        for m in entities.article_mentions(text, art.start, art.end, lex):
            if m.form != "name" or not m.name or not m.type:
                continue
            ent = (m.name, m.type, m.parent)
            counts[ent] += 2 if any(a <= m.start < b for a, b in heads) else 1
            first.setdefault(ent, m.start)
    out: dict = {}
    ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
    for ent in ranked:
        out.setdefault(ent[1], ent)
    mains = [e for e in ranked if e[1] in topics.MAIN_TYPES and e[1] != "zone" and counts[e] >= 2]
    if mains:
        out["main"] = mains[0]
        nation = topics._nation_of(mains[0])
        if nation:
            out["nation"] = (nation, "country", None)
    return out


@pytest.mark.parametrize("headlines", [(True, False), (False, True), (False, False)])
def test_page_defaults_counts_as_the_plain_loop(headlines: tuple[bool, bool]) -> None:
    from tally.model import Article, Span
    from tally.resolve.topics import page_defaults

    parts = [
        ("Datong mines reopen", "Datong and Taiyuan output rose; Honghai, a glass maker, grew in Qixian."),
        ("Texas farms", "Texas and Ohio grew. Datong exports to Japan fell, Jinzhong said."),
    ]
    text, articles = "", []
    for i, ((head, body), has_head) in enumerate(zip(parts, headlines, strict=True)):
        start = len(text)
        text += (head + "\n" if has_head else "") + body + "\n\n"
        span = Span(start=start, end=start + len(head)) if has_head else None
        articles.append(Article(index=i, start=start, end=len(text), headline=span))
    got, want = Lexicon(), Lexicon()
    for lex in (got, want):
        for art in articles:
            entities.learn_mentions(text, art.start, art.end, lex)
    assert page_defaults(text, articles, got) == _page_defaults_plain(text, articles, want)


_PRONOUNED = (
    "Datong grew 5 percent.",
    "It said its output rose, and their exports too.",
    "The county of Qixian and the province grew.",
    "They expect it to grow; its mills and their workers agree.",
    "Honghai, a glass maker, added 300 jobs.",
    "Its sales rose 8 percent, it said.",
)


@pytest.mark.parametrize("keep", [(), (1,), (3,), (1, 3)])
def test_a_skipped_sentence_of_pronouns_alone_leaves_the_context(keep: tuple[int, ...]) -> None:
    """A sentence read for the context alone (given with no view) whose mentions are all pronouns
    is not worked out: the context after it is the one reading it gives."""
    from tally.resolve import coref

    text = " ".join(_PRONOUNED)
    lex = Lexicon()
    entities.learn_mentions(text, 0, len(text), lex)
    entities.article_mentions(text, 0, len(text), lex)

    def context(kept: tuple[int, ...]) -> list[tuple]:
        tracker, views, pos, out = coref.Tracker(lex), {}, 0, []
        for i, sentence in enumerate(_PRONOUNED):
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            if not (i in kept or i == len(_PRONOUNED) - 1 or i % 2 == 0):
                tracker.skip(text, start, pos)  # (read on a stand-in, for the context alone)
                continue
            view = views[i] = tracker.read(text, start, pos)
            if i % 2 == 0:  # (a figure here)
                out.append((view.topic_before, view.subject, dict(tracker.last), tracker.last_place))
        last = views[len(_PRONOUNED) - 1]
        out.append(last.entity_for(last.start + last.text.index("8"), last.start + last.text.index("8") + 9))
        return out

    assert context(keep) == context(tuple(range(len(_PRONOUNED))))


_REFERRED = (
    "Qixian county added 40 jobs.",
    "The county said its mills grew.",
    "The province and the region both expect it to slow.",
    "Honghai, a glass maker, opened a plant.",
    "The company said it would hire more.",
    "The city and the county agreed; they said so.",
    "Shanxi province cut coal output.",
    "The province's plan and its budget were set.",
    "It rose again, the company said.",
    "Output of the zone and the park doubled.",
    "Datong city hosted the fair.",
    "The state and the island were not named.",
)


def _tracker_state(tracker: object) -> tuple:
    return tuple(
        repr(getattr(tracker, k)) for k in ("topic", "last", "last_head", "last_place", "persona")
    )


@pytest.mark.parametrize("seed", range(40))
def test_a_skipped_sentence_of_references_to_the_topic_leaves_the_context(seed: int) -> None:
    """A sentence read for the context alone whose mentions are pronouns and references that
    resolve to the topic (or to none) is not worked out: the context after it, and what later
    sentences resolve, are the ones reading it gives."""
    from tally.resolve import coref

    rnd = random.Random(seed)
    sentences = [rnd.choice(_REFERRED) for _ in range(rnd.randrange(2, 9))]
    text = " ".join(sentences)
    lex = Lexicon()
    entities.learn_mentions(text, 0, len(text), lex)
    entities.article_mentions(text, 0, len(text), lex)
    shanxi = ("Shanxi", "province", "China")
    qixian = ("Qixian county", "county", None)
    defaults = rnd.choice([{}, {"main": shanxi, "province": shanxi}, {"county": qixian}])
    read = {i for i in range(len(sentences)) if rnd.random() < 0.4}

    def context(kept: set[int]) -> list[tuple]:
        tracker, views, pos, out = coref.Tracker(lex, defaults=dict(defaults)), {}, 0, []
        for i, sentence in enumerate(sentences):
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            if i not in kept and i not in read:
                tracker.skip(text, start, pos)  # (read on a stand-in, for the context alone)
                continue
            view = views[i] = tracker.read(text, start, pos)
            if i in read:  # (a figure here)
                out.append((view.topic_before, view.subject, view.persona, _tracker_state(tracker)))
        last = tracker.read(text, 0, len(sentences[0]))  # (everything before it read)
        out.append((last.topic_before, last.subject, _tracker_state(tracker)))
        return out

    assert context(set()) == context(set(range(len(sentences))))


@pytest.mark.parametrize("seed", range(2))
def test_ends_with_head_tries_the_heads_by_their_end(seed: int) -> None:
    """``_ends_with_head`` (heads looked up by their last characters) against the whole tuple."""
    rng = random.Random(seed)
    heads = entities._heads_before()
    for _ in range(3000):
        head = rng.choice(heads)
        before = rng.choice(["", "the ", "glass", "a big ", "x"]) + head[rng.randint(0, len(head)) :]
        before += rng.choice(["", " ", " \t", "  ", "s", "\n", " \n", "\n\n"])
        plain = before[:-1] if before.endswith("\n") else before
        assert entities._ends_with_head(before) == plain.rstrip(" \t").endswith(heads), before


@pytest.mark.parametrize("seed", range(2))
def test_words_from_their_rarest_letter_match_where_the_words_are(seed: int) -> None:
    """A word matched from its rarest letter (a lookbehind reading the letters before it) is found
    exactly where the word is, near the start of the text too."""
    rng = random.Random(seed)
    letters = "abdekmorvwyz"
    for _ in range(500):
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 5))
        ]
        rx = re.compile("|".join(entities._from_rarest_letter(w) for w in sorted(words)))
        for _ in range(10):
            text = "".join(rng.choice(letters + " ") for _ in range(rng.randint(0, 30)))
            assert (rx.search(text) is not None) == any(w in text for w in words), (words, text)


@pytest.mark.parametrize("seed", range(2))
def test_may_place_wherever_the_gap_pattern_matches(seed: int) -> None:
    """``_may_place`` holds wherever ``_RX_MARK_ROLES_4`` matches a whole gap."""
    rng = random.Random(seed)
    parts = ["", " ", "  ", "\n", "\xa0", "'s", "’s", "government", "authorities", ",", "based", "located",
             "in", "of", "at", "the", "x", "inn", "tin"]
    hits = 0
    for _ in range(20000):
        gap = "".join(rng.choice(parts) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 6)))
        if entities._RX_MARK_ROLES_4.fullmatch(gap):
            hits += 1
            assert entities._may_place(gap), gap
    assert hits
