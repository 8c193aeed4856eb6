package vn.chidao.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks again until an answer comes or time is up: events travel asynchronously. */
final class Poll {

  private Poll() {}

  static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<T> answer = probe.get();
      if (answer.isPresent() || Instant.now().isAfter(deadline)) {
        return answer;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
