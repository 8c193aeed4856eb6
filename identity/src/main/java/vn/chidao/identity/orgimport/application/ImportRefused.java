package vn.chidao.identity.orgimport.application;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.platform.problem.ProblemException;

/**
 * A file with problems: a 400 problem whose {@code errors} list every bad line (the first {@value
 * #LISTED}; {@code errorCount} says how many there are), so the file can be corrected in one go.
 */
final class ImportRefused {

  static final int LISTED = 1000;

  private ImportRefused() {}

  static ProblemException of(List<ImportProblem> problems) {
    ProblemException refusal =
        new ProblemException(
            HttpStatus.BAD_REQUEST,
            "import-invalid",
            "Tệp nhập không hợp lệ",
            "Tệp có "
                + problems.size()
                + " lỗi; chưa đơn vị nào được nhập. Hãy sửa các dòng được liệt kê rồi nhập lại.");
    refusal
        .getBody()
        .setProperty(
            "errors",
            problems.stream()
                .limit(LISTED)
                .map(p -> Map.<String, Object>of("line", p.line(), "message", p.message()))
                .toList());
    refusal.getBody().setProperty("errorCount", problems.size());
    return refusal;
  }
}
