package vn.chidao.directive.issue.model;

/**
 * Who asks, as their token says: the unit they act for, its place in the tree and their province.
 *
 * @param unitPath materialized path of the caller's unit, e.g. {@code /tw/dong-nai/}
 * @param province the caller's tenant
 * @param central true for the centre's administrators, who may address and see every province
 */
public record Caller(
    String username, String unitId, String unitPath, String province, boolean central) {}
