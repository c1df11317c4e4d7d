#!/usr/bin/env python3
"""Scores the number reader on a number batch (fixtures/numbers/*.jsonl).

Usage: scripts/eval_numbers.py BATCH.jsonl [--mizan build/cli/mizan] [--units core/lexicons/units.tsv]
                               [--misses]

The batch format is /work/briefs/numbers_format.md: one sentence per line with its expected
quantity-like mentions ("expect": surface, kind, low, high, qualifier, unit) and the surfaces
that are not counts ("not_counts"). The texts are run through `mizan extract --lines -` (one
per line, in order); a predicted mention of kind quantity, percent or fraction matches an
expected one when their byte spans overlap (each used once). The expected surface is located
at its first occurrence after the previous expected surface of the same sentence.

Figures:
  value P/R/F1  precision = predictions with the right value / all quantity-like predictions
                (a count over a not_counts surface, or anywhere unexpected, is a false
                positive); recall = expected entries with the right value / all expected.
                Right value: low and high equal (relative 1e-6; null equals null only).
  exact         share of expected entries right in value, qualifier, kind and unit. A
                predicted unit that is not a currency (category money in units.tsv) counts
                as null, since the batch gives only currencies.
  per language, per phenomenon, and over the entries whose qualifier is "range".
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

KINDS = {"quantity", "percent", "fraction"}


def load_currencies(path):
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[2] == "money":
                ids.add(cols[1])
    return ids


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def value_right(exp, pred):
    v = pred.get("value", {})
    return same(exp["low"], v.get("low")) and same(exp["high"], v.get("high"))


def run_mizan(mizan, texts):
    data = "".join(t + "\n" for t in texts).encode("utf-8")
    out = subprocess.run([mizan, "extract", "--lines", "-"], input=data,
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    by_line = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            m = json.loads(line)
            if "line" in m:
                by_line[m["line"]].append(m)
    return by_line


class Tally:
    def __init__(self):
        self.pred = 0      # quantity-like predictions
        self.tp = 0        # expected entries matched with the right value
        self.expected = 0
        self.exact = 0
        self.not_count_fp = 0

    def figures(self):
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.expected if self.expected else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        e = self.exact / self.expected if self.expected else 0.0
        return p, r, f, e

    def line(self, name):
        p, r, f, e = self.figures()
        return (f"{name:<14} value P {p:.3f} R {r:.3f} F1 {f:.3f}   exact {e:.3f} "
                f"({self.exact}/{self.expected})   predicted {self.pred}, "
                f"over not-counts {self.not_count_fp}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch")
    ap.add_argument("--mizan", default=os.path.join(here, "..", "build", "cli", "mizan"))
    ap.add_argument("--units", default=os.path.join(here, "..", "core", "lexicons", "units.tsv"))
    ap.add_argument("--misses", action="store_true", help="print every wrong or missed entry")
    args = ap.parse_args()

    currencies = load_currencies(args.units)
    rows = [json.loads(l) for l in open(args.batch, encoding="utf-8") if l.strip()]
    preds = run_mizan(args.mizan, [r["text"] for r in rows])

    tallies = collections.defaultdict(Tally)
    range_tally = Tally()
    for i, row in enumerate(rows, start=1):
        text = row["text"].encode("utf-8")
        groups = ["all", "lang " + row["lang"], "phen " + row["phenomenon"]]
        predicted = [m for m in preds.get(i, []) if m.get("kind") in KINDS]
        for g in groups:
            tallies[g].pred += len(predicted)
        # Not-count surfaces covered by a quantity-like prediction.
        pos = 0
        for s in row.get("not_counts", []):
            b = text.find(s.encode("utf-8"), 0)
            if b < 0:
                continue
            e = b + len(s.encode("utf-8"))
            if any(m["start"] < e and b < m["end"] for m in predicted):
                for g in groups:
                    tallies[g].not_count_fp += 1
        used = set()
        pos = 0
        for exp in row["expect"]:
            surface = exp["surface"].encode("utf-8")
            b = text.find(surface, pos)
            if b < 0:
                sys.exit(f"{row['id']}: surface {exp['surface']!r} not found")
            e = b + len(surface)
            pos = e
            cands = [k for k, m in enumerate(predicted)
                     if k not in used and m["start"] < e and b < m["end"]]
            right = [k for k in cands if value_right(exp, predicted[k])]
            pick = right[0] if right else (cands[0] if cands else None)
            ok_value = pick is not None and value_right(exp, predicted[pick])
            exact = False
            if pick is not None:
                used.add(pick)
                m = predicted[pick]
                unit = m.get("unit") or None
                if unit not in currencies:
                    unit = None
                exact = (ok_value and m["value"].get("qualifier") == exp["qualifier"] and
                         m["kind"] == exp["kind"] and unit == exp["unit"])
            tgroups = [tallies[g] for g in groups]
            if exp["qualifier"] == "range":
                tgroups.append(range_tally)
            for t in tgroups:
                t.expected += 1
                t.tp += ok_value
                t.exact += exact
            if args.misses and not exact:
                got = ("nothing" if pick is None else
                       f"{predicted[pick]['text']!r} {predicted[pick]['kind']} "
                       f"{predicted[pick]['value']} unit={predicted[pick].get('unit')!r}")
                print(f"MISS {row['id']} {exp['surface']!r} want {exp['kind']} "
                      f"{exp['low']}..{exp['high']} {exp['qualifier']} {exp['unit']}; got {got}")
        if args.misses:
            for k, m in enumerate(predicted):
                if k not in used:
                    print(f"EXTRA {row['id']} {m['text']!r} {m['kind']} {m['value']}")

    print(f"batch {args.batch}: {len(rows)} sentences")
    print(tallies["all"].line("all"))
    for name in sorted(tallies):
        if name.startswith("lang "):
            print(tallies[name].line(name[5:]))
    for name in sorted(tallies):
        if name.startswith("phen "):
            print(tallies[name].line(name[5:]))
    p, r, f, e = range_tally.figures()
    print(f"range entries  value right {range_tally.tp}/{range_tally.expected}   "
          f"exact {e:.3f} ({range_tally.exact}/{range_tally.expected})")


if __name__ == "__main__":
    main()
