package vn.chidao.reporting.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.report.ReportAccepted;
import vn.chidao.contracts.report.ReportReturned;
import vn.chidao.contracts.report.ReportSubmitted;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.ObligationStore;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.obligation.PendingEffects;
import vn.chidao.reporting.obligation.Periods;
import vn.chidao.reporting.obligation.RequirementDocument;
import vn.chidao.reporting.obligation.RequirementTemplates;
import vn.chidao.reporting.obligation.model.Contribution;
import vn.chidao.reporting.obligation.model.IndicatorSpec;
import vn.chidao.reporting.obligation.model.Lifecycle;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.obligation.model.Refusal;
import vn.chidao.reporting.obligation.model.ReportContent;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.outbox.OutboxEntry;

/**
 * Drafting, submitting, returning and accepting a report. Every change is one compare-and-set on
 * the obligation's revision that also records the change's effects (its delta to the totals above,
 * its events) and claims them for this request; a concurrent change makes it re-read and decide
 * again. The effects are applied right after ({@link PendingEffects}); an obligation whose last
 * change another request is still finishing is retried shortly. The requirement's template comes
 * from memory ({@link RequirementTemplates}). A refused action changes nothing.
 */
@Service
public class SubmittingReports {

  static final int MAX_COMMENT = 4_000;
  private static final int ATTEMPTS = 8;
  private static final Logger log = LoggerFactory.getLogger(SubmittingReports.class);

  private final ReactiveMongoTemplate mongo;
  private final ObligationStore obligations;
  private final RequirementTemplates templates;
  private final PendingEffects effects;
  private final Outbox outbox;
  private final Clock clock;

  SubmittingReports(
      ReactiveMongoTemplate mongo,
      ObligationStore obligations,
      RequirementTemplates templates,
      PendingEffects effects,
      Outbox outbox,
      Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.templates = templates;
    this.effects = effects;
    this.outbox = outbox;
    this.clock = clock;
  }

  public Mono<ObligationDocument> saveDraft(
      ChidaoUser user, String id, Map<String, String> sections, Map<String, Object> values) {
    return change(
        id,
        (o, requirement) -> {
          Access.mayReport(user, o);
          refuse(Lifecycle.mayEdit(state(o)).orElse(null));
          ReportContent content = read(requirement, sections, values, false);
          ObligationState after =
              state(o) == ObligationState.PENDING ? ObligationState.DRAFT : state(o);
          Update update =
              new Update()
                  .set("state", after.name())
                  .set("draftSections", content.sections())
                  .set("draftValues", content.values());
          return new Change(update, after, o.late(), null, List.of());
        });
  }

  /**
   * Submits the given content, or the saved draft when {@code sections} and {@code values} are
   * null.
   */
  public Mono<ObligationDocument> submit(
      ChidaoUser user, String id, Map<String, String> sections, Map<String, Object> values) {
    return change(
        id,
        (o, requirement) -> {
          Access.mayReport(user, o);
          refuse(Lifecycle.mayEdit(state(o)).orElse(null));
          ReportContent content =
              sections == null && values == null
                  ? savedDraft(o, requirement)
                  : read(requirement, sections, values, true);
          Instant now = clock.instant();
          int version = o.submissions() + 1;
          // Timeliness is judged once, at the first submission; a resubmission after a return
          // keeps it.
          boolean late = o.late() != null ? o.late() : !now.isBefore(o.dueAt());
          Update update =
              new Update()
                  .set("state", ObligationState.SUBMITTED.name())
                  .set("submissions", version)
                  .set("late", late)
                  .set("lastSubmittedAt", now)
                  .set("draftSections", content.sections())
                  .set("draftValues", content.values())
                  .set("submittedSections", content.sections())
                  .set("submittedValues", content.values());
          if (o.firstSubmittedAt() == null) {
            update.set("firstSubmittedAt", now);
          }
          ReportSubmitted event =
              new ReportSubmitted(
                  OpeningObligations.stableId(o.id() + "~submitted~" + version),
                  now,
                  o.tenant(),
                  Periods.ref(o),
                  o.id(),
                  ReportVersionDocument.id(o.id(), version),
                  o.unitId(),
                  o.unitName(),
                  version,
                  late,
                  user.username());
          ReportVersionDocument kept =
              new ReportVersionDocument(
                  ReportVersionDocument.id(o.id(), version),
                  o.id(),
                  version,
                  content.sections(),
                  content.values(),
                  now,
                  late,
                  user.username(),
                  o.attachments());
          return new Change(
              update, ObligationState.SUBMITTED, late, content.values(), List.of(event, kept));
        });
  }

