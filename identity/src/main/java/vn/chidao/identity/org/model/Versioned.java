package vn.chidao.identity.org.model;

import java.time.Instant;

/**
 * A stored value with the version it has reached and when that version was written. Events about it
 * derive their id and time from these, so publishing the same version twice sends the same event.
 */
public record Versioned<T>(T value, long version, Instant changedAt) {}
