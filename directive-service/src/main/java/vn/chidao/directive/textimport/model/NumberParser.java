package vn.chidao.directive.textimport.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.textimport.model.SourceText.Cell;

/**
 * The number and symbol of the header's "Số" line: Party style "Số 111-BC/TU" (number-type/issuer,
 * Hướng dẫn 36-HD/VPTW) or State style "Số: 12/QĐ-UBND", "Số: 12/2020/NĐ-CP" (number[/year]/
 * type-issuer, Nghị định 30/2020/NĐ-CP); a State công văn has no type ("620/UBND-VX").
 */
final class NumberParser {

  private static final Pattern PARTY_NUMBER =
      Pattern.compile(
          "^Số\\s*:?\\s*(\\d{1,6})\\s*-\\s*(\\p{L}+)\\s*/\\s*(\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*)");
  private static final Pattern STATE_NUMBER =
      Pattern.compile(
          "^Số\\s*:?\\s*(\\d{1,6})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(\\p{L}+)(?:\\s*-\\s*(\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*))?");

  private final SourceText text;

  NumberParser(SourceText text) {
    this.text = text;
  }

  Extracted parse(List<Cell> header) {
    for (Cell cell : header) {
      Matcher party = PARTY_NUMBER.matcher(cell.text());
      if (party.find()) {
        String symbol = party.group(1) + "-" + party.group(2) + "/" + party.group(3);
        return Extracted.present(
            "number",
            new Values.DocumentNumber(
                Integer.parseInt(party.group(1)),
                party.group(2),
                party.group(3),
                null,
                symbol,
                "PARTY"),
            text.span(cell.start(), cell.start() + party.end()));
      }
      Matcher state = STATE_NUMBER.matcher(cell.text());
      if (state.find()) {
        String year = state.group(2);
        String first = state.group(3);
        String issuer = state.group(4);
        // "12/QĐ-UBND": type QĐ, issuer UBND; "620/UBND-VX" has no type: UBND is the issuer.
        boolean typed = DocType.fromCode(first).isPresent() || isStateType(first);
        String symbol =
            state.group(1)
                + "/"
                + (year == null ? "" : year + "/")
                + first
                + (issuer == null ? "" : "-" + issuer);
        return Extracted.present(
            "number",
            new Values.DocumentNumber(
                Integer.parseInt(state.group(1)),
                typed ? first : null,
                typed ? issuer : (issuer == null ? first : first + "-" + issuer),
                year == null ? null : Integer.valueOf(year),
                symbol,
                "STATE"),
            text.span(cell.start(), cell.start() + state.end()));
      }
    }
    return Extracted.absent("number");
  }

  private static boolean isStateType(String abbr) {
    return List.of("NĐ", "TT", "QĐ", "CT", "NQ", "KH", "TB", "BC", "HD", "TTr", "CĐ", "QyĐ")
        .contains(abbr);
  }
}
