package vn.chidao.identity.org.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How many units and memberships a seeding run created, changed or left alone. */
public record SeedReport(Map<Change, Long> units, Map<Change, Long> memberships) {

  public SeedReport {
    units = Map.copyOf(units);
    memberships = Map.copyOf(memberships);
  }

  static SeedReport of(List<Change> units, List<Change> memberships) {
    return new SeedReport(tally(units), tally(memberships));
  }

  private static Map<Change, Long> tally(List<Change> changes) {
    return changes.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  public long units(Change change) {
    return units.getOrDefault(change, 0L);
  }

  public long memberships(Change change) {
    return memberships.getOrDefault(change, 0L);
  }
}
