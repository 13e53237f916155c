# Sourced by the two-jar benchmarks (check_offline.sh, daily_ab.sh): medians of the runs each jar's file of
# "wall user sys" lines holds, and the ratio after/before. Expects W (the run's folder, with a.txt and b.txt), A, B.
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
wall() { cut -d' ' -f1 "$1" | median; }
cpu() { awk '{print $2 + $3}' "$1" | median; }
# ab_report HEADER: prints the header, both jars' medians and the ratios
ab_report() {
  echo "# $(nproc) cores, RUNS=$RUNS, $1; medians, seconds"
  printf '%-8s wall %6s  cpu %6s  (%s)\n' before "$(wall "$W/a.txt")" "$(cpu "$W/a.txt")" "$A"
  printf '%-8s wall %6s  cpu %6s  (%s)\n' after "$(wall "$W/b.txt")" "$(cpu "$W/b.txt")" "$B"
  local rw rc
  rw=$(echo "$(wall "$W/b.txt") $(wall "$W/a.txt")" | awk '{printf "%.3f", $1/$2}')
  rc=$(echo "$(cpu "$W/b.txt") $(cpu "$W/a.txt")" | awk '{printf "%.3f", $1/$2}')
  echo "ratio after/before: wall $rw, cpu (user+sys) $rc"
}