  public Mono<ObligationDocument> returnReport(ChidaoUser user, String id, String comment) {
    if (comment == null || comment.isBlank()) {
      return Mono.error(
          ProblemException.badRequest(
              "comment-required", "Cần ghi rõ lý do trả lại báo cáo để đơn vị sửa."));
    }
    if (comment.length() > MAX_COMMENT) {
      return Mono.error(
          ProblemException.badRequest(
              "comment-too-long", "Ý kiến trả lại dài quá " + MAX_COMMENT + " ký tự."));
    }
    return change(
        id,
        (o, requirement) -> {
          Access.mayReview(user, o);
          refuse(Lifecycle.mayReview(state(o)).orElse(null));
          Update update =
              new Update()
                  .set("state", ObligationState.RETURNED.name())
                  .set("reviewComment", comment.strip())
                  .set("reviewedBy", user.username());
          ReportReturned event =
              new ReportReturned(
                  OpeningObligations.stableId(o.id() + "~returned~" + o.submissions()),
                  clock.instant(),
                  o.tenant(),
                  Periods.ref(o),
                  o.id(),
                  ReportVersionDocument.id(o.id(), o.submissions()),
                  o.unitId(),
                  o.unitName(),
                  o.submissions(),
                  comment.strip(),
                  user.username());
          return new Change(update, ObligationState.RETURNED, o.late(), null, List.of(event));
        });
  }

  public Mono<ObligationDocument> accept(ChidaoUser user, String id) {
    return change(
        id,
        (o, requirement) -> {
          Access.mayReview(user, o);
          refuse(Lifecycle.mayReview(state(o)).orElse(null));
          Update update =
              new Update()
                  .set("state", ObligationState.ACCEPTED.name())
                  .set("reviewedBy", user.username());
          ReportAccepted event =
              new ReportAccepted(
                  OpeningObligations.stableId(o.id() + "~accepted"),
                  clock.instant(),
                  o.tenant(),
                  Periods.ref(o),
                  o.id(),
                  ReportVersionDocument.id(o.id(), o.submissions()),
                  o.unitId(),
                  o.unitName(),
                  o.submissions(),
                  user.username());
          return new Change(
              update, ObligationState.ACCEPTED, o.late(), o.submittedValues(), List.of(event));
        });
  }

  /** Loads the obligation and its requirement, decides, writes under compare-and-set, retries. */
  private Mono<ObligationDocument> change(
      String id, BiFunction<ObligationDocument, RequirementDocument, Change> decide) {
    return attempt(id, decide, 1);
  }

  private Mono<ObligationDocument> attempt(
      String id, BiFunction<ObligationDocument, RequirementDocument, Change> decide, int attempt) {
    return obligations
        .find(id)
        .switchIfEmpty(Mono.error(Access::notFound))
        .flatMap(
            o -> {
              if (o.hasPendingEffects()) {
                // An earlier change is being finished (or was interrupted): finish it or wait.
                return effects
                    .finish(o)
                    .flatMap(
                        finished ->
                            again(
                                id, decide, attempt, finished ? Duration.ZERO : backoff(attempt)));
              }
              return templates
                  .of(o)
                  .switchIfEmpty(
                      Mono.error(
                          () -> new IllegalStateException("requirement of " + id + " missing")))
                  .flatMap(requirement -> write(o, requirement, decide.apply(o, requirement)))
                  .flatMap(
                      written ->
                          written.isPresent()
                              ? Mono.just(written.get())
                              : again(id, decide, attempt, Duration.ZERO));
            });
  }

