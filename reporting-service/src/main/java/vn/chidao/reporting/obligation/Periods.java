package vn.chidao.reporting.obligation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chidao.contracts.report.ReportPeriodRef;

/** Small helpers shared by the obligation features. */
public final class Periods {

  private Periods() {}

  /** The period as every reporting event repeats it. */
  public static ReportPeriodRef ref(ObligationDocument o) {
    return new ReportPeriodRef(
        o.directiveId(),
        o.directiveSymbol(),
        o.requirementId(),
        o.requirementTitle(),
        o.periodKey(),
        o.periodLabel(),
        o.periodFrom(),
        o.periodTo(),
        o.dueAt(),
        o.reportToUnitId(),
        o.viaUnitId());
  }

  /** The ids on a materialized path, root first, without the unit itself (the last one). */
  static List<String> ancestors(String path) {
    List<String> ids =
        new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
    if (!ids.isEmpty()) {
      ids.remove(ids.size() - 1);
    }
    return ids;
  }
}
