package vn.chidao.directive.draft;

import java.time.Instant;
import vn.chidao.directive.issue.adapter.in.web.IssueDirectiveRequest;
import vn.chidao.directive.issue.model.Caller;

/**
 * A directive being written (dự thảo): the issue request as the author left it, of one unit,
 * unnumbered and delivered to nobody. {@code DRAFT} while it can be edited, issued or discarded;
 * {@code ISSUING} while an issue is under way; {@code ISSUED} with the directive it became.
 */
record Draft(
    String id,
    String issuerUnitId,
    String tenant,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    String status,
    String issuedDirectiveId,
    IssueDirectiveRequest content) {

  static final String DRAFT = "DRAFT";
  static final String ISSUING = "ISSUING";
  static final String ISSUED = "ISSUED";

  /** Only users of the unit that wrote it, in its province, see a draft. */
  boolean isVisibleTo(Caller caller) {
    return issuerUnitId.equals(caller.unitId()) && tenant.equals(caller.province());
  }
}
