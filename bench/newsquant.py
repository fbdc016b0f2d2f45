"""Run Tally's quantity grammar over NewsQuant (CQE, EMNLP 2023) and score it.

    .venv/bin/python bench/newsquant.py [--gold PATH] [--out preds.json] [--default-options]

Writes the predictions in the scorer's format and runs shared/bench/newsquant/score_newsquant.py
in strict and paper mode. NewsQuant's conventions differ from Tally's facts in a few places
("one proposal" is a count of 1, "from $160 to $180" is one range, "the last three months" is a
duration, ranks are not annotated, fractions are ratios), so the scan uses ``Options`` set for
them unless --default-options is given. The unit-name mapping is benchmark-specific
(bench/newsquant_units.yaml); NewsQuant's vocabulary (cqe_units/unit.json, GPL) is not shipped.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import yaml

from tally.extract.q_nouns import noun_phrase
from tally.extract.quantities import Options, counted_phrase, scan
from tally.model import Quantity

NQ_DIR = Path("/work/shared/bench/newsquant")
GOLD = NQ_DIR / "formatted_test_set" / "NewsQuant.json"
SCORER = NQ_DIR / "score_newsquant.py"
UNITS = yaml.safe_load((Path(__file__).parent / "newsquant_units.yaml").read_text())
NEWS = Options(singular_one=True, from_to_ranges=True, period_durations=True, ranks=False,
               multiples=False, hyphen_counts=False)
APPROX = {"=": "=", "~": "~", ">": ">", ">=": ">", "<": "<", "<=": "<"}
AGE = {"year": "year of age", "month": "month of age", "week": "week of age", "day": "day of age"}


_IRREGULAR_ADJ = {"best": "good", "better": "good", "worst": "bad", "worse": "bad",
                  "other": "other", "under": "under", "over": "over", "after": "after"}
_POSSESSIVE = re.compile(r"['’]s?$")


_SHORT_ADJ = frozenset(
    "old young high low large small great long short fast slow cheap strong weak rich poor late "
    "new few hard soft warm cool cold deep wide close near light dark clean safe tight smart tall "
    "quick tough nice fine broad bright fresh huge wise brave loud proud sharp thick thin".split()
)
_EST_NOUNS = frozenset(
    "interest forest test guest west protest contest harvest request chest quest nest rest "
    "honest modest earnest manifest inquest conquest behest".split()
)


def _adj_base(word: str) -> str:
    """NewsQuant lemmatises adjectives in counted phrases ("hottest" -> "hot", "best" -> "good").

    Without a tagger, "-er" is taken for a comparative only when the stem is a known short
    adjective or looks like one ("bigger", "earlier", "larger"), so "member", "power" stay."""
    w = word.lower()
    if w in _IRREGULAR_ADJ:
        return _IRREGULAR_ADJ[w]
    for suf in ("est", "er"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            if suf == "est" and w in _EST_NOUNS:
                return word
            stem = w[: -len(suf)]
            if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                return stem[:-1]
            if stem.endswith("i"):
                return stem[:-1] + "y"
            if stem.endswith(("rg", "dg", "nc")):
                return stem + "e"
            if stem + "e" in _SHORT_ADJ:
                return stem + "e"                              # "closest", "wider"
            if suf == "est" or stem in _SHORT_ADJ:
                return stem
            return word
    return word


def _phrase(np) -> str:
    words = [_adj_base(w) if i < len(np.words) - 1 else w for i, w in enumerate(np.words)]
    words = [w for w in words if w.lower() not in ("most", "more")]
    # NewsQuant drops "'s": "Airbnb early investment"
    words = [_POSSESSIVE.sub("", w) for w in words]
    return " ".join((*words[:-1], np.head))


_OF_THE = re.compile(r"\s+(?:of\s+)?(?:the\s+|those\s+)?")
_EXT_START = re.compile(r"\s+(?:in|to|ever)\b")
_EXT_TOKEN = re.compile(r"\s*([A-Za-z][\w’'-]*|[^\w\s])")
_EXT_SKIP = {"in", "to", "ever", "the", "a", "an", "his", "her", "their", "its", "my", "our", "of"}
_EXT_STOP = {"that", "with", "but", "so", "which", "who", "around", "several", "and", "or"}


def _extension(text: str, pos: int) -> list[str]:
    """NewsQuant's "one of the X" units run on through "in/to ...": "hot luxury car world"."""
    if not _EXT_START.match(text, pos):
        return []
    words: list[str] = []
    for _ in range(8):
        m = _EXT_TOKEN.match(text, pos)
        if not m or not m.group(1)[0].isalpha() or m.group(1).lower() in _EXT_STOP:
            break
        pos = m.end()
        if m.group(1).lower() not in _EXT_SKIP:
            words.append(m.group(1))
    return words


