package vn.chidao.directive.delivery.model;

import java.time.Instant;

/**
 * How far a directive's delivery job got.
 *
 * @param state {@code DELIVERING}, {@code DELIVERED} or {@code STOPPED} (recalled meanwhile)
 * @param batchesDelivered batches whose rows are stored and whose event the broker confirmed
 * @param unitsDelivered units in those batches
 */
public record DeliveryProgress(
    String state,
    int audience,
    int batches,
    int batchesDelivered,
    int unitsDelivered,
    Instant startedAt,
    Instant finishedAt) {

  public static final String DELIVERING = "DELIVERING";
  public static final String DELIVERED = "DELIVERED";
  public static final String STOPPED = "STOPPED";

  public boolean running() {
    return DELIVERING.equals(state);
  }
}
