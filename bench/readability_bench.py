#!/usr/bin/env python3
"""Times readability-lxml (Debian python3-readability) on HTML pages:
prints pages/s as the median of --repeat runs over all pages."""
import argparse
import os
import statistics
import sys
import time

try:
    from readability import Document
except ImportError:
    sys.exit("readability_bench: python3-readability is not installed")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages_dir")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = []
    for name in sorted(os.listdir(args.pages_dir)):
        with open(os.path.join(args.pages_dir, name), "rb") as f:
            pages.append(f.read().decode("utf-8", errors="replace"))
    rates = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for html in pages:
            try:
                Document(html).summary()
            except Exception:  # readability raises on some pages; count the time anyway
                pass
        rates.append(len(pages) / (time.perf_counter() - start))
    print(f"{statistics.median(rates):.1f}")


if __name__ == "__main__":
    main()
