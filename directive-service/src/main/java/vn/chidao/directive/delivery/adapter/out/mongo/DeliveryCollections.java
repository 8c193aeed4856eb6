package vn.chidao.directive.delivery.adapter.out.mongo;

import java.util.List;

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
 *       never record one number twice); {@code directiveId, n, purpose}, {@code unitIds} (its
 *       units' ids joined by "/", which no id contains: one string instead of an array of 1,000),
 *       {@code published} (its {@code DirectiveDelivered} confirmed) and {@code units} (how many it
 *       announced). Recorded by an earlier version: {@code from, to} (first and last unit id)
 *       instead of {@code unitIds}; a resumed job takes such a batch's units from its rows.
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

  /** The ids of a batch's units as one string (a unit id is a path segment: it has no "/"). */
  public static String joinIds(List<String> unitIds) {
    return String.join("/", unitIds);
  }

  public static List<String> splitIds(String joined) {
    return List.of(joined.split("/"));
  }

  public static String counterId(String directiveId, String node) {
    return directiveId + "|" + node;
  }
}
