package vn.chidao.identity.orgimport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.OrgHistory;
import vn.chidao.identity.org.model.UnitKind;
import vn.chidao.identity.org.model.UnitPaths;
import vn.chidao.identity.org.model.UnitVersion;

/**
 * Turns an import file into one change set, or into the list of every line that is wrong (issue 3,
 * bulk import). The file is checked as a whole first — fields, duplicate codes, parents that exist
 * neither in the file nor in the tree, cycles, codes of closed units, units outside the province —
 * and only a file without a single problem yields a change set. The change set holds a first
 * version for each new unit and a next version for each unit the file changes (name, kind,
 * abbreviation, parent) and for every unit below a re-parented one (its path changes); a unit
 * already as the file says is left alone, so importing the same file twice changes nothing.
 *
 * <p>Units of the tree that the file does not mention stay as they are: an import adds and changes,
 * it never closes (closing, merging and splitting keep their own operations).
 */
public final class TreeImport {

  public static final int MAX_UNITS = 300_000;
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final int MAX_NAME = 300;
  private static final int MAX_ABBR = 20;

  private final List<ImportProblem> problems = new ArrayList<>();
  private final Map<String, ImportRow> rows = new LinkedHashMap<>();
  private final Map<String, UnitVersion> latest = new HashMap<>();
  private final Map<String, String> parentOf = new LinkedHashMap<>();
  private final Map<String, String> paths = new HashMap<>();
  private final Map<String, String> tenants = new HashMap<>();

  private TreeImport() {}

  /**
   * @param scopeCurrent the current units of the part of the tree the import covers (the province,
   *     or the nation), whose paths follow when the file re-parents one of their ancestors
   * @param known latest versions of the file's codes and parents found outside that part
   */
  public static ImportOutcome plan(
      List<ImportRow> file,
      ImportScope scope,
      Collection<UnitVersion> scopeCurrent,
      Collection<UnitVersion> known,
      LocalDate day,
      String changeSetId) {
    TreeImport plan = new TreeImport();
    known.forEach(version -> plan.latest.put(version.unitId(), version));
    scopeCurrent.forEach(version -> plan.latest.put(version.unitId(), version));
    return plan.run(file, scope, scopeCurrent, day, changeSetId);
  }

  private ImportOutcome run(
      List<ImportRow> file,
      ImportScope scope,
      Collection<UnitVersion> scopeCurrent,
      LocalDate day,
      String changeSetId) {
    if (file.isEmpty()) {
      return ImportOutcome.refused(List.of(new ImportProblem(0, "Tệp không có đơn vị nào.")));
    }
    if (file.size() > MAX_UNITS) {
      return ImportOutcome.refused(
          List.of(
              new ImportProblem(
                  0,
                  "Tệp có "
                      + file.size()
                      + " đơn vị, vượt quá giới hạn "
                      + MAX_UNITS
                      + " đơn vị mỗi lần nhập.")));
    }
    file.forEach(row -> checkFields(row, scope));
    rows.values().forEach(this::checkCodeAndParent);
    for (UnitVersion current : scopeCurrent) {
      parentOf.put(current.unitId(), current.parentId());
    }
    rows.values().forEach(row -> parentOf.put(row.code(), blankToNull(row.parentCode())));
    Set<String> inCycle = new LinkedHashSet<>();
    for (String id : parentOf.keySet()) {
      place(id, inCycle);
    }
    if (!scope.central() || scope.province() != null) {
      rows.values().forEach(row -> checkProvince(row, scope));
    }
    return problems.isEmpty()
        ? diff(day, changeSetId)
        : ImportOutcome.refused(problems.stream().distinct().toList());
  }

