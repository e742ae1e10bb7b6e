#!/usr/bin/env python3
"""Re-scores the framing judged lists against JSON reports of the held-out parts.

Usage: python3 docs/judged/framing_rescore.py REPORT.json...   (reports of pol-judge, zyte-judge, fakes-judge)

For each docs/judged/framing-*.tsv: how many judged findings the current rules still give, the
precision when read of those, and how many current findings nobody has judged yet.
"""
import csv, glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
now = {}
for path in sys.argv[1:]:
    for f in json.load(open(path, encoding="utf-8"))["findings"]:
        now.setdefault(f["rule"], set()).add((f["article"], f["start"], f["end"]))
for tsv in sorted(glob.glob(os.path.join(here, "framing-*.tsv"))):
    judged = {}
    for row in csv.DictReader(open(tsv, encoding="utf-8"), delimiter="\t"):
        judged[(row["rule"], row["article"], int(row["start"]), int(row["end"]))] = row["verdict"]
    rules = {k[0] for k in judged}
    fire = [v for k, v in judged.items() if k[1:] in now.get(k[0], set())]
    fresh = sum(len(now.get(r, set()) - {k[1:] for k in judged if k[0] == r}) for r in rules)
    right = fire.count("right")
    p = right / len(fire) if fire else float("nan")
    print(f"{os.path.basename(tsv):40} judged {len(judged):3}  still fire {len(fire):3}  "
          f"right {right:3} debatable {fire.count('debatable'):3} wrong {fire.count('wrong'):3}  "
          f"precision {p:.2f}  unjudged {fresh}")
