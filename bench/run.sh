#!/usr/bin/env bash
# autogen benchmarks: whole processes, median of RUNS (default 5), peak memory, Hibernate beside it as reference.
# Usage: bench/run.sh [pg|sqlite|mariadb|scale|versions|daily|daily-sqlite|daily-mariadb|scale-daily|all]
#   RUNS=N, PGURL=jdbc:postgresql://127.0.0.1:5432/?user=postgres, MYURL=jdbc:mariadb://127.0.0.1:3306/?user=root
#   (MYCLI="mariadb -h127.0.0.1 -P3306 -uroot": the client that creates and drops the bench_* databases)
# Needs: ../shared/bench/gen_entities.py, python3, javac, /usr/bin/time, psql+createdb (pg), sqlite3 (sqlite),
# the mariadb client (mariadb).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
WHICH=${1:-all}
GEN=${GEN:-$ROOT/../shared/bench/gen_entities.py}
JAR=${JAR:-$ROOT/target/autogen.jar}
[ -f "$JAR" ] || mvn -q -DskipTests package
JVM="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"   # what ./autogen runs with
W=$(mktemp -d /tmp/autogen-bench.XXXX)
export XDG_CACHE_HOME=$W/xdg   # the daemon's socket (and SQLite's library copy) in the run's own folder
trap 'echo "# $(date -u +%Y-%m-%dT%H:%MZ), end; load average: $(cut -d" " -f1-3 /proc/loadavg)"; env -C "$W" java -jar "$JAR" daemon stop >/dev/null 2>&1; rm -rf "$W"' EXIT

echo "# machine: $(nproc) cores,$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), RUNS=$RUNS; wall seconds and peak RSS MiB are medians over the runs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

for n in 50 500; do python3 "$GEN" --n $n --seed 1 --out "$W/s$n" >/dev/null; done
python3 "$GEN" --n 500 --seed 1 --out "$W/s500m" --mutate >/dev/null
for s in s50 s500 s500m; do
  mkdir -p "$W/$s/classes"
  javac -proc:none -nowarn -cp "$JAR" -d "$W/$s/classes" $(find "$W/$s/jpa" -name '*.java')
done
mkdir -p "$W/ref" && javac -nowarn -cp "$JAR" -d "$W/ref" bench/HibernateReference.java bench/InspectTiming.java

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# once PREPARE_FN CMD... : one timed run (PREPARE_FN untimed); appends "wall rss" to $W/times, 1 on failure.
once() {
  local prep=$1; shift
  $prep
  /usr/bin/time -f "%e %M" -o "$W/time.txt" "$@" >"$W/out.txt" 2>"$W/err.txt" || return 1
  cat "$W/time.txt"
}

report() {  # report LABEL FILE_OF_"wall rss"_LINES
  printf '%-58s %7.2f s %6d MiB\n' "$1" "$(cut -d' ' -f1 "$2" | median)" "$(( $(cut -d' ' -f2 "$2" | median | cut -d. -f1) / 1024 ))"
}

# measure LABEL PREPARE_FN CMD... : runs PREPARE_FN (untimed) then CMD, RUNS times; prints medians.
measure() {
  local label=$1 prep=$2; shift 2
  : > "$W/a.txt"
  for _ in $(seq 1 "$RUNS"); do
    once "$prep" "$@" >> "$W/a.txt" || { echo "FAILED: $label: $(grep -m1 -v "^\s*at " "$W/err.txt" | head -c 240)"; return 0; }
  done
  report "$label" "$W/a.txt"
}

# pair LABEL_A PREP_A "CMD_A" LABEL_B PREP_B "CMD_B" : A and B alternate, RUNS times each, so that the machine's
# slow and fast moments fall on both alike; prints both medians and their ratio.
pair() {
  : > "$W/a.txt"; : > "$W/b.txt"
  for _ in $(seq 1 "$RUNS"); do
    once "$2" $3 >> "$W/a.txt" || { echo "FAILED: $1: $(head -c 240 "$W/err.txt") $(head -c 240 "$W/out.txt")"; return 0; }
    once "$5" $6 >> "$W/b.txt" || { echo "FAILED: $4: $(head -c 240 "$W/err.txt") $(head -c 240 "$W/out.txt")"; return 0; }
  done
  report "$1" "$W/a.txt"
  report "$4" "$W/b.txt"
  printf '%-58s %7.2fx\n' "  ratio (medians, alternating runs)" \
    "$(echo "$(cut -d' ' -f1 "$W/a.txt" | median) $(cut -d' ' -f1 "$W/b.txt" | median)" | awk '{print $1/$2}')"
}
nothing() { :; }

