package vn.chidao.reporting.attachment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.attachments.AttachmentName;
import vn.chidao.attachments.AttachmentRefusal;
import vn.chidao.attachments.TypeSniffer;
import vn.chidao.attachments.UploadInspection;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.ObligationStore;
import vn.chidao.reporting.obligation.PendingEffects;
import vn.chidao.reporting.obligation.model.Lifecycle;
import vn.chidao.reporting.obligation.model.ObligationState;
import vn.chidao.reporting.submission.Access;
import vn.chidao.reporting.submission.AttachedFiles;
import vn.chidao.reporting.submission.ObligationView;
import vn.chidao.reporting.submission.Problems;
import vn.chidao.reporting.submission.ReportVersionDocument;

/**
 * Files attached to a unit's report. An upload is inspected as it arrives (real type from the
 * bytes, size bounded, SHA-256), held in memory (at most the size limit), and stored only once
 * accepted: bytes in GridFS, then the record, then its id added to the obligation under the same
 * compare-and-set on the revision as every other change, so a submission keeps exactly the files
 * attached when it was made. Any refusal or failure removes what was stored. Files may be added and
 * removed while the report can be edited (not yet submitted, or returned); a file named by a
 * submitted version stays downloadable after it is removed from the draft.
 */
@Service
public class ReportAttachments implements AttachedFiles {

  private static final Logger log = LoggerFactory.getLogger(ReportAttachments.class);
  private static final int ATTEMPTS = 5;

  private final ObligationStore obligations;
  private final PendingEffects effects;
  private final ReactiveMongoTemplate mongo;
  private final AttachmentFiles files;
  private final TypeSniffer sniffer;
  private final AttachmentSettings settings;
  private final Clock clock;

  ReportAttachments(
      ObligationStore obligations,
      PendingEffects effects,
      ReactiveMongoTemplate mongo,
      AttachmentFiles files,
      TypeSniffer sniffer,
      AttachmentSettings settings,
      Clock clock) {
    this.obligations = obligations;
    this.effects = effects;
    this.mongo = mongo;
    this.files = files;
    this.sniffer = sniffer;
    this.settings = settings;
    this.clock = clock;
  }

  /** A file that passed every check, with its bytes. */
  public record Download(AttachmentDocument attachment, byte[] content) {}

  public long maxBytes() {
    return settings.maxSize().toBytes();
  }

  /**
   * The obligation, when the caller may attach a file to it now. Asked before the request body is
   * read, so a refused upload is not read at all.
   */
  public Mono<ObligationDocument> mayAttach(ChidaoUser user, String obligationId) {
    return load(obligationId).doOnNext(o -> mayChange(user, o, true));
  }

  /** Inspects and stores one file, then attaches it to the obligation. */
  public Mono<AttachmentDocument> attach(
      ChidaoUser user, ObligationDocument o, String rawName, Flux<byte[]> content) {
    return Mono.defer(
            () -> {
              UploadInspection inspection =
                  new UploadInspection(
                      AttachmentName.of(rawName), maxBytes(), sniffer, ReportFileTypes.ALLOWED);
              return content
                  .concatMapIterable(inspection::accept)
                  .concatWith(Flux.defer(() -> Flux.fromIterable(inspection.finish())))
                  .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes)
                  .flatMap(
                      bytes -> {
                        AttachmentDocument record =
                            new AttachmentDocument(
                                UUID.randomUUID().toString(),
                                o.id(),
                                o.tenant(),
                                inspection.name().value(),
                                inspection.type().mediaType(),
                                inspection.size(),
                                inspection.sha256(),
                                user.username(),
                                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
                        return files
                            .store(record.id(), record.name(), o.id(), bytes.toByteArray())
                            .then(mongo.insert(record))
                            .then(link(user, o.id(), record.id(), 1))
                            .thenReturn(record)
                            .onErrorResume(failed -> forget(record.id()).then(Mono.error(failed)));
                      });
            })
        .onErrorMap(AttachmentRefusal.class, AttachmentProblems::of);
  }

  /**
   * Removes a file from the report being prepared. Its bytes go too unless a submitted version
   * names it (then it stays downloadable as part of that version).
   */
  public Mono<Void> remove(ChidaoUser user, String obligationId, String attachmentId) {
    return unlink(user, obligationId, attachmentId, 1)
        .then(
            mongo.exists(
                query(where("obligationId").is(obligationId).and("attachmentIds").is(attachmentId)),
                ReportVersionDocument.class))
        .flatMap(kept -> kept ? Mono.empty() : forget(attachmentId));
  }

