package vn.chidao.directive.numbering.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.chidao.directive.numbering.model.SequenceKey;

/**
 * A number handed out. The {@code _id} is the sequence key and the number, so the always-present
 * unique {@code _id} index refuses a second holder, on MongoDB and on mongo-java-server alike.
 */
@Document(IssuedNumberDocument.COLLECTION)
record IssuedNumberDocument(
    @Id String id, String sequence, int number, String symbol, String directiveId) {

  static final String COLLECTION = "issued_numbers";

  static String idOf(SequenceKey sequence, int number) {
    return sequence.value() + "#" + number;
  }
}
