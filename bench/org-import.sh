#!/usr/bin/env bash
# ./chidao bench org-import [units]: imports the synthetic national tree (255,356 units; or a tree
# scaled to [units]) through identity's import service into the in-process MongoDB wire server, with
# a raw bulk-insert baseline in the same run. Final line: JSON with units, seconds, units_per_s,
# baseline and ratio.
source "$(dirname "${BASH_SOURCE[0]}")/_lib.sh"
bench_run identity vn.chidao.identity.bench.OrgImportBench "$@"
