package vn.chidao.identity.org.adapter.out.mongo;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slice of a change set's versions. A 20,000-unit move holds 40,000 versions, more than one
 * document may carry (16 MB), so they are stored in parts of at most {@link #SIZE}.
 *
 * @param closed versions the change set ends, as they will read once ended
 * @param opened versions it starts
 */
@Document(ChangeSetPartDocument.COLLECTION)
record ChangeSetPartDocument(
    @Id String id,
    String changeSetId,
    int index,
    List<VersionDocument> closed,
    List<VersionDocument> opened) {

  static final String COLLECTION = "change_set_parts";
  static final int SIZE = 1000;

  static String idOf(String changeSetId, int index) {
    return changeSetId + ":" + index;
  }
}
