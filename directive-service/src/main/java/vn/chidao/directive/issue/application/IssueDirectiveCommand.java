package vn.chidao.directive.issue.application;

import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.model.DirectiveContent;

/** Issue {@code content} to the units {@code recipientUnitIds}. */
public record IssueDirectiveCommand(DirectiveContent content, List<String> recipientUnitIds) {

  public IssueDirectiveCommand {
    Objects.requireNonNull(content, "content");
    recipientUnitIds = List.copyOf(recipientUnitIds);
  }
}
