package vn.chidao.directive.receipt.model;

/**
 * How many units of a directive's audience (under one node) reached each step; every count includes
 * the units that went further.
 *
 * @param unitId the node ({@code *} for the whole audience)
 */
public record ReceiptCounts(
    String unitId,
    String parentUnitId,
    long audience,
    long read,
    long acknowledged,
    long forwarded,
    long implemented) {}
