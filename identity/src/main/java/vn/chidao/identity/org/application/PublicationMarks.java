package vn.chidao.identity.org.application;

import reactor.core.publisher.Mono;

/** The record of the last whole-directory publication that completed. */
public interface PublicationMarks {

  /** Empty when the directory was never published whole (a new deployment). */
  Mono<Publication> lastComplete();

  Mono<Void> recordComplete(Publication publication);
}
