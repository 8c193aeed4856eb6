package vn.chidao.directive.issue.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.chidao.directive.numbering.model.DocumentNumber;

/**
 * An issued directive (văn bản chỉ đạo) addressed to units.
 *
 * @param tenant province of the issuing unit
 * @param recipientTenants provinces of the recipients: a directive of the centre is seen in each
 * @param issuedEventId id of the {@code DirectiveIssued} event, fixed once so that a re-published
 *     event is recognised by consumers as the same one
 * @param number its number, symbol and place-and-date line; null only for directives stored before
 *     numbering existed
 */
public record Directive(
    String id,
    String tenant,
    DirectiveContent content,
    String issuerUnitId,
    String issuerUnitName,
    List<String> recipientUnitIds,
    Set<String> recipientTenants,
    String issuedBy,
    Instant issuedAt,
    DirectiveStatus status,
    String issuedEventId,
    DocumentNumber number) {

  public Directive {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(issuerUnitId, "issuerUnitId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(issuedEventId, "issuedEventId");
    recipientUnitIds = List.copyOf(recipientUnitIds);
    recipientTenants = Set.copyOf(recipientTenants);
    if (recipientUnitIds.isEmpty()) {
      throw new IllegalArgumentException("a directive needs at least one recipient");
    }
  }

  /** Issues a directive to recipients the addressing policy allowed. */
  public static Directive issue(
      Ids ids,
      DirectiveContent content,
      Addressing.Allowed addressing,
      Caller caller,
      Instant now,
      DocumentNumber number) {
    Unit issuer = addressing.issuerUnit();
    List<Unit> recipients = addressing.recipients();
    Set<String> tenants = new LinkedHashSet<>();
    recipients.forEach(unit -> tenants.add(unit.tenant()));
    return new Directive(
        ids.directiveId(),
        issuer.tenant(),
        content,
        issuer.id(),
        issuer.name(),
        recipients.stream().map(Unit::id).toList(),
        tenants,
        caller.username(),
        now,
        DirectiveStatus.ISSUED,
        ids.eventId(),
        Objects.requireNonNull(number, "number"));
  }

  /** Its symbol, e.g. {@code 84-CV/ĐU}; null only for directives stored before numbering. */
  public String symbol() {
    return number == null ? null : number.symbol();
  }

  /**
   * Who may read it: the issuing unit and the recipient units, each within their own province, and
   * the centre. Everyone else must not learn that it exists.
   */
  public boolean isVisibleTo(Caller caller) {
    if (caller.central()) {
      return true;
    }
    String unitId = caller.unitId();
    String province = caller.province();
    if (unitId == null || province == null) {
      return false;
    }
    boolean fromTheirUnit = unitId.equals(issuerUnitId) && province.equals(tenant);
    boolean toTheirUnit = recipientUnitIds.contains(unitId) && recipientTenants.contains(province);
    return fromTheirUnit || toTheirUnit;
  }

  /** Fresh identifiers for a directive about to be issued. */
  public record Ids(String directiveId, String eventId) {
    public Ids {
      Objects.requireNonNull(directiveId, "directiveId");
      Objects.requireNonNull(eventId, "eventId");
    }
  }
}
