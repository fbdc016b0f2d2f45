"""Consistency benchmark: do the checks catch figures that no longer tally?

For each corpus document: extract its facts (``tally.pipeline.process``; or, with
``--source gold`` or while the pipeline is not available, the hand-made gold facts of
``shared/bench/gold``), run every check over the whole corpus, then for every figure that took
part in an ``ok`` check change that figure in the TEXT (×1.3, keeping its format: "56.11" →
"72.94", "3,368" → "4,378"), extract the corrupted copy again and run the checks over it and
the untouched rest of the corpus.

Reported:
* false alarms: contradictions on the untouched corpus (target 0);
* recall: injected errors flagged by a ``contradiction`` that involves the changed figure,
  over the injections that break a relation Tally checks (an oracle re-runs the checks with
  only that value changed; target ≥ 0.9); also over every injection made.

With ``--store DIR`` the original and each corrupted corpus are saved into separate SQLite
databases (``tally.store.Store``) and the checks run over the facts read back from them.

    python bench/consistency.py [--source auto|pipeline|gold] [--factor 1.3] [--store DIR] [-v]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tally.model import Check, Document, Entity, Extraction, Fact
from tally.verify import format_check, run_checks

SHARED = Path(__file__).resolve().parents[2] / "shared"
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*\n")


# ------------------------------------------------------------------ documents and facts
def load_documents(corpus: Path, docs_json: Path) -> list[Document]:
    meta = json.loads(docs_json.read_text(encoding="utf-8")) if docs_json.exists() else {}
    docs = []
    for p in sorted(corpus.glob("*.txt")):
        raw = p.read_bytes()
        pub = meta.get(p.name, {}).get("published")
        docs.append(Document(name=p.name, source=str(p), text=raw.decode("utf-8"),
                             sha256=hashlib.sha256(raw).hexdigest(), size=len(raw),
                             published=dt.date.fromisoformat(pub) if pub else None))
    return docs


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def with_sentences(facts: list[Fact], text: str) -> list[Fact]:
    """Gold facts carry no sentence offsets: add them with a plain splitter."""
    sents = sentences(text)
    out = []
    for f in facts:
        s = next(((a, b) for a, b in sents if a <= f.start < max(b, a + 1)), (None, None))
        out.append(dataclasses.replace(f, sentence_start=s[0], sentence_end=s[1]))
    return out


class GoldExtractor:
    """Hand-made gold facts as a perfect extractor; a corrupted copy gets the same facts with
    the changed figure's value and the offsets after it shifted."""

    name = "gold"

    def __init__(self, gold_dir: Path) -> None:
        self.facts: dict[str, list[Fact]] = {}
        fields = {f.name for f in dataclasses.fields(Fact)}
        for fn in sorted(gold_dir.glob("*.jsonl")):
            for line in fn.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    f = Fact(**{k: v for k, v in r.items() if k in fields})
                    self.facts.setdefault(f.doc, []).append(f)

    def covers(self, doc: Document) -> bool:
        return doc.name in self.facts

    def extract(self, doc: Document, edit: Edit | None = None) -> list[Fact]:
        facts = self.facts.get(doc.name, [])
        if edit is not None:
            facts = [edit.apply(f) for f in facts]
        return with_sentences(facts, doc.text if edit is None else edit.text)


class PipelineExtractor:
    name = "pipeline"

    def __init__(self) -> None:
        from tally.pipeline import process  # noqa: F401 - fails while the pipeline is absent

        self.process = process

    def covers(self, doc: Document) -> bool:
        return True

    def extract(self, doc: Document, edit: Edit | None = None) -> list[Fact]:
        if edit is not None:
            sha = hashlib.sha256(edit.text.encode()).hexdigest()
            doc = dataclasses.replace(doc, text=edit.text, sha256=sha)
        return list(self.process(doc).facts)


