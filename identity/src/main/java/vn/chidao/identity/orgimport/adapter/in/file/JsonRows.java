package vn.chidao.identity.orgimport.adapter.in.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.chidao.identity.orgimport.application.ImportFile;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportRow;

/**
 * JSON: an array of units, or an object whose {@code units} is that array. Read as a stream, so
 * each unit keeps the line it starts on and a 30 MB file is never a tree of nodes in memory.
 */
final class JsonRows {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonRows() {}

  static ImportFile read(String text) {
    List<ImportRow> rows = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        if (!seekUnits(parser)) {
          problems.add(
              new ImportProblem(1, "Tệp JSON phải là một mảng đơn vị, hoặc có trường \"units\"."));
          return new ImportFile(ImportFormat.JSON, rows, problems, false);
        }
      } else if (first != JsonToken.START_ARRAY) {
        problems.add(
            new ImportProblem(1, "Tệp JSON phải là một mảng đơn vị, hoặc có trường \"units\"."));
        return new ImportFile(ImportFormat.JSON, rows, problems, false);
      }
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        int line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          problems.add(new ImportProblem(line, "Mỗi đơn vị phải là một đối tượng JSON."));
          parser.skipChildren();
          continue;
        }
        readUnit(parser, line, rows, problems);
      }
    } catch (JacksonException broken) {
      int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNr();
      problems.add(
          new ImportProblem(
              Math.max(line, 0),
              "Tệp JSON sai cú pháp ở dòng "
                  + line
                  + (broken.getLocation() == null
                      ? ""
                      : ", cột " + broken.getLocation().getColumnNr())
                  + "."));
      return new ImportFile(ImportFormat.JSON, rows, problems, false);
    }
    return new ImportFile(ImportFormat.JSON, rows, problems, true);
  }

  private static boolean seekUnits(JsonParser parser) {
    for (JsonToken token = parser.nextToken();
        token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("units".equals(name) && value == JsonToken.START_ARRAY) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  private static void readUnit(
      JsonParser parser, int line, List<ImportRow> rows, List<ImportProblem> problems) {
    Map<String, String> fields = new HashMap<>();
    for (JsonToken token = parser.nextToken();
        token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isScalarValue()) {
        fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
      } else {
        problems.add(
            new ImportProblem(
                parser.currentTokenLocation().getLineNr(),
                "Trường \"" + name + "\" phải là một chuỗi."));
        parser.skipChildren();
      }
    }
    rows.add(
        ImportFileReader.row(
            line,
            fields.get("code"),
            fields.get("parent"),
            fields.get("kind"),
            fields.get("name"),
            fields.containsKey("issuerAbbr")
                ? fields.get("issuerAbbr")
                : fields.get("issuer_abbr")));
  }
}