  private void checkFields(ImportRow row, ImportScope scope) {
    String code = row.code() == null ? "" : row.code();
    if (!CODE.matcher(code).matches()) {
      problem(
          row,
          "Mã đơn vị \""
              + code
              + "\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu"
              + " bằng chữ hoặc số, tối đa 64 ký tự.");
      return;
    }
    ImportRow first = rows.get(code);
    if (first != null) {
      problem(row, "Mã đơn vị \"" + code + "\" trùng với dòng " + first.line() + ".");
      return;
    }
    // Known from here on even if other fields are wrong, so its children do not all report it.
    rows.put(code, row);
    if (row.kind() == null || UnitKind.parse(row.kind()).isEmpty()) {
      problem(
          row,
          "Loại đơn vị \""
              + (row.kind() == null ? "" : row.kind())
              + "\" không hợp lệ; dùng một trong: "
              + String.join(", ", Arrays.stream(UnitKind.values()).map(Enum::name).toList())
              + ".");
    }
    String name = row.name() == null ? "" : row.name().strip();
    if (name.isEmpty()) {
      problem(row, "Thiếu tên đơn vị \"" + code + "\".");
    } else if (name.length() > MAX_NAME) {
      problem(row, "Tên đơn vị \"" + code + "\" dài quá " + MAX_NAME + " ký tự.");
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      problem(row, "Tên đơn vị \"" + code + "\" chứa ký tự điều khiển.");
    }
    if (row.issuerAbbr() != null && row.issuerAbbr().strip().length() > MAX_ABBR) {
      problem(row, "Ký hiệu của đơn vị \"" + code + "\" dài quá " + MAX_ABBR + " ký tự.");
    }
    if (blankToNull(row.parentCode()) == null
        && !(UnitKind.CENTRAL_COMMITTEE.name().equals(row.kind()) && scope.central())) {
      problem(row, "Thiếu mã đơn vị cấp trên của \"" + code + "\".");
    }
  }

  private void checkCodeAndParent(ImportRow row) {
    UnitVersion existing = latest.get(row.code());
    if (existing != null && !existing.isOpen()) {
      problem(
          row,
          "Mã \""
              + row.code()
              + "\" là của một đơn vị đã giải thể hoặc hợp nhất; mã đơn vị không được dùng lại.");
    }
    String parent = blankToNull(row.parentCode());
    if (parent == null) {
      return;
    }
    if (parent.equals(row.code())) {
      problem(row, "Đơn vị \"" + row.code() + "\" không thể là cấp trên của chính nó.");
      return;
    }
    if (!rows.containsKey(parent)) {
      UnitVersion outside = latest.get(parent);
      if (outside == null || !outside.isOpen()) {
        problem(
            row,
            "Đơn vị cấp trên \""
                + parent
                + "\" của \""
                + row.code()
                + "\" không có trong tệp và không tồn tại (hoặc đã giải thể).");
      }
    }
  }

