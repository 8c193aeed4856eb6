package vn.chidao.identity.org.adapter.in.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.org.model.Membership;
import vn.chidao.identity.org.model.OrgDirectory;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.org.model.UnitPaths;
import vn.chidao.identity.org.model.UnitStatus;

/**
 * Reads the demo directory file into the model: paths computed from the parents, each person's
 * tenant taken from their unit, e-mail {@code <username>@<emailDomain>}. Every demo unit is active
 * and every demo membership current.
 */
public class DemoDirectoryReader {

  private final JsonMapper json;

  public DemoDirectoryReader(JsonMapper json) {
    this.json = json;
  }

  public OrgDirectory read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return toDirectory(json.readValue(in, DemoDirectoryFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo directory " + resource, e);
    }
  }

  public static OrgDirectory toDirectory(DemoDirectoryFile file) {
    Map<String, String> parentById = new HashMap<>();
    Map<String, DemoDirectoryFile.Unit> byId = new HashMap<>();
    for (DemoDirectoryFile.Unit unit : file.units()) {
      parentById.put(unit.id(), unit.parentId());
      byId.put(unit.id(), unit);
    }
    Map<String, String> paths = UnitPaths.of(parentById);
    List<OrgUnit> units =
        file.units().stream()
            .map(
                u ->
                    new OrgUnit(
                        u.id(),
                        u.tenant(),
                        u.parentId(),
                        paths.get(u.id()),
                        u.kind(),
                        u.name(),
                        u.issuerAbbr(),
                        UnitStatus.ACTIVE))
            .toList();
    String domain = file.defaults() == null ? null : file.defaults().emailDomain();
    List<Membership> memberships =
        file.people().stream().map(p -> membership(p, byId.get(p.unitId()), domain)).toList();
    return new OrgDirectory(units, memberships);
  }

  private static Membership membership(
      DemoDirectoryFile.Person person, DemoDirectoryFile.Unit unit, String emailDomain) {
    if (unit == null) {
      throw new IllegalArgumentException(
          person.username() + " belongs to unknown unit " + person.unitId());
    }
    String email = emailDomain == null ? null : person.username() + "@" + emailDomain;
    return new Membership(
        person.username(),
        person.unitId(),
        unit.tenant(),
        person.position(),
        person.roles(),
        email,
        true);
  }
}