_SURFACES = {u: [(re.compile(p, re.I), name) for p, name in rows]
             for u, rows in UNITS.pop("_surfaces", {}).items()}


def _surface_unit(q: Quantity) -> str | None:
    for pat, name in _SURFACES.get(q.unit, ()):
        if pat.search(q.text):
            return name
    return None


def nq_unit(text: str, q: Quantity) -> str:
    if "age" in q.rules and q.unit in AGE:
        return AGE[q.unit]
    if "fraction" in q.rules:
        m = _OF_THE.match(text, q.end)
        np = noun_phrase(text, m.end() - 1 if m and m.end() > q.end else q.end, plural=True)
        return "% " + (_phrase(np) if np else "-")
    if q.unit == "count":
        np = counted_phrase(text, q)
        base = _phrase(np) if np else (q.counted or "-")
        if np and q.value == 1 and text[q.end : np.end].lstrip().startswith("of"):
            base = " ".join([base, *_extension(text, np.end)])
    elif _surface_unit(q):
        base = _surface_unit(q)
    else:
        if q.unit in UNITS:
            base = UNITS[q.unit]
        else:
            base = " per ".join(UNITS.get(p, p) for p in q.unit.split("/"))
        if "fraction" in q.rules:
            base = "% -"
    if q.per and "/" not in q.unit and "per" in q.rules:
        per = UNITS.get(q.per, q.per)
        base = f"{base} per {per}"
    return base


def nq_value(q: Quantity):
    if "vague" in q.rules:
        base = next(float(r.split(":")[1]) for r in q.rules if r.startswith("vague:"))
        return [base, base * 10]
    if q.value is None:
        return None
    v = q.value / 100 if "fraction" in q.rules else q.value
    if q.value_high is not None:
        return [v, q.value_high]
    return v


def predict(sentences: list[dict], options: Options) -> list[dict]:
    out = []
    for s in sentences:
        text = s["text"]
        preds = []
        for q in scan(text, 0, None, options):
            if q.unit == "rank":
                continue
            v = nq_value(q)
            if v is None:
                continue
            preds.append({"value": v, "normalized_unit": nq_unit(text, q),
                          "change": APPROX.get(q.approx, "="), "text": q.text})
        out.append({"text": text, "quantities": preds})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--out", default="/tmp/tally_newsquant_predictions.json")
    ap.add_argument("--default-options", action="store_true",
                    help="scan with Tally's default conventions instead of NewsQuant's")
    args = ap.parse_args()
    sentences = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    options = Options() if args.default_options else NEWS
    t0 = time.perf_counter()
    preds = predict(sentences, options)
    dt = time.perf_counter() - t0
    Path(args.out).write_text(json.dumps(preds, ensure_ascii=False, indent=1), encoding="utf-8")
    n = sum(len(p["quantities"]) for p in preds)
    print(f"{len(sentences)} sentences, {n} quantities predicted in {dt:.3f}s -> {args.out}")
    for mode in ("strict", "paper"):
        print(f"== {mode} ==", flush=True)
        subprocess.run([sys.executable, str(SCORER), "--gold", args.gold, "--pred", args.out,
                        "--mode", mode, "--attributes", "change"], check=True)


if __name__ == "__main__":
    main()
