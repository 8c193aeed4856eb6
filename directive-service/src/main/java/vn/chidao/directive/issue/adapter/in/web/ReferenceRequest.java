package vn.chidao.directive.issue.adapter.in.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.issue.model.Relation;

/**
 * A cited document: {@code {"directiveId": "…"}} for one in this system, or {@code {"symbol":
 * "25-NQ/TW"}} for one known only on paper.
 */
public record ReferenceRequest(
    @Pattern(regexp = Ids.ID, message = "Mã văn bản được trích dẫn không hợp lệ")
        String directiveId,
    @Size(max = 100, message = "Số, ký hiệu văn bản được trích dẫn không được dài quá {max} ký tự")
        String symbol,
    @Pattern(
            regexp = Relation.NAME_PATTERN,
            message = "Quan hệ phải là một trong: IMPLEMENTS, FORWARDS, AMENDS")
        String relation) {

  @AssertTrue(message = "Văn bản được trích dẫn cần đúng một trong: mã văn bản hoặc số, ký hiệu")
  boolean isEitherIdOrSymbol() {
    boolean hasSymbol = symbol != null && !symbol.isBlank();
    return (directiveId != null) != hasSymbol;
  }

  Reference toModel() {
    return new Reference(
        directiveId,
        symbol == null ? null : symbol.strip(),
        relation == null ? Relation.IMPLEMENTS : Relation.valueOf(relation));
  }
}
