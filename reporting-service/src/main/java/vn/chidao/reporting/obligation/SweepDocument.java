package vn.chidao.reporting.obligation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run of the deadline sweep: stored before any obligation is marked with its id, marked emitted
 * once its events are in the outbox. A sweep found unemitted (crash in between) is emitted again
 * from the obligations carrying its mark, with the same event ids.
 *
 * @param kind {@code DUE_SOON} or {@code OVERDUE}
 */
@Document(SweepDocument.COLLECTION)
public record SweepDocument(@Id String id, String kind, boolean emitted, Instant createdAt) {

  public static final String COLLECTION = "sweeps";
}
