package vn.chidao.identity.bench;

import java.nio.charset.StandardCharsets;
import vn.chidao.testsupport.synthetic.SyntheticNation;

/**
 * The import file of a synthetic tree (test-support's {@link SyntheticNation}): CSV in the import
 * format ({@code code,parent,kind,name,issuer_abbr}), parents before children, UTF-8.
 */
public final class SyntheticTreeFile {

  private SyntheticTreeFile() {}

  public static byte[] csv(SyntheticNation nation) {
    StringBuilder csv = new StringBuilder(nation.size() * 90);
    csv.append("code,parent,kind,name,issuer_abbr\n");
    nation.forEach(
        unit ->
            csv.append(unit.id())
                .append(',')
                .append(unit.parentId() == null ? "" : unit.parentId())
                .append(',')
                .append(unit.kind())
                .append(',')
                .append(quoted(unit.name()))
                .append(',')
                .append(unit.issuerAbbr())
                .append('\n'));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    return text.indexOf(',') < 0 && text.indexOf('"') < 0
        ? text
        : '"' + text.replace("\"", "\"\"") + '"';
  }
}
