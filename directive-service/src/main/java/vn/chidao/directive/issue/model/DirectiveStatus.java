package vn.chidao.directive.issue.model;

/** Where a directive is in its life; drafts, recall and amendment come with later features. */
public enum DirectiveStatus {
  ISSUED
}
