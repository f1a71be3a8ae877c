#!/usr/bin/env bash
# Measures a cold `where-ai ask` process end to end (JVM start, guide load, answer, exit).
# Target: under 1.5 s. Uses hyperfine when installed (apt-get install hyperfine), else a timed loop.
# Usage: scripts/bench-cold-ask.sh [runs]   (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/where-ai.jar
runs=${1:-20}
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
question="vi är en advokatbyrå med konfidentiella klientakter och ingen IT-avdelning"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$runs" "java -jar $jar ask --json '$question'"
  exit 0
fi
java -jar "$jar" ask --json "$question" >/dev/null   # warm the OS file cache, as hyperfine's warmup would
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" ask --json "$question" >/dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1; s+=$1} END {printf "cold ask: mean %d ms, median %d ms, max %d ms over %d runs\n", s/n, a[int((n+1)/2)], a[n], n}'
