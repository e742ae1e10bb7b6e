#!/usr/bin/env python3
"""Writes the held-out (report) parts the framing lists were judged on, as plain-text articles.

Usage (from the repository root): python3 docs/judged/framing_inputs.py OUT_DIR [SHARED_DIR]

OUT_DIR/pol-judge    PolNeAR usa-today_* and west-journal_* texts, unchanged
OUT_DIR/zyte-judge   Zyte dev pages 4-7: "Title: <og:title or <title>>" and the gold article body
OUT_DIR/fakes-judge  FA-KES events whose md5("date|location") starts with 8-f: "Title: <title>" and the content
(the tune parts, written with --tune, are the other outlets, pages 0-3 and events 0-7)
"""
import csv, gzip, hashlib, html, json, os, re, shutil, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
tune = "--tune" in sys.argv
out = args[0]
shared = args[1] if len(args) > 1 else "../shared"
suffix = "tune" if tune else "judge"
pol = os.path.join(out, "pol-" + suffix)
zyte = os.path.join(out, "zyte-" + suffix)
fakes = os.path.join(out, "fakes-" + suffix)
for d in (pol, zyte, fakes):
    os.makedirs(d, exist_ok=True)

held = ("usa-today_", "west-journal_")
src = os.path.join(shared, "data/polnear/text")
for f in sorted(os.listdir(src)):
    if f.startswith(held) != tune:
        shutil.copy(os.path.join(src, f), pol)


def title(page):
    for pat in (r'<meta[^>]+property\s*=\s*["\']og:title["\'][^>]*content\s*=\s*"([^"]*)"',
                r'<meta[^>]+property\s*=\s*["\']og:title["\'][^>]*content\s*=\s*\'([^\']*)\'',
                r'<meta[^>]+content\s*=\s*"([^"]*)"[^>]*property\s*=\s*["\']og:title',
                r'<title[^>]*>(.*?)</title>'):
        m = re.search(pat, page, re.S | re.I)
        if m and m.group(1).strip():
            return " ".join(html.unescape(m.group(1)).split())
    return None


gold = json.load(open(os.path.join(shared, "data/zyte/ground-truth-dev.json"), encoding="utf-8"))
for page, v in gold.items():
    if (page[0] in "0123") != tune:
        continue
    raw = gzip.open(os.path.join(shared, "data/zyte/html", page + ".html.gz")).read().decode("utf-8", "replace")
    t = title(raw)
    with open(os.path.join(zyte, page + ".txt"), "w", encoding="utf-8") as w:
        w.write(("Title: " + t + "\n\n" if t else "") + v["articleBody"].strip() + "\n")

csv.field_size_limit(10 ** 8)
for r in csv.DictReader(open(os.path.join(shared, "data/fakes/fakes-dev.csv"), encoding="utf-8")):
    h = hashlib.md5((r["date"] + "|" + r["location"]).encode()).hexdigest()
    if (h[0] in "01234567") != tune:
        continue
    with open(os.path.join(fakes, "fakes-" + r["unit_id"] + ".txt"), "w", encoding="utf-8") as w:
        w.write("Title: " + r["article_title"].strip() + "\n\n" + r["article_content"].strip() + "\n")
print(pol, zyte, fakes)
