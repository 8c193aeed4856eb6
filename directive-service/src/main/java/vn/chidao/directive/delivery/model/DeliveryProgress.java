package vn.chidao.directive.delivery.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far a directive's delivery job got.
 *
 * @param state {@code DELIVERING}, {@code DELIVERED} or {@code STOPPED} (recalled meanwhile)
 * @param audience units reached, known once the audience was read to the end ({@code resolved})
 * @param batches how many batches, known once {@code resolved}
 * @param published batches whose {@code DirectiveDelivered} the broker confirmed (their rows were
 *     stored before)
 * @param unitsDelivered units in those batches
 * @param recallAnnounced batches whose {@code DirectiveRecalled} the broker confirmed
 * @param recorded batches recorded before their rows were written (a resumed job keeps them)
 * @param resolved whether the audience was read to the end and the counters saved
 */
public record DeliveryProgress(
    String state,
    int audience,
    int batches,
    Set<Integer> published,
    int unitsDelivered,
    Set<Integer> recallAnnounced,
    Instant startedAt,
    Instant finishedAt,
    Set<Integer> recorded,
    boolean resolved) {

  public static final String DELIVERING = "DELIVERING";
  public static final String DELIVERED = "DELIVERED";
  public static final String STOPPED = "STOPPED";

  public DeliveryProgress {
    published = published == null ? Set.of() : Set.copyOf(published);
    recallAnnounced = recallAnnounced == null ? Set.of() : Set.copyOf(recallAnnounced);
    recorded = recorded == null ? Set.of() : Set.copyOf(recorded);
  }

  public boolean running() {
    return DELIVERING.equals(state);
  }

  public int batchesDelivered() {
    return published.size();
  }

  /** Published batches whose withdrawal is still to be announced, in order. */
  public List<Integer> unannounced() {
    TreeSet<Integer> left = new TreeSet<>(published);
    left.removeAll(recallAnnounced);
    return List.copyOf(left);
  }

  /** The 1-based position of a published batch among the published ones. */
  public int positionAmongPublished(int batch) {
    return new TreeSet<>(published).headSet(batch, true).size();
  }
}
