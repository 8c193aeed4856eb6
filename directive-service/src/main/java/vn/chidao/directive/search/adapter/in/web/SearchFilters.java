package vn.chidao.directive.search.adapter.in.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chidao.directive.issue.model.DirectiveStatus;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.search.model.DirectiveFilters;
import vn.chidao.platform.problem.ProblemException;

/**
 * The filter parameters of a search, checked one by one with a Vietnamese message each. {@code
 * type} and {@code state} may repeat or list values with commas ({@code type=TT,CT}).
 */
final class SearchFilters {

  static final int ISSUER_MAX = 100;

  private SearchFilters() {}

  static DirectiveFilters parse(
      List<String> types, String issuer, String from, String to, List<String> states) {
    List<String> docTypes = values(types);
    for (String type : docTypes) {
      if (DocType.fromCode(type).isEmpty()) {
        throw refused(
            "Loại văn bản \""
                + type
                + "\" không hợp lệ; dùng một trong: "
                + DocType.CODE_PATTERN.replace("|", ", ")
                + ".");
      }
    }
    List<String> wantedStates = values(states);
    Set<String> known =
        Arrays.stream(DirectiveStatus.values()).map(Enum::name).collect(Collectors.toSet());
    for (String state : wantedStates) {
      if (!known.contains(state)) {
        throw refused(
            "Trạng thái \""
                + state
                + "\" không hợp lệ; dùng một trong: "
                + String.join(
                    ", ", Arrays.stream(DirectiveStatus.values()).map(Enum::name).toList())
                + ".");
      }
    }
    String issuerUnitId = issuer == null || issuer.isBlank() ? null : issuer.strip();
    if (issuerUnitId != null && issuerUnitId.length() > ISSUER_MAX) {
      throw refused("Mã đơn vị ban hành dài tối đa " + ISSUER_MAX + " ký tự.");
    }
    LocalDate issuedFrom = date(from, "from");
    LocalDate issuedTo = date(to, "to");
    if (issuedFrom != null && issuedTo != null && issuedFrom.isAfter(issuedTo)) {
      throw refused("Ngày bắt đầu (from) không được sau ngày kết thúc (to).");
    }
    return new DirectiveFilters(docTypes, issuerUnitId, issuedFrom, issuedTo, wantedStates);
  }

  private static List<String> values(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> values = new LinkedHashSet<>();
    for (String item : raw) {
      for (String value : item.split(",")) {
        if (!value.isBlank()) {
          values.add(Normalizer.normalize(value.strip(), Normalizer.Form.NFC));
        }
      }
    }
    if (values.size() > 20) {
      throw refused("Mỗi bộ lọc nhận tối đa 20 giá trị.");
    }
    return List.copyOf(values);
  }

  private static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException notADate) {
      throw refused("Tham số " + name + " phải là ngày dạng YYYY-MM-DD, ví dụ 2026-06-15.");
    }
  }

  private static ProblemException refused(String detail) {
    return ProblemException.badRequest(DirectiveSearchController.INVALID, detail);
  }
}
