package vn.chidao.identity.orgimport.model;

/**
 * One unit as an import file gives it, before any check.
 *
 * @param line where it starts in the file (1-based), for the report
 * @param parentCode null or blank only for the root of the whole tree
 */
public record ImportRow(
    int line, String code, String parentCode, String kind, String name, String issuerAbbr) {}