  /**
   * Works out the path and tenant of a unit by walking up to a unit already placed (or outside the
   * covered part, or the root). Iterative: a hostile file may hold a chain of 300,000 units.
   */
  private void place(String id, Set<String> inCycle) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String at = id;
    String basePath = null;
    String baseTenant = null;
    while (true) {
      if (paths.containsKey(at)) {
        basePath = paths.get(at);
        baseTenant = tenants.get(at);
        break;
      }
      if (inCycle.contains(at)) {
        return;
      }
      if (!seen.add(at)) {
        reportCycle(seen, at, inCycle);
        return;
      }
      if (!parentOf.containsKey(at)) {
        UnitVersion outside = latest.get(at);
        if (outside == null || !outside.isOpen()) {
          return; // an unknown parent, already reported
        }
        basePath = outside.path();
        baseTenant = outside.tenant();
        break;
      }
      chain.add(at);
      String parent = parentOf.get(at);
      if (parent == null) {
        break;
      }
      at = parent;
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      String unit = chain.get(i);
      String path = basePath == null ? UnitPaths.root(unit) : UnitPaths.child(basePath, unit);
      String tenant = tenantOf(unit, baseTenant);
      paths.put(unit, path);
      tenants.put(unit, tenant);
      basePath = path;
      baseTenant = tenant;
    }
  }

  /** A provincial committee is its own tenant (as in OrgHistory); other units take the parent's. */
  private String tenantOf(String unit, String parentTenant) {
    ImportRow row = rows.get(unit);
    UnitVersion current = latest.get(unit);
    String kind = row != null ? row.kind() : current.kind();
    if (UnitKind.PROVINCIAL_COMMITTEE.name().equals(kind)) {
      return current != null && current.isOpen() && current.kind().equals(kind)
          ? current.tenant()
          : unit;
    }
    return parentTenant == null ? OrgHistory.CENTRAL_TENANT : parentTenant;
  }

  private void reportCycle(Set<String> seen, String repeated, Set<String> inCycle) {
    List<String> cycle = new ArrayList<>();
    boolean started = false;
    for (String unit : seen) {
      started |= unit.equals(repeated);
      if (started) {
        cycle.add(unit);
      }
    }
    cycle.add(repeated);
    inCycle.addAll(cycle);
    String description = String.join(" → ", cycle);
    for (String unit : cycle) {
      ImportRow row = rows.get(unit);
      if (row != null) {
        problem(row, "Quan hệ cấp trên tạo thành vòng lặp: " + description + ".");
      }
    }
  }

  private void checkProvince(ImportRow row, ImportScope scope) {
    String tenant = tenants.get(row.code());
    if (tenant == null) {
      return; // not placed: its parent problem is reported
    }
    String province = scope.province();
    if (province != null && !province.equals(tenant)) {
      problem(
          row,
          "Đơn vị \""
              + row.code()
              + "\" thuộc \""
              + tenant
              + "\", không thuộc tỉnh \""
              + province
              + "\" của lần nhập này.");
      return;
    }
    if (scope.central()) {
      return;
    }
    String parent = blankToNull(row.parentCode());
    if (parent == null) {
      return; // reported: only the centre imports the root
    }
    UnitVersion current = latest.get(row.code());
    boolean attaches = current == null || !current.isOpen() || !parent.equals(current.parentId());
    if (attaches && !rows.containsKey(parent)) {
      UnitVersion outside = latest.get(parent);
      if (outside != null && !outside.tenant().equals(province)) {
        problem(
            row,
            "Đơn vị cấp trên \""
                + parent
                + "\" nằm ngoài tỉnh \""
                + province
                + "\"; chỉ quản trị viên Trung ương được gắn đơn vị vào đó.");
      }
    }
  }

  private ImportOutcome diff(LocalDate day, String changeSetId) {
    List<UnitVersion> closed = new ArrayList<>();
    List<UnitVersion> opened = new ArrayList<>();
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    for (String id : parentOf.keySet()) {
      ImportRow row = rows.get(id);
      UnitVersion current = latest.get(id);
      String kind = row != null ? row.kind() : current.kind();
      String name = row != null ? row.name().strip() : current.name();
      String abbr = row != null ? blankToNull(row.issuerAbbr()) : current.issuerAbbr();
      if (abbr != null) {
        abbr = abbr.strip();
      }
      String parent = parentOf.get(id);
      String path = paths.get(id);
      String tenant = tenants.get(id);
      if (current == null) {
        opened.add(
            new UnitVersion(
                id, 1, tenant, parent, path, kind, name, abbr, day, null, List.of(), changeSetId));
        created++;
        continue;
      }
      boolean same =
          tenant.equals(current.tenant())
              && Objects.equals(parent, current.parentId())
              && path.equals(current.path())
              && kind.equals(current.kind())
              && name.equals(current.name())
              && Objects.equals(abbr, current.issuerAbbr());
      if (same) {
        if (row != null) {
          unchanged++;
        }
        continue;
      }
      if (day.isBefore(current.validFrom())) {
        problems.add(
            new ImportProblem(
                row == null ? 0 : row.line(),
                "Ngày hiệu lực "
                    + day
                    + " sớm hơn lần thay đổi gần nhất của đơn vị \""
                    + id
                    + "\" ("
                    + current.validFrom()
                    + "); lịch sử không được sửa lùi."));
        continue;
      }
      closed.add(
          new UnitVersion(
              id,
              current.seq(),
              current.tenant(),
              current.parentId(),
              current.path(),
              current.kind(),
              current.name(),
              current.issuerAbbr(),
              current.validFrom(),
              day,
              List.of(),
              current.changeSetId()));
      opened.add(
          new UnitVersion(
              id,
              current.seq() + 1,
              tenant,
              parent,
              path,
              kind,
              name,
              abbr,
              day,
              null,
              List.of(),
              changeSetId));
      changed++;
    }
    if (!problems.isEmpty()) {
      return ImportOutcome.refused(problems);
    }
    ChangeSet changeSet =
        closed.isEmpty() && opened.isEmpty()
            ? null
            : new ChangeSet(changeSetId, ChangeSet.Operation.IMPORT, day, closed, opened);
    return new ImportOutcome(List.of(), changeSet, created, changed, unchanged);
  }

  private void problem(ImportRow row, String message) {
    problems.add(new ImportProblem(row.line(), message));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
