package vn.chidao.identity.orgimport.adapter.in.web;

import java.time.Instant;
import vn.chidao.identity.orgimport.application.ImportJob;

/** An import job for the web app's progress bar: {@code processed} of {@code total} writes. */
record ImportJobView(
    String id,
    String province,
    String format,
    String state,
    long processed,
    long total,
    int created,
    int changed,
    int unchanged,
    String detail,
    Instant startedAt,
    Instant finishedAt) {

  static ImportJobView of(ImportJob job) {
    return new ImportJobView(
        job.id(),
        job.province(),
        job.format(),
        job.state().name(),
        job.processed(),
        job.total(),
        job.created(),
        job.changed(),
        job.unchanged(),
        job.detail(),
        job.startedAt(),
        job.finishedAt());
  }
}
