package vn.chidao.directive.delivery.model;

import java.util.Objects;
import vn.chidao.directive.issue.model.Purpose;

/** One unit a directive reaches, and why. */
public record AudienceMember(String unitId, String tenant, String path, Purpose purpose) {
  public AudienceMember {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(purpose, "purpose");
  }
}
