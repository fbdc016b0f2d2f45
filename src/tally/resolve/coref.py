"""Follow an article sentence by sentence: resolve references and pick the entity of a figure.

``Tracker`` reads the sentences of one article (or caption) in order, resolves the mentions of
each (``tally.resolve.entities`` finds them) and keeps the context: the last entity of each type,
the topic (the subject of the latest sentence that had one), the writer's institution, the voice
of a quote. Each sentence read gives a view (``SentenceView``) that picks the entity of each of its
figures. "the province"/"the company"/... resolve to the last entity of that type in the article;
"it"/"its"/"their"/"we" to the subject found so far in the sentence, else the topic.

The concerns around it, each in its own module:

* ``tally.resolve.coref_views``       the sentence view and the entity of a figure (the rules, in order)
* ``tally.resolve.coref_visibility``  asides and attributions: what a figure sees of its sentence
* ``tally.resolve.coref_resolved``    a resolved mention and its role: dependent, partner
* ``tally.resolve.coref_leads``       the words before a mention, and the role word lists
* ``tally.resolve.coref_subjects``    the fallback subject of a sentence with none of its own
* ``tally.resolve.coref_voice``       the said/we voice of quotes, and a first-person writer

The names other modules and the tests import from here stay importable from here (``__all__``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from tally.data import load
from tally.resolve.coref_leads import (
    _DET,
    _DET_WORD,
    _DET_WORDS,
    _REV_PIECE,
    _REV_TAIL,
    _determiners_end,
    _Lead,
    _lead,
    _lead_of,
    _may_end_in_determiner,
    _plain_lead,
    _role_set,
    _without_determiners,
)
from tally.resolve.coref_resolved import (
    _POSSESSIVES,
    _RX_DEPENDENT_2,
    _RX_SENTENCE_2,
    _RX_SENTENCE_3,
    Ent,
    Resolved,
    _clause_opener,
    _ends_with_conjunction,
    _list_gap,
    _partner_object,
    _partner_object_rx,
    _partner_openings,
    _SentenceAt,
    dependent,
    partner,
)
from tally.resolve.coref_subjects import (
    _EVENT_VENUE,
    _PREDICATE,
    _RX_IN_PREDICATE_1,
    _RX_IN_PREDICATE_2,
    _SUBORDINATE,
    _event_venue,
    _fallback_subject,
    _in_predicate,
    _last_clause,
    _located,
    _subordinate,
    _trailing_subordinate,
)
from tally.resolve.coref_views import (
    _CLAUSE_BREAK,
    _NATION_OPENING,
    _NATIONAL,
    _NATIONAL_WORDS,
    _QUOTES,
    SentenceView,
    _clause_break,
    _holds_folded,
    _nation_opening,
    _national,
    _remote_gap,
    _remote_gap_rx,
    _remote_words,
)
from tally.resolve.coref_visibility import (
    _ASIDE,
    _ATTRIB,
    _COMMA_ASIDE_GATE,
    _GATE_ASIDES,
    _HARD_ASIDES,
    _PERSON_PLACES,
    _RX_SENTENCE_1,
    _RX_SENTENCE_4,
    _SAID_OPENINGS,
    _asides,
    _comma_gate,
    _inside,
    _may_open_apposition,
    _may_open_reporting,
    _residents,
    _roles_words,
    _said_from,
    _spans,
    asides,
    attributions,
)
from tally.resolve.coref_voice import (
    _AFFILIATION,
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _PAGE_PLACES,
    _QUOTE_MARKS,
    _RX_FIRST_PERSON_1,
    _RX_FIRST_PERSON_2,
    _RX_FIRST_PERSON_ANY,
    _RX_SAID,
    _RX_SAID_AHEAD,
    _RX_WE,
    _RX_WORKS_IN,
    _affiliated,
    _first_person,
    _first_person_any,
    _governed,
    _last_part,
    _quote_goes_on,
    _reported_by,
    _says,
    _we,
    _we_in,
)
from tally.resolve.entities import PLACE_LEVEL, Lexicon, Mention, classify_name, mark_roles, sentence_mentions

__all__ = [
    "Resolved",
    "SentenceView",
    "Tracker",
    "_AFFILIATION",
    "_ASIDE",
    "_ATTRIB",
    "_CLAUSE_BREAK",
    "_COMMA_ASIDE_GATE",
    "_DET",
    "_DET_WORD",
    "_DET_WORDS",
    "_EVENT_VENUE",
    "_GATE_ASIDES",
    "_HARD_ASIDES",
    "_HEAD_TYPES",
    "_Lead",
    "_NATIONAL",
    "_NATIONAL_WORDS",
    "_NATION_OPENING",
    "_OPENING_QUOTES",
    "_PAGE_PLACES",
    "_PERSON_PLACES",
    "_POSSESSIVES",
    "_PREDICATE",
    "_QUOTES",
    "_REV_PIECE",
    "_REV_TAIL",
    "_RX_DEPENDENT_2",
    "_RX_FIRST_PERSON_1",
    "_RX_FIRST_PERSON_2",
    "_RX_FIRST_PERSON_ANY",
    "_RX_IN_PREDICATE_1",
    "_RX_IN_PREDICATE_2",
    "_RX_SAID",
    "_RX_SENTENCE_1",
    "_RX_SENTENCE_2",
    "_RX_SENTENCE_3",
    "_RX_WE",
    "_SAID_OPENINGS",
    "_SUBORDINATE",
    "_Unread",
    "_affiliated",
    "_asides",
    "_clause_break",
    "_clause_opener",
    "_comma_gate",
    "_determiners_end",
    "_ends_with_conjunction",
    "_event_venue",
    "_first_person",
    "_first_person_any",
    "_holds_folded",
    "_in_predicate",
    "_inside",
    "_last_clause",
    "_last_part",
    "_lead",
    "_lead_of",
    "_list_gap",
    "_located",
    "_may_end_in_determiner",
    "_may_open_apposition",
    "_may_open_reporting",
    "_nation_opening",
    "_national",
    "_partner_object",
    "_partner_object_rx",
    "_partner_openings",
    "_plain_lead",
    "_remote_gap",
    "_remote_gap_rx",
    "_remote_words",
    "_role_set",
    "_roles_words",
    "_said_from",
    "_says",
    "_subordinate",
    "_we_in",
    "_without_determiners",
    "asides",
    "attributions",
    "dependent",
    "partner",
]

# the types whose last subject ``Tracker.last_head`` keeps: "the state" reads the province's alone
_HEAD_TYPES: Final[tuple[str, ...]] = ("province",)


@cache
def _wide_references() -> frozenset[str]:
    return frozenset(w.lower() for w in load("entity_words").get("wide_references", []))


@cache
def _prefecture_countries() -> frozenset[str]:
    return frozenset(load("entity_words").get("prefecture_countries", []))


@dataclass(slots=True, init=False)
class _Unread:
    """A sentence given to a tracker with no view (``Tracker.skip``) and not read yet: the text
    it is in, where it is, and its attributions when the caller found them."""

    text: str
    start: int = 0
    end: int = 0
    attrib: list[tuple[int, int]] | None = None

    # (written out, not generated: mypyc compiles a class's own ``__init__``, not the one dataclasses
    # makes, which runs interpreted and costs ~7x as much per object in the compiled build)
    def __init__(
        self, text: str, start: int = 0, end: int = 0, attrib: list[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.attrib = attrib


@dataclass(slots=True)
class Tracker:
    """Entity context of one article (or one caption): last entity per type, and the topic."""

    lex: Lexicon
    last: dict[str, Ent] = field(default_factory=dict)
    topic: Ent | None = None
    defaults: dict[str, Ent] = field(default_factory=dict)  # the page's main entity of each type
    # last entity per type named as a subject, of the types in ``_HEAD_TYPES`` (the only ones read)
    last_head: dict[str, Ent] = field(default_factory=dict)
    last_place: Ent | None = None  # the last place (province, city, county, district) named
    persona: Ent | None = None  # the institution of a first-person writer
    # the company, zone or place the quote of the last sentence spoke for ('"...," said X, manager
    # of Y Co. "We ..."': a quote going on in the next sentence speaks for it still)
    voice: Ent | None = None
    # the sentences given but not read yet, in order (``sentence``)
    _unread: deque[_Unread] = field(default_factory=deque, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.topic is None:
            self.topic = self.defaults.get(
                "main"
            )  # an article is about the page's place until it says otherwise

    def _wider(self, ent: Ent) -> Ent:
        """The province-level place a city or county belongs to: its parent, else the page's."""
        level = PLACE_LEVEL.get(ent[1], 9)
        if level <= PLACE_LEVEL["province"]:
            return ent
        up = classify_name(ent[2]) if ent[2] else None
        if up and PLACE_LEVEL.get(up[1], 9) == PLACE_LEVEL["province"]:
            return (up[0], up[1], up[2])
        main = self.defaults.get("main")
        if main and PLACE_LEVEL.get(main[1], 9) == PLACE_LEVEL["province"]:
            return main
        if ent[1] == "city" and ent[2] != "China" and up and up[1] == "country":
            # "Salford, a city in the region. The region's economy ...": the wider place named last
            # (a county of England, a state), as a city's country knows no province of it
            wide = self.last.get("province") or self.last.get("county")
            if wide is not None and wide[2] == ent[2]:
                return wide
        if ent[1] == "city" and ent[2] is None and self.last.get("province") is not None:
            # a town no table knows ("By X in Calama"): the region named last is the wider place
            return self.last["province"]
        return ent

    def read(self, text: str, start: int, end: int) -> SentenceView:
        """The view of sentence ``text[start:end]``, the next one of the article, read (after the
        sentences given before it with ``skip``)."""
        sent = text[start:end]
        view = SentenceView._new(start, end, sent, self.defaults.get("nation"))
        if self._unread:
            self._catch_up()
        self._read(view, text, start, end, sent)
        return view

    def skip(self, text: str, start: int, end: int, attrib: list[tuple[int, int]] | None = None) -> None:
        """Give the tracker sentence ``text[start:end]``, the next one of the article, with no view:
        the caller reads nothing of it but its attributions (``attrib`` when it found them, else
        None). It is read for the context alone, when the next view is asked for: the context
        after the last sentence with a figure is never asked for, so it is never worked out."""
        self._unread.append(_Unread(text, start, end, attrib))

    def _catch_up(self) -> None:
        """Read the sentences given with no view and not read yet, in their order."""
        queue = self._unread
        while queue:
            unread = queue.popleft()
            # (read for the context alone: no view, which nothing would read)
            u_text, u_start, u_end = unread.text, unread.start, unread.end
            self._read(None, u_text, u_start, u_end, u_text[u_start:u_end], unread.attrib)

    def _reference(self, m: Mention) -> Ent | None:
        """The entity reference ``m`` resolves to (from the context alone: what ``_read`` changes
        of it while reading a sentence, it changes after a name)."""
        if m.type == "place":
            # "the region", "the island": the place the article is about, else the page's
            # (a topic that is a zone or company has no government: the place last named has)
            t = self.topic
            ent = t if t and t[1] in _PAGE_PLACES else self.last_place or self.defaults.get("main")
            if ent and m.rules and m.rules[0].removeprefix("entity:ref:").lower() in _wide_references():
                ent = self._wider(ent)  # "the region" is never a city of it: the wider place
            return ent
        if not m.type:
            return None
        if m.type == "city" and m.rules and m.rules[0].lower().endswith(":the prefecture"):
            # "the prefecture" in Japan: the prefecture named (a province), not a city
            prov = self.topic if self.topic and self.topic[1] == "province" else self.last.get("province")
            if prov and prov[2] in _prefecture_countries():
                return prov
        # the salient entity first: a definite description names the topic when it fits
        ent = self.topic if self.topic and self.topic[1] == m.type else None
        if ent is None and m.type == "province":
            # "the state": the last one named as a subject, else the page's (not "Texas and
            # California" named in passing as rivals or partners)
            ent = self.last_head.get(m.type) or self.defaults.get(m.type)
        ent = ent or self.last.get(m.type)
        if ent is None and m.type in _PAGE_PLACES:
            ent = self.defaults.get(m.type)  # "the county": the page's county
        return ent

    def _speaker(
        self, text: str, sent: str, start: int, ms: list[Mention], attr: list[tuple[int, int]]
    ) -> tuple[Ent, int] | None:
        """The company, zone or place a quote speaks for, and where its attribution opens, when the
        sentence is a quote closed by its attribution that names one ('"We ...," said Zhang Ming,
        an official of the provincial commission of commerce', '... said Wang Li, general manager
        of X Co'): the first such mention in the attribution. A quote's "we" speaks for it."""
        if sent[:1] not in _OPENING_QUOTES and not _quote_goes_on(text, start):
            return None  # (most sentences open with no quote: asked first)
        s = min(a for a, _e in attr)
        if text[s : s + 1] not in _CLOSING_QUOTES:
            return None
        return self._speaker_from(text, s, ms)

    def _speaker_ahead(self, text: str, end: int) -> tuple[Ent, int] | None:
        """The speaker of a quote that opens with the sentence ending at ``end`` and closes in a later
        sentence of its paragraph ('"Five years ago our machines went to Guangdong. Now ...," said
        X, manager of Y Co': the first sentence is Y's too), from the mentions of the attribution."""
        stop = text.find("\n\n", end)  # (the paragraph's end: its lines may be wrapped)
        stop = len(text) if stop < 0 else stop
        close = -1
        for q in _QUOTE_MARKS:
            at = text.find(q, end, stop)
            if at >= 0 and (close < 0 or at < close):
                close = at
        if close < 0 or not _RX_SAID_AHEAD.match(text, close + 1, stop):
            return None
        dot = text.find(". ", close, stop)
        ms = sentence_mentions(text, close, stop if dot < 0 else dot, self.lex, roles=False)
        got = self._speaker_from(text, close, ms)
        return (got[0], end) if got else None

    def _speaker_from(self, text: str, s: int, ms: list[Mention]) -> tuple[Ent, int] | None:
        """The first company, zone or place named in an attribution opening at ``s``."""
        located = False  # a place after "in": where the speaker works, not whom they speak for
        for m in ms:
            if m.start < s or m.form == "pronoun":
                continue
            if m.type in _PAGE_PLACES and (
                located or (located := _RX_WORKS_IN.search(text, max(s, m.start - 12), m.start) is not None)
            ):
                continue  # "..., said X, who runs a factory in Y's Z district": neither Y nor Z
            ent = (m.name, m.type, m.parent) if m.form == "name" and m.name and m.type else None
            if m.form == "reference":
                ent = self._reference(m)
            if ent and ent[1] == "organization":
                ent = _governed(ent[0])
            if ent and ent[1] != "country":
                return ent, s
        return None

    def _still(self, ms: list[Mention], text: str, sent: str, start: int) -> bool:
        """Do mentions ``ms`` of sentence ``sent`` (at ``start`` in ``text``) leave the context as
        it is: every reference resolving to the topic or to none (``_reference``, from the context
        as it is before the sentence: nothing changes it meanwhile), and every name the topic
        already the last of its type, place and head (``_named_again``) in a sentence no quote
        may speak in? Pronouns then resolve to the topic or to none too, so does the subject, the
        names set nothing anew, and no speaker is found (with no name: not looked for)."""
        named = False
        for m in ms:
            if m.form == "pronoun":
                continue
            if m.form == "reference":
                if self._reference(m) not in (None, self.topic):
                    return False
            elif self._named_again(m):
                named = True
            else:
                return False
        # (``_speaker``, ``_speaker_ahead`` and a quote going on all need a quote opening the
        # sentence or going on in it)
        return not named or (sent[:1] not in _OPENING_QUOTES and not _quote_goes_on(text, start))

    def _named_again(self, m: Mention) -> bool:
        """Is name ``m`` the topic, neither a company nor an organization (a writer's institution,
        a speaker's company), and already the last of its type, the last place and the last head
        of its type, as far as ``_read`` keeps them?"""
        if not m.name or not m.type:
            return False
        ent = (m.name, m.type, m.parent)
        typ = m.type
        return (
            ent == self.topic
            and typ not in ("company", "organization")
            and self.last.get(typ) == ent
            # (``_PAGE_PLACES`` and ``_HEAD_TYPES`` written out: compiled, comparisons)
            and (typ not in ("province", "city", "county", "district") or self.last_place == ent)
            and (typ not in ("province",) or self.last_head.get(typ) == ent)
        )

    def _read(
        self,
        view: SentenceView | None,
        text: str,
        start: int,
        end: int,
        sent: str,
        attrib: list[tuple[int, int]] | None = None,
    ) -> None:
        """Resolve the mentions of sentence ``sent`` (``text[start:end]``) and fill its view; the
        context moves on. ``view``: None for a sentence read for the context alone (``skip``: no
        view is made for it, nothing would read one). ``attrib``: the sentence's attributions,
        when the caller found them already (``skip``)."""
        # (their roles marked below: a sentence read for the context alone that leaves it as it is
        # never needs them, ``_still`` reading none)
        ms = sentence_mentions(text, start, end, self.lex, roles=False)
        if not ms:  # nothing to resolve: the context stays as it is
            self.voice = None
            if view is not None:
                view.mentions, view.subject = [], None
                view.topic_before, view.persona = self.topic, self.persona
                view.asides, view.hard_starts, view.attrib = _spans(sent, start, attrib)
            return
        if view is None and self._still(ms, text, sent, start):
            # read for the context alone, and pronouns, references to the topic and names of the
            # topic alone do not move it: each resolves to the topic or to none (a pronoun to one
            # before it, resolved so), so the subject is the topic or none, and each name is the
            # last of its type already, and not the writer's institution nor a speaker's
            self.voice = None
            return
        mark_roles(text, ms)
        side, hard, attr = _spans(sent, start, attrib)
        for m in ms:
            # "Kangbashi district, the city's new downtown, has ...": an apposition after a name
            if m.form == "name" and _may_open_apposition(text, m.end, end):
                a = _RX_SENTENCE_1.match(text, m.end, end)  # (no lookaround: as on the slice)
                if a and not _RX_SENTENCE_4.search(a.group(0)):
                    side.append((m.end, a.end()))
        residents = _residents(text, ms, side) if side else None  # (each is inside an aside)
        # '"Our sales doubled," said X, manager of Y Co': the speaker's company or government
        speaker = self._speaker(text, sent, start, ms, attr) if attr else None
        opening = sent[:1]
        quoted = opening == '"' or opening == "“"  # (``in _OPENING_QUOTES``: compiled, two comparisons)
        if speaker is None and quoted and not any(q in sent[1:] for q in _QUOTE_MARKS):
            speaker = self._speaker_ahead(text, end)  # the quote closes in a later sentence
        if speaker is None and self.voice is not None and not attr and quoted:
            speaker = (self.voice, end)  # the quote goes on
        self.voice = speaker[0] if speaker is not None else None
        topic_before = self.topic
        # (typed as the field is: compiled, a tuple typed ``_SentenceAt`` is unboxed, and boxed anew
        # for each mention it is given to; this one is made once)
        here: _SentenceAt | None = (text, sent, start, end)
        out: list[Resolved] = []
        subject: Ent | None = None
        # the dependent mentions that may be the fallback subject, in order (``_fallback_subject``:
        # its tests, the costliest of the sentence, are run only when no subject is found)
        pending: list[Resolved] | None = None
        context_only = view is None
        for m in ms:
            ent: Ent | None = None
            if m.form == "name" and m.name and m.type:
                ent = (m.name, m.type, m.parent)
            elif context_only and subject is not None:
                # read for the context alone, its subject found: what a pronoun or reference after it
                # resolves to is read by nothing (neither is a subject now, nor the last of its type,
                # nor the writer's institution; the mentions after it read only where it is)
                pass
            elif (
                speaker is not None
                and m.start < speaker[1]
                and (
                    m.type == speaker[0][1] if m.form == "reference" else m.form == "pronoun" and _we(text, m)
                )
            ):
                ent = speaker[0]  # "we", "our" (and "the city's" of a city's official) in the quote
            elif m.form == "reference":
                # "Quebec's GDP grew ..., and the province's population ...": the subject named
                # before it in the sentence, of its type, before the topic of the sentences before
                ent = subject if subject is not None and subject[1] == m.type else self._reference(m)
            elif m.form == "pronoun":
                # "Leeds City Council said its budget ...", "the firm said it would ...": a pronoun
                # opening the reported clause is the speaker
                told = _reported_by(text, attr, m.start) if attr else None
                # the mentions before it near enough, the last of them not dependent (asked from
                # the last one back), else the last of them, else the topic (a loop from the last
                # back: no list or generator per pronoun)
                last_near: Resolved | None = None
                for r in reversed(out):
                    if (
                        r.ent is not None
                        and not r.mention.modifier
                        and r.ent[1] not in ("country", "organization")
                        and not (side and _inside(r.mention.start, side))
                        and not (attr and _inside(r.mention.start, attr) != told)
                    ):
                        if last_near is None:
                            last_near = r
                        if not r.dependent:
                            ent = r.ent
                            break
                else:
                    ent = last_near.ent if last_near is not None else self.topic
            resident = residents is not None and id(m) in residents
            r = Resolved(m, ent, here, resident, out[-1] if out else None, True, False, m.form == "name")
            out.append(r)
            if ent is None:
                continue  # (nothing below reads a mention with no entity)
            # (compiled, an ``Ent`` tested for None is unboxed at each read and boxed anew at each
            # store: its type read once, and ``r.ent``, never tested, stored where it may be)
            typ = ent[1]
            if m.form == "name" and not (
                typ in ("company", "organization") and attr and _inside(m.start, attr)  # (the type first)
            ):
                self.last[typ] = ent
                if typ in ("province", "city", "county", "district"):  # (``_PAGE_PLACES``, written out)
                    self.last_place = r.ent
                # (not "Texas" in "Nuevo Leon, the Mexican state bordering Texas,": an aside's name)
                aside = bool(side) and _inside(m.start, side)
                # (``_HEAD_TYPES``, written out)
                if typ in ("province",) and not m.modifier and not r.dependent and not aside:
                    self.last_head[typ] = ent
            if (
                subject is None
                and not m.weak
                and not m.modifier
                and typ not in ("country", "organization")
                and not (attr and _inside(m.start, attr))
                and not (side and _inside(m.start, side))
            ):
                if not r.dependent:
                    if not _trailing_subordinate(sent, 0, m.start - start):
                        subject = r.ent  # (not "..., as trucking company X filed for bankruptcy")
                elif pending is None:
                    pending = [r]
                else:
                    pending.append(r)
        if subject is None and pending is not None:
            subject = _fallback_subject(sent, start, pending)
        if subject is None and speaker is not None and speaker[0][1] == "company":
            # '"Demand is strong," said Li, chairman of X Co. Its sales ...': the speaker's company
            subject = self.last["company"] = speaker[0]
        for r in out:
            if (
                r.ent is not None
                and r.mention.form == "name"
                and r.ent[1] in ("organization", "company")
                and _affiliated(sent[: r.mention.start - start])
            ):
                # "I am a doctoral student at the X University": the writer's institution
                self.persona = r.ent
                subject = subject if subject and subject[1] in ("organization", "company") else r.ent
        if view is not None:
            view.mentions, view.asides, view.attrib, view.hard_starts = out, side, attr, hard
            view.subject, view.topic_before, view.persona = subject, topic_before, self.persona
            if speaker is not None:
                view.voice = speaker
        self.topic = subject or self.topic  # (the subject, if any: never tested for None, never unboxed)
