package vn.chidao.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

  @TempDir Path dir;

  @Test
  void documents_written_before_a_stop_are_there_after_a_restart() {
    MongoSettings settings = new MongoSettings("127.0.0.1", 0, dir.resolve("data/mongo.mv"));

    try (EmbeddedMongo mongo = EmbeddedMongo.start(settings);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      directives(client)
          .insertOne(new Document("_id", "d-1").append("subject", "Về công tác dân vận"));
    }

    try (EmbeddedMongo mongo = EmbeddedMongo.start(settings);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      Document found = directives(client).find(Filters.eq("_id", "d-1")).first();
      assertThat(found).isNotNull();
      assertThat(found.getString("subject")).isEqualTo("Về công tác dân vận");
    }
  }

  @Test
  void the_data_file_and_its_directory_are_created_on_first_start() {
    Path file = dir.resolve("nested/dir/mongo.mv");

    try (EmbeddedMongo mongo = EmbeddedMongo.start(new MongoSettings("127.0.0.1", 0, file))) {
      assertThat(mongo.address().getPort()).isPositive();
    }

    assertThat(file).exists();
  }

  @Test
  void it_answers_hello_as_spring_boot_health_checks_ask() {
    try (EmbeddedMongo mongo =
            EmbeddedMongo.start(new MongoSettings("127.0.0.1", 0, dir.resolve("mongo.mv")));
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      Document reply = client.getDatabase("admin").runCommand(new Document("hello", 1));

      assertThat(reply.get("ok")).isIn(1, 1.0);
      assertThat(reply.getBoolean("isWritablePrimary")).isTrue();
    }
  }

  private static MongoCollection<Document> directives(MongoClient client) {
    return client.getDatabase("chidao-devstack-test").getCollection("directives");
  }
}
