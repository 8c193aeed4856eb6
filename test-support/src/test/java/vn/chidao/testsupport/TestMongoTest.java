package vn.chidao.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestMongoTest {

  @Test
  void the_shared_server_speaks_the_mongodb_wire_protocol() {
    try (MongoClient client = MongoClients.create(TestMongo.uri())) {
      MongoCollection<Document> units = client.getDatabase("test-support").getCollection("units");
      units.insertOne(
          new Document("_id", "dn-tranbien").append("name", "Đảng ủy phường Trấn Biên"));

      assertThat(units.find(new Document("_id", "dn-tranbien")).first().getString("name"))
          .isEqualTo("Đảng ủy phường Trấn Biên");
    }
  }

  @Test
  void the_server_is_shared_within_a_jvm() {
    assertThat(TestMongo.uri()).isEqualTo(TestMongo.uri());
  }
}
