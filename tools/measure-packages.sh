#!/bin/sh
# Measures the packages of target/dist/ for the README ("Install on a venue laptop"): their sizes; the time from
# start to the podium rank output (the whole process) and to the app's first window (viewable on an Xvfb display),
# for the Linux app image (no java on the PATH) and for the zip (this machine's java). Not a test.
# Needs: mvn -B package first; xvfb, libgtk-3-0, x11-utils. Run from the repository root:
#   sh tools/measure-packages.sh [RUNS]      (RUNS defaults to 5)
set -eu
runs=${1:-5}
dist=target/dist
tmp=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT INT TERM

echo "== sizes"
for f in "$dist"/*; do
  printf '%s  %s bytes (%s MB)\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$f")/1048576}")"
done
tar -xzf "$dist"/podium-*-linux-*.tar.gz -C "$tmp"
mkdir "$tmp/zip" && (cd "$tmp/zip" && unzip -q "$OLDPWD"/"$dist"/podium-*-any.zip)
du -sh "$tmp/podium" | sed 's/\t.*/  the unpacked app image/'
du -sh "$tmp/zip/podium" | sed 's/\t.*/  the unpacked zip/'

ms() { echo $(( $(date +%s%N) / 1000000 )); }
# median min max of the numbers on stdin
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms (%d..%d, %d runs)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'; }

samples=lib/app/contests/monitor-stand
echo "== podium rank contests/monitor-stand (40 contestants), whole process"
printf 'app image, no java on PATH: '
i=0; while [ $i -lt "$runs" ]; do
  t0=$(ms); (cd "$tmp/podium" && env -i PATH=/nonexistent HOME="$tmp" bin/podium rank $samples --scores $samples/scores/sample.csv >/dev/null); echo $(( $(ms) - t0 ))
  i=$((i + 1))
done | stats
printf 'zip, %s: ' "$(java -version 2>&1 | head -1)"
i=0; while [ $i -lt "$runs" ]; do
  t0=$(ms); (cd "$tmp/zip/podium" && sh podium rank contests/monitor-stand --scores contests/monitor-stand/scores/sample.csv >/dev/null); echo $(( $(ms) - t0 ))
  i=$((i + 1))
done | stats

n=93; while [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
Xvfb :$n -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
while [ ! -e /tmp/.X11-unix/X$n ]; do sleep 0.1; done

# Starts "$@" in $1's folder and prints the ms until a viewable window titled Podium... of 600x400 or more is shown.
window() {
  dir=$1; shift
  t0=$(ms)
  (cd "$dir" && exec env DISPLAY=:$n "$@" >/dev/null 2>&1) & app=$!
  while :; do
    id=$(xwininfo -display :$n -root -tree 2>/dev/null | awk '/^ *0x[0-9a-f]+ "Podium/ { split($0, s, /\)  */); split(s[2], g, /[x+]/); if (g[1] >= 600 && g[2] >= 400) { print $1; exit } }')
    if [ -n "$id" ] && xwininfo -display :$n -id "$id" 2>/dev/null | grep -q IsViewable; then break; fi
    sleep 0.05
  done
  echo $(( $(ms) - t0 ))
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
  sleep 1
}
echo "== start to the app's first window (Xvfb :$n)"
mkdir -p "$tmp/fresh"
printf 'app image, first start for a new user (JavaFX unpacks its native libraries): '
window "$tmp/podium" env -i PATH=/nonexistent HOME="$tmp/fresh" DISPLAY=:$n JAVA_TOOL_OPTIONS=-Duser.home="$tmp/fresh" bin/podium | stats
printf 'app image, no java on PATH: '
i=0; while [ $i -lt "$runs" ]; do window "$tmp/podium" env -i PATH=/nonexistent HOME="$tmp" DISPLAY=:$n bin/podium; i=$((i + 1)); done | stats
printf 'zip: '
i=0; while [ $i -lt "$runs" ]; do window "$tmp/zip/podium" sh podium; i=$((i + 1)); done | stats
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
