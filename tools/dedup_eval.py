#!/usr/bin/env python3
"""Measures `vigil copies` on a near-duplicate set generated from real
articles: the reference bodies of ../shared/eval/dev/aeb and the dev text
sets. Each original gets copies with realistic edits that keep at least 80%
of its text (other boilerplate around it, truncation, a dropped paragraph,
light rewording); every other pair is a non-copy. Prints precision and
recall of reported copy pairs as JSON. The generated files live in a temp
folder and are never committed."""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HEADERS = ["Home | World | Politics | Security", "Subscribe to our newsletter",
           "Share this article", "Advertisement"]
FOOTERS = ["Follow us on social media for updates.", "Source link", "Related: more on this story",
           "Copyright the publisher. All rights reserved."]


def originals(shared, limit):
    gold = json.load(open(os.path.join(shared, "eval/dev/aeb.gold.json")))
    texts = [d["body"] for d in gold["docs"] if len(d.get("body", "").split()) >= 150]
    for sub in ("re3d", "polnear", "wikievents"):
        folder = os.path.join(shared, "eval/dev", sub, "inputs")
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            t = open(os.path.join(folder, name), encoding="utf-8", errors="replace").read()
            if len(t.split()) >= 150:
                texts.append(t)
    return texts[:limit]


def reword(rng, text, share):
    words = text.split(" ")
    for i in rng.sample(range(len(words)), int(len(words) * share)):
        w = words[i]
        words[i] = w[::-1] if len(w) > 3 else w.upper()  # a changed word
    return " ".join(words)


def variants(rng, text):
    paras = [p for p in text.split("\n") if p.strip()]
    out = {"boilerplate": "\n".join([rng.choice(HEADERS)] + paras + [rng.choice(FOOTERS)])}
    words = text.split(" ")
    out["truncated"] = " ".join(words[: int(len(words) * rng.uniform(0.85, 0.95))])
    if len(paras) >= 7:
        drop = rng.randrange(1, len(paras))
        out["dropped_paragraph"] = "\n".join(paras[:drop] + paras[drop + 1:])
    out["reworded"] = reword(rng, text, 0.02)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--vigil", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--keep", help="write the set here instead of a temp folder")
    args = ap.parse_args()
    rng = random.Random(11)
    folder = args.keep or tempfile.mkdtemp(prefix="vigil-dedup-")
    os.makedirs(folder, exist_ok=True)
    group_of = {}
    copies = 0
    texts = originals(args.shared, args.limit)
    for i, text in enumerate(texts):
        name = f"a{i:04d}_original.txt"
        open(os.path.join(folder, name), "w").write(text)
        group_of[name] = i
    for i, text in enumerate(texts):
        for kind, body in variants(rng, text).items():
            name = f"b{i:04d}_{kind}.txt"
            open(os.path.join(folder, name), "w").write(body)
            group_of[name] = i
            copies += 1
    res = subprocess.run([args.vigil, "copies", "--json", folder], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    if res.returncode not in (0, 1):
        sys.exit("dedup_eval: vigil copies failed")
    reported = right = 0
    found = set()
    for line in res.stdout.splitlines():
        pair = json.loads(line)
        a, b = os.path.basename(pair["source"]), os.path.basename(pair["copies"])
        reported += 1
        if group_of.get(a) == group_of.get(b):
            right += 1
            if a.startswith("b"):
                found.add(a)
    result = {"originals": len(texts), "copies": copies, "reported": reported,
              "precision": round(right / reported, 4) if reported else 1.0,
              "recall": round(len(found) / copies, 4) if copies else 1.0}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
