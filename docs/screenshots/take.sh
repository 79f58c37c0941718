#!/bin/sh
# Takes the screenshots of docs/screenshots in Chinese and in English, under Xvfb: the stations at 1366x768; the head
# table (also once at 1366x768) and the result screens (consistency, projector board) at their design size 1920x1080.
# Needs (Debian): apt-get install -y xvfb libgtk-3-0. Run from the repository root: sh docs/screenshots/take.sh
set -e
cd "$(dirname "$0")/../.."
# The screenshot programs are test sources (never in podium.jar): they run on the test classpath.
[ -f target/test-classpath.txt ] && [ -d target/test-classes/org/podium/app ] || mvn -B -q test-compile
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
for lang in zh-CN en; do
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -Dprism.order=sw -cp "$cp" org.podium.app.Screenshots docs/screenshots "$lang"
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -Dprism.order=sw -cp "$cp" org.podium.app.Screenshots docs/screenshots "$lang" setup
  # a station joined to a venue server (embedded PostgreSQL on 127.0.0.1): offline (a judge's sheet, a timekeeper's
  # lanes), NOT ACCEPTED, and the head table's list
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -Dprism.order=sw -cp "$cp" org.podium.app.Screenshots docs/screenshots "$lang" venue
  for screens in head day results; do
    xvfb-run -a -s "-screen 0 1920x1080x24" \
      java -Dprism.order=sw -cp "$cp" org.podium.app.Screenshots docs/screenshots "$lang" "$screens"
  done
done
