package vn.chidao.directive.issue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Urgency;
import vn.chidao.directive.issue.model.Withdrawal;
import vn.chidao.directive.numbering.model.DocumentNumber;
import vn.chidao.directive.numbering.model.SequenceKey;

/** The outbox's rules with in-memory stand-ins for the store and the broker, without Spring. */
class IssuedEventsOutboxTest {

  private static final Instant START = Instant.parse("2026-11-22T03:00:00Z");
  private static final OutboxSettings SETTINGS =
      new OutboxSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 100, Duration.ofSeconds(5));

  private final MovableClock clock = new MovableClock(START);
  private final InMemoryStore store = new InMemoryStore();
  private final RecordingBroker broker = new RecordingBroker();
  private final IssuedEventsOutbox outbox = new IssuedEventsOutbox(store, broker, SETTINGS, clock);

  private Directive stored(String id) {
    Directive directive =
        new Directive(
            id,
            "dong-nai",
            new DirectiveContent(DocType.CV, "Về việc " + id, "", Urgency.NORMAL),
            "dong-nai",
            "Tỉnh ủy Đồng Nai",
            List.of("dn-tranbien"),
            Set.of("dong-nai"),
            "tinhuy.vanthu",
            clock.instant(),
            DirectiveStatus.ISSUED,
            "event-of-" + id,
            new DocumentNumber(
                new SequenceKey("PARTY|dong-nai|CV|2025-2030"),
                1,
                "01-CV/TU",
                "ngày 22 tháng 11 năm 2026"));
    store.insertIssued(directive).block();
    return directive;
  }

  @Test
  void a_confirmed_first_publish_empties_the_outbox() {
    Directive directive = stored("d1");

    StepVerifier.create(outbox.publishNow(directive)).verifyComplete();

    assertThat(broker.published).containsExactly("event-of-d1");
    assertThat(store.pending).isEmpty();
  }

  @Test
  void a_failed_first_publish_keeps_the_event_and_does_not_fail_the_request() {
    Directive directive = stored("d1");
    broker.down = true;

    StepVerifier.create(outbox.publishNow(directive)).verifyComplete();

    assertThat(store.pending).containsKey("d1");
  }

  @Test
  void the_relay_leaves_young_events_to_their_request_and_publishes_older_ones() {
    Directive directive = stored("d1");
    broker.down = true;
    outbox.publishNow(directive).block();
    broker.down = false;

    clock.advance(Duration.ofSeconds(4));
    StepVerifier.create(outbox.relayPending()).expectNext(0L).verifyComplete();
    clock.advance(Duration.ofSeconds(2));
    StepVerifier.create(outbox.relayPending()).expectNext(1L).verifyComplete();

    assertThat(broker.published).containsExactly("event-of-d1");
    assertThat(store.pending).isEmpty();
  }

  @Test
  void each_subscription_to_a_relay_round_takes_its_own_cut_off() {
    stored("d1");
    Mono<Long> round = outbox.relayPending();

    StepVerifier.create(round).expectNext(0L).verifyComplete();
    clock.advance(Duration.ofSeconds(6));
    StepVerifier.create(round).expectNext(1L).verifyComplete();
  }

  @Test
  void an_event_that_cannot_be_published_does_not_hold_back_the_others() {
    stored("d1");
    stored("d2");
    broker.refused.add("event-of-d1");
    clock.advance(Duration.ofSeconds(6));

    StepVerifier.create(outbox.relayPending()).expectNext(1L).verifyComplete();

    assertThat(broker.published).containsExactly("event-of-d2");
    assertThat(store.pending).containsOnlyKeys("d1");
  }

  /** Directives with their pending issued event, like the Mongo store keeps them. */
  private static final class InMemoryStore implements DirectiveStore {
    final Map<String, Directive> pending = new LinkedHashMap<>();
    final Map<String, Directive> all = new LinkedHashMap<>();

    @Override
    public Mono<Directive> insertIssued(Directive directive, int audience, int batches) {
      return Mono.fromSupplier(
          () -> {
            all.put(directive.id(), directive);
            pending.put(directive.id(), directive);
            return directive;
          });
    }

    @Override
    public Mono<Directive> findById(String id) {
      return Mono.justOrEmpty(all.get(id));
    }

    @Override
    public Flux<Directive> findUnpublished(Instant before, int limit) {
      return Flux.defer(
          () ->
              Flux.fromIterable(
                  pending.values().stream()
                      .filter(directive -> directive.issuedAt().isBefore(before))
                      .sorted(Comparator.comparing(Directive::issuedAt))
                      .limit(limit)
                      .toList()));
    }

    @Override
    public Mono<Void> markPublished(String directiveId, String eventId) {
      return Mono.fromRunnable(() -> pending.remove(directiveId));
    }

    // Not used by the outbox.
    @Override
    public Flux<Directive> findByIds(Collection<String> ids) {
      return Flux.fromIterable(ids).mapNotNull(all::get);
    }

    @Override
    public Flux<Directive> findCiting(Collection<String> parentIds) {
      return Flux.empty();
    }

    @Override
    public Mono<Boolean> withdraw(String id, Withdrawal withdrawal) {
      return Mono.just(false);
    }

    @Override
    public Mono<Void> flagUpstreamRecalled(Collection<String> ids, String recalledId) {
      return Mono.empty();
    }
  }

  /** A broker that confirms, is down, or refuses particular events. */
  private static final class RecordingBroker implements DirectiveEvents {
    final List<String> published = new ArrayList<>();
    final Set<String> refused = new HashSet<>();
    boolean down;

    @Override
    public Mono<Void> publishIssued(Directive directive) {
      return Mono.defer(
          () -> {
            if (down || refused.contains(directive.issuedEventId())) {
              return Mono.error(new IllegalStateException("not confirmed"));
            }
            published.add(directive.issuedEventId());
            return Mono.empty();
          });
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
