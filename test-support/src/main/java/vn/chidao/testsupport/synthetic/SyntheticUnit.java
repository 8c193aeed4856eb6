package vn.chidao.testsupport.synthetic;

/**
 * One unit of the synthetic tree, in the vocabulary of {@code OrgUnitChanged}.
 *
 * @param parentId null for the central committee
 * @param path materialized path of ids from the root, e.g. {@code /tw/t01/t01-x001/}
 * @param kind a unit kind code such as {@code COMMUNE_COMMITTEE}
 */
public record SyntheticUnit(
    String id,
    String parentId,
    String tenant,
    String path,
    String kind,
    String name,
    String issuerAbbr) {}
