package vn.chidao.identity.org.adapter.in.demo;

import java.util.List;

/**
 * The shape of {@code demo/directory.json}: the demo tree, its role accounts and the defaults they
 * share. The Keycloak realm holds the same accounts; a test keeps the two in agreement.
 */
public record DemoDirectoryFile(
    String comment, List<Unit> units, List<Person> people, Defaults defaults) {

  public DemoDirectoryFile {
    units = units == null ? List.of() : List.copyOf(units);
    people = people == null ? List.of() : List.copyOf(people);
  }

  public record Unit(
      String id, String parentId, String tenant, String kind, String name, String issuerAbbr) {}

  public record Person(String username, String unitId, String position, List<String> roles) {}

  public record Defaults(String emailDomain, String password, String pathRule) {}
}
