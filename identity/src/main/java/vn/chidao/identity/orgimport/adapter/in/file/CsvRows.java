package vn.chidao.identity.orgimport.adapter.in.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.chidao.identity.orgimport.application.ImportFile;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportRow;

/**
 * CSV with a header line {@code code,parent,kind,name,issuer_abbr} (RFC 4180, Apache Commons CSV).
 */
final class CsvRows {

  static final List<String> REQUIRED = List.of("code", "parent", "kind", "name");
  static final String ABBR = "issuer_abbr";

  private CsvRows() {}

  static ImportFile read(String text) {
    ImportFileReader.Lines lines = new ImportFileReader.Lines(text);
    List<ImportRow> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .get();
    long position = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Map<String, Integer> columns = new TreeMap<>();
      parser.getHeaderMap().forEach((name, index) -> columns.put(normal(name), index));
      List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new ImportProblem(
                1,
                "Dòng đầu phải là tiêu đề với các cột code, parent, kind, name, issuer_abbr;"
                    + " thiếu cột: "
                    + String.join(", ", missing)
                    + "."));
        return new ImportFile(ImportFormat.CSV, rows, problems, false);
      }
      int width = parser.getHeaderNames().size();
      for (CSVRecord record : parser) {
        position = record.getCharacterPosition();
        // The position is where parsing resumed, before any empty lines the parser skipped.
        while (position < text.length()
            && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
          position++;
        }
        int line = lines.lineOf(position);
        if (record.size() != width) {
          problems.add(
              new ImportProblem(
                  line, "Dòng có " + record.size() + " cột, tiêu đề có " + width + " cột."));
          continue;
        }
        rows.add(
            ImportFileReader.row(
                line,
                record.get(columns.get("code")),
                record.get(columns.get("parent")),
                record.get(columns.get("kind")),
                record.get(columns.get("name")),
                columns.containsKey(ABBR) ? record.get(columns.get(ABBR)) : null));
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // Unbalanced quotes or a broken header: the parser cannot go on past this point.
      problems.add(
          new ImportProblem(
              Math.max(1, lines.lineOf(position)),
              "Tệp CSV sai định dạng sau dòng này (dấu ngoặc kép không khớp hoặc tiêu đề lỗi)."));
      return new ImportFile(ImportFormat.CSV, rows, problems, false);
    }
    return new ImportFile(ImportFormat.CSV, rows, problems, true);
  }

  private static String normal(String header) {
    return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }
}
