#!/usr/bin/env bash
# Shows that two clean builds of the published modules give byte-identical jars.
# Builds the committed HEAD twice, in two fresh clones, as a release version (Drools names its generated
# executable-model classes from an MD5 of the release id for a release, but randomly for a SNAPSHOT), and compares
# the SHA-256 of every jar. Not part of `./mvnw -B verify`: it takes two full builds.
# Usage: scripts/reproducible-build.sh [version]   (default: the POM's version without -SNAPSHOT)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
snapshot="$(sed -n '/<artifactId>cls-parent<\/artifactId>/,/<\/version>/s/.*<version>\(.*\)<\/version>.*/\1/p' \
  "$root/pom.xml" | head -n 1)"
version="${1:-${snapshot%-SNAPSHOT}}"
modules="cls-bom,cls-core,cls-testkit,cls-json,cls-rules,cls-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for n in 1 2; do
  git clone -q "$root" "$work/build-$n"
  (
    cd "$work/build-$n"
    find . -name pom.xml -not -path './cls-it/src/it/*' -exec sed -i "s/$snapshot/$version/g" {} +
    echo "build $n: ./mvnw -B -q -DskipTests package -pl $modules -am (version $version)" >&2
    ./mvnw -B -q -DskipTests package -pl "$modules" -am
  )
done

fail=0
for jar in $(cd "$work/build-1" && find cls-* -path '*/target/*.jar' -not -path '*/lib/*' | sort); do
  a="$(sha256sum "$work/build-1/$jar" | cut -d' ' -f1)"
  b="$(sha256sum "$work/build-2/$jar" 2>/dev/null | cut -d' ' -f1 || true)"
  if [ "$a" = "$b" ]; then
    echo "identical  $a  $jar"
  else
    echo "DIFFERENT  $jar" >&2
    fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "reproducible: every jar is byte-identical across two clean builds"
exit "$fail"
