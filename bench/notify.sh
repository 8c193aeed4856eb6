#!/usr/bin/env bash
# ./chidao bench notify [pushes=N] [emails=N] [warmups=N]: notification-service end to end, from DirectiveDelivered
# batches on RabbitMQ to pushes decrypted by test-support's local push service and e-mails accepted
# by GreenMail, plus the raw cost of one push encryption and one SMTP send; final line is JSON.
# Needs RabbitMQ on 127.0.0.1:5672 (or RABBITMQ_HOST); MongoDB is the in-process wire server.
#
# The benchmark JVM (not the build) is Temurin 25 when installed: its elliptic-curve and JIT work
# is faster than JDK 17's. The classes stay Java 17 bytecode; the JSON line names the JDK it ran
# on ("java"). CHIDAO_BENCH_JDK=17 runs it on the default `java` instead, CHIDAO_BENCH_JDK=<dir>
# on that JDK.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"

BENCH_JDK="${CHIDAO_BENCH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ "$BENCH_JDK" != 17 && -x "$BENCH_JDK/bin/java" ]]; then
  # bench_run calls `java` for the benchmark only (Maven is its own process): a function takes
  # precedence over the PATH here and is not exported to ./mvnw.
  java() { "$BENCH_JDK/bin/java" "$@"; }
fi
# A throughput collector with a large fixed young generation: the service allocates briefly for
# every push (payload, encryption, HTTP request); G1 cost ~5% more CPU per push on 2 cores in
# back-to-back runs. The same flags suit a production notification-service JVM sized for bursts.
CHIDAO_BENCH_JAVA_OPTS="${CHIDAO_BENCH_JAVA_OPTS:--Xms2g -Xmx2g -XX:+UseParallelGC -Xmn1400m}" \
  bench_run notification-service vn.chidao.notification.bench.NotifyBench "$@"
