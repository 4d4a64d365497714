#!/bin/bash
# End-to-end test of the vigil binary on the bundled sample corpus.
#
# Usage: VIGIL=/path/to/vigil bash tests/e2e.sh SOURCE_DIR
# (ctest runs it with the built binary; see tests/CMakeLists.txt.)
#
# Checks, in a fresh temporary directory:
#   1. ingest SOURCE_DIR/samples exits 0 and stores the expected number of
#      documents: every article once, the exact duplicate (samples/feeds/
#      batch.jsonl line 3 == samples/text/aqap_video_quran_burning.txt) once,
#      while every source that delivered an article is recorded;
#   2. search for a word that occurs in one article only returns it first;
#   3. ingesting the samples again adds nothing;
#   4. a JSON Lines file with one bad line among good ones: the good lines are
#      stored, one stderr line names the file and the line, exit status 1;
#   5. extract --format jsonl prints one JSON object with the output keys of
#      the evaluation contract (docs: CONTRACT.md);
#   6. quotes --reused finds the quotations the three-way wire story shares,
#      marked as reuse among copies and hidden without --include-copies, and
#      the spokesman's line another outlet's (non-copy) story quotes;
#   7. entity GROUP --at DATE names the leader the samples report appointed
#      before that date, beside the knowledge base's tenures;
#   8. a new article about an attack a sample reports joins that merged event
#      as it is stored: every earlier event keeps its id (the article also
#      recalls an older attack), that event counts two articles, and
#      `stories` tells it with both.
set -euo pipefail

# What samples/ holds (samples/README.md): 12 .txt + 1 .txt.gz + 8 .html +
# 5 JSON Lines records + 3 WARC response records = 29 articles delivered, of
# which one is an exact copy of another.
readonly kArticlesDelivered=29
readonly kDocuments=28
# A word that appears in exactly one sample article, and that article's file.
readonly kUniqueWord="Zindaroua"
readonly kUniqueFile="jnim_army_post_zindaroua.txt"
readonly kExtractSample="samples/text/shabaab_hotel_siege_kismayo.txt"

fail() {
  echo "e2e: FAIL: $*" >&2
  exit 1
}

step() { echo "e2e: $*"; }

