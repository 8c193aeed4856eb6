package vn.chidao.directive.issue.model;

import java.util.List;

/**
 * The parts of a directive beyond its text: who signs, the distribution list, what it cites, the
 * reports it demands and the document it replaces.
 *
 * @param signature null when the request gave none
 * @param supersedesId the directive of the same issuer this one replaces, or null
 */
public record DocumentDetails(
    Signature signature,
    List<Recipient> recipients,
    List<Reference> references,
    List<ReportingDemand> reporting,
    String supersedesId) {

  public DocumentDetails {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    references = references == null ? List.of() : List.copyOf(references);
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
  }

  /** In-system directives this one cites, whatever the relation. */
  public List<String> parentIds() {
    return references.stream().filter(Reference::inSystem).map(Reference::directiveId).toList();
  }

  public static DocumentDetails addressedTo(List<String> unitIds) {
    return new DocumentDetails(
        null, unitIds.stream().map(Recipient::implement).toList(), null, null, null);
  }
}
