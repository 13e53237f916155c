#!/usr/bin/env bash
# check --offline on the N=500 set, two jars side by side (runs alternate, so the machine's slow and fast moments
# fall on both alike): the "nothing of the common case changes" measurement of a change.
# Usage: bench/check_offline.sh BEFORE.jar AFTER.jar       (RUNS=N, default 7)
# Needs: ../shared/bench/gen_entities.py, python3, javac, /usr/bin/time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-7}
GEN=${GEN:-$ROOT/../shared/bench/gen_entities.py}
A=$(realpath "$1"); B=$(realpath "$2")
JVM="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"   # what ./autogen runs with
W=$(mktemp -d /tmp/autogen-bench-offline.XXXX)
trap 'rm -rf "$W"' EXIT
python3 "$GEN" --n 500 --seed 1 --out "$W/s500" >/dev/null
mkdir -p "$W/s500/classes"
javac -proc:none -nowarn -cp "$A" -d "$W/s500/classes" $(find "$W/s500/jpa" -name '*.java')
. "$ROOT/bench/ab_report.sh"
for x in a b; do
  jar=$A; [ $x = b ] && jar=$B
  mkdir -p "$W/$x/migrations"
  printf 'url=jdbc:sqlite:%s/%s.db\nentities=%s\nmigrations=migrations\n' "$W" "$x" "$W/s500/classes" > "$W/$x/autogen.properties"
  (cd "$W/$x" && java $JVM -jar "$jar" -m init >/dev/null && java $JVM -jar "$jar" check --offline >/dev/null)
done
: > "$W/a.txt"; : > "$W/b.txt"
for i in $(seq 1 "$RUNS"); do
  order="a b"; [ $((i % 2)) = 0 ] && order="b a"   # the second of a pair runs slower here: take turns
  for x in $order; do
    jar=$A; [ $x = b ] && jar=$B
    rm -f "$W/$x"/.autogen/cache/schema-*   # entities edited: the mapped schema is not served from the cache
    /usr/bin/time -f "%e %U %S" -a -o "$W/$x.txt" env -C "$W/$x" java $JVM -jar "$jar" check --offline >/dev/null
  done
done
ab_report "check --offline N=500 (migrations cached, entities edited)"
