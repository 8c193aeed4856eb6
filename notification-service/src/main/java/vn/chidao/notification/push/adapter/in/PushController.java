package vn.chidao.notification.push.adapter.in;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.notification.push.PushSettings;
import vn.chidao.notification.push.adapter.out.MongoPushSubscriptions;
import vn.chidao.notification.push.adapter.out.VapidKeys;
import vn.chidao.notification.push.application.PushLog;
import vn.chidao.notification.push.model.SubscriptionRules;
import vn.chidao.notification.support.FieldProblems;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/**
 * Web Push subscriptions of the caller (the token's {@code preferred_username}). An endpoint
 * belongs to one user: subscribing it again from another account (a shared computer) moves it to
 * that account, and pushes still queued for the previous owner are dropped so they never reach the
 * new one. A subscription of someone else is answered like one that does not exist.
 */
@RestController
@RequestMapping("/api/notifications/push")
class PushController {

  private final MongoPushSubscriptions subscriptions;
  private final PushLog log;
  private final VapidKeys vapid;
  private final SubscriptionRules rules;
  private final int maxPerUser;
  private final Clock clock;

  PushController(
      MongoPushSubscriptions subscriptions,
      PushLog log,
      VapidKeys vapid,
      SubscriptionRules rules,
      PushSettings settings,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.log = log;
    this.vapid = vapid;
    this.rules = rules;
    this.maxPerUser = settings.maxSubscriptionsPerUser();
    this.clock = clock;
  }

  /** The {@code applicationServerKey} for {@code PushManager.subscribe}. */
  @GetMapping("/vapid-public-key")
  Map<String, String> vapidPublicKey() {
    return Map.of("publicKey", vapid.publicKey());
  }

  @GetMapping("/subscriptions")
  Mono<List<PushSubscriptionView>> mine() {
    return me().flatMapMany(subscriptions::owned)
        .map(s -> new PushSubscriptionView(s.target().id(), s.target().endpoint(), s.createdAt()))
        .collectList();
  }

  /** 201 when new, 200 when this endpoint was already stored (for anyone). */
  @PostMapping("/subscriptions")
  Mono<ResponseEntity<PushSubscriptionView>> subscribe(@RequestBody PushSubscriptionBody body) {
    List<SubscriptionRules.Violation> violations =
        rules.check(body.endpoint(), body.p256dh(), body.auth());
    if (!violations.isEmpty()) {
      return Mono.error(invalid(violations));
    }
    String endpoint = body.endpoint().strip();
    return me().flatMap(
            username ->
                subscriptions
                    .countOthers(username, endpoint)
                    .flatMap(
                        others ->
                            others >= maxPerUser ? Mono.error(tooMany()) : Mono.just(username)))
        .flatMap(
            username ->
                subscriptions
                    .save(
                        username,
                        endpoint,
                        SubscriptionRules.normalizeKey(body.p256dh()),
                        SubscriptionRules.normalizeKey(body.auth()),
                        body.expirationTime(),
                        clock.instant())
                    .flatMap(
                        saved ->
                            log.abandonOthers(
                                    saved.target().id(),
                                    username,
                                    "subscription moved to another user",
                                    clock.instant())
                                .thenReturn(saved)))
        .map(
            saved ->
                ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(
                        new PushSubscriptionView(
                            saved.target().id(), saved.target().endpoint(), saved.createdAt())));
  }

  /** Unsubscribes the browser; pushes still queued for it are dropped. */
  @DeleteMapping("/subscriptions")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> unsubscribe(@RequestParam String endpoint) {
    String id = MongoPushSubscriptions.idOf(endpoint.strip());
    return me().flatMap(username -> subscriptions.removeOwned(username, endpoint.strip()))
        .flatMap(
            removed ->
                removed
                    ? log.abandonOthers(id, null, "unsubscribed", clock.instant())
                    : Mono.error(notFound()));
  }

  private static Mono<String> me() {
    return CurrentUser.get().map(ChidaoUser::username);
  }

  private static ProblemException invalid(List<SubscriptionRules.Violation> violations) {
    return FieldProblems.invalid(
        "Đăng ký nhận thông báo đẩy không hợp lệ",
        violations,
        SubscriptionRules.Violation::field,
        SubscriptionRules.Violation::message);
  }

  /** A bound on what one account can make this service POST to (and store). */
  private ProblemException tooMany() {
    return ProblemException.conflict(
        "push-subscription-limit",
        "Tài khoản đã đăng ký nhận thông báo đẩy trên "
            + maxPerUser
            + " trình duyệt; hãy hủy đăng ký trên một trình duyệt không còn dùng.");
  }

  private static ProblemException notFound() {
    return ProblemException.notFound(
        "push-subscription-not-found",
        "Không tìm thấy đăng ký nhận thông báo đẩy này trong tài khoản của bạn.");
  }
}
