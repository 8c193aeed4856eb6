package vn.chidao.identity.org.application;

/** Another change set wrote one of the same versions first. */
public class ChangeSetConflict extends RuntimeException {

  public ChangeSetConflict(String versionKey) {
    super("version " + versionKey + " was written by another change set");
  }
}
