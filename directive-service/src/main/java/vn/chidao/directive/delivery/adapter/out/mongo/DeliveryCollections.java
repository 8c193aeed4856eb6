package vn.chidao.directive.delivery.adapter.out.mongo;

/**
 * The collections of the delivery feature and the shape of their documents, written as plain BSON
 * for the bulk paths (mapping 250,000 rows through Spring Data's converter costs more than the
 * insert).
 *
 * <ul>
 *   <li>{@code deliveries}: one row per reached unit, {@code _id} = directive id + "|" + unit id
 *       (the unique key that makes a retried batch harmless); {@code directiveId, unitId, tenant,
 *       path, purpose, batch, deliveredAt} — {@code batch} is the batch that wrote it — and, as
 *       receipt advances, {@code readAt/readBy, acknowledgedAt/acknowledgedBy,
 *       forwardedAt/forwardedBy/forwardedAs, implementedAt/implementedBy/implementedAs}.
 *   <li>{@code receipt_counts}: running totals, {@code _id} = directive id + "|" + node ({@code *}
 *       for the whole audience); {@code directiveId, unitId, parentUnitId, audience, read,
 *       acknowledged, forwarded, implemented}.
 *   <li>{@code delivery_batches}: the delivery job's plan, one document per batch, recorded before
 *       its rows are written: {@code _id} = directive id + "|" + batch number (unique: two runs
 *       never record one number twice); {@code directiveId, n, purpose, from, to} (first and last
 *       unit id), {@code published} (its {@code DirectiveDelivered} confirmed) and {@code units}.
 * </ul>
 */
public final class DeliveryCollections {

  public static final String DELIVERIES = "deliveries";
  public static final String COUNTS = "receipt_counts";
  public static final String BATCHES = "delivery_batches";

  private DeliveryCollections() {}

  public static String rowId(String directiveId, String unitId) {
    return directiveId + "|" + unitId;
  }

  public static String batchId(String directiveId, int batch) {
    return directiveId + "|" + batch;
  }

  public static String counterId(String directiveId, String node) {
    return directiveId + "|" + node;
  }
}
