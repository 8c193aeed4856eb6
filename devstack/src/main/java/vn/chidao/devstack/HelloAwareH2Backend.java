package vn.chidao.devstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, plus the {@code hello} command. mongo-java-server 1.47.0 only knows its
 * predecessor {@code isMaster}; the driver falls back to it on its own, but Spring Boot's MongoDB
 * health indicator sends {@code hello} and would report every service DOWN.
 */
final class HelloAwareH2Backend extends H2Backend {

  HelloAwareH2Backend(String fileName) {
    super(fileName);
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    if (!"hello".equalsIgnoreCase(command)) {
      return super.handleCommand(channel, databaseName, command, query);
    }
    Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
    // hello names the same fact isWritablePrimary; a lone server always is one.
    reply.put("isWritablePrimary", Boolean.TRUE);
    return reply;
  }
}
