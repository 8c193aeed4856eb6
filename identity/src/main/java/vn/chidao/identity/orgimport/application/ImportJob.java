package vn.chidao.identity.orgimport.application;

import java.time.Instant;

/**
 * One accepted import, as the web app polls it for its progress bar.
 *
 * @param province the province imported; null for a central import
 * @param total version writes the change set makes; {@code processed} of them are done
 * @param changeSetId null when the tree already was as the file says (nothing to write)
 * @param detail why it failed, in Vietnamese; null otherwise
 */
public record ImportJob(
    String id,
    String province,
    String format,
    String requestedBy,
    State state,
    long total,
    long processed,
    int created,
    int changed,
    int unchanged,
    String changeSetId,
    String detail,
    Instant startedAt,
    Instant finishedAt) {

  public enum State {
    /** Versions are being written; nothing of the file is visible yet. */
    RUNNING,
    /** Every unit of the file is in the tree (or already was). */
    DONE,
    /** Nothing of the file was applied (another change to the same units won the race). */
    FAILED
  }

  ImportJob finished(State state, String detail, Instant at) {
    return new ImportJob(
        id,
        province,
        format,
        requestedBy,
        state,
        total,
        state == State.DONE ? total : processed,
        created,
        changed,
        unchanged,
        changeSetId,
        detail,
        startedAt,
        at);
  }
}
