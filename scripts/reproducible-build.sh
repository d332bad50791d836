#!/usr/bin/env bash
# Shows that the published artifacts are reproducible, and that a build on top of a previous one (no `clean`) gives
# the same artifacts as a clean one.
# Clones the committed HEAD twice, sets a release version in each (./mvnw versions:set, as a release does: Drools
# names its generated executable-model classes from an MD5 of the release id for a release, but randomly for a
# SNAPSHOT), builds the published modules with the release profile (jars, sources and Javadoc jars, SBOMs; no
# signing), builds the second clone a second time without cleaning, and compares the SHA-256 of every artifact:
# clone 1 (clean) against clone 2 (dirty), and clone 2 before and after its second build.
# Not part of `./mvnw -B verify`: it takes three builds.
# Usage: scripts/reproducible-build.sh [version]   (default: the POM's version without -SNAPSHOT)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
snapshot="$(sed -n '/<artifactId>cls-parent<\/artifactId>/,/<\/version>/s/.*<version>\(.*\)<\/version>.*/\1/p' \
  "$root/pom.xml" | head -n 1)"
version="${1:-${snapshot%-SNAPSHOT}}"
modules="cls-bom,cls-core,cls-testkit,cls-json,cls-rules,cls-render,cls-cli"
build=(./mvnw -B -q -Prelease -Dgpg.skip -DskipTests package -pl "$modules" -am)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# every published file of a build, with its SHA-256, by path (the jars' copies in cls-cli/target/lib excluded)
artifacts() {
  (cd "$1" && find cls-* -path '*/target/*' -not -path '*/target/lib/*' \
    \( -name '*.jar' -o -name '*-cyclonedx.json' \) -print0 | sort -z | xargs -0 sha256sum)
}

head="$(git -C "$root" rev-parse HEAD)"
for n in 1 2; do
  git clone -q "$root" "$work/build-$n"
  (
    cd "$work/build-$n"
    git checkout -q "$head"
    ./mvnw -B -q versions:set -DnewVersion="$version"
    echo "build $n: ${build[*]} (version $version)" >&2
    "${build[@]}"
  )
done
artifacts "$work/build-1" > "$work/clean.sha256"
artifacts "$work/build-2" > "$work/clean-2.sha256"
(
  cd "$work/build-2"
  echo "build 2 again, on top of the first (no clean): ${build[*]}" >&2
  "${build[@]}"
)
artifacts "$work/build-2" > "$work/dirty.sha256"

fail=0
compare() { # $1 $2: files of checksums; $3: what is compared
  if diff <(awk '{ print $2 }' "$1") <(awk '{ print $2 }' "$2") > /dev/null; then :; else
    echo "DIFFERENT file lists ($3):" >&2
    diff <(awk '{ print $2 }' "$1") <(awk '{ print $2 }' "$2") >&2 || true
    fail=1
  fi
  while read -r sum file; do
    other="$(awk -v f="$file" '$2 == f { print $1 }' "$2")"
    if [ "$sum" != "$other" ]; then
      echo "DIFFERENT  $file ($3)" >&2
      fail=1
    fi
  done < "$1"
}
compare "$work/clean.sha256" "$work/dirty.sha256" "clean clone 1 against dirty clone 2"
compare "$work/clean-2.sha256" "$work/dirty.sha256" "clone 2 before and after a build without clean"
while read -r sum file; do
  printf 'identical  %s  %8d  %s\n' "$sum" "$(stat -c %s "$work/build-1/$file")" "$file"
done < "$work/clean.sha256"
[ "$fail" -eq 0 ] && echo "reproducible: $(wc -l < "$work/clean.sha256") artifacts byte-identical across two clean builds and a build without clean"
exit "$fail"
