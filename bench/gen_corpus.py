#!/usr/bin/env python3
"""Generates a benchmark corpus of any size from the bundled samples.

Each generated article mixes paragraphs of the sample .txt files (keeping
their boilerplate lines), varies numbers and adds a unique serial line so
no two articles share content (the store would otherwise deduplicate them).
Output: one JSON Lines file (fields text, url, title, published), or with
--dir, one .txt file per article."""
import argparse
import json
import os
import random


def load_paragraphs(samples):
    paras = []
    for root, _, files in os.walk(samples):
        for name in sorted(files):
            if name.endswith(".txt"):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    paras += [p for p in f.read().split("\n") if p.strip()]
    if not paras:
        paras = ["Officials said an attack on a checkpoint killed 4 people on Monday."]
    return paras


def make_article(rng, paras, size, serial):
    lines = [f"Report {serial}: developments in the region"]
    while sum(len(l) + 1 for l in lines) < size:
        p = rng.choice(paras)
        p = "".join(str(rng.randint(2, 99)) if c.isdigit() and rng.random() < 0.3 else c
                    for c in p)
        lines.append(p)
    lines.append(f"Reference number {serial}-{rng.getrandbits(48):x}.")
    return "\n".join(lines)[: size + 200]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", default="samples")
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--size", type=int, default=4096, help="bytes per article")
    ap.add_argument("--out", help="JSON Lines file to write")
    ap.add_argument("--dir", help="folder to write .txt files into")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paras = load_paragraphs(args.samples)
    if args.dir:
        os.makedirs(args.dir, exist_ok=True)
        for i in range(args.count):
            with open(os.path.join(args.dir, f"a{i:07d}.txt"), "w", encoding="utf-8") as f:
                f.write(make_article(rng, paras, args.size, i))
        return
    with open(args.out, "w", encoding="utf-8") as f:
        for i in range(args.count):
            rec = {"text": make_article(rng, paras, args.size, i),
                   "url": f"https://example.org/news/{i}",
                   "title": f"Report {i}", "published": "2025-03-0%d" % (1 + i % 9)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
