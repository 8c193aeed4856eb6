package vn.chidao.identity.orgimport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;

class TreeImportTest {

  private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 1);
  private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
  private static final ImportScope CENTRE = new ImportScope(null, true);
  private static final ImportScope DONG_NAI = new ImportScope("dong-nai", false);

  /** tw → dong-nai → dn-a → dn-a-cb1; tw → quang-ngai; dn-old closed. */
  private final List<UnitVersion> tree =
      List.of(
          version("tw", null, "trung-uong", "/tw/", "CENTRAL_COMMITTEE", "Trung ương"),
          version("dong-nai", "tw", "dong-nai", "/tw/dong-nai/", "PROVINCIAL_COMMITTEE", "Tỉnh ủy"),
          version("dn-a", "dong-nai", "dong-nai", "/tw/dong-nai/dn-a/", "COMMUNE_COMMITTEE", "A"),
          version(
              "dn-a-cb1",
              "dn-a",
              "dong-nai",
              "/tw/dong-nai/dn-a/dn-a-cb1/",
              "PARTY_CELL",
              "Chi bộ 1"),
          version(
              "quang-ngai", "tw", "quang-ngai", "/tw/quang-ngai/", "PROVINCIAL_COMMITTEE", "QN"));

  private final UnitVersion closedUnit =
      new UnitVersion(
          "dn-old",
          1,
          "dong-nai",
          "dong-nai",
          "/tw/dong-nai/dn-old/",
          "PARTY_CELL",
          "Cũ",
          "CB",
          FOUNDED,
          LocalDate.of(2025, 8, 1),
          List.of(),
          "c0");

  @Test
  void a_new_province_subtree_becomes_one_change_set_with_paths_and_the_provinces_tenant() {
    ImportOutcome outcome =
        planForDongNai(
            row(2, "dn-b", "dong-nai", "COMMUNE_COMMITTEE", "Đảng ủy phường Biên Hòa, Đồng Nai"),
            row(3, "dn-b-kp1", "dn-b", "GRASSROOTS_COMMITTEE", "Đảng bộ Khu phố 1"),
            row(4, "dn-b-kp1-cb1", "dn-b-kp1", "PARTY_CELL", "Chi bộ Tổ 1"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.created()).isEqualTo(3);
    ChangeSet changeSet = outcome.changeSet();
    assertThat(changeSet.operation()).isEqualTo(ChangeSet.Operation.IMPORT);
    assertThat(changeSet.closed()).isEmpty();
    Map<String, UnitVersion> opened = byId(changeSet.opened());
    assertThat(opened.get("dn-b-kp1-cb1").path())
        .isEqualTo("/tw/dong-nai/dn-b/dn-b-kp1/dn-b-kp1-cb1/");
    assertThat(opened.values()).allMatch(v -> v.tenant().equals("dong-nai") && v.seq() == 1);
    assertThat(opened.get("dn-b").name()).isEqualTo("Đảng ủy phường Biên Hòa, Đồng Nai");
  }

  @Test
  void the_same_file_again_changes_nothing() {
    List<ImportRow> file =
        List.of(
            row(2, "dn-a", "dong-nai", "COMMUNE_COMMITTEE", "A"),
            row(3, "dn-a-cb1", "dn-a", "PARTY_CELL", "Chi bộ 1"));

    ImportOutcome outcome = TreeImport.plan(file, DONG_NAI, tree, List.of(), DAY, "c1");

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.changeSet()).isNull();
    assertThat(outcome.unchanged()).isEqualTo(2);
  }

  @Test
  void re_parenting_a_unit_moves_its_whole_subtree_even_units_the_file_does_not_name() {
    ImportOutcome outcome =
        planForDongNai(
            row(2, "dn-b", "dong-nai", "COMMUNE_COMMITTEE", "B"),
            row(3, "dn-a", "dn-b", "COMMUNE_COMMITTEE", "A mới"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.created()).isEqualTo(1);
    assertThat(outcome.changed()).isEqualTo(2);
    Map<String, UnitVersion> opened = byId(outcome.changeSet().opened());
    assertThat(opened.get("dn-a").seq()).isEqualTo(2);
    assertThat(opened.get("dn-a").name()).isEqualTo("A mới");
    assertThat(opened.get("dn-a-cb1").path()).isEqualTo("/tw/dong-nai/dn-b/dn-a/dn-a-cb1/");
    assertThat(outcome.changeSet().closed())
        .extracting(UnitVersion::key)
        .containsExactlyInAnyOrder("dn-a@1", "dn-a-cb1@1");
    assertThat(outcome.changeSet().closed()).allMatch(v -> DAY.equals(v.validTo()));
  }

  @Test
  void every_bad_line_is_reported_with_its_line_number_and_nothing_is_planned() {
    ImportOutcome outcome =
        planForDongNai(
            row(2, "dn-c", "dong-nai", "COMMUNE_COMMITTEE", "C"),
            row(3, "dn-c", "dong-nai", "COMMUNE_COMMITTEE", "C lần hai"),
            row(4, "dn-d", "khong-co", "PARTY_CELL", "D"),
            row(5, "dn-e", "dong-nai", "CHI_BO", "E"),
            row(6, "DN E", "dong-nai", "PARTY_CELL", "F"),
            row(7, "dn-f", "dn-g", "PARTY_CELL", "F"),
            row(8, "dn-g", "dn-f", "PARTY_CELL", "G"),
            row(9, "dn-old", "dong-nai", "PARTY_CELL", "Dùng lại mã"),
            row(10, "dn-h", "dong-nai", "PARTY_CELL", " "));

    assertThat(outcome.changeSet()).isNull();
    assertThat(outcome.problems())
        .extracting(ImportProblem::line)
        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
    Map<Integer, String> byLine =
        outcome.problems().stream()
            .collect(Collectors.toMap(ImportProblem::line, ImportProblem::message));
    assertThat(byLine.get(3)).contains("trùng với dòng 2");
    assertThat(byLine.get(4)).contains("\"khong-co\"").contains("không tồn tại");
    assertThat(byLine.get(5)).contains("CHI_BO").contains("PARTY_CELL");
    assertThat(byLine.get(7)).contains("vòng lặp").contains("dn-f → dn-g → dn-f");
    assertThat(byLine.get(9)).contains("không được dùng lại");
    assertThat(byLine.get(10)).contains("Thiếu tên");
  }

  @Test
  void a_province_admin_cannot_place_units_in_another_province_nor_found_a_provincial_committee() {
    ImportOutcome outcome =
        TreeImport.plan(
            List.of(
                row(2, "qn-x", "quang-ngai", "COMMUNE_COMMITTEE", "X"),
                row(3, "dong-nai-2", "tw", "PROVINCIAL_COMMITTEE", "Tỉnh ủy mới")),
            DONG_NAI,
            tree,
            List.of(),
            DAY,
            "c1");

    assertThat(outcome.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
    assertThat(outcome.problems().get(0).message()).contains("quang-ngai").contains("dong-nai");
  }

  @Test
  void the_centre_imports_a_whole_nation_from_the_root() {
    ImportOutcome outcome =
        TreeImport.plan(
            List.of(
                new ImportRow(2, "tw2", null, "CENTRAL_COMMITTEE", "Trung ương", "TW"),
                row(3, "t01", "tw2", "PROVINCIAL_COMMITTEE", "Tỉnh ủy 1"),
                row(4, "t01-x1", "t01", "COMMUNE_COMMITTEE", "Xã 1")),
            CENTRE,
            List.of(),
            List.of(),
            DAY,
            "c1");

    assertThat(outcome.problems()).isEmpty();
    Map<String, UnitVersion> opened = byId(outcome.changeSet().opened());
    assertThat(opened.get("tw2").tenant()).isEqualTo("trung-uong");
    assertThat(opened.get("t01-x1").tenant()).isEqualTo("t01");
    assertThat(opened.get("t01-x1").path()).isEqualTo("/tw2/t01/t01-x1/");
  }

  @Test
  void a_change_dated_before_a_units_last_change_is_refused() {
    ImportOutcome outcome =
        TreeImport.plan(
            List.of(row(2, "dn-a", "dong-nai", "COMMUNE_COMMITTEE", "A đổi tên")),
            DONG_NAI,
            tree,
            List.of(),
            FOUNDED.minusDays(1),
            "c1");

    assertThat(outcome.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("sửa lùi"));
  }

  private ImportOutcome planForDongNai(ImportRow... rows) {
    List<UnitVersion> known = new ArrayList<>(tree);
    known.add(closedUnit);
    return TreeImport.plan(
        List.of(rows),
        DONG_NAI,
        tree.stream().filter(v -> v.path().startsWith("/tw/dong-nai/")).toList(),
        known.stream().filter(v -> !v.path().startsWith("/tw/dong-nai/") || !v.isOpen()).toList(),
        DAY,
        "c1");
  }

  private static ImportRow row(int line, String code, String parent, String kind, String name) {
    return new ImportRow(line, code, parent, kind, name, null);
  }

  private static UnitVersion version(
      String id, String parent, String tenant, String path, String kind, String name) {
    return new UnitVersion(
        id, 1, tenant, parent, path, kind, name, null, FOUNDED, null, List.of(), "c0");
  }

  private static Map<String, UnitVersion> byId(List<UnitVersion> versions) {
    return versions.stream().collect(Collectors.toMap(UnitVersion::unitId, Function.identity()));
  }
}
