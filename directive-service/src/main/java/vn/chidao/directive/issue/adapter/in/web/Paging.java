package vn.chidao.directive.issue.adapter.in.web;

import vn.chidao.platform.problem.ProblemException;

/** Checks page parameters of list endpoints: page 0..10,000, size 1..100. */
public final class Paging {

  public static final int MAX_PAGE = 10_000;
  public static final int MAX_SIZE = 100;

  private Paging() {}

  public static void check(int page, int size) {
    if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw ProblemException.badRequest(
          "invalid-page",
          "Trang phải từ 0 đến " + MAX_PAGE + ", cỡ trang từ 1 đến " + MAX_SIZE + ".");
    }
  }
}
