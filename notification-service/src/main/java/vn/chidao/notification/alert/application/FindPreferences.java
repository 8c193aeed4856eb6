package vn.chidao.notification.alert.application;

import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;
import vn.chidao.notification.preference.model.Preferences;

/** The stored choices of some people, in one query; someone who chose nothing is absent. */
public interface FindPreferences {

  Mono<Map<String, Preferences>> of(Collection<String> usernames);
}
