package vn.chidao.identity.orgimport.adapter.in.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.identity.orgimport.application.ImportFile;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportRow;

/**
 * Reads an import file: strictly UTF-8 (a file saved as Windows-1258 or UTF-16 is refused with the
 * line of the first bad byte, rather than importing mangled Vietnamese names), then CSV or JSON.
 */
public final class ImportFileReader {

  private ImportFileReader() {}

  public static ImportFile read(byte[] bytes, ImportFormat format) {
    String text;
    try {
      text = decode(bytes);
    } catch (BadEncoding bad) {
      return new ImportFile(
          format,
          List.of(),
          List.of(
              new ImportProblem(
                  bad.line,
                  "Tệp không được mã hóa UTF-8 (byte không hợp lệ ở dòng "
                      + bad.line
                      + "). Hãy lưu lại tệp với mã hóa UTF-8.")),
          false);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark, as Excel writes it
    }
    if (text.isBlank()) {
      return new ImportFile(format, List.of(), List.of(new ImportProblem(0, "Tệp rỗng.")), false);
    }
    return format == ImportFormat.CSV ? CsvRows.read(text) : JsonRows.read(text);
  }

  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadEncoding(lineAt(bytes, in.position()));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Line numbers (1-based) of character offsets of a text. */
  static final class Lines {
    private final int[] starts;

    Lines(String text) {
      List<Integer> list = new ArrayList<>();
      list.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          list.add(i + 1);
        }
      }
      starts = list.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineOf(long offset) {
      int index = java.util.Arrays.binarySearch(starts, (int) offset);
      return index >= 0 ? index + 1 : -index - 1;
    }
  }

  static ImportRow row(
      int line, String code, String parent, String kind, String name, String issuerAbbr) {
    return new ImportRow(
        line,
        code == null ? null : code.strip(),
        parent == null ? null : parent.strip(),
        kind == null ? null : kind.strip().toUpperCase(java.util.Locale.ROOT),
        name,
        issuerAbbr);
  }

  private static final class BadEncoding extends RuntimeException {
    final int line;

    BadEncoding(int line) {
      super(null, null, false, false);
      this.line = line;
    }
  }
}