project() {  # project DIR URL ENTITIES
  mkdir -p "$1/migrations"
  printf 'url=%s\nentities=%s\nmigrations=migrations\n' "$2" "$3" > "$1/autogen.properties"
}
ag() { (cd "$P" && java $JVM -jar "$JAR" "$@"); }
# the timed form: a real process, no shell function in between
AG() { echo env -C "$P" java $JVM -jar "$JAR"; }
AG_PLAIN() { echo env -C "$P" java -jar "$JAR"; }
# the daily case has edited entities by definition: its runs must not be served the mapped schema from the cache
drop_new() { find "$P/migrations" \( -name '*OneMore*' -o -name '*One_more*' \) -delete; rm -f "$P"/.autogen/cache/schema-*; }
drop_schema() { rm -f "$P"/.autogen/cache/schema-*; }

# use_dialect D: url NAME (a JDBC URL), fresh NAME (an empty database), gone NAME (dropped), HDIALECT (Hibernate's),
# $W/apply.sh NAME SQL_FILE (the SQL through the database's own client, labelled CLIENT)
use_dialect() {
  APPLY() { echo "$W/apply.sh"; }
  case $1 in
    pg)
      PGBASE=${PGURL:-jdbc:postgresql://127.0.0.1:5432/?user=postgres}
      url() { echo "${PGBASE/\/\?/\/$1?}"; }
      fresh() { dropdb -h 127.0.0.1 -U postgres --if-exists "$1" 2>/dev/null; createdb -h 127.0.0.1 -U postgres "$1"; }
      gone() { dropdb -h 127.0.0.1 -U postgres --if-exists "$1"; }
      HDIALECT=org.hibernate.dialect.PostgreSQLDialect
      CLIENT='psql -1 -f'
      printf '#!/bin/sh\nexec psql -q -h 127.0.0.1 -U postgres -d "$1" -1 -v ON_ERROR_STOP=1 -f "$2"\n' > "$W/apply.sh" ;;
    mariadb)
      MYBASE=${MYURL:-jdbc:mariadb://127.0.0.1:3306/?user=root}
      MYCLI=${MYCLI:-mariadb -h127.0.0.1 -P3306 -uroot}
      url() { echo "${MYBASE/\/\?/\/$1?}"; }
      fresh() { $MYCLI -e "drop database if exists \`$1\`; create database \`$1\`"; }
      gone() { $MYCLI -e "drop database if exists \`$1\`"; }
      HDIALECT=org.hibernate.dialect.MariaDBDialect
      CLIENT='the mariadb client'
      # DDL commits statement by statement here, as in autogen's upgrade; the client stops at the first error
      printf '#!/bin/sh\nexec %s "$1" < "$2"\n' "$MYCLI" > "$W/apply.sh" ;;
    *)
      url() { echo "jdbc:sqlite:$W/$1.db"; }
      fresh() { rm -f "$W/$1.db"; }
      gone() { rm -f "$W/$1.db"; }
      HDIALECT=org.hibernate.community.dialect.SQLiteDialect
      CLIENT=sqlite3
      printf '#!/bin/sh\nexec sqlite3 -bail "%s/$1.db" ".read $2"\n' "$W" > "$W/apply.sh" ;;
  esac
  chmod +x "$W/apply.sh"
}

# catalog_read D: the catalog of the database the project $P points at, read in-process (InspectTiming)
catalog_read() {
  printf '%-58s %s\n' "$1 catalog read in-process, N=500 (median of ${READS:-7})" \
    "$(java -cp "$JAR:$W/ref" InspectTiming "$(sed -n 's/^url=//p' "$P/autogen.properties")" "${READS:-7}" 2>"$W/err.txt" \
       || echo "FAILED: $(grep -m1 -v SLF4J "$W/err.txt")")"
}

