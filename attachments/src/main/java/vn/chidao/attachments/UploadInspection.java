package vn.chidao.attachments;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches an upload as it streams past, one chunk at a time, so that no file is ever held whole:
 *
 * <ul>
 *   <li>holds back the first {@link #SNIFF_BYTES} bytes until the real type is known, so that a
 *       refused type (or a name claiming another type) is refused before a single byte is stored;
 *   <li>counts bytes and refuses the chunk that crosses the size limit;
 *   <li>computes the SHA-256 of everything that passed.
 * </ul>
 *
 * One inspection per upload; not thread-safe (a reactive stream delivers chunks in order).
 */
public final class UploadInspection {

  /** Enough for every magic number the sniffer knows (Tika reads at most 64 KiB). */
  public static final int SNIFF_BYTES = 64 * 1024;

  private final long maxBytes;
  private final TypeSniffer sniffer;
  private final AllowedTypes allowed;
  private AttachmentName name;
  private final MessageDigest sha256 = newDigest();
  private ByteArrayOutputStream held = new ByteArrayOutputStream();
  private AttachmentType type;
  private long size;
  private String digest;

  /**
   * @param name the file's name as the client gave it, cleaned; checked against the real type as
   *     soon as that is known
   * @param allowed the types this service accepts; any other is refused
   */
  public UploadInspection(
      AttachmentName name, long maxBytes, TypeSniffer sniffer, AllowedTypes allowed) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.name = name;
    this.maxBytes = maxBytes;
    this.sniffer = sniffer;
    this.allowed = allowed;
  }

  /**
   * Takes the next chunk and returns what may be stored now: nothing while the type is not yet
   * known, then the held-back prefix and every later chunk as they come.
   *
   * @throws AttachmentRefusal when the file grows past the limit or its type is not allowed
   */
  public List<byte[]> accept(byte[] chunk) {
    size += chunk.length;
    if (size > maxBytes) {
      throw tooLarge(maxBytes);
    }
    sha256.update(chunk);
    if (type != null) {
      return List.of(chunk);
    }
    held.write(chunk, 0, chunk.length);
    return held.size() >= SNIFF_BYTES ? release() : List.of();
  }

  /**
   * The end of the stream: returns whatever was still held back (a file smaller than the sniffing
   * window) once its type is known.
   *
   * @throws AttachmentRefusal when there was no byte at all or the type is not allowed
   */
  public List<byte[]> finish() {
    if (size == 0) {
      throw new AttachmentRefusal(AttachmentRefusal.Reason.EMPTY, "Tệp đính kèm rỗng (0 byte).");
    }
    List<byte[]> rest = type == null ? release() : List.of();
    digest = hex(sha256.digest());
    return rest;
  }

  /** The real type; known once the first {@link #SNIFF_BYTES} bytes or the end have passed. */
  public AttachmentType type() {
    return type;
  }

  /** The name with the extension of its real type ({@link AttachmentName#forType}). */
  public AttachmentName name() {
    return name;
  }

  public long size() {
    return size;
  }

  /** Lower-case hex SHA-256 of the whole file; only after {@link #finish()}. */
  public String sha256() {
    if (digest == null) {
      throw new IllegalStateException("the upload has not finished");
    }
    return digest;
  }

  private List<byte[]> release() {
    byte[] prefix = held.toByteArray();
    held = null;
    String mediaType = sniffer.mediaTypeOf(prefix);
    type =
        allowed
            .ofMediaType(mediaType)
            .orElseThrow(
                () ->
                    new AttachmentRefusal(
                        AttachmentRefusal.Reason.TYPE_NOT_ALLOWED,
                        "Nội dung tệp là "
                            + mediaType
                            + ", không phải loại được phép đính kèm ("
                            + allowed.labels()
                            + "). Loại tệp được xác định theo nội dung, không theo tên hay"
                            + " đuôi tệp."));
    name = name.forType(type, allowed);
    List<byte[]> out = new ArrayList<>(1);
    out.add(prefix);
    return out;
  }

  /** The refusal for a file over {@code maxBytes}, also used before reading a declared length. */
  public static AttachmentRefusal tooLarge(long maxBytes) {
    return new AttachmentRefusal(
        AttachmentRefusal.Reason.TOO_LARGE,
        "Tệp đính kèm vượt quá dung lượng cho phép (" + megabytes(maxBytes) + ").");
  }

  static String megabytes(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " byte";
  }

  /** Lower-case hex of a digest. */
  public static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
