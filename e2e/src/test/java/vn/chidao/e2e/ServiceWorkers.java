package vn.chidao.e2e;

/** Scripts about the app's service worker, run in the page. */
final class ServiceWorkers {

  /**
   * For executeAsyncScript: answers once the registration's worker has finished activating (not
   * merely become active, as {@code navigator.serviceWorker.ready} does). Pages loaded from then on
   * are served by it; the page running this keeps the worker it was loaded with.
   */
  static final String AWAIT_ACTIVATED =
      """
      const done = arguments[arguments.length - 1];
      navigator.serviceWorker.ready.then((registration) => {
        const worker = registration.active;
        if (worker.state === 'activated') return done(true);
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') done(true);
        });
      });
      """;

  private ServiceWorkers() {}
}
