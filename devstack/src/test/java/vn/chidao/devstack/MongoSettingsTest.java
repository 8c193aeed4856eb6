package vn.chidao.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoSettingsTest {

  @Test
  void without_arguments_or_environment_it_listens_on_the_mongodb_port_on_loopback() {
    MongoSettings settings = MongoSettings.from(new String[0], Map.of());

    assertThat(settings)
        .isEqualTo(new MongoSettings("127.0.0.1", 27017, Path.of(".run/data/mongo.mv")));
  }

  @Test
  void an_argument_wins_over_the_environment() {
    MongoSettings settings =
        MongoSettings.from(
            new String[] {"--port=27999"},
            Map.of("MONGO_PORT", "27018", "MONGO_FILE", "/tmp/other.mv"));

    assertThat(settings.port()).isEqualTo(27999);
    assertThat(settings.file()).isEqualTo(Path.of("/tmp/other.mv"));
  }

  @Test
  void a_port_that_is_not_a_number_is_refused_with_its_value() {
    assertThatThrownBy(() -> MongoSettings.from(new String[] {"--port=mongo"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mongo");
  }
}
