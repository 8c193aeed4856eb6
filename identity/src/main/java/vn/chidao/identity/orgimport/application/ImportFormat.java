package vn.chidao.identity.orgimport.application;

/** The file formats an import accepts, both UTF-8. */
public enum ImportFormat {
  /** Header {@code code,parent,kind,name,issuer_abbr}, one unit per line (RFC 4180 quoting). */
  CSV,
  /** {@code [{"code","parent","kind","name","issuerAbbr"}, ...]} or {@code {"units": [...]}}. */
  JSON
}
