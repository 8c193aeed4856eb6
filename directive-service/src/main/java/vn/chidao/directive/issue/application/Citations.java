package vn.chidao.directive.issue.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.Directive;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.issue.model.Relation;
import vn.chidao.directive.receipt.application.TrackingReceipts;
import vn.chidao.platform.problem.ProblemException;

/**
 * Checks what a new document cites and replaces. An in-system citation must name a directive the
 * caller may read (one that does not exist and one they may not see are the same to them); one
 * cannot implement or forward a directive that was recalled or superseded. Only a directive of the
 * caller's own unit, still in force, can be superseded.
 */
@Service
public class Citations {

  private final DirectiveStore store;
  private final TrackingReceipts receipts;

  public Citations(DirectiveStore store, TrackingReceipts receipts) {
    this.store = store;
    this.receipts = receipts;
  }

  /** The citations with in-system symbols filled in, and the cited directives by id. */
  public record Resolved(List<Reference> references, Map<String, Directive> cited) {}

  public Mono<Resolved> resolve(List<Reference> references, Caller caller) {
    List<String> ids =
        references.stream().filter(Reference::inSystem).map(Reference::directiveId).toList();
    if (ids.isEmpty()) {
      return Mono.just(new Resolved(references, Map.of()));
    }
    return store
        .findByIds(ids)
        .filterWhen(directive -> readable(directive, caller))
        .collectMap(Directive::id, Function.identity())
        .flatMap(cited -> check(references, cited));
  }

  private Mono<Boolean> readable(Directive directive, Caller caller) {
    if (directive.isVisibleTo(caller) || directive.isSupervisedBy(caller)) {
      return Mono.just(true);
    }
    return receipts.ofCaller(directive.id(), caller).hasElement();
  }

  private static Mono<Resolved> check(List<Reference> references, Map<String, Directive> cited) {
    List<String> unknown = new ArrayList<>();
    List<String> withdrawn = new ArrayList<>();
    List<Reference> resolved = new ArrayList<>();
    for (Reference reference : references) {
      if (!reference.inSystem()) {
        resolved.add(reference);
        continue;
      }
      Directive directive = cited.get(reference.directiveId());
      if (directive == null) {
        unknown.add(reference.directiveId());
        continue;
      }
      if (reference.relation() != Relation.AMENDS && !directive.status().inForce()) {
        withdrawn.add(directive.symbol() == null ? directive.id() : directive.symbol());
      }
      resolved.add(reference.withSymbol(directive.symbol()));
    }
    if (!unknown.isEmpty()) {
      ProblemException problem =
          new ProblemException(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "implements-unknown",
              "Dữ liệu không hợp lệ",
              "Không tìm thấy văn bản được trích dẫn: " + String.join(", ", unknown) + ".");
      problem.getBody().setProperty("directiveIds", unknown);
      return Mono.error(problem);
    }
    if (!withdrawn.isEmpty()) {
      return Mono.error(
          ProblemException.conflict(
              "directive-withdrawn",
              "Văn bản "
                  + String.join(", ", withdrawn)
                  + " đã bị thu hồi hoặc thay thế; không thể triển khai hay chuyển tiếp."));
    }
    return Mono.just(new Resolved(resolved, cited));
  }

  /** The directive {@code id} if the caller's unit issued it and it is still in force. */
  public Mono<Directive> supersedable(String id, Caller caller) {
    if (id == null) {
      return Mono.empty();
    }
    return ownInForce(
        id,
        caller,
        "supersedes-unknown",
        "Không tìm thấy văn bản cần thay thế trong các văn bản do đơn vị bạn ban hành.");
  }

  /** Like {@link #supersedable}, for a document that amends it. */
  public Mono<Directive> amendable(String id, Caller caller) {
    return ownInForce(
        id,
        caller,
        "amends-unknown",
        "Không tìm thấy văn bản cần sửa đổi, bổ sung trong các văn bản do đơn vị bạn ban hành.");
  }

  private Mono<Directive> ownInForce(String id, Caller caller, String type, String unknown) {
    return store
        .findById(id)
        .filter(
            directive ->
                caller.unitId() != null && caller.unitId().equals(directive.issuerUnitId()))
        .filter(directive -> directive.isIssuedBy(caller))
        .switchIfEmpty(
            Mono.error(
                () ->
                    new ProblemException(
                        HttpStatus.UNPROCESSABLE_CONTENT, type, "Dữ liệu không hợp lệ", unknown)))
        .flatMap(
            directive ->
                directive.status().inForce()
                    ? Mono.just(directive)
                    : Mono.error(
                        ProblemException.conflict(
                            "directive-withdrawn",
                            "Văn bản "
                                + directive.symbol()
                                + " đã bị thu hồi hoặc thay thế trước đó.")));
  }
}
