package vn.chidao.reporting.tally;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Running totals of one unit's subtree (the unit itself excluded) for one requirement-period:
 * completeness, timeliness and indicator sums (keys as in {@code Contribution}). Updated with
 * {@code $inc} on every state change below the unit, never recomputed by scanning.
 *
 * @param id {@code unitId~directiveId~requirementId~periodKey}
 * @param parentId the unit's parent, so a parent's drill-down finds its children's totals
 * @param applied the keys of the changes added here that could still come again (batches for good,
 *     an obligation's change until it is cleared there): a repeated change meets its key and adds
 *     nothing (see {@link Counters})
 * @param v version, moved on by every write: writes are compare-and-set on {@code {_id, v}}
 */
@Document(CounterDocument.COLLECTION)
public record CounterDocument(
    @Id String id,
    String unitId,
    String parentId,
    String directiveId,
    String requirementId,
    String periodKey,
    Map<String, Number> t,
    List<String> applied,
    Long v) {

  public static final String COLLECTION = "counters";

  public static String id(String unitId, String directiveId, String requirementId, String period) {
    return unitId + "~" + directiveId + "~" + requirementId + "~" + period;
  }

  public long count(String key) {
    Number value = t == null ? null : t.get(key);
    return value == null ? 0 : value.longValue();
  }

  public double amount(String key) {
    Number value = t == null ? null : t.get(key);
    return value == null ? 0 : value.doubleValue();
  }
}
