#!/usr/bin/env bash
# ./chidao bench fanout [units]: a central directive to every unit of the synthetic national tree
# (255,356 units by default) through directive-service's issue use case, until every delivery row
# is stored and every DirectiveDelivered batch confirmed by RabbitMQ; plus, in the same run, the raw
# bulk-insert rate of the same database and the raw confirmed publish rate of the same broker.
# Final line: JSON with units, seconds, units/s and the ratio to the raw insert rate.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
CHIDAO_BENCH_JAVA_OPTS="${CHIDAO_BENCH_JAVA_OPTS:--Xms10g -Xmx10g -Xmn2g -XX:+UseParallelGC}" \
  bench_run directive-service vn.chidao.directive.bench.FanoutBenchmark "$@"
