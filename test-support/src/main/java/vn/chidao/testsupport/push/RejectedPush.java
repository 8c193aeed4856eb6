package vn.chidao.testsupport.push;

/** A request the local push service refused, with the status it answered and why. */
public record RejectedPush(String subscriptionId, int status, String reason) {}
