package vn.chidao.identity.orgimport.model;

/**
 * Whose tree an import may touch.
 *
 * @param province the province every unit of the file must belong to; null for a central import of
 *     any part of the nation
 * @param central the caller administers the whole nation: may attach units anywhere, found
 *     provincial committees and the root
 */
public record ImportScope(String province, boolean central) {

  public ImportScope {
    if (province == null && !central) {
      throw new IllegalArgumentException("only the centre imports without a province");
    }
  }
}