# ------------------------------------------------------------------ injections
@dataclasses.dataclass(slots=True)
class Edit:
    """One figure changed in a document's text."""

    doc: str
    text: str            # the corrupted text
    start: int           # the changed number's span in the ORIGINAL text
    end: int
    old: str
    new: str
    fact: Fact           # the original fact of that figure

    @property
    def delta(self) -> int:
        return len(self.new) - len(self.old)

    @property
    def factor(self) -> float:
        return float(self.new.replace(",", "")) / float(self.old.replace(",", ""))

    def new_span(self) -> tuple[int, int]:
        return self.start, self.end + self.delta

    def apply(self, f: Fact) -> Fact:
        """A fact of the original as a perfect extractor reads it from the corrupted text."""
        if f.start >= self.end:
            return dataclasses.replace(f, start=f.start + self.delta, end=f.end + self.delta)
        if f.start <= self.start and self.end <= f.end:
            return dataclasses.replace(
                f, end=f.end + self.delta, text=self.text[f.start : f.end + self.delta],
                value=None if f.value is None else f.value * self.factor,
                value_high=None if f.value_high is None else f.value_high * self.factor,
            )
        return f


def scaled(number: str, factor: float) -> str | None:
    """``number`` × ``factor`` written like ``number`` (decimals, thousands separators)."""
    plain = number.replace(",", "")
    decimals = len(plain.partition(".")[2])
    value = float(plain) * factor
    out = f"{value:,.{decimals}f}" if "," in number else f"{value:.{decimals}f}"
    return None if out == number else out


def inject(doc: Document, fact: Fact, factor: float) -> Edit | None:
    m = _NUM.search(doc.text, fact.start, fact.end)
    if not m or m.end() > fact.end:
        return None
    for k in (factor, 2.0):
        new = scaled(m.group(0), k)
        if new is not None:
            text = doc.text[: m.start()] + new + doc.text[m.end() :]
            return Edit(
                doc=doc.name, text=text, start=m.start(), end=m.end(), old=m.group(0), new=new, fact=fact
            )
    return None


# ------------------------------------------------------------------ running checks
def checks_over(corpus: dict[str, list[Fact]], docs: dict[str, Document], store_dir: Path | None,
                label: str) -> list[Check]:
    published = {n: d.published for n, d in docs.items()}
    if store_dir is None:
        return run_checks([f for fs in corpus.values() for f in fs], published=published)
    from tally.store import Store

    store = Store(store_dir / f"{label}.db")
    try:
        for name, facts in corpus.items():
            ents = {(f.entity, f.entity_type) for f in facts if f.entity and f.entity_type}
            store.save(Extraction(document=docs[name], articles=[], facts=facts,
                                  entities=[Entity(name=n, type=t) for n, t in sorted(ents)]))
        checks = run_checks(store.all_facts(), published=published)
        store.replace_checks(checks)
        return checks
    finally:
        store.close()


def overlaps(fid: str, doc: str, span: tuple[int, int]) -> bool:
    d, _, rng = fid.rpartition(":")
    a, _, b = rng.partition("-")
    return d == doc and int(a) < span[1] and span[0] < int(b)


def flagged(checks: list[Check], edit: Edit, *, statuses: tuple[str, ...]) -> list[Check]:
    span = edit.new_span()
    return [c for c in checks if c.status in statuses and any(overlaps(f, edit.doc, span) for f in c.facts)]


