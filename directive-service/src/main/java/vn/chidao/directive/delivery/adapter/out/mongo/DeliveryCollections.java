package vn.chidao.directive.delivery.adapter.out.mongo;

/**
 * The collections of the delivery feature and the shape of their documents, written as plain BSON
 * for the bulk paths (mapping 250,000 rows through Spring Data's converter costs more than the
 * insert).
 *
 * <ul>
 *   <li>{@code deliveries}: one row per reached unit, {@code _id} = directive id + "|" + unit id
 *       (the unique key that makes a retried batch harmless); {@code directiveId, unitId, tenant,
 *       path, purpose, batch, deliveredAt} — written before the directive, so the rows are also the
 *       delivery plan — and, as receipt advances, {@code readAt/readBy,
 *       acknowledgedAt/acknowledgedBy, forwardedAt/forwardedBy/forwardedAs,
 *       implementedAt/implementedBy/implementedAs}.
 *   <li>{@code receipt_counts}: running totals, {@code _id} = directive id + "|" + node ({@code *}
 *       for the whole audience); {@code directiveId, unitId, parentUnitId, audience, read,
 *       acknowledged, forwarded, implemented}.
 * </ul>
 */
public final class DeliveryCollections {

  public static final String DELIVERIES = "deliveries";
  public static final String COUNTS = "receipt_counts";

  private DeliveryCollections() {}

  public static String rowId(String directiveId, String unitId) {
    return directiveId + "|" + unitId;
  }

  public static String counterId(String directiveId, String node) {
    return directiveId + "|" + node;
  }
}
