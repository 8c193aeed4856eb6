package vn.chidao.directive.delivery.model;

/** An open unit of the read copy that a distribution entry may reach. */
public record CandidateUnit(String id, String tenant, String path, String kind) {}
