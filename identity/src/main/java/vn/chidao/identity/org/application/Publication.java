package vn.chidao.identity.org.application;

import java.time.Instant;

/**
 * A whole-directory publication that completed: every unit and membership confirmed by the broker.
 *
 * @param startedAt when it began; everything changed later went out through change sets and the
 *     membership outbox anyway
 */
public record Publication(Instant startedAt, long units, long memberships) {}
