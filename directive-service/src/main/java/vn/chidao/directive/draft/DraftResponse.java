package vn.chidao.directive.draft;

import java.time.Instant;
import vn.chidao.directive.issue.adapter.in.web.IssueDirectiveRequest;

/** A draft with its content as written (the body of {@code POST /api/directives}). */
record DraftResponse(
    String id,
    String status,
    String issuerUnitId,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    String issuedDirectiveId,
    IssueDirectiveRequest content) {

  static DraftResponse of(Draft draft) {
    return new DraftResponse(
        draft.id(),
        draft.status(),
        draft.issuerUnitId(),
        draft.createdBy(),
        draft.createdAt(),
        draft.updatedBy(),
        draft.updatedAt(),
        draft.issuedDirectiveId(),
        draft.content());
  }
}