def broken(base: list[Check], oracle: list[Check], edit: Edit) -> bool:
    """Does changing the figure (and nothing else) turn an ``ok`` check on it into a failing one?"""
    def new_id(fid: str) -> str:
        d, _, rng = fid.rpartition(":")
        if d != edit.doc:
            return fid
        a, b = (int(x) for x in rng.split("-"))
        if a >= edit.end:
            a, b = a + edit.delta, b + edit.delta
        elif a <= edit.start and edit.end <= b:
            b += edit.delta
        return f"{d}:{a}-{b}"

    was_ok = {(c.rule, c.key, frozenset(map(new_id, c.facts))) for c in base
              if c.status == "ok" and edit.fact.id in c.facts}
    return any(c.status != "ok" and (c.rule, c.key, frozenset(c.facts)) in was_ok for c in oracle)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--docs", type=Path, default=SHARED / "bench" / "docs.json")
    ap.add_argument("--gold", type=Path, default=SHARED / "bench" / "gold")
    ap.add_argument("--source", choices=("auto", "pipeline", "gold"), default="auto")
    ap.add_argument("--factor", type=float, default=1.3)
    ap.add_argument("--store", type=Path, help="save each corpus into SQLite databases in this folder")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    extractor: GoldExtractor | PipelineExtractor
    if args.source == "gold":
        extractor = GoldExtractor(args.gold)
    else:
        try:
            extractor = PipelineExtractor()
        except ImportError as e:
            if args.source == "pipeline":
                raise
            print(f"pipeline not available ({e}); using the gold facts as a perfect extractor")
            extractor = GoldExtractor(args.gold)
    docs = {d.name: d for d in load_documents(args.corpus, args.docs) if extractor.covers(d)}
    original = {n: extractor.extract(d) for n, d in docs.items()}
    print(f"source: {extractor.name}; {len(docs)} documents, {sum(map(len, original.values()))} facts")

    tmp = None
    store_dir = args.store
    if store_dir is not None:
        store_dir.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(dir=store_dir)
        store_dir = Path(tmp)
    base = checks_over(original, docs, store_dir, "original")
    counts = Counter(c.status for c in base)
    by_status = ", ".join(f"{k} {counts[k]}" for k in ("ok", "warning", "contradiction"))
    print(f"checks on the original: {len(base)} — " + by_status)
    print("by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(Counter(c.rule for c in base).items())))
    false_alarms = [c for c in base if c.status == "contradiction"]
    for c in base if args.verbose else false_alarms:
        print("  " + format_check(c))

    by_id = {f.id: f for fs in original.values() for f in fs}
    targets: dict[str, set[str]] = {}
    for c in base:
        if c.status == "ok":
            for fid in c.facts:
                targets.setdefault(fid, set()).add(c.rule)
    made = breaking = detected = detected_all = skipped = 0
    missed: list[str] = []
    per_rule: Counter[str] = Counter()
    per_rule_hit: Counter[str] = Counter()
    def target_order(fid: str) -> tuple[str, int]:
        doc, _, span = fid.rpartition(":")
        return doc, int(span.split("-")[0])

    for i, fid in enumerate(sorted(targets, key=target_order)):
        fact = by_id[fid]
        edit = inject(docs[fact.doc], fact, args.factor)
        if edit is None:
            skipped += 1
            continue
        made += 1
        corrupted_doc = dataclasses.replace(docs[fact.doc], text=edit.text)
        oracle = dict(original)
        oracle[fact.doc] = [edit.apply(f) for f in original[fact.doc]]
        breaks = broken(base, run_checks([f for fs in oracle.values() for f in fs],
                                         published={n: d.published for n, d in docs.items()}), edit)
        corrupted = dict(original)
        source_doc = corrupted_doc if extractor.name == "pipeline" else docs[fact.doc]
        corrupted[fact.doc] = extractor.extract(source_doc, edit)
        after = checks_over(corrupted, {**docs, fact.doc: corrupted_doc}, store_dir, f"corrupted-{i:03d}")
        hits = flagged(after, edit, statuses=("contradiction",))
        rules = ",".join(sorted(targets[fid]))
        detected_all += bool(hits)
        if breaks:
            breaking += 1
            detected += bool(hits)
            for r in targets[fid]:
                per_rule[r] += 1
                per_rule_hit[r] += bool(hits)
        line = (f"  {'HIT ' if hits else 'miss'} {'breaks' if breaks else 'holds '} {fact.doc}@{fact.start} "
                f"{edit.old!r}→{edit.new!r} [{rules}]")
        if hits and args.verbose:
            line += "\n       " + hits[0].explanation
        if (breaks and not hits) or args.verbose:
            print(line)
        if breaks and not hits:
            missed.append(line)

    print(f"injections: {made} made on figures of ok checks ({skipped} figures not changeable), "
          f"{breaking} break a checked relation")
    recall = detected / breaking if breaking else float("nan")
    print(f"recall (contradiction on the changed figure): {detected}/{breaking} = {recall:.3f} "
          f"of injections that break a relation; {detected_all}/{made} = "
          f"{(detected_all / made if made else float('nan')):.3f} of all injections")
    print("recall by rule: " + ", ".join(f"{r} {per_rule_hit[r]}/{n}" for r, n in sorted(per_rule.items())))
    print(f"false alarms (contradictions on the original): {len(false_alarms)}")
    ok = recall >= 0.9 and not false_alarms
    print("target met" if ok else "target NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
