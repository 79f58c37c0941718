#!/bin/sh
# Runs the reference on the three sample contests and compares with the golden files, byte for byte.
# Usage (from anywhere): sh tools/refimpl/check_samples.sh
cd "$(dirname "$0")/../.." || exit 2
status=0
for slug in monitor-stand sanitation fire-safety; do
  out=$(mktemp)
  python3 tools/refimpl/podium_ref.py rank "contests/$slug" --scores "contests/$slug/scores/sample.csv" > "$out"
  if cmp -s "$out" "src/test/resources/golden/$slug/rank.csv"; then
    echo "same: $slug rank.csv"
  else
    echo "DIFFERENT: $slug rank.csv"; diff "$out" "src/test/resources/golden/$slug/rank.csv" | head -20; status=1
  fi
  if [ -f "src/test/resources/golden/$slug/teams.csv" ]; then
    python3 tools/refimpl/podium_ref.py teams "contests/$slug" --scores "contests/$slug/scores/sample.csv" > "$out"
    if cmp -s "$out" "src/test/resources/golden/$slug/teams.csv"; then
      echo "same: $slug teams.csv"
    else
      echo "DIFFERENT: $slug teams.csv"; diff "$out" "src/test/resources/golden/$slug/teams.csv" | head -20; status=1
    fi
  fi
  rm -f "$out"
done
exit $status
