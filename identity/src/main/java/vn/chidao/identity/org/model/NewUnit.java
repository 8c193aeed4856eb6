package vn.chidao.identity.org.model;

/** What a caller gives to found a unit; its tenant and path follow from its parent. */
public record NewUnit(String id, String parentId, String kind, String name, String issuerAbbr) {}
