package vn.chidao.directive.textimport.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain text of an existing document (converted from an office file or pasted) and
 * proposes its fields, each with the text it came from. A field the text does not have is reported
 * ABSENT; nothing is guessed and nothing is stored: the user confirms the proposal by issuing
 * through the normal API.
 */
public final class DocumentTextImport {

  /** Fields in the order they are reported. */
  public static final List<String> FIELDS =
      List.of(
          "number",
          "issuingBody",
          "placeAndDate",
          "docType",
          "subject",
          "recipients",
          "signer",
          "citations",
          "reporting");

  private DocumentTextImport() {}

  /** The proposal: the normalised text every span refers to, and one entry per field. */
  public record Proposal(String text, List<Extracted> fields) {

    public Proposal {
      fields = List.copyOf(fields);
    }

    public Extracted field(String name) {
      return fields.stream()
          .filter(field -> field.field().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }
  }

  public static Proposal read(String raw) {
    SourceText text = new SourceText(raw);
    List<Extracted> fields = new ArrayList<>(new HeaderParser(text).parse());
    fields.addAll(new DistributionParser(text).parse());
    fields.add(new CitationParser(text).parse());
    fields.add(new ReportingDemandParser(text).parse());
    return new Proposal(text.value(), fields);
  }
}
