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
 * @param recipientUnitIds the units named in the distribution list (not the resolved audience)
 * @param recipientTenants provinces of the named recipients: a directive of the centre is seen in
 *     each
 * @param issuedEventId id of the {@code DirectiveIssued} event, fixed once so that a re-published
 *     event is recognised by consumers as the same one
 * @param number its number, symbol and place-and-date line; null only for directives stored before
 *     numbering existed
 * @param details signature, distribution list, citations, reporting demands, replaced document
 * @param issuerPath materialized path of the issuing unit when it issued; null in old directives
 * @param withdrawal how it was recalled or superseded; null while in force
 * @param upstreamRecalled recalled directives this one descends from (it is flagged)
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
    DocumentNumber number,
    DocumentDetails details,
    String issuerPath,
    Withdrawal withdrawal,
    List<String> upstreamRecalled) {

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
    details = details == null ? DocumentDetails.addressedTo(recipientUnitIds) : details;
    upstreamRecalled = upstreamRecalled == null ? List.of() : List.copyOf(upstreamRecalled);
    if (recipientUnitIds.isEmpty()) {
      throw new IllegalArgumentException("a directive needs at least one recipient");
    }
  }

  /** A directive as the first version stored it: named recipients only, no further details. */
  public Directive(
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
    this(
        id,
        tenant,
        content,
        issuerUnitId,
        issuerUnitName,
        recipientUnitIds,
        recipientTenants,
        issuedBy,
        issuedAt,
        status,
        issuedEventId,
        number,
        null,
        null,
        null,
        null);
  }

  /** Issues a directive to recipients the addressing policy allowed. */
  public static Directive issue(
      Ids ids,
      DirectiveContent content,
      Addressing.Allowed addressing,
      Caller caller,
      Instant now,
      DocumentNumber number) {
    return issue(ids, content, addressing, caller, now, number, null);
  }

  /** Issues a directive with its signature, citations and reporting demands. */
  public static Directive issue(
      Ids ids,
      DirectiveContent content,
      Addressing.Allowed addressing,
      Caller caller,
      Instant now,
      DocumentNumber number,
      DocumentDetails details) {
    Unit issuer = addressing.issuerUnit();
    List<Unit> recipients = addressing.recipients();
    Set<String> tenants = new LinkedHashSet<>();
    recipients.forEach(unit -> tenants.add(unit.tenant()));
    DocumentDetails complete =
        details == null
            ? new DocumentDetails(null, addressing.distribution(), null, null, null)
            : new DocumentDetails(
                details.signature(),
                addressing.distribution(),
                details.references(),
                details.reporting(),
                details.supersedesId());
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
        Objects.requireNonNull(number, "number"),
        complete,
        issuer.path(),
        null,
        null);
  }

  /** Its symbol, e.g. {@code 84-CV/ĐU}; null only for directives stored before numbering. */
  public String symbol() {
    return number == null ? null : number.symbol();
  }

  /**
   * Who may read it from the document alone: the issuing unit and the named recipient units, each
   * within their own province, and the centre. Units reached through a subtree see it through their
   * delivery (checked by the application).
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
    boolean toTheirUnit = recipientUnitIds.contains(unitId) && recipientTenants.contains(province);
    return isIssuedBy(caller) || toTheirUnit;
  }

  /** Whether the caller acts for the issuing unit (or is the centre's administrator). */
  public boolean isIssuedBy(Caller caller) {
    if (caller.central()) {
      return true;
    }
    return caller.unitId() != null
        && caller.unitId().equals(issuerUnitId)
        && tenant.equals(caller.province());
  }

  /**
   * Whether the caller's unit lies above the issuer, within the same province (or is the centre): a
   * superior follows how far its own directives travelled downwards.
   */
  public boolean isSupervisedBy(Caller caller) {
    if (caller.central()) {
      return true;
    }
    return issuerPath != null
        && caller.unitPath() != null
        && tenant.equals(caller.province())
        && issuerPath.startsWith(
            caller.unitPath().endsWith("/") ? caller.unitPath() : caller.unitPath() + "/");
  }

  /** The same directive, frozen: recalled or superseded. */
  public Directive withdrawn(Withdrawal how) {
    return new Directive(
        id,
        tenant,
        content,
        issuerUnitId,
        issuerUnitName,
        recipientUnitIds,
        recipientTenants,
        issuedBy,
        issuedAt,
        how.status(),
        issuedEventId,
        number,
        details,
        issuerPath,
        how,
        upstreamRecalled);
  }

  /** Fresh identifiers for a directive about to be issued. */
  public record Ids(String directiveId, String eventId) {
    public Ids {
      Objects.requireNonNull(directiveId, "directiveId");
      Objects.requireNonNull(eventId, "eventId");
    }
  }
}