  private Mono<ObligationDocument> again(
      String id,
      BiFunction<ObligationDocument, RequirementDocument, Change> decide,
      int attempt,
      Duration after) {
    if (attempt >= ATTEMPTS) {
      return Mono.error(
          ProblemException.conflict(
              "concurrent-change",
              "Báo cáo vừa được người khác thay đổi; hãy tải lại và thử lại."));
    }
    Mono<ObligationDocument> next = Mono.defer(() -> attempt(id, decide, attempt + 1));
    return after.isZero() ? next : Mono.delay(after).then(next);
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(20L * attempt);
  }

  /**
   * Writes the change under compare-and-set with its effects and a claim on them, then applies the
   * effects. In sequence: the version kept, the change, then the counters (one write per counter,
   * shared with concurrent submissions) alongside the events' publication (stored in the outbox
   * only when not confirmed), clearing the change, the counters forgetting its key, the changed
   * obligation read back.
   */
  private Mono<Optional<ObligationDocument>> write(
      ObligationDocument o, RequirementDocument requirement, Change change) {
    List<IndicatorSpec> indicators = requirement.indicatorSpecs();
    Map<String, Number> before =
        Contribution.of(state(o), o.late(), o.submittedValues(), indicators);
    Map<String, Number> after =
        Contribution.of(change.after(), change.lateAfter(), change.figuresAfter(), indicators);
    Map<String, Number> delta = Contribution.delta(before, after);
    String key = o.id() + "#" + (o.revision() + 1);
    List<OutboxEntry> events = new ArrayList<>();
    Mono<Void> keepVersion = Mono.empty();
    for (Object event : change.events()) {
      if (event instanceof ReportVersionDocument version) {
        keepVersion = mongo.save(version).then(); // overwritten if this attempt loses the race
      } else {
        events.add(outbox.entry(eventId(event), event));
      }
    }
    PendingEffects.Claim claim = effects.newClaim();
    Update update =
        change
            .update()
            .set("pendingKey", key)
            .set("pendingDelta", delta)
            .set("pendingEvents", events)
            .set("pendingClaim", claim.token())
            .set("pendingClaimUntil", claim.until());
    PendingEffects.Change effectsToApply =
        new PendingEffects.Change(
            o.id(),
            o.revision() + 1,
            key,
            o.directiveId(),
            o.requirementId(),
            o.periodKey(),
            o.ancestors(),
            delta,
            null,
            events);
    return keepVersion
        .then(obligations.compareAndSet(o.id(), o.revision(), update))
        .flatMap(
            written ->
                written
                    ? effects
                        .finishClaimed(effectsToApply, claim)
                        // The change is stored with its effects: a failure here only delays them
                        // (the sweep finishes them once the claim expired).
                        .onErrorResume(
                            error -> {
                              log.warn(
                                  "Effects of {} left for the sweep: {}", key, error.toString());
                              return Mono.empty();
                            })
                        // Read after, not alongside: the in-process test server may fail to encode
                        // a document another command is changing at that moment.
                        .then(obligations.find(o.id()))
                        .map(Optional::of)
                    : Mono.just(Optional.<ObligationDocument>empty()));
  }

  private static String eventId(Object event) {
    if (event instanceof ReportSubmitted e) {
      return e.eventId();
    }
    if (event instanceof ReportReturned e) {
      return e.eventId();
    }
    if (event instanceof ReportAccepted e) {
      return e.eventId();
    }
    throw new IllegalArgumentException("unknown event " + event);
  }

  private static ObligationState state(ObligationDocument o) {
    return ObligationState.valueOf(o.state());
  }

  private static void refuse(Refusal refusal) {
    if (refusal != null) {
      throw Problems.of(refusal);
    }
  }

  private static ReportContent read(
      RequirementDocument requirement,
      Map<String, String> sections,
      Map<String, Object> values,
      boolean complete) {
    ReportContent.Result result =
        ReportContent.read(
            sections, values, requirement.sectionCodes(), requirement.indicatorSpecs(), complete);
    refuse(result.refusal());
    return result.content();
  }

  /** The saved draft, already checked when it was saved; submitting needs every value. */
  private static ReportContent savedDraft(ObligationDocument o, RequirementDocument requirement) {
    ReportContent draft = new ReportContent(o.draftSections(), o.draftValues());
    refuse(draft.missingValue(requirement.indicatorSpecs()).orElse(null));
    return draft;
  }
}
