package vn.chidao.directive.numbering.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import vn.chidao.directive.numbering.application.NumberRegister;
import vn.chidao.directive.numbering.model.SequenceKey;

/**
 * Counters in {@code number_sequences} ({@code _id} = sequence key, {@code last} = last number
 * handed out) and every handed-out number in {@code issued_numbers} under {@code _id} = sequence
 * key + number, whose unique index makes a second holder of a number impossible.
 */
@Component
class MongoNumberRegister implements NumberRegister {

  static final String SEQUENCES = "number_sequences";
  static final String LAST = "last";

  private final ReactiveMongoTemplate mongo;

  MongoNumberRegister(ReactiveMongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * One {@code findAndModify} with {@code $inc}, returning the counter as it was before: the number
   * is that value + 1 (none before = first number). Returning the document after the update is not
   * safe under concurrency on mongo-java-server, the value before is. Two first upserts of a new
   * sequence may race on its {@code _id}; the loser retries and increments the winner's.
   */
  @Override
  public Mono<Integer> next(SequenceKey sequence) {
    return mongo
        .findAndModify(
            query(where("_id").is(sequence.value())),
            new Update().inc(LAST, 1),
            FindAndModifyOptions.options().upsert(true).returnNew(false),
            Document.class,
            SEQUENCES)
        .map(before -> ((Number) before.get(LAST)).intValue() + 1)
        .defaultIfEmpty(1)
        .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance));
  }

  @Override
  public Mono<Boolean> record(SequenceKey sequence, int number, String symbol, String directiveId) {
    IssuedNumberDocument issued =
        new IssuedNumberDocument(
            IssuedNumberDocument.idOf(sequence, number),
            sequence.value(),
            number,
            symbol,
            directiveId);
    return mongo
        .insert(issued)
        .thenReturn(true)
        .onErrorResume(DuplicateKeyException.class, taken -> Mono.just(false));
  }
}
