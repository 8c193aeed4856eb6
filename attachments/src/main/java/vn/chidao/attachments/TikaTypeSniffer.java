package vn.chidao.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Apache Tika's magic-number detection (tika-core, without its parsers) over the first bytes only,
 * with no file name given to it: an executable called "báo cáo.pdf" is {@code
 * application/x-msdownload}. Tika without parsers calls every Office Open XML package {@code
 * application/x-tika-ooxml}; a package is taken for a Word document when its first entries include
 * {@code word/} parts, for an Excel workbook when they include {@code xl/} parts, the way Office,
 * LibreOffice and Apache POI write them. The media type is told as it is, allowed or not: which
 * types a service accepts is its {@link AllowedTypes}. Stateless and thread-safe: one per service.
 */
public final class TikaTypeSniffer implements TypeSniffer {

  static final String OOXML = "application/x-tika-ooxml";

  /** Entries looked at, at most: a DOCX (XLSX) names its word/ (xl/) parts among the first few. */
  private static final int MAX_ENTRIES = 64;

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

  @Override
  public String mediaTypeOf(byte[] prefix) {
    MediaType detected;
    try {
      detected = types.detect(new ByteArrayInputStream(prefix), new Metadata());
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    String mediaType = detected.getBaseType().toString();
    if (OOXML.equals(mediaType)) {
      String part = firstKnownPart(prefix);
      if ("word/".equals(part)) {
        return AttachmentType.DOCX.mediaType();
      }
      if ("xl/".equals(part)) {
        return AttachmentType.XLSX.mediaType();
      }
    }
    return mediaType;
  }

  /**
   * Reads the local entry headers in the prefix. Entries are inflated only to be skipped, and the
   * prefix is bounded, so a crafted package costs bounded work.
   */
  static String firstKnownPart(byte[] prefix) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(prefix))) {
      ZipEntry entry;
      for (int seen = 0; seen < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; seen++) {
        if (entry.getName().startsWith("word/")) {
          return "word/";
        }
        if (entry.getName().startsWith("xl/")) {
          return "xl/";
        }
      }
    } catch (IOException | IllegalArgumentException truncatedOrMalformed) {
      // The prefix ends inside an entry, or the package is broken: no known part seen so far.
    }
    return null;
  }
}
