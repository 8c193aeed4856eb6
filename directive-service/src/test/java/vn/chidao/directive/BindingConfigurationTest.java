package vn.chidao.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import vn.chidao.contracts.Destinations;

/** YAML cannot refer to the shared constants, so this keeps the two from drifting apart. */
class BindingConfigurationTest {

  private static Properties applicationYml() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    return yaml.getObject();
  }

  @Test
  void bindings_use_the_shared_destination_names() {
    Properties config = applicationYml();

    assertThat(config.getProperty("spring.cloud.stream.bindings.orgUnitChanged-in-0.destination"))
        .isEqualTo(Destinations.ORG_UNIT_CHANGED);
    assertThat(config.getProperty("spring.cloud.stream.bindings.directiveIssued-out-0.destination"))
        .isEqualTo(Destinations.DIRECTIVE_ISSUED);
  }

  @Test
  void directive_issued_waits_for_its_consumers_and_for_broker_confirms() {
    Properties config = applicationYml();

    assertThat(
            config.getProperty(
                "spring.cloud.stream.bindings.directiveIssued-out-0.producer.required-groups"))
        .isEqualTo("notification-service,reporting-service");
    assertThat(config.getProperty("spring.rabbitmq.publisher-confirm-type"))
        .isEqualTo("correlated");
    assertThat(
            config.getProperty(
                "spring.cloud.stream.rabbit.bindings.directiveIssued-out-0.producer.use-confirm-header"))
        .isEqualTo("true");
  }

  @Test
  void delivered_and_recalled_batches_wait_for_their_consumers_and_for_broker_confirms() {
    Properties config = applicationYml();

    for (String[] binding :
        new String[][] {
          {"directiveDelivered-out-0", Destinations.DIRECTIVE_DELIVERED},
          {"directiveRecalled-out-0", Destinations.DIRECTIVE_RECALLED}
        }) {
      String name = binding[0];
      assertThat(config.getProperty("spring.cloud.stream.bindings." + name + ".destination"))
          .isEqualTo(binding[1]);
      assertThat(
              config.getProperty(
                  "spring.cloud.stream.bindings." + name + ".producer.required-groups"))
          .isEqualTo("notification-service,reporting-service");
      assertThat(
              config.getProperty(
                  "spring.cloud.stream.rabbit.bindings." + name + ".producer.use-confirm-header"))
          .isEqualTo("true");
      assertThat(config.getProperty("spring.cloud.stream.output-bindings")).contains(name);
    }
  }
}
