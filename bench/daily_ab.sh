#!/usr/bin/env bash
# The daily case with two jars side by side (runs alternate, so the machine's slow and fast moments fall on both
# alike): a database at head of N=500 tables, one new column in the entities, `-m` from compiled classes on SQLite;
# the mapped schema is not served from the cache (the entities were just edited). The "nothing of the common case
# changes" measurement of a change.
# Usage: bench/daily_ab.sh BEFORE.jar AFTER.jar       (RUNS=N, default 7)
# Needs: ../shared/bench/gen_entities.py, python3, javac, /usr/bin/time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-7}
GEN=${GEN:-$ROOT/../shared/bench/gen_entities.py}
A=$(realpath "$1"); B=$(realpath "$2")
JVM="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"   # what ./autogen runs with
W=$(mktemp -d /tmp/autogen-bench-daily.XXXX)
trap 'rm -rf "$W"' EXIT
python3 "$GEN" --n 500 --seed 1 --out "$W/s500" >/dev/null
python3 "$GEN" --n 500 --seed 1 --out "$W/s500m" --mutate >/dev/null
for s in s500 s500m; do
  mkdir -p "$W/$s/classes"
  javac -proc:none -nowarn -cp "$A" -d "$W/$s/classes" $(find "$W/$s/jpa" -name '*.java')
done
. "$ROOT/bench/ab_report.sh"
props() { printf 'url=jdbc:sqlite:%s/%s.db\nentities=%s\nmigrations=migrations\n' "$W" "$1" "$2" > "$W/$1/autogen.properties"; }
for x in a b; do
  jar=$A; [ $x = b ] && jar=$B
  mkdir -p "$W/$x/migrations"
  props $x "$W/s500/classes"
  (cd "$W/$x" && java $JVM -jar "$jar" -m init >/dev/null && java $JVM -jar "$jar" upgrade head >/dev/null)
  props $x "$W/s500m/classes"    # the edit: one new column
done
: > "$W/a.txt"; : > "$W/b.txt"
for i in $(seq 1 "$RUNS"); do
  order="a b"; [ $((i % 2)) = 0 ] && order="b a"   # the second of a pair runs slower here: take turns
  for x in $order; do
    jar=$A; [ $x = b ] && jar=$B
    rm -f "$W/$x"/.autogen/cache/schema-* "$W/$x"/.autogen/cache/mapped-*   # entities edited: nothing mapped is served
    /usr/bin/time -f "%e %U %S" -a -o "$W/$x.txt" env -C "$W/$x" java $JVM -jar "$jar" -m daily >/dev/null
    n=$(ls "$W/$x/migrations" | wc -l); [ "$n" = 2 ] || { echo "expected one new migration in $x, found $n files" >&2; exit 1; }
    rm -f "$W/$x"/migrations/*Daily*.java   # the database stays at head: the next run generates the same again
  done
done
ab_report "-m daily on SQLite, N=500 at head + one new column (classes; nothing mapped cached)"
