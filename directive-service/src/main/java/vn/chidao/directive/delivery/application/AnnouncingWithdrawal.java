package vn.chidao.directive.delivery.application;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.directive.audit.application.AuditTrail;
import vn.chidao.directive.delivery.model.DeliveryProgress;
import vn.chidao.directive.issue.application.DirectiveStore;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.Withdrawal;

/**
 * Tells every unit a withdrawn (recalled or superseded) directive had reached, in the batches it
 * reached them: one {@code DirectiveRecalled} per delivered batch, confirmed, each marked once
 * announced. Runs only after the delivery job stopped, so no batch is delivered after its recall
 * was announced. Interrupted announcements are finished by the relay (same event ids).
 */
@Service
public class AnnouncingWithdrawal {

  private static final Logger log = LoggerFactory.getLogger(AnnouncingWithdrawal.class);

  private final DeliveryStore store;
  private final DirectiveStore directives;
  private final DeliveryEvents events;
  private final AuditTrail audit;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public AnnouncingWithdrawal(
      DeliveryStore store, DirectiveStore directives, DeliveryEvents events, AuditTrail audit) {
    this.store = store;
    this.directives = directives;
    this.events = events;
    this.audit = audit;
  }

  /**
   * A directive that supersedes another ends the old one (once, whoever runs first) and has its
   * withdrawal announced.
   */
  public Mono<Void> supersedeOld(Directive directive) {
    String oldId = directive.details().supersedesId();
    if (oldId == null) {
      return Mono.empty();
    }
    Withdrawal superseded =
        new Withdrawal(
            DirectiveStatus.SUPERSEDED,
            null,
            directive.issuedAt(),
            directive.issuedBy(),
            directive.id(),
            directive.symbol());
    return directives
        .withdraw(oldId, superseded)
        .flatMap(
            ended -> ended ? audit.system(oldId, "SUPERSEDED", directive.id()) : Mono.<Void>empty())
        .then(Mono.fromRunnable(() -> start(oldId)));
  }

  /** Announces in the background unless this instance already does. */
  public void start(String directiveId) {
    if (!running.add(directiveId)) {
      return;
    }
    announce(directiveId)
        .doFinally(signal -> running.remove(directiveId))
        .subscribeOn(Schedulers.parallel())
        .subscribe(
            null,
            error ->
                log.warn(
                    "Withdrawal of directive {} not fully announced; the relay resumes it: {}",
                    directiveId,
                    error.toString()));
  }

  /** Publishes the recall of every published batch not yet announced, once delivery stopped. */
  public Mono<Void> announce(String directiveId) {
    return Mono.zip(directives.findById(directiveId), store.progress(directiveId))
        .filter(found -> found.getT1().withdrawal() != null && !found.getT2().running())
        .flatMap(found -> announceBatches(found.getT1(), found.getT2()));
  }

  private Mono<Void> announceBatches(Directive directive, DeliveryProgress progress) {
    int count = progress.batchesDelivered();
    return store
        .storedBatches(directive.id(), progress.unannounced())
        .concatMap(
            batch ->
                events
                    .publishRecalled(
                        BatchEvents.recalled(
                            directive,
                            batch,
                            progress.positionAmongPublished(batch.number()),
                            count))
                    .then(store.markRecallAnnounced(directive.id(), batch.number())))
        .then(store.finishRecallAnnouncement(directive.id()))
        .then(audit.system(directive.id(), "WITHDRAWAL_ANNOUNCED", count + " đợt"));
  }
}
