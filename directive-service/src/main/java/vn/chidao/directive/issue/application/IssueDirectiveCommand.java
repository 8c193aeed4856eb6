package vn.chidao.directive.issue.application;

import java.util.List;
import java.util.Objects;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Reference;
import vn.chidao.directive.issue.model.ReportingDemand;
import vn.chidao.directive.issue.model.Signature;

/**
 * Issue {@code content} to the distribution list {@code recipients}.
 *
 * @param byCongress issued by the congress (đại hội) of the caller's unit now in session, which
 *     numbers its documents in a sequence of its own
 * @param signature the signature block, or null
 * @param references cited documents (căn cứ, thực hiện); in-system ones get their symbol filled in
 * @param reporting reports demanded of the recipients
 * @param supersedesId a directive of the same issuer this one replaces, or null
 * @param givenNumber the number a document already carries on paper (registering it), or null to
 *     allocate the next one
 */
public record IssueDirectiveCommand(
    DirectiveContent content,
    List<Recipient> recipients,
    boolean byCongress,
    Signature signature,
    List<Reference> references,
    List<ReportingDemand> reporting,
    String supersedesId,
    Integer givenNumber) {

  public IssueDirectiveCommand {
    Objects.requireNonNull(content, "content");
    recipients = List.copyOf(recipients);
    references = references == null ? List.of() : List.copyOf(references);
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("a directive needs at least one recipient");
    }
  }

  /** Named units to implement it, nothing else: the first version of the API. */
  public IssueDirectiveCommand(
      DirectiveContent content, List<String> recipientUnitIds, boolean byCongress) {
    this(
        content,
        recipientUnitIds.stream().map(Recipient::implement).toList(),
        byCongress,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same command citing {@code reference} as well (a forward's covering note). */
  public IssueDirectiveCommand citing(Reference reference) {
    List<Reference> all = new java.util.ArrayList<>(references);
    all.add(0, reference);
    return new IssueDirectiveCommand(
        content, recipients, byCongress, signature, all, reporting, supersedesId, givenNumber);
  }
}
