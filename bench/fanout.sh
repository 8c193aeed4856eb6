#!/usr/bin/env bash
# ./chidao bench fanout [units=N] [warmups=N] [rounds=N] [batch=N] [concurrency=N]: a central
# directive to every unit of the synthetic national tree (255,356 units by default) through
# directive-service's issue use case, until every delivery row is stored and every
# DirectiveDelivered batch confirmed by RabbitMQ; plus, in the same run, the raw bulk-insert rate of
# rows of the same shape into the same collection and the raw confirmed publish rate of the same
# broker. Warm-up rounds first (JMH-style), then medians of the measured rounds. Final line: JSON
# with units, seconds, units/s and the ratio to the raw insert rate.
#
# The heap is fixed and large because the in-process MongoDB keeps every stored row on it: a young
# generation that holds a whole phase's garbage (a national fan-out allocates about 5 GB), with the
# whole heap collected between phases (unmeasured), so no collection falls inside a measured phase
# and its pauses — long here, as they copy the database's own live rows — are not charged to either.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
CHIDAO_BENCH_JAVA_OPTS="${CHIDAO_BENCH_JAVA_OPTS:--Xms14g -Xmx14g -Xmn10g -XX:+UseParallelGC}" \
  bench_run directive-service vn.chidao.directive.bench.FanoutBenchmark "$@"
