package vn.chidao.directive.issue.application;

import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.model.DirectiveContent;

/**
 * Issue {@code content} to the units {@code recipientUnitIds}.
 *
 * @param byCongress issued by the congress (đại hội) of the caller's unit now in session, which
 *     numbers its documents in a sequence of its own
 */
public record IssueDirectiveCommand(
    DirectiveContent content, List<String> recipientUnitIds, boolean byCongress) {

  public IssueDirectiveCommand {
    Objects.requireNonNull(content, "content");
    recipientUnitIds = List.copyOf(recipientUnitIds);
  }
}
