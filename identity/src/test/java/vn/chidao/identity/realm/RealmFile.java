package vn.chidao.identity.realm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm export {@code identity/realm/chidao-realm.json}, read as a JSON tree for tests. */
final class RealmFile {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RealmFile() {}

  /** Surefire and failsafe set {@code chidao.root}; from an IDE the module dir is the cwd. */
  static JsonNode read() {
    String root = System.getProperty("chidao.root");
    Path file =
        root != null
            ? Paths.get(root, "identity", "realm", "chidao-realm.json")
            : Paths.get("realm", "chidao-realm.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Realm file not found: " + file.toAbsolutePath());
    }
    return JSON.readTree(file.toFile());
  }

  static Map<String, JsonNode> byKey(JsonNode array, String key) {
    Map<String, JsonNode> map = new TreeMap<>();
    for (JsonNode item : array) {
      map.put(item.path(key).asString(), item);
    }
    return map;
  }

  static Set<String> strings(JsonNode array) {
    Set<String> values = new TreeSet<>();
    for (JsonNode item : array) {
      values.add(item.asString());
    }
    return values;
  }

  /** A user attribute: Keycloak stores each one as a list; ours hold exactly one value. */
  static String attribute(JsonNode user, String name) {
    JsonNode values = user.path("attributes").path(name);
    if (!values.isArray() || values.size() != 1) {
      return null;
    }
    return values.get(0).asString();
  }
}
