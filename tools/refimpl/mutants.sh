#!/bin/sh
# Does the fuzzer catch a bug? Each line below seeds one bug into a copy of podium_ref.py (in a temporary folder),
# runs COUNT fuzz cases (default 60, seeds 1..COUNT) against the jar, and prints how many cases mismatch. A mutant
# that gives 0 mismatches is a rule the generated cases do not reach often enough.
# Usage: sh tools/refimpl/mutants.sh   (COUNT=150 sh tools/refimpl/mutants.sh for more cases per mutant)
here=$(cd "$(dirname "$0")" && pwd)
jar=$(cd "$here/../.." && pwd)/target/podium.jar
count=${COUNT:-60}
run() {
  tmp=$(mktemp -d)
  mkdir -p "$tmp/tools" && cp -r "$here" "$tmp/tools/" && rm -rf "$tmp/tools/refimpl/cases"
  sed -i "$2" "$tmp/tools/refimpl/podium_ref.py"
  if cmp -s "$tmp/tools/refimpl/podium_ref.py" "$here/podium_ref.py"; then
    echo "$1: the sed expression no longer matches podium_ref.py"
  else
    python3 "$tmp/tools/refimpl/fuzz.py" --count "$count" --seed 1 --quiet --jar "$jar" | grep "mismatching cases" | cut -c1-160 | sed "s/^/$1: /"
  fi
  rm -rf "$tmp"
}
run athletics-faster-middle 's/    return F(v\[n \/\/ 2\])  # the slower/    return F(v[n \/\/ 2 - 1])  # the slower/'
run title-strict-as-share 's/if ev.ties == "strict" and given + len(g) > count:/if False:/'
run unit-count-within-group 's/before.get(unit, 0) >= U:/per_unit.get(unit, 0) >= U:/'
run total-rounded-before-penalty 's/        s -= a.points/        s = round_half_up(s, d) - a.points/'
run time-spread-at-tolerance 's/max(complete) - min(complete) > ev.tolerance_ms/max(complete) - min(complete) >= ev.tolerance_ms/'
run best-from-ok-attempts-of-any-entry 's/    times = \[a.time for a in ok_attempts if a.time is not None\]/    times = [a.time for e in entries for a in e.attempts if a.status == "OK" and a.time is not None]/'
run zero-penalty-not-a-record 's/            penalty\[(r.official, r.item)\] = int(r.value) if r.value != "" else 1/            penalty[(r.official, r.item)] = int(r.value) if r.value != "" else 1\n            if r.value == "0" and len(recs) == 1: a.has_record = False/'
