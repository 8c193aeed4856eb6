package vn.chidao.identity.org.adapter.in.startup;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.adapter.in.demo.DemoDirectoryReader;
import vn.chidao.identity.org.adapter.out.mongo.OrgIndexes;
import vn.chidao.identity.org.application.ApplyingChanges;
import vn.chidao.identity.org.application.Change;
import vn.chidao.identity.org.application.HistoryBootstrap;
import vn.chidao.identity.org.application.OrgEvents;
import vn.chidao.identity.org.application.PublishingDirectory;
import vn.chidao.identity.org.application.SeedReport;
import vn.chidao.identity.org.application.SeedingDirectory;

/**
 * On every start: create indexes, finish change sets a crash interrupted, seed the demo directory
 * (if enabled) and give its units a history, then publish every unit and membership if the
 * directory was never published whole or this start changed it (see {@link PublicationProperties}).
 * Change sets whose events could not be published (broker away) and membership events left in the
 * outbox are relayed every {@link RelayProperties#period()}.
 *
 * <p>Indexes and seeding finish before the service takes requests, so a read never sees a half
 * loaded tree; this runs once on the main thread at start-up, never on a request path, which is why
 * waiting on it is fine. Publishing runs in the background with retries: a broker that is briefly
 * away must not stop the directory from answering reads. Once a whole publication completed, every
 * later change reaches the consumers through its change set or the membership outbox, so a restart
 * does not send the national directory again (hundreds of thousands of events for every consumer to
 * apply); re-publishing stays harmless when asked for: consumers are idempotent and keep the latest
 * {@code occurredAt} per unit.
 */
@Component
class DirectoryStartup implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DirectoryStartup.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(1);

  private final DirectoryStartupProperties properties;
  private final OrgIndexes indexes;
  private final SeedingDirectory seeding;
  private final PublishingDirectory publishing;
  private final DemoDirectoryReader reader;
  private final ApplyingChanges applying;
  private final HistoryBootstrap bootstrap;
  private final OrgEvents events;
  private final Duration relayPeriod;
  private final PublicationProperties publicationProperties;
  private volatile Disposable publication;
  private volatile Disposable relay;

  DirectoryStartup(
      DirectoryStartupProperties properties,
      OrgIndexes indexes,
      SeedingDirectory seeding,
      PublishingDirectory publishing,
      ApplyingChanges applying,
      HistoryBootstrap bootstrap,
      OrgEvents events,
      RelayProperties relay,
      PublicationProperties publicationProperties,
      JsonMapper json) {
    this.publicationProperties = publicationProperties;
    this.events = events;
    this.relayPeriod = relay.period();
    this.applying = applying;
    this.bootstrap = bootstrap;
    this.properties = properties;
    this.indexes = indexes;
    this.seeding = seeding;
    this.publishing = publishing;
    this.reader = new DemoDirectoryReader(json);
  }

  @Override
  public void run(ApplicationArguments args) {
    indexes.ensure().block(STARTUP_TIMEOUT);
    Long recovered = applying.recover().block(STARTUP_TIMEOUT);
    if (recovered != null && recovered > 0) {
      log.info("Finished {} interrupted change sets of the org directory", recovered);
    }
    boolean changedHere = false;
    if (properties.seed()) {
      changedHere = seed();
    }
    // Also without the seed: a directory stored before the history existed gets one here.
    Long bootstrapped = bootstrap.fromProjection(properties.historySince()).block(STARTUP_TIMEOUT);
    if (bootstrapped != null && bootstrapped > 0) {
      log.info("Org history: {} units given a first version", bootstrapped);
      changedHere = true;
    }
    if (properties.seed()) {
      Long reprojected = bootstrap.reproject().block(STARTUP_TIMEOUT);
      log.info("Org history: {} projections restored from history after seeding", reprojected);
    }
    boolean changed = changedHere;
    publication =
        whetherToPublish(changed)
            .filter(yes -> yes)
            .flatMap(yes -> publishAll())
            .subscribe(
                count -> log.info("Org directory published: {} events", count),
                error -> log.error("Org directory not published; restart to retry", error));
    startRelay();
  }

  /**
   * The seed and the first history write units and memberships directly, not through change sets or
   * the outbox: only a whole publication carries them.
   */
  private Mono<Boolean> whetherToPublish(boolean changedHere) {
    if (publicationProperties.onStart() == PublicationProperties.OnStart.ALWAYS || changedHere) {
      return Mono.just(true);
    }
    return publishing
        .lastComplete()
        .map(
            last -> {
              log.info(
                  "Org directory already published whole (started {}: {} units, {} memberships);"
                      + " later changes went out with their change sets",
                  last.startedAt(),
                  last.units(),
                  last.memberships());
              return false;
            })
        .defaultIfEmpty(true)
        .onErrorReturn(true);
  }

  /** Seeds the demo directory; true when it created or changed anything. */
  private boolean seed() {
    SeedReport report = seeding.seed(reader.read(properties.directory())).block(STARTUP_TIMEOUT);
    log.info(
        "Demo directory seeded: units {} new, {} changed, {} unchanged; memberships {} new, {}"
            + " changed, {} unchanged",
        report.units(Change.CREATED),
        report.units(Change.CHANGED),
        report.units(Change.UNCHANGED),
        report.memberships(Change.CREATED),
        report.memberships(Change.CHANGED),
        report.memberships(Change.UNCHANGED));
    return report.units(Change.CREATED)
            + report.units(Change.CHANGED)
            + report.memberships(Change.CREATED)
            + report.memberships(Change.CHANGED)
        > 0;
  }

  /** The whole directory once, in the background, retried while the broker is away. */
  private Mono<Long> publishAll() {
    return publishing
        .publishAll()
        .retryWhen(
            Retry.backoff(10, Duration.ofSeconds(2))
                .maxBackoff(Duration.ofMinutes(1))
                .doBeforeRetry(
                    retry ->
                        log.warn(
                            "Publishing the org directory failed, retrying: {}",
                            retry.failure().toString())));
  }

  /** The relay of unpublished change sets and outbox events every period. */
  private void startRelay() {
    relay =
        Flux.interval(relayPeriod)
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    Mono.zip(
                        applying.recover(relayPeriod).onErrorReturn(0L),
                        events.relayPending().onErrorReturn(0L)))
            .subscribe(
                finished -> {
                  if (finished.getT1() > 0 || finished.getT2() > 0) {
                    log.info(
                        "Relayed {} org change sets and {} outbox events",
                        finished.getT1(),
                        finished.getT2());
                  }
                });
  }

  @Override
  public void destroy() {
    for (Disposable running : new Disposable[] {publication, relay}) {
      if (running != null) {
        running.dispose();
      }
    }
  }
}
