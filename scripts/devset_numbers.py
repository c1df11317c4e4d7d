#!/usr/bin/env python3
"""Measures the number reader against public numeral test suites used as a development set.

    python3 scripts/devset_numbers.py --mizan build/cli/mizan SUITE.json [SUITE.json ...] [--misses]

Each SUITE.json is an array of {"Input", "Results": [{"Text", "Resolution": {"value"}}]} in the
shape of Microsoft Recognizers-Text's Specs/Number/*/{Number,NumberRange,Percent}Model.json
(Duckling corpora can be converted to the same shape). The suites are never copied into this
repository (their licences differ): keep them outside it and pass their paths.

Every Input goes to `mizan extract --lines -` as one line. Per suite the script prints:
  recall     expected numerals overlapped by a mention (spans: ours exclude qualifier words,
             theirs include them, so overlap is the fair test)
  precision  our mentions that overlap an expected numeral
  value      matched numerals whose value agrees (vague: the value lies in our interval;
             percent suites: kind percent; range suites: the bounds, ignoring open/closed)
Cases outside news conventions are excluded and counted by reason (see Exclusion()).
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

# Why a case is left out: Mizan reads news, where these are either not numeric claims or are
# deliberately reported another way (kind other for dates and addresses).
RATIO_WORDS = (" over ", " على ", "جزء من", "اجزاء من", "أجزاء من", "واحد من")
ORDINAL_DENOMINATOR = re.compile(
    r"(fifths?|eighths?|sixths?|sevenths?|ninths?|tenths?|firsts?|hundredths?|trillionths?|"
    r"thirds?|quarters?|fourths?|اخماس|أخماس|خمس|أثمان|اثمان|وعشرونات)$", re.I)
SIMPLE_NUMERATOR = re.compile(
    r"^(a|one|two|three|four|five|six|seven|eight|nine|ten|half|واحد|ثلاث|ثلاثة|خمسة|ثلث|ربع|"
    r"ثلثان|ثلثين|ثمن)$", re.I)


def Exclusion(suite, case, result):
    text = result["Text"] if result else ""
    source = case["Input"]
    if result is None:
        # An expected "no number" that Mizan reads on purpose.
        if re.search(r"[0-9٠-٩](ml|km|مل|ميلي|ك\.|من|مليون)", source):
            return "glued unit/word (Mizan reads 29km as 29)"
        if re.search(r"May 4th|[0-9]-[0-9]", source):
            return "date or phone (Mizan: kind date or other)"
        return None
    if "^" in text or re.search(r"[0-9٠-٩][eE][+-]?[0-9٠-٩]", text):
        return "power notation"
    if any(w in f" {text} " for w in RATIO_WORDS):
        return "ratio fraction (N over M / one of N)"
    if re.match(r"^\s*(-|minus|negative|سالب)", text, re.I):
        return "signed number (news counts are unsigned; '-' is a dash)"
    if re.search(r"[<>=]|equal|يساوي", text, re.I):
        return "math comparator"
    words = re.split(r"[\s\-]+", text.strip())
    if len(words) >= 2 and ORDINAL_DENOMINATOR.search(words[-1]):
        numerator = [w for w in words[:-1] if w.lower() not in ("and", "و")]
        if "and" not in [w.lower() for w in words[:-1]] and not (
                len(numerator) == 1 and SIMPLE_NUMERATOR.match(numerator[0])):
            return "compound-numerator fraction"
    if text not in source:
        return "spec error (text not in input)"
    if re.search(r"[0-9٠-٩]+/[0-9٠-٩]+/[0-9٠-٩]+|192\.168", source):
        return "date or address (Mizan: kind other)"
    if "G" in text and re.search(r"[0-9]G", text):
        return "SI prefix G"
    return None


def ParseValue(suite, raw):
    """Expected (low, high, direction) from a Resolution value."""
    raw = raw.strip()
    m = re.match(r"^([\[(])([^,]*),([^,]*)([\])])$", raw)
    if m:
        low = float(m.group(2)) if m.group(2) else None
        high = float(m.group(3)) if m.group(3) else None
        return low, high
    raw = raw.rstrip("%")
    v = float(raw)
    return v, v


def Close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)


def ValueAgrees(kind_suite, expected, mention):
    low, high = expected
    v = mention.get("value", {})
    mlow, mhigh, q = v.get("low"), v.get("high"), v.get("qualifier")
    if kind_suite == "range":
        return Close(low, mlow) and Close(high, mhigh)
    if kind_suite == "percent" and mention.get("kind") != "percent":
        return False
    if q == "vague" and mlow is not None and mhigh is not None:
        return mlow <= low <= mhigh
    return Close(low, mlow) or (mlow is None and Close(low, mhigh))


def ByteSpan(source, text, start_char):
    i = source.find(text, start_char)
    if i < 0:
        return None
    b = len(source[:i].encode("utf-8"))
    return (b, b + len(text.encode("utf-8")), i + len(text))


def RunMizan(binary, inputs):
    data = "".join(s.replace("\n", " ") + "\n" for s in inputs)
    out = subprocess.run([binary, "extract", "--lines", "-", "--quiet"], input=data.encode(),
                         capture_output=True, check=False).stdout.decode()
    by_line = {}
    for line in out.splitlines():
        m = json.loads(line)
        by_line.setdefault(m["line"], []).append(m)
    return by_line


def SuiteKind(name):
    low = name.lower()
    if "range" in low:
        return "range"
    if "percent" in low:
        return "percent"
    return "number"


def Evaluate(binary, path, show_misses):
    name = os.path.splitext(os.path.basename(path))[0]
    kind = SuiteKind(name)
    cases = json.load(open(path, encoding="utf-8"))
    by_line = RunMizan(binary, [c["Input"] for c in cases])
    excluded = {}
    expected_n = matched = value_ok = ours_n = ours_ok = 0
    misses = []
    for line_no, case in enumerate(cases, 1):
        ours = by_line.get(line_no, [])
        results = case.get("Results", [])
        if not results:
            why = Exclusion(name, case, None)
            if why:
                excluded[why] = excluded.get(why, 0) + 1
                continue
            ours_n += len(ours)
            for m in ours:
                misses.append(("spurious", case["Input"], m["text"], None))
            continue
        spans = []
        cursor = 0
        skip_case = None
        for r in results:
            why = Exclusion(name, case, r)
            if why:
                skip_case = why
                break
            span = ByteSpan(case["Input"], r["Text"], cursor)
            if span is None:
                skip_case = "spec error (text not in input)"
                break
            cursor = span[2]
            spans.append((span, r))
        if skip_case:
            excluded[skip_case] = excluded.get(skip_case, 0) + 1
            continue
        used = set()
        for (b, e, _), r in spans:
            expected_n += 1
            over = [m for m in ours if m["start"] < e and b < m["end"]]
            for m in over:
                used.add(id(m))
            if not over:
                misses.append(("missed", case["Input"], r["Text"], r["Resolution"]["value"]))
                continue
            matched += 1
            want = ParseValue(kind, r["Resolution"]["value"])
            if any(ValueAgrees(kind, want, m) for m in over):
                value_ok += 1
            else:
                got = "; ".join(f'{m["text"]}={m["value"].get("low")}..{m["value"].get("high")}'
                                f'/{m["value"].get("qualifier")}/{m["kind"]}' for m in over)
                misses.append(("value", case["Input"], r["Text"] + " want " +
                               r["Resolution"]["value"], got))
        ours_n += len(ours)
        ours_ok += sum(1 for m in ours if id(m) in used)
        for m in ours:
            if id(m) not in used:
                misses.append(("spurious", case["Input"], m["text"], None))
    recall = matched / expected_n if expected_n else 0
    precision = ours_ok / ours_n if ours_n else 0
    value = value_ok / matched if matched else 0
    print(f"{name}: cases {len(cases)}, excluded {sum(excluded.values())}; "
          f"recall {matched}/{expected_n} = {recall:.2f}, precision {ours_ok}/{ours_n} = "
          f"{precision:.2f}, value {value_ok}/{matched} = {value:.2f}")
    for why, count in sorted(excluded.items()):
        print(f"    excluded {count}: {why}")
    if show_misses:
        for what, source, text, got in misses:
            print(f"    {what}: {source!r} :: {text}" + (f" :: got {got}" if got else ""))
    return matched, expected_n


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mizan", default="build/cli/mizan", help="the mizan binary")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("suites", nargs="+", help="Recognizers-shaped JSON spec files")
    args = parser.parse_args()
    for path in args.suites:
        Evaluate(args.mizan, path, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
