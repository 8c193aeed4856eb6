package vn.chidao.identity.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidao.testsupport.TokenSpec;

/**
 * Issue 3, point 4 for people, as a matrix: role × where the person's unit is × operation → status.
 * Each case gets a fresh unit and, where the operation needs one, a person already in it (both made
 * by the central admin), so cases never see each other.
 */
class PeopleAccessMatrixIT extends PeopleIT {

  /** Where the unit of a case lives, seen from the unit admin of dn-tranbien. */
  enum Place {
    UNIT_ADMINS_SUBTREE("dn-tranbien"),
    SAME_PROVINCE_ELSEWHERE("dn-xuanloc"),
    OTHER_PROVINCE("qn-nghiahanh");

    final String parentId;

    Place(String parentId) {
      this.parentId = parentId;
    }
  }

  enum Operation {
    JOIN,
    CHANGE,
    LEAVE,
    LIST_UNIT,
    LIST_SUBTREE,
    READ_PERSON
  }

  static Stream<Arguments> matrix() {
    Map<String, TokenSpec> roles =
        Map.of(
            "central-admin", CENTRAL_ADMIN,
            "province-admin", PROVINCE_ADMIN,
            "unit-admin", UNIT_ADMIN,
            "member", CLERK);
    List<Arguments> cases = new ArrayList<>();
    for (String role : List.of("central-admin", "province-admin", "unit-admin", "member")) {
      for (Place place : Place.values()) {
        for (Operation operation : Operation.values()) {
          cases.add(
              Arguments.of(
                  role, place, operation, roles.get(role), expected(role, place, operation)));
        }
      }
    }
    return cases.stream();
  }

  private static int expected(String role, Place place, Operation operation) {
    boolean read =
        operation == Operation.LIST_UNIT
            || operation == Operation.LIST_SUBTREE
            || operation == Operation.READ_PERSON;
    if (role.equals("central-admin")) {
      return success(operation);
    }
    if (place == Place.OTHER_PROVINCE) {
      // nobody outside the centre learns that another province's units or people exist
      return read || !role.equals("member") ? 404 : 403;
    }
    if (read) {
      return 200; // the people of one's own province are readable, like its units
    }
    return switch (role) {
      case "province-admin" -> success(operation);
      case "unit-admin" -> place == Place.UNIT_ADMINS_SUBTREE ? success(operation) : 403;
      default -> 403;
    };
  }

  private static int success(Operation operation) {
    return operation == Operation.JOIN ? 201 : 200;
  }

  @ParameterizedTest(name = "{0} {2} in {1} → {4}")
  @MethodSource("matrix")
  void the_people_access_matrix_holds(
      String role, Place place, Operation operation, TokenSpec token, int expected) {
    String unit = found(place.parentId);
    String person = freshUsername("m");
    if (operation != Operation.JOIN) {
      join(unit, person, person + "@matrix.vn", "MEMBER", "reporter");
    }
    String members = "/api/org/units/" + unit + "/members";

    (switch (operation) {
          case JOIN ->
              post(
                  members,
                  Map.of(
                      "username",
                      person,
                      "email",
                      person + "@matrix.vn",
                      "position",
                      "VAN_THU",
                      "roles",
                      List.of("issuer")),
                  token);
          case CHANGE -> put(members + "/" + person, Map.of("position", "PHO_BI_THU"), token);
          case LEAVE -> delete(members + "/" + person, token);
          case LIST_UNIT -> get(members, token);
          case LIST_SUBTREE ->
              get("/api/org/units/" + place.parentId + "/members?subtree=true&size=5", token);
          case READ_PERSON -> get("/api/org/people/" + person, token);
        })
        .expectStatus()
        .isEqualTo(expected);
  }
}
