#!/usr/bin/env bash
# ./chidao bench reporting [units] [submit concurrency] [http|direct]: obligations for the synthetic national tree
# (255,356 units by default), 70% of reports submitted (some late), national completeness and
# roll-up latency; raw bulk-insert baseline in the same run. Needs RabbitMQ (RABBITMQ_HOST).
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
CHIDAO_BENCH_JAVA_OPTS="${CHIDAO_BENCH_JAVA_OPTS:--Xmx6g}" \
  bench_run reporting-service vn.chidao.reporting.bench.ReportingBench "$@"
