package vn.chidao.directive.attachment.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import vn.chidao.directive.attachment.application.AttachmentSettings;
import vn.chidao.directive.support.ServiceIT;

/**
 * The janitor as Spring runs it: the scheduled method is called once and its {@code Mono}
 * subscribed every round, so each round must take the time when it runs, not when it was built.
 */
class AttachmentJanitorIT extends ServiceIT {

  private static final String RECORDS = "directive_attachments";

  /** How long after the round was built the upload counts as abandoned. */
  private static final Duration ABANDONED_SOON = Duration.ofMillis(750);

  @Autowired AttachmentJanitor janitor;
  @Autowired AttachmentSettings settings;

  @Test
  void a_round_sweeps_an_upload_abandoned_after_the_round_was_built() {
    Mono<Long> round = janitor.sweep(); // as the scheduler does, once
    Instant built = Instant.now();
    // Not yet abandoned when the round was built; abandoned by the time it runs.
    String upload = "crash-" + UUID.randomUUID();
    Instant since = built.minus(settings.abandonAfter()).plus(ABANDONED_SOON);
    pending(upload, since);
    Instant abandoned = since.plus(settings.abandonAfter());
    Awaitility.await("the upload abandoned")
        .atMost(BROKER_WAIT)
        .until(() -> Instant.now().isAfter(abandoned));

    assertThat(round.block(BROKER_WAIT)).isGreaterThanOrEqualTo(1L);
    assertThat(recordsWithId(upload)).as("swept").isZero();
  }

  private void pending(String id, Instant since) {
    mongo
        .getCollection(RECORDS)
        .flatMap(
            records ->
                Mono.from(
                    records.insertOne(
                        new Document("_id", id)
                            .append("directiveId", "janitor-" + id)
                            .append("status", "PENDING")
                            .append("since", Date.from(since))
                            .append("uploadedBy", "tinhuy.vanthu"))))
        .block(BROKER_WAIT);
  }

  private long recordsWithId(String id) {
    return mongo
        .getCollection(RECORDS)
        .flatMap(records -> Mono.from(records.countDocuments(new Document("_id", id))))
        .block(BROKER_WAIT);
  }
}
