#!/usr/bin/env bash
# ./chidao bench reporting [units] [submit concurrency] [http|direct]: obligations for the
# synthetic national tree (0 or nothing: 255,356 units), 70% of reports submitted (some late) over
# HTTP or in-process, national completeness and roll-up latency, exactness of the national figures;
# raw bulk-insert baseline in the same run. Needs RabbitMQ (RABBITMQ_HOST). The national run holds
# ~4-6 GB of in-process MongoDB data, hence the heap.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
CHIDAO_BENCH_JAVA_OPTS="${CHIDAO_BENCH_JAVA_OPTS:--Xmx14g -XX:+UseParallelGC}" \
  bench_run reporting-service vn.chidao.reporting.bench.ReportingBench "$@"
