package vn.chidao.identity.orgimport.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.identity.orgimport.application.ImportJob;

/** An import job in {@code org_imports}; {@code processed} only ever grows ({@code $max}). */
@Document(ImportJobDocument.COLLECTION)
record ImportJobDocument(
    @Id String id,
    String province,
    String format,
    String requestedBy,
    String state,
    long total,
    long processed,
    int created,
    int changed,
    int unchanged,
    String changeSetId,
    String detail,
    Instant startedAt,
    Instant finishedAt) {

  static final String COLLECTION = "org_imports";

  static ImportJobDocument of(ImportJob job) {
    return new ImportJobDocument(
        job.id(),
        job.province(),
        job.format(),
        job.requestedBy(),
        job.state().name(),
        job.total(),
        job.processed(),
        job.created(),
        job.changed(),
        job.unchanged(),
        job.changeSetId(),
        job.detail(),
        job.startedAt(),
        job.finishedAt());
  }

  ImportJob toModel() {
    return new ImportJob(
        id,
        province,
        format,
        requestedBy,
        ImportJob.State.valueOf(state),
        total,
        processed,
        created,
        changed,
        unchanged,
        changeSetId,
        detail,
        startedAt,
        finishedAt);
  }
}