run_dialect() {
  local d=$1
  echo
  echo "## $d"
  use_dialect "$d"

  # autogenerate against an empty database
  for n in 50 500; do
    fresh bench_e$n
    P=$W/$d-empty$n; project "$P" "$(url bench_e$n)" "$W/s$n/classes"
    measure "$d autogenerate, empty db, N=$n, classes" drop_init $(AG) -m "init"
  done

  # the daily case: database at head of N=500, one new column
  fresh bench_h
  P=$W/$d-head; project "$P" "$(url bench_h)" "$W/s500/jpa"
  ag -m "init" >/dev/null; ag upgrade head >/dev/null
  ag --entities "$W/s500m/jpa" -m "warm the cache" >/dev/null; drop_warm
  measure "$d autogenerate, at head + 1 column, N=500, classes" drop_new $(AG) --entities "$W/s500m/classes" -m "one more"
  measure "$d autogenerate, at head + 1 column, N=500, sources (warm)" drop_new $(AG) --entities "$W/s500m/jpa" -m "one more"
  measure "$d   same, plain java -jar (no JVM flags), classes" drop_new $(AG_PLAIN) --entities "$W/s500m/classes" -m "one more"
  measure "$d hibernate update script (reference), N=500" nothing \
    java $JVM -cp "$JAR:$W/ref" HibernateReference update "$HDIALECT" "$(url bench_h)" "$W/s500m/classes" "$W/s500m/jpa/entities.txt"
  measure "$d   same, plain java (no JVM flags)" nothing \
    java -cp "$JAR:$W/ref" HibernateReference update "$HDIALECT" "$(url bench_h)" "$W/s500m/classes" "$W/s500m/jpa/entities.txt"
  drop_new

  catalog_read "$d"

  # drift checks on N=500 (migrations compiled once and cached)
  ag check --offline >/dev/null || true
  measure "$d check --offline, N=500, entities edited (migrations cached)" drop_schema $(AG) check --offline
  measure "$d check --offline, N=500, entities unchanged (all cached)" nothing $(AG) check --offline
  measure "$d check, N=500, entities edited (migrations cached)" drop_schema $(AG) check
  measure "$d hibernate validate (reference), N=500" nothing \
    java $JVM -cp "$JAR:$W/ref" HibernateReference validate "$HDIALECT" "$(url bench_h)" "$W/s500/classes" "$W/s500/jpa/entities.txt"

  # upgrade head of the initial migration, against the same SQL run by the database's own client
  find "$P/migrations" -name '*OneMore*' -delete
  ag upgrade base:head --sql > "$W/$d-init.sql"
  fresh_u() { fresh bench_u; }
  fresh_s() { fresh bench_s; }
  pair "$d upgrade head, initial migration, N=500" fresh_u "$(AG) --url $(url bench_u) upgrade head" \
       "$d   same SQL through $CLIENT" fresh_s "$(APPLY) bench_s $W/$d-init.sql"
  for db in bench_e50 bench_e500 bench_h bench_u bench_s; do gone $db; done
}
drop_init() { rm -f "$P"/migrations/*.java "$P"/.autogen/cache/schema-*; }  # a first run: nothing mapped yet
drop_warm() { find "$P/migrations" -name '*WarmTheCache*' -delete; }

# scale: N=5000 against N=500, autogenerate on an empty SQLite database from classes (SCALE=1 to run)
scale() {
  echo
  echo "## scale (sqlite, RUNS=3)"
  python3 "$GEN" --n 5000 --seed 1 --out "$W/s5000" >/dev/null
  mkdir -p "$W/s5000/classes"
  javac -proc:none -nowarn -J-Xmx2g -cp "$JAR" -d "$W/s5000/classes" $(find "$W/s5000/jpa" -name '*.java')
  local saved=$RUNS; RUNS=3
  for n in 500 5000; do
    rm -f "$W/scale$n.db"
    P=$W/scale$n; project "$P" "jdbc:sqlite:$W/scale$n.db" "$W/s$n/classes"
    measure "sqlite autogenerate, empty db, N=$n, classes" drop_init $(AG) -m "init"
  done
  RUNS=$saved
}

# the daily case mapped with the application's own Hibernate version (hibernate.version=, not the bundled one):
# sqlite, N=500 at head + 1 column, entities from classes; the mapped schema is cleared before every run (the edit
# invalidates it), the resolved jar list stays cached as it does between a user's runs. Alternating, as pair does.
versions() {
  local v=${HVERSION:-7.1.0.Final}
  echo
  echo "## the application's Hibernate version (sqlite, daily case; bundled vs $v)"
  for which in bundled other; do
    rm -f "$W/v-$which.db"
    P=$W/v-$which; project "$P" "jdbc:sqlite:$W/v-$which.db" "$W/s500/classes"
    [ "$which" = other ] && echo "hibernate.version=$v" >> "$P/autogen.properties"
    ag -m init >/dev/null; ag upgrade head >/dev/null
    ag --entities "$W/s500m/classes" -m warm >/dev/null; find "$P/migrations" -name '*Warm*' -delete
  done
  prep_b() { P=$W/v-bundled; drop_new; }
  prep_o() { P=$W/v-other; drop_new; }
  pair "sqlite daily case N=500, classes, bundled Hibernate" prep_b \
       "env -C $W/v-bundled java $JVM -jar $JAR --entities $W/s500m/classes -m one_more" \
       "sqlite daily case N=500, classes, hibernate.version=$v" prep_o \
       "env -C $W/v-other java $JVM -jar $JAR --entities $W/s500m/classes -m one_more"
}

# the daily case as a user meets it (issue 11): one entity source edited before every run (a field added, so its
# class and its table change), database at head of N=500, paired with Hibernate's own update script (from
# precompiled classes) and validate. Cached for autogen: the compiled migrations, the classes of the sources the
# edit does not reach, and the last mapping of the entities it does not reach; never the mapped schema. Each case
# runs twice: in its own JVM, and handed to a running daemon (started before, warmed by three untimed runs).
daily() {
  local d=${1:-pg}
  echo
  echo "## the daily case, $d (one source edited before each run; alternating with Hibernate)"
  use_dialect "$d"
  fresh bench_d
  P=$W/$d-daily; project "$P" "$(url bench_d)" "$W/s500/jpa"
  ag -m "init" >/dev/null; ag upgrade head >/dev/null
  local src=$W/s500m/jpa/bench/model/T0250Region.java
  cp "$src" "$W/edited.orig"
  EDITS=0
  # a new field in the entity each time: its class, its table and the migration change, as in a real edit
  add_field() { sed '$d' "$1" > "$2"; printf '    private String edit%s;\n}\n' "$EDITS" >> "$2"; }
  edit_one() { drop_new; EDITS=$((EDITS+1)); add_field "$W/edited.orig" "$src"; }
  # the build compiled the edited entity: one class file in the entities' class folder is new
  compile_one() { edit_one; javac -proc:none -nowarn -cp "$JAR:$W/s500m/classes" -d "$W/s500m/classes" "$src"; }
  local csrc=$W/s500/jpa/bench/model/T0250Region.java
  cp "$csrc" "$W/checked.orig"
  edit_for_check() { EDITS=$((EDITS+1)); add_field "$W/checked.orig" "$csrc"; drop_schema; }
  # autogen as users run it: the ./autogen launcher (its JVM flags, and the class-data archive its first -m saves)
  local AGL=$ROOT/autogen
  (cd "$P" && "$AGL" --entities "$W/s500m/jpa" -m "warm" >/dev/null); find "$P/migrations" -name '*Warm*' -delete
  local reference="java $JVM -cp $JAR:$W/ref HibernateReference update $HDIALECT $(url bench_d) $W/s500m/classes $W/s500m/jpa/entities.txt"
  local validate="java $JVM -cp $JAR:$W/ref HibernateReference validate $HDIALECT $(url bench_d) $W/s500/classes $W/s500/jpa/entities.txt"
  # vs LABEL PREP CMD REF_LABEL REF: paired with Hibernate; on SQLite autogen alone (Hibernate fails there at N=500
  # with SQLITE_TOOBIG)
  vs() { if [ "$d" = sqlite ]; then measure "$1" "$2" $3; else pair "$1" "$2" "$3" "$4" nothing "$5"; fi; }
  # the check finds the new field not in any migration: drift, exit 1, which is its answer here, not a failure
  printf '#!/bin/sh\ncd "%s" && AUTOGEN_DAEMON=$1 "%s" check --offline; [ $? -le 1 ]\n' "$P" "$AGL" > "$W/check.sh"
  chmod +x "$W/check.sh"
  for how in own daemon; do
    local via="" env="env -C $P AUTOGEN_DAEMON=off" use=off
    if [ $how = daemon ]; then
      ag daemon start >/dev/null
      for _ in $(seq 1 600); do ag daemon status | grep -q idle && break; sleep 0.1; done
      for _ in 1 2 3; do edit_one; ag --entities "$W/s500m/jpa" -m one_more >/dev/null; done
      via=", daemon"; env="env -C $P"; use=on
    fi
    vs "$d autogenerate, N=500, one source edited before each run$via" edit_one \
       "$env $AGL --entities $W/s500m/jpa -m one_more" \
       "$d hibernate update script (reference, from classes)" "$reference"
    vs "$d autogenerate, N=500, from classes, one class recompiled before each run$via" compile_one \
       "$env $AGL --entities $W/s500m/classes -m one_more" \
       "$d hibernate update script (reference, from classes)" "$reference"
    drop_new
    vs "$d check --offline, N=500, one source edited before each run$via" edit_for_check \
       "$W/check.sh $use" \
       "$d hibernate validate (reference)" "$validate"
    [ $how = daemon ] && ag daemon stop >/dev/null
  done
  # the catalog the daily case reads, in-process (N=500 at head)
  [ "$d" = mariadb ] && catalog_read "$d"
  gone bench_d
  cp "$W/edited.orig" "$src"; cp "$W/checked.orig" "$csrc"
  javac -proc:none -nowarn -cp "$JAR:$W/s500m/classes" -d "$W/s500m/classes" "$src"
}

# the daily case from edited sources at N=500 and N=5000 (SQLite; RUNS=3): the edit reaches one file, so the
# incremental compile stays small and the time grows with the mapping
scale_daily() {
  echo
  echo "## the daily case from edited sources, N=500 and N=5000 (sqlite, RUNS=3)"
  python3 "$GEN" --n 5000 --seed 1 --out "$W/d5000" >/dev/null
  cp -r "$W/s500" "$W/d500"
  local saved=$RUNS; RUNS=3
  for n in 500 5000; do
    rm -f "$W/sd$n.db"
    P=$W/sd$n; project "$P" "jdbc:sqlite:$W/sd$n.db" "$W/d$n/jpa"
    ag -m init >/dev/null; ag upgrade head >/dev/null
    local f; f=$(ls "$W/d$n/jpa/bench/model/" | sed -n 2p)
    cp "$W/d$n/jpa/bench/model/$f" "$W/d$n.orig"
    EDITS=0
    edit_n() { EDITS=$((EDITS+1)); { echo "// edit $EDITS"; cat "$W/d$n.orig"; } > "$W/d$n/jpa/bench/model/$f"; drop_schema; }
    measure "sqlite -m after one edited source, N=$n (no change found)" edit_n $(AG) -m one_more
  done
  RUNS=$saved
}

case "$WHICH" in
  pg) run_dialect pg ;;
  sqlite) run_dialect sqlite ;;
  scale) scale ;;
  versions) versions ;;
  daily) daily pg ;;
  daily-sqlite) daily sqlite ;;
  mariadb) run_dialect mariadb ;;
  daily-mariadb) daily mariadb ;;
  scale-daily) scale_daily ;;  # Hibernate's own SQLite update fails at N=500 (SQLITE_TOOBIG): no reference to pair with
  *) run_dialect sqlite; run_dialect pg; [ "${SCALE:-0}" = 1 ] && scale ;;
esac
