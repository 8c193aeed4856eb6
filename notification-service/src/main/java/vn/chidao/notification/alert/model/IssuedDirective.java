package vn.chidao.notification.alert.model;

import java.util.List;

/**
 * What this service needs to know about an issued directive to alert people about it. Built from
 * the {@code DirectiveIssued} event; an event without ids cannot be alerted about or deduplicated,
 * so it is refused here rather than half-processed.
 *
 * @param symbol number and symbol, null until numbering exists
 */
public record IssuedDirective(
    String eventId,
    String tenant,
    String directiveId,
    String docType,
    String symbol,
    String subject,
    String issuerUnitName,
    Urgency urgency,
    List<String> recipientUnitIds) {

  public IssuedDirective {
    requireText(eventId, "eventId");
    requireText(directiveId, "directiveId");
    urgency = urgency == null ? Urgency.NORMAL : urgency;
    subject = subject == null ? "" : subject.strip();
    symbol = symbol == null || symbol.isBlank() ? null : symbol.strip();
    recipientUnitIds = recipientUnitIds == null ? List.of() : List.copyOf(recipientUnitIds);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  public String docTypeName() {
    return DocumentTypes.nameOf(docType);
  }
}
