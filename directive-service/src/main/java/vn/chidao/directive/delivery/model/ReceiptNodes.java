package vn.chidao.directive.delivery.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where receipt counts are kept as running totals: one counter for the whole audience ({@link
 * #TOTAL}) and one per unit of the issuer's subtree down to {@code levels} levels below the issuer
 * (a central directive: the centre, 34 provinces, 3,321 communes). A unit's receipt moves the
 * counters of its ancestors among those nodes, so "how many in province X have read it" is one
 * document read, however large the audience. Deeper subtrees are small enough to count directly.
 */
public final class ReceiptNodes {

  public static final String TOTAL = "*";

  private ReceiptNodes() {}

  /** The counter nodes a unit at {@code memberPath} counts in, the total first. */
  public static List<String> of(String issuerPath, String memberPath, int levels) {
    return of(issuerPath, issuerPath == null ? 0 : depth(issuerPath), memberPath, levels);
  }

  /**
   * As {@link #of(String, String, int)} with the issuer's depth already known; walks only the
   * segments it needs (runs once per audience member).
   */
  private static List<String> of(
      String issuerPath, int issuerDepth, String memberPath, int levels) {
    List<String> nodes = new ArrayList<>(levels + 2);
    nodes.add(TOTAL);
    if (issuerPath == null || !memberPath.startsWith(issuerPath)) {
      return nodes;
    }
    int top = issuerDepth - 1;
    int depth = 0;
    int at = 0;
    int length = memberPath.length();
    while (at < length && depth <= top + levels) {
      int end = memberPath.indexOf('/', at);
      if (end < 0) {
        end = length;
      }
      if (end > at) {
        if (depth >= top) {
          nodes.add(memberPath.substring(at, end));
        }
        depth++;
      }
      at = end + 1;
    }
    return nodes;
  }

  private static int depth(String path) {
    return segments(path).size();
  }

  /** One counter node: its parent node (null for the top and the total) and audience. */
  public record Node(String unitId, String parentUnitId, int audience) {}

  /** The counter nodes of a whole audience, with how many audience units each covers. */
  public static List<Node> tally(String issuerPath, List<AudienceMember> members, int levels) {
    Tally tally = new Tally(issuerPath, levels);
    members.forEach(tally::add);
    return tally.nodes();
  }

  /** Counts nodes as audience members stream past. Not thread-safe: one per delivery. */
  public static final class Tally {
    private final String issuerPath;
    private final int levels;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    private final int issuerDepth;

    public Tally(String issuerPath, int levels) {
      this.issuerPath = issuerPath;
      this.levels = levels;
      this.issuerDepth = issuerPath == null ? 0 : depth(issuerPath);
    }

    public void add(AudienceMember member) {
      List<String> nodes = of(issuerPath, issuerDepth, member.path(), levels);
      for (int i = 0; i < nodes.size(); i++) {
        counts.merge(nodes.get(i), 1, Integer::sum);
        parents.putIfAbsent(nodes.get(i), i <= 1 ? null : nodes.get(i - 1));
      }
    }

    /** How many members were added. */
    public int total() {
      return counts.getOrDefault(TOTAL, 0);
    }

    public List<Node> nodes() {
      return counts.entrySet().stream()
          .map(entry -> new Node(entry.getKey(), parents.get(entry.getKey()), entry.getValue()))
          .toList();
    }
  }

  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        segments.add(part);
      }
    }
    return segments;
  }
}
