package vn.chidao.identity.org.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The claim of one change set to end one version ({@code version_ends}, ADR 0004). Inserting it
 * under the version's key is the atomic "who ends this version" decision: a second change set meets
 * the duplicate key. The version document itself is then updated by {@code _id} alone, which every
 * MongoDB (and the in-process test server, which only uses an index whose keys equal the query's)
 * answers from the primary key instead of a scan.
 */
@Document(VersionEndDocument.COLLECTION)
record VersionEndDocument(@Id String id, String changeSetId) {

  static final String COLLECTION = "version_ends";
}