  /**
   * The file with its bytes, for a caller who may read the report, when the report or one of its
   * submitted versions carries it; refused (500) when the bytes no longer match their SHA-256.
   */
  public Mono<Download> open(ChidaoUser user, String obligationId, String attachmentId) {
    return load(obligationId)
        .doOnNext(o -> Access.mayView(user, o))
        .flatMap(
            o ->
                o.attachments().contains(attachmentId)
                    ? Mono.just(true)
                    : mongo.exists(
                        query(
                            where("obligationId")
                                .is(obligationId)
                                .and("attachmentIds")
                                .is(attachmentId)),
                        ReportVersionDocument.class))
        .filter(Boolean::booleanValue)
        .flatMap(carried -> mongo.findById(attachmentId, AttachmentDocument.class))
        .filter(a -> a.obligationId().equals(obligationId))
        .switchIfEmpty(Mono.error(AttachmentProblems::notFound))
        .flatMap(
            a ->
                files
                    .read(a.id())
                    .map(
                        bytes -> {
                          if (bytes.length != a.size() || !sha256(bytes).equals(a.sha256())) {
                            log.error(
                                "Attachment {} of {} does not match its SHA-256: not served",
                                a.id(),
                                obligationId);
                            throw AttachmentProblems.corrupted();
                          }
                          return new Download(a, bytes);
                        }));
  }

  @Override
  public Mono<List<ObligationView.AttachmentView>> of(ObligationDocument o) {
    List<String> ids = o.attachments();
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return mongo
        .find(query(where("_id").in(ids)), AttachmentDocument.class)
        .sort(Comparator.comparingInt(a -> ids.indexOf(a.id())))
        .map(a -> view(o.id(), a))
        .collectList();
  }

  static ObligationView.AttachmentView view(String obligationId, AttachmentDocument a) {
    return new ObligationView.AttachmentView(
        a.id(),
        a.name(),
        a.size(),
        a.contentType(),
        a.sha256(),
        a.uploadedBy(),
        a.uploadedAt(),
        "/api/reports/obligations/" + obligationId + "/attachments/" + a.id());
  }

  /**
   * Adds the file to the obligation under compare-and-set, checking again what may have changed.
   */
  private Mono<Void> link(ChidaoUser user, String obligationId, String attachmentId, int attempt) {
    return load(obligationId)
        .doOnNext(o -> mayChange(user, o, true))
        .flatMap(
            o ->
                obligations.compareAndSet(
                    o.id(), o.revision(), new Update().push("attachmentIds", attachmentId)))
        .flatMap(
            written -> {
              if (written) {
                return Mono.empty();
              }
              return attempt >= ATTEMPTS
                  ? Mono.error(AttachmentProblems.busy())
                  : link(user, obligationId, attachmentId, attempt + 1);
            });
  }

  private Mono<Void> unlink(
      ChidaoUser user, String obligationId, String attachmentId, int attempt) {
    return load(obligationId)
        .doOnNext(o -> mayChange(user, o, false))
        .flatMap(
            o -> {
              if (!o.attachments().contains(attachmentId)) {
                return Mono.error(AttachmentProblems.notFound());
              }
              return obligations.compareAndSet(
                  o.id(), o.revision(), new Update().pull("attachmentIds", attachmentId));
            })
        .flatMap(
            written -> {
              if (written) {
                return Mono.empty();
              }
              return attempt >= ATTEMPTS
                  ? Mono.error(AttachmentProblems.busy())
                  : unlink(user, obligationId, attachmentId, attempt + 1);
            });
  }

  /** The obligation, with the effects of an interrupted change finished first (as submissions). */
  private Mono<ObligationDocument> load(String obligationId) {
    return obligations
        .find(obligationId)
        .switchIfEmpty(Mono.error(Access::notFound))
        .flatMap(
            o ->
                o.hasPendingEffects()
                    ? effects.finish(o).then(obligations.find(obligationId))
                    : Mono.just(o));
  }

  /** The unit's reporter, while the report can be edited, with room for one more when adding. */
  private void mayChange(ChidaoUser user, ObligationDocument o, boolean adding) {
    Access.mayReport(user, o);
    Lifecycle.mayEdit(ObligationState.valueOf(o.state()))
        .ifPresent(
            refusal -> {
              throw Problems.of(refusal);
            });
    if (adding && o.attachments().size() >= settings.maxPerReport()) {
      throw AttachmentProblems.tooMany(settings.maxPerReport());
    }
  }

  /** Removes a file's bytes and record; never fails (a leftover is only unreferenced bytes). */
  private Mono<Void> forget(String attachmentId) {
    return files
        .delete(attachmentId)
        .then(mongo.remove(query(where("_id").is(attachmentId)), AttachmentDocument.class))
        .then()
        .onErrorResume(
            failed -> {
              log.warn("Could not remove the attachment {}", attachmentId, failed);
              return Mono.empty();
            });
  }

  static String sha256(byte[] bytes) {
    try {
      return UploadInspection.hex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
