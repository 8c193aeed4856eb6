# Shared by the bench/*.sh scripts (sourced): build a module's test classpath once and run a
# benchmark main class from it.
set -euo pipefail
ROOT="${CHIDAO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"

# bench_run <module> <main class> [args...]: compiles <module> (and what it needs) with its test
# classes, then runs <main class> on the test classpath with a bounded heap.
bench_run() {
  local module="$1" main="$2"
  shift 2
  (cd "$ROOT" && ./mvnw -B -q test-compile -Dspotless.check.skip=true -pl "$module" -am \
    dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test) >&2
  local cp="$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(<"$ROOT/$module/target/bench-classpath.txt")"
  java ${CHIDAO_BENCH_JAVA_OPTS:--Xmx2g} -Dfile.encoding=UTF-8 -cp "$cp" "$main" "$@"
}
