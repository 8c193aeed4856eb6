#!/usr/bin/env bash
# ./chidao bench notify [pushes=N] [emails=N]: notification-service end to end, from DirectiveDelivered
# batches on RabbitMQ to pushes decrypted by test-support's local push service and e-mails accepted
# by GreenMail, plus the raw cost of one push encryption and one SMTP send; final line is JSON.
# Needs RabbitMQ on 127.0.0.1:5672 (or RABBITMQ_HOST); MongoDB is the in-process wire server.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
bench_run notification-service vn.chidao.notification.bench.NotifyBench "$@"