[[ $# -eq 1 ]] || fail "usage: VIGIL=path/to/vigil $0 SOURCE_DIR"
readonly source_dir="$(cd "$1" && pwd)"
[[ -n "${VIGIL:-}" ]] || fail "set VIGIL to the vigil binary"
[[ -x "$VIGIL" ]] || fail "VIGIL=$VIGIL is not an executable"
VIGIL="$(cd "$(dirname "$VIGIL")" && pwd)/$(basename "$VIGIL")"
[[ -d "$source_dir/samples" ]] || fail "no samples/ folder under $source_dir"
command -v python3 >/dev/null || fail "python3 is needed to read JSON output"

work="$(mktemp -d "${TMPDIR:-/tmp}/vigil-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"

# Prints field $2 of the one JSON object `vigil stats --db $1 --json` prints.
stat_field() {
  local json
  json="$("$VIGIL" stats --db "$1" --json)" || fail "stats --db $1 exited $?"
  python3 -c '
import json, sys
obj = json.loads(sys.argv[1])
print(obj[sys.argv[2]])' "$json" "$2" || fail "stats --json printed no '$2' field: $json"
}

# Runs `vigil ingest ARGS...`, leaving stderr in $work/ingest.err; prints
# nothing and returns the exit status in the global `ingest_rc`.
run_ingest() {
  ingest_rc=0
  "$VIGIL" ingest "$@" -q 2>"$work/ingest.err" >/dev/null || ingest_rc=$?
}

# 1. Ingest the samples.
step "ingest $source_dir/samples"
run_ingest "$source_dir/samples" --db t.db
if [[ $ingest_rc -ne 0 ]]; then
  cat ingest.err >&2
  fail "ingest of the samples exited $ingest_rc, expected 0 (stderr above)"
fi
documents="$(stat_field t.db documents)"
[[ "$documents" == "$kDocuments" ]] ||
  fail "stats: $documents documents after ingesting the samples, expected $kDocuments" \
    "($kArticlesDelivered articles delivered, one exact duplicate)"
sources="$(stat_field t.db sources)"
[[ "$sources" == "$kArticlesDelivered" ]] ||
  fail "stats: $sources sources, expected $kArticlesDelivered (every delivery is recorded," \
    "the duplicate's too)"

# 2. Search.
step "search $kUniqueWord"
hits="$("$VIGIL" search --db t.db --json "$kUniqueWord")" || fail "search exited $?"
[[ -n "$hits" ]] || fail "search $kUniqueWord found nothing"
python3 -c '
import json, sys
first = json.loads(sys.argv[1].splitlines()[0])
if not first["source"].endswith(sys.argv[2]):
    sys.exit("first hit is %r, expected the file %s" % (first["source"], sys.argv[2]))
for line in sys.argv[1].splitlines()[1:]:
    json.loads(line)
' "$hits" "$kUniqueFile" || fail "search $kUniqueWord: wrong or malformed result: $hits"

# 3. Re-ingest: nothing new.
step "re-ingest"
run_ingest "$source_dir/samples" --db t.db
[[ $ingest_rc -eq 0 ]] || { cat ingest.err >&2; fail "re-ingest exited $ingest_rc, expected 0"; }
again="$(stat_field t.db documents)"
[[ "$again" == "$documents" ]] || fail "re-ingest changed documents from $documents to $again"
again="$(stat_field t.db sources)"
[[ "$again" == "$sources" ]] || fail "re-ingest changed sources from $sources to $again"

# 4. A feed with one broken line between two good ones.
step "ingest a JSON Lines file with a bad line"
python3 - <<'EOF'
import json
good = [
    {"title": "Militants attack a border post in the east",
     "published": "2025-04-02", "url": "https://example.org/e2e/1",
     "text": "Gunmen attacked a border post in the eastern hills on Tuesday night, "
             "officials said. Three guards were wounded in the exchange of fire, which "
             "lasted about an hour before the attackers withdrew.\n\n"
             "No group has said it carried out the attack. The border post was "
             "rebuilt last year after a fire destroyed the old building."},
    {"title": "Court adjourns trial of five men accused of plotting bombings",
     "published": "2025-04-03", "url": "https://example.org/e2e/2",
     "text": "A court in the capital adjourned on Wednesday the trial of five men "
             "accused of planning bomb attacks on a railway station and a stadium.\n\n"
             "Defence lawyers asked for more time to study the evidence, which includes "
             "messages the prosecution says were exchanged with a handler abroad. The "
             "trial will resume next month."},
]
with open("feed.jsonl", "w") as f:
    f.write(json.dumps(good[0]) + "\n")
    f.write('{"title": "broken record", "text": "this line is not valid JSON\n')
    f.write(json.dumps(good[1]) + "\n")
EOF
run_ingest feed.jsonl --db bad.db
if [[ $ingest_rc -ne 1 ]]; then
  cat ingest.err >&2
  fail "ingest of a feed with a bad line exited $ingest_rc, expected 1"
fi
named="$(grep -c 'feed\.jsonl' ingest.err || true)"
[[ "$named" == 1 ]] || {
  cat ingest.err >&2
  fail "expected exactly one stderr line naming feed.jsonl, got $named"
}
grep 'feed\.jsonl' ingest.err | grep -q 'line 2' || {
  cat ingest.err >&2
  fail "the stderr line for the bad record does not say 'line 2'"
}
bad_docs="$(stat_field bad.db documents)"
[[ "$bad_docs" == 2 ]] || fail "$bad_docs documents stored from the feed, expected the 2 good lines"

# 5. extract prints the contract's shape.
step "extract $kExtractSample"
out="$("$VIGIL" extract --format jsonl "$source_dir/$kExtractSample")" ||
  fail "extract exited $? on $kExtractSample"
python3 -c '
import json, sys
lines = sys.argv[1].splitlines()
if len(lines) != 1:
    sys.exit("expected one JSON line, got %d" % len(lines))
doc = json.loads(lines[0])
keys = ["source", "title", "published", "text", "entities", "quotes", "events"]
missing = [k for k in keys if k not in doc]
if missing:
    sys.exit("missing keys: %s" % missing)
if not doc["source"].endswith(sys.argv[2].rsplit("/", 1)[1]):
    sys.exit("source %r does not end with the file name" % doc["source"])
if not isinstance(doc["text"], str) or not doc["text"].strip():
    sys.exit("text is empty")
for k in ("entities", "quotes", "events"):
    if not isinstance(doc[k], list):
        sys.exit("%s is not a list" % k)
for k in ("title", "published"):
    if doc[k] is not None and not isinstance(doc[k], str):
        sys.exit("%s is neither a string nor null" % k)
' "$out" "$kExtractSample" || fail "extract output does not match the contract: ${out:0:300}"

# 6. Reused quotations: the wire story's three copies share their quotes.
step "quotes --reused"
reused="$("$VIGIL" quotes --db t.db --reused --include-copies --json)" ||
  fail "quotes --reused exited $?"
python3 -c '
import json, sys
groups = [json.loads(l) for l in sys.argv[1].splitlines()]
wire = [g for g in groups if g["articles"] >= 3 and g["copies_only"]]
if not wire:
    sys.exit("no quotation shared by the three wire copies: %r" % groups[:2])
if any(len(g["uses"]) < 2 for g in groups):
    sys.exit("a group with fewer than two uses")
' "$reused" || fail "quotes --reused output: ${reused:0:300}"
# Without --include-copies only reuse by articles that are not copies shows:
# the spokesman's line that another outlet's story quotes.
shown="$("$VIGIL" quotes --db t.db --reused --json)"
hidden="$(grep -c '"copies_only":true' <<<"$shown" || true)"
[[ "$hidden" == 0 ]] || fail "quotes --reused showed $hidden copy-only groups without --include-copies"
grep -q 'isisk_video_tajik_reaction' <<<"$shown" ||
  fail "quotes --reused missed the quotation reused by isisk_video_tajik_reaction.txt"

# 7. Who led the group on a date: the samples report a new leader named in
# February 2025; the knowledge base has its own tenures.
step "entity --at"
held="$("$VIGIL" entity ISIS --db t.db --at 2025-03 --json)" || fail "entity --at exited $?"
python3 -c '
import json, sys
at = json.loads(sys.argv[1])["at"]
stored = [h for h in at["holders"] if not h["from_kb"] and h["role"] == "leader"]
kb = [h for h in at["holders"] if h["from_kb"]]
if len(stored) != 1 or stored[0]["started_by"] != "appointed" or not stored[0]["sources"]:
    sys.exit("stored leader holders: %r" % stored)
if not kb:
    sys.exit("no knowledge-base tenure on 2025-03")
' "$held" || fail "entity --at output: ${held:0:300}"

# 8. Merged events are assigned as articles arrive, and keep their ids.
step "events and stories as articles arrive"
"$VIGIL" events --db t.db --json >events_before.jsonl || fail "events exited $?"
python3 - <<'EOF'
import json
a = {"title": "Prison guards die in car bomb and gun attack outside Syrian city",
     "published": "2025-11-05", "url": "https://example.org/e2e/prison",
     "text": "Islamic State militants attacked a prison near the Syrian city of Hasakah "
             "on November 2, killing four guards and wounding six, the Syrian "
             "Democratic Forces said.\n\nThe attackers set off a car bomb at the outer "
             "wall before firing at the guard towers, the force said in a statement. "
             "The Islamic State group later claimed the attack.\n\nIn March 2019, a "
             "car bomb in the town of Qamishli killed five people.\n\nThe prison holds "
             "several thousand men detained during the war against the group."}
open("prison.jsonl", "w").write(json.dumps(a) + "\n")
EOF
run_ingest prison.jsonl --db t.db
[[ $ingest_rc -eq 0 ]] || { cat ingest.err >&2; fail "ingest of prison.jsonl exited $ingest_rc"; }
"$VIGIL" events --db t.db --json >events_after.jsonl || fail "events exited $?"
"$VIGIL" stories --db t.db --json >stories.jsonl || fail "stories exited $?"
python3 - <<'EOF' || fail "merged events after a new article (see above)"
import json, sys
before = {e["id"]: e for e in map(json.loads, open("events_before.jsonl"))}
after = {e["id"]: e for e in map(json.loads, open("events_after.jsonl"))}
moved = [i for i, e in before.items()
         if i not in after or (after[i]["type"], after[i]["date"]) != (e["type"], e["date"])]
if moved:
    sys.exit("events changed id or vanished: %r" % moved[:3])
grown = [i for i, e in after.items()
         if i in before and len(e["sources"]) == len(before[i]["sources"]) + 1]
# The 2019 bombing is new and earlier than every sample event: ids that
# follow time order would all have moved.
if len(grown) != 1 or len(after) != len(before) + 1:
    sys.exit("expected the article to join one event and add one, got %r (%d -> %d events)"
             % (grown, len(before), len(after)))
# Links read from both ends agree: a call followed by an attack is among
# that attack's preceding calls, within 30 days before it (from the call's
# last day).
import datetime
day = lambda d: datetime.date.fromisoformat((d + "-01-01")[:10] if len(d) == 4 else
                                            (d + "-01")[:10] if len(d) == 7 else d)
links = 0
for e in after.values():
    for a in e["followed_by"]:
        links += 1
        if e["id"] not in after[a]["preceded_by"]:
            sys.exit("#%d followed by #%d, which does not list it" % (e["id"], a))
        gap = (day(after[a]["date"]) - day(e["date"])).days
        span = {4: 365, 7: 30}.get(len(e["date"]), 0)  # a month or a year long
        if not 0 < gap <= 31 + span:
            sys.exit("#%d followed by #%d %d days later" % (e["id"], a, gap))
    for c in e["preceded_by"]:
        if e["id"] not in after[c]["followed_by"]:
            sys.exit("#%d preceded by #%d, which does not list it" % (e["id"], c))
if links == 0:
    sys.exit("no call is followed by an attack in the samples")
stories = [json.loads(l) for l in open("stories.jsonl")]
if not any(grown[0] in s["events"] and len(s["articles"]) >= 2 for s in stories):
    sys.exit("no story tells event %d with both articles" % grown[0])
open("grown.txt", "w").write(str(grown[0]))
EOF
"$VIGIL" event "$(cat grown.txt)" --db t.db | grep -q "prison.jsonl" ||
  fail "event $(cat grown.txt) does not list the new article"

step "PASS ($documents documents from $sources sources)"
