package vn.chidao.identity.orgimport.application;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** Where import jobs are kept, so any instance can answer a poll. */
public interface ImportJobStore {

  Mono<ImportJob> create(ImportJob job);

  Mono<ImportJob> find(String id);

  /** Raises {@code processed} (never lowers it: progress reports may arrive out of order). */
  Mono<Void> progress(String id, long processed);

  Mono<Void> finish(String id, ImportJob.State state, String detail, Instant at);
}
