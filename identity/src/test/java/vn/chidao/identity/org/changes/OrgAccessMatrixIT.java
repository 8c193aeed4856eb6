package vn.chidao.identity.org.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidao.testsupport.TokenSpec;

/**
 * Issue 3, point 4 as a matrix: role × where the units are × operation → status. Each case gets
 * fresh units (founded by the central admin), so cases never see each other's changes.
 */
class OrgAccessMatrixIT extends OrgChangesIT {

  /** Where the units of a case live, seen from the unit admin of dn-tranbien. */
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
    CREATE,
    RENAME,
    MOVE,
    CLOSE,
    MERGE,
    SPLIT
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
    int success = operation == Operation.CREATE ? 201 : 200;
    return switch (role) {
      case "central-admin" -> success;
      case "province-admin" -> place == Place.OTHER_PROVINCE ? 404 : success;
      case "unit-admin" ->
          switch (place) {
            case UNIT_ADMINS_SUBTREE -> success;
            case SAME_PROVINCE_ELSEWHERE -> 403;
            case OTHER_PROVINCE -> 404;
          };
      default -> 403;
    };
  }

  @ParameterizedTest(name = "{0} {2} in {1} → {4}")
  @MethodSource("matrix")
  void the_access_matrix_holds(
      String role, Place place, Operation operation, TokenSpec token, int expected) {
    String a = found("m", place.parentId);
    String b = found("m", place.parentId);

    (switch (operation) {
          case CREATE ->
              post(
                  "/api/org/units",
                  Map.of(
                      "id",
                      freshId("m"),
                      "parentId",
                      a,
                      "kind",
                      "PARTY_CELL",
                      "name",
                      "Chi bộ mới",
                      "effective",
                      CHANGED.toString()),
                  token);
          case RENAME ->
              post(
                  "/api/org/units/" + a + "/rename",
                  Map.of("name", "Chi bộ đổi tên", "effective", CHANGED.toString()),
                  token);
          case MOVE ->
              post(
                  "/api/org/units/" + a + "/move",
                  Map.of("parentId", b, "effective", CHANGED.toString()),
                  token);
          case CLOSE ->
              post(
                  "/api/org/units/" + a + "/close", Map.of("effective", CHANGED.toString()), token);
          case MERGE ->
              post(
                  "/api/org/merges",
                  Map.of(
                      "sourceIds", List.of(a), "successorId", b, "effective", CHANGED.toString()),
                  token);
          case SPLIT ->
              post(
                  "/api/org/units/" + a + "/split",
                  Map.of(
                      "parts",
                      List.of(
                          Map.of("id", freshId("m"), "kind", "PARTY_CELL", "name", "Phần 1"),
                          Map.of("id", freshId("m"), "kind", "PARTY_CELL", "name", "Phần 2")),
                      "effective",
                      CHANGED.toString()),
                  token);
        })
        .expectStatus()
        .isEqualTo(expected);
  }

  @Test
  void a_unit_admin_may_not_change_their_own_unit() {
    post("/api/org/units/dn-tranbien/rename", Map.of("name", "Tên khác"), UNIT_ADMIN)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://chidao.vn/problems/outside-your-subtree");
  }

  @Test
  void a_province_admin_cannot_move_a_unit_into_another_province() {
    String unit = found("m", "dn-xuanloc");

    post("/api/org/units/" + unit + "/move", Map.of("parentId", "qn-nghiahanh"), PROVINCE_ADMIN)
        .expectStatus()
        .isNotFound();
  }

  @Test
  void a_member_without_an_admin_role_gets_a_vietnamese_403() {
    post("/api/org/units/dn-xuanloc/rename", Map.of("name", "Tên khác"), CLERK)
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(
            "Chỉ quản trị viên Trung ương, tỉnh hoặc đơn vị mới được thay đổi cơ cấu tổ chức.");
  }
}
