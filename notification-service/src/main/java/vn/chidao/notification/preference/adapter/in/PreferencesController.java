package vn.chidao.notification.preference.adapter.in;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.chidao.notification.alert.model.AlertTopic;
import vn.chidao.notification.preference.adapter.out.MongoPreferences;
import vn.chidao.notification.preference.model.Channel;
import vn.chidao.notification.preference.model.PreferenceRules;
import vn.chidao.notification.preference.model.Preferences;
import vn.chidao.notification.support.FieldProblems;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;

/** The caller's alert preferences. The in-app inbox always records; it has no switch. */
@RestController
@RequestMapping("/api/notifications/preferences")
class PreferencesController {

  private final MongoPreferences store;
  private final Clock clock;

  PreferencesController(MongoPreferences store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @GetMapping
  Mono<PreferencesBody> mine() {
    return me().flatMap(store::of).map(PreferencesController::view);
  }

  /** Replaces the caller's preferences as a whole; answers what is now stored. */
  @PutMapping
  Mono<PreferencesBody> replace(@RequestBody PreferencesBody body) {
    PreferenceRules.Result result =
        PreferenceRules.read(
            body.channels(),
            body.quietHours() == null
                ? null
                : new PreferenceRules.TimeWindow(
                    body.quietHours().start(), body.quietHours().end(), body.quietHours().zone()),
            body.digest() == null ? null : body.digest().at() == null ? "" : body.digest().at(),
            body.digest() == null ? null : body.digest().zone());
    if (!result.valid()) {
      return Mono.error(invalid(result.violations()));
    }
    return me().flatMap(username -> store.save(username, result.preferences(), clock.instant()))
        .map(PreferencesController::view);
  }

  static PreferencesBody view(Preferences p) {
    Map<String, Map<String, Boolean>> channels = new LinkedHashMap<>();
    for (AlertTopic topic : AlertTopic.values()) {
      channels.put(
          topic.name(),
          Map.of("email", p.enabled(topic, Channel.EMAIL), "push", p.enabled(topic, Channel.PUSH)));
    }
    PreferencesBody.QuietHoursBody quiet =
        p.quietHours() == null
            ? null
            : new PreferencesBody.QuietHoursBody(
                p.quietHours().start().toString(),
                p.quietHours().end().toString(),
                p.quietHours().zone().getId());
    PreferencesBody.DigestBody digest =
        p.digest() == null
            ? null
            : new PreferencesBody.DigestBody(p.digest().at().toString(), p.digest().zone().getId());
    return new PreferencesBody(channels, quiet, digest);
  }

  private static Mono<String> me() {
    return CurrentUser.get().map(ChidaoUser::username);
  }

  private static ProblemException invalid(List<PreferenceRules.Violation> violations) {
    return FieldProblems.invalid(
        "Tùy chọn thông báo không hợp lệ",
        violations,
        PreferenceRules.Violation::field,
        PreferenceRules.Violation::message);
  }
}
