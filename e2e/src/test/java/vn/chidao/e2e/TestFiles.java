package vn.chidao.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a test hands to a browser's file input, each in its own temporary directory. */
final class TestFiles {

  private TestFiles() {}

  /** A one-page PDF, as small as a PDF can be; the server recognises it by its bytes. */
  static Path smallPdf(String name) {
    return file(
        name,
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n");
  }

  static Path file(String name, String content) {
    try {
      Path file = Files.createTempDirectory("chidao-e2e").resolve(name);
      Files.writeString(file, content, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
