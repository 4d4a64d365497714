#!/usr/bin/env python3
"""Runs vigil on the evaluation sets in ../shared/eval, scores each with the
shared score.py, prints a table, and fails when a figure is below (or, for
error counts, above) the floor recorded in eval/floors.json.

Skips cleanly (exit 0) when the shared folder is absent: it is not part of
the repository and not on users' machines."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# suite -> (inputs folder relative to shared, gold file relative to shared/eval,
#           pass --inputs to score.py)
SUITES = {
    "seeds": ("seeds", "seeds.gold.json", True),
    "aeb": ("eval/dev/aeb/inputs", "dev/aeb.gold.json", False),
    "re3d": ("eval/dev/re3d/inputs", "dev/re3d.gold.json", False),
    "polnear": ("eval/dev/polnear/inputs", "dev/polnear.gold.json", False),
    "muc4": ("eval/dev/muc4/inputs", "dev/muc4.gold.json", False),
    "wikievents": ("eval/dev/wikievents/inputs", "dev/wikievents.gold.json", False),
}


def lookup(report, dotted):
    node = report
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def run_suite(vigil, shared, name, out_dir):
    inputs_rel, gold_rel, pass_inputs = SUITES[name]
    inputs = os.path.join(shared, inputs_rel)
    gold = os.path.join(shared, "eval", gold_rel)
    if not (os.path.isdir(inputs) and os.path.isfile(gold)):
        return None
    files = sorted(os.path.join(inputs, f) for f in os.listdir(inputs))
    pred = os.path.join(out_dir, name + ".jsonl")
    with open(pred, "w") as out:
        rc = subprocess.run([vigil, "extract", "--format", "jsonl", "--jobs", "2"] + files,
                            stdout=out, stderr=subprocess.PIPE, text=True)
    if rc.returncode not in (0, 1):
        sys.exit(f"eval: vigil extract failed on {name}: {rc.stderr.strip()}")
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", gold,
           "--pred", pred, "--json"]
    if pass_inputs:
        cmd += ["--inputs", inputs]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(res.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--vigil", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--floors", required=True)
    ap.add_argument("--keep", help="folder to keep outputs and reports in")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "eval")):
        print(f"eval: {args.shared}/eval not found; skipping evaluation")
        return 0
    with open(args.floors) as f:
        floors = json.load(f)
    out_dir = args.keep or tempfile.mkdtemp(prefix="vigil-eval-")
    os.makedirs(out_dir, exist_ok=True)
    failures = []
    print(f"{'metric':44} {'value':>8} {'floor':>8}")
    for suite in SUITES:
        checks = floors.get(suite, {})
        if not checks:
            continue
        report = run_suite(args.vigil, args.shared, suite, out_dir)
        if report is None:
            print(f"{suite}: inputs not found; skipped")
            continue
        with open(os.path.join(out_dir, suite + ".report.json"), "w") as f:
            json.dump(report, f, indent=1)
        for metric, bound in checks.items():
            value = lookup(report, metric)
            kind, limit = ("max", bound["max"]) if "max" in bound else ("min", bound["min"])
            ok = value is not None and (value >= limit if kind == "min" else value <= limit)
            shown = "None" if value is None else f"{value:.4f}" if isinstance(value, float) else str(value)
            mark = "" if ok else "  BELOW FLOOR" if kind == "min" else "  ABOVE CEILING"
            print(f"{suite + '.' + metric:44} {shown:>8} {kind} {limit:<6}{mark}")
            if not ok:
                failures.append(f"{suite}.{metric}")
    print(f"reports in {out_dir}")
    if failures:
        print("eval: failed: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
