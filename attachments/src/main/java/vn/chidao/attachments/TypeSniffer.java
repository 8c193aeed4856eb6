package vn.chidao.attachments;

/** Tells a file's media type from its first bytes (magic numbers), ignoring any name. */
@FunctionalInterface
public interface TypeSniffer {

  /**
   * @param prefix the first bytes of the file, at most {@link UploadInspection#SNIFF_BYTES}
   * @return a media type such as {@code application/pdf} or {@code application/x-msdownload}
   */
  String mediaTypeOf(byte[] prefix);
}
