package vn.chidao.reporting.directive;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Reporting's read copy of an issued directive: who issued it to whom. Later issues derive the
 * recipients' reporting obligations from it.
 *
 * @param eventId the {@code DirectiveIssued} it came from; unique, which makes a redelivered event
 *     a no-op
 */
@Document(DirectiveCopy.COLLECTION)
public record DirectiveCopy(
    @Id String directiveId,
    String eventId,
    String tenant,
    String docType,
    String symbol,
    String subject,
    String issuerUnitId,
    List<String> recipientUnitIds,
    Instant issuedAt) {

  public static final String COLLECTION = "directives";
}
