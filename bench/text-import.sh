#!/usr/bin/env bash
# Text import (directive-service): documents read per second from the two samples, against a raw
# baseline (NFC, line split, one regex pass) in the same run. Argument: rounds (default 2000).
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
bench_run directive-service vn.chidao.directive.textimport.bench.TextImportBench "${1:-2000}"
