package vn.chidao.directive.numbering.application;

import reactor.core.publisher.Mono;
import vn.chidao.directive.numbering.model.SequenceKey;

/** Where sequences are counted and every handed-out number is recorded. */
public interface NumberRegister {

  /** The next number of {@code sequence}, atomically: two callers never get the same one. */
  Mono<Integer> next(SequenceKey sequence);

  /**
   * Records that {@code number} of {@code sequence} belongs to {@code directiveId}; completes empty
   * when the number was already recorded for another document (the caller takes another).
   */
  Mono<Boolean> record(SequenceKey sequence, int number, String symbol, String directiveId);
}
