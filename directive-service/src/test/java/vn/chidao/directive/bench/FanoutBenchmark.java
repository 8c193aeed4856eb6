package vn.chidao.directive.bench;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.directive.DirectiveServiceApplication;
import vn.chidao.directive.issue.application.IssueDirectiveCommand;
import vn.chidao.directive.issue.application.IssuingDirective;
import vn.chidao.directive.issue.model.Caller;
import vn.chidao.directive.issue.model.DirectiveContent;
import vn.chidao.directive.issue.model.DocType;
import vn.chidao.directive.issue.model.Purpose;
import vn.chidao.directive.issue.model.Recipient;
import vn.chidao.directive.issue.model.Scope;
import vn.chidao.directive.issue.model.Urgency;
import vn.chidao.directive.org.AudienceKey;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.synthetic.SyntheticNation;
import vn.chidao.testsupport.synthetic.SyntheticUnit;

/**
 * {@code ./chidao bench fanout}: the centre issues one directive to every unit of the synthetic
 * national tree (its units loaded into the service's read copy first) through the service's own
 * issue use case, and the clock runs until every delivery row is stored and every {@code
 * DirectiveDelivered} batch was confirmed by the real RabbitMQ. In the same run, against the same
 * database and broker: the raw bulk-insert rate of rows of the same shape into the same collection
 * (same batch size and concurrency as the service) and the raw confirmed publish rate of messages
 * of the batches' size. JMH-style: {@code warmups} unmeasured rounds (a fan-out and a raw insert
 * each; the first fan-out is reported as the cold one), then {@code rounds} fan-outs with a raw
 * insert before and after each; the figures are medians. Each phase also reports the CPU time the
 * process used (the in-process MongoDB included). Prints one JSON line last. Arguments, all
 * optional: {@code units=N} (or a bare number; default the national tree, 255,356), {@code
 * warmups=N} (5), {@code rounds=N} (7), {@code batch=N} (1000), {@code concurrency=N} (4).
 */
public final class FanoutBenchmark {

  private static final Duration LIMIT = Duration.ofMinutes(20);

  private FanoutBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      options.put(eq < 0 ? "units" : arg.substring(0, eq), arg.substring(eq + 1));
    }
    SyntheticNation nation =
        options.containsKey("units")
            ? SyntheticNation.scaledTo(Integer.parseInt(options.get("units")))
            : SyntheticNation.national();
    int warmups = Integer.parseInt(options.getOrDefault("warmups", "5"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "7"));
    String database = "chidao-bench-" + UUID.randomUUID().toString().substring(0, 8);
    String mongoUri = TestMongo.uri();
    RabbitEndpoint rabbit = TestRabbit.get();
    int batchSize = Integer.parseInt(options.getOrDefault("batch", "1000"));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));

    try (MongoClient client = MongoClients.create(mongoUri)) {
      log("loading " + nation.size() + " units into the read copy (" + mongoUri + ")");
      loadUnits(client.getDatabase(database).getCollection("units"), nation);

      ConfigurableApplicationContext service =
          start(mongoUri, database, rabbit, batchSize, concurrency);
      try {
        IssuingDirective issuing = service.getBean(IssuingDirective.class);
        Caller centre = new Caller("bench.vanthu", "tw", "/tw/", "trung-uong", true);
        IssueDirectiveCommand everyone =
            new IssueDirectiveCommand(
                new DirectiveContent(
                    DocType.NQ,
                    "Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận",
                    "Các cấp ủy, tổ chức đảng quán triệt và thực hiện.",
                    Urgency.KHAN),
                List.of(new Recipient("tw", Scope.SUBTREE, List.of(), Purpose.IMPLEMENT, null)),
                false,
                null,
                null,
                null,
                null,
                null);

        MongoCollection<Document> directives =
            client.getDatabase(database).getCollection("directives");
        MongoCollection<Document> deliveries =
            client.getDatabase(database).getCollection("deliveries");
        // The raw rows go into the service's own collection (under directive ids of their own),
        // and every phase's rows are deleted after it, unmeasured: each phase starts from the same
        // collection. (On the in-process server the data lives on the benchmark's heap: a
        // collection's unique index rehashes as it first fills, and young collections grow slower
        // as the stored rows pile up — kept, they made whichever phase ran last the slowest.)

        // Warm-up rounds, unmeasured in the ratio (JMH-style): a fan-out to the whole tree and a
        // raw insert each time, so every per-batch and per-row path of the service, of the raw
        // insert and of the in-process database is compiled by the JIT, as in a service that has
        // been running. The first one is reported as the cold round: a national fan-out right
        // after start-up.
        double cold = 0;
        for (int round = 1; round <= warmups; round++) {
          Phase warmUp = Phase.measure(() -> fanOut(issuing, everyone, centre, directives));
          cold = round == 1 ? warmUp.seconds() : cold;
          log("warm-up round " + round + ": " + warmUp);
          deleteRows(deliveries, idHolder[0]);
          rawInsertRound(deliveries, nation, batchSize, concurrency); // the raw insert warms up too
        }

        // Measured rounds: a raw insert before and after every fan-out, medians of both. On a
        // shared 2-core machine one round's figure moves by ±15% from minute to minute; the
        // medians of several interleaved rounds do not. Every phase also reports the CPU time this
        // process used (the in-process MongoDB included).
        List<Phase> inserts = new ArrayList<>();
        List<Phase> fanouts = new ArrayList<>();
        inserts.add(rawInsertRound(deliveries, nation, batchSize, concurrency));
        for (int round = 1; round <= rounds; round++) {
          Phase fanout = Phase.measure(() -> fanOut(issuing, everyone, centre, directives));
          String id = idHolder[0];
          long stored =
              Mono.from(deliveries.countDocuments(new Document("directiveId", id))).block();
          if (stored != nation.size()) {
            throw new IllegalStateException("expected " + nation.size() + " rows, found " + stored);
          }
          log("round " + round + ": fan-out " + fanout);
          fanouts.add(fanout);
          deleteRows(deliveries, id);
          inserts.add(rawInsertRound(deliveries, nation, batchSize, concurrency));
        }
        int rows = nation.size();
        int batches = (int) Math.ceil(rows / (double) batchSize);
        int eventBytes = 200 + rows / batches * 36; // ids of ~30 characters in JSON
        double rawPublish = rawPublish(rabbit, batches, eventBytes);
        log(
            "raw publish of "
                + batches
                + " messages of "
                + eventBytes
                + " bytes: "
                + rawPublish
                + " s");

        Phase fanout = Phase.median(fanouts);
        Phase rawInsert = Phase.median(inserts);
        double unitsPerSecond = rows / fanout.seconds();
        double rawInsertRate = rows / rawInsert.seconds();
        System.out.println(
            String.format(
                Locale.ROOT,
                "{\"benchmark\":\"fanout\",\"units\":%d,\"batches\":%d,\"seconds\":%.2f,"
                    + "\"rounds\":%s,\"acceptedAfterSeconds\":%.2f,\"unitsPerSecond\":%.0f,"
                    + "\"rawInsertSeconds\":%.2f,\"rawInsertRounds\":%s,"
                    + "\"rawInsertPerSecond\":%.0f,"
                    + "\"rawPublishSeconds\":%.2f,\"rawPublishPerSecond\":%.0f,"
                    + "\"rawPublishUnitsPerSecond\":%.0f,\"ratioToRawInsert\":%.2f,"
                    + "\"coldSeconds\":%.2f,\"coldRatioToRawInsert\":%.2f,"
                    + "\"cpuSeconds\":%.2f,\"rawInsertCpuSeconds\":%.2f,"
                    + "\"cpuRatioToRawInsert\":%.2f,\"warmups\":%d,\"java\":\"%s\","
                    + "\"mongo\":\"%s\"}",
                rows,
                batches,
                fanout.seconds(),
                Phase.secondsOf(fanouts),
                accepted[0],
                unitsPerSecond,
                rawInsert.seconds(),
                Phase.secondsOf(inserts),
                rawInsertRate,
                rawPublish,
                batches / rawPublish,
                rows / rawPublish,
                unitsPerSecond / rawInsertRate,
                cold,
                warmups > 0 ? rawInsert.seconds() / cold : 0,
                fanout.cpuSeconds(),
                rawInsert.cpuSeconds(),
                rawInsert.cpuSeconds() / fanout.cpuSeconds(),
                warmups,
                System.getProperty("java.version"),
                TestMongo.isRealMongo() ? "mongod" : "mongo-java-server (in process)"));
      } finally {
        service.close();
      }
    }
    System.exit(0);
  }

  private static final double[] accepted = new double[1];

  /** Issues {@code command} and waits until its delivery is DELIVERED; the id in idHolder. */
  private static void fanOut(
      IssuingDirective issuing,
      IssueDirectiveCommand command,
      Caller caller,
      MongoCollection<Document> directives) {
    long started = System.nanoTime();
    String id = issuing.issue(command, caller).block(LIMIT).id();
    accepted[0] = seconds(started);
    awaitDelivered(directives, id);
    idHolder[0] = id;
  }

  /** One raw insert of the whole tree's rows, under a directive id of its own. */
  private static Phase rawInsertRound(
      MongoCollection<Document> raw, SyntheticNation nation, int batchSize, int concurrency) {
    String directiveId = UUID.randomUUID().toString();
    Phase insert = Phase.measure(() -> rawInsert(raw, directiveId, nation, batchSize, concurrency));
    log("raw insert: " + insert);
    deleteRows(raw, directiveId);
    return insert;
  }

  /**
   * Deletes a phase's rows, then collects the whole heap (unmeasured, like JMH's {@code -gc true}),
   * so every phase starts from the same heap with an empty young generation (bench/fanout.sh sizes
   * it to hold a phase): the in-process database keeps its rows on this heap, and without it the
   * deleted ones piled up in the old generation and the young collections inside the phases, which
   * copy the database's live rows, took 200–600 ms each and grew from round to round.
   */
  private static void deleteRows(MongoCollection<Document> rows, String directiveId) {
    Mono.from(rows.deleteMany(new Document("directiveId", directiveId))).block(LIMIT);
    System.gc();
  }

  private static final String[] idHolder = new String[1];

  /** Wall-clock and process CPU seconds of one phase. */
  private record Phase(double seconds, double cpuSeconds) {

    static Phase measure(Runnable phase) {
      long cpu = processCpuNanos();
      long started = System.nanoTime();
      phase.run();
      return new Phase(FanoutBenchmark.seconds(started), (processCpuNanos() - cpu) / 1e9);
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** The phase of median wall time (the upper one of an even count). */
    static Phase median(List<Phase> phases) {
      List<Phase> sorted = new ArrayList<>(phases);
      sorted.sort(java.util.Comparator.comparingDouble(Phase::seconds));
      return sorted.get(sorted.size() / 2);
    }

    static String secondsOf(List<Phase> phases) {
      return phases.stream()
          .map(phase -> String.format(Locale.ROOT, "%.2f", phase.seconds()))
          .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f s (CPU %.2f s)", seconds, cpuSeconds);
    }
  }

  private static ConfigurableApplicationContext start(
      String mongoUri, String database, RabbitEndpoint rabbit, int batchSize, int concurrency) {
    Map<String, Object> properties = new HashMap<>(ChidaoTestProperties.isolation(rabbit));
    properties.put("server.port", 0);
    properties.put("spring.mongodb.uri", mongoUri);
    properties.put("spring.mongodb.database", database);
    properties.put("spring.rabbitmq.host", rabbit.host());
    properties.put("spring.rabbitmq.port", rabbit.port());
    properties.put("spring.rabbitmq.username", rabbit.username());
    properties.put("spring.rabbitmq.password", rabbit.password());
    properties.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri", LocalJwtIssuer.shared().issuer());
    properties.put(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        LocalJwtIssuer.shared().jwkSetUri());
    properties.put("chidao.directive.delivery.batch-size", batchSize);
    properties.put("chidao.directive.delivery.concurrency", concurrency);
    // The job itself delivers; the relay must not start a second copy while it runs.
    properties.put("chidao.directive.delivery.min-age", "30m");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.de.bwaldvogel.mongo", "ERROR");
    // As command-line arguments: they win over application.yml (default properties would not).
    String[] args =
        properties.entrySet().stream()
            .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(DirectiveServiceApplication.class).run(args);
  }

  private static void loadUnits(MongoCollection<Document> units, SyntheticNation nation) {
    Date now = new Date();
    List<Document> batch = new ArrayList<>(5000);
    List<List<Document>> all = new ArrayList<>();
    nation.forEach(
        unit -> {
          batch.add(unitDocument(unit, now));
          if (batch.size() == 5000) {
            all.add(new ArrayList<>(batch));
            batch.clear();
          }
        });
    all.add(new ArrayList<>(batch));
    Flux.fromIterable(all).concatMap(docs -> Mono.from(units.insertMany(docs))).blockLast(LIMIT);
  }

  /** A unit of the read copy as {@code UnitReadCopy} writes it. */
  private static Document unitDocument(SyntheticUnit unit, Date at) {
    return new Document("_id", unit.id())
        .append("tenant", unit.tenant())
        .append("parentId", unit.parentId())
        .append("path", unit.path())
        .append("kind", unit.kind())
        .append("name", unit.name())
        .append("issuerAbbr", unit.issuerAbbr())
        .append("status", "ACTIVE")
        .append(
            AudienceKey.FIELD, AudienceKey.of("ACTIVE", unit.kind(), unit.path(), unit.tenant()))
        .append("updatedAt", at);
  }

  private static void awaitDelivered(MongoCollection<Document> directives, String id) {
    Awaitility.await("delivery of " + id)
        .atMost(LIMIT)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              Document directive =
                  Mono.from(directives.find(new Document("_id", id)).first()).block();
              Document delivery = directive.get("delivery", Document.class);
              return "DELIVERED".equals(delivery.getString("state"));
            });
  }

  /** Rows of the delivery shape, same batch size and concurrency as the service. */
  private static void rawInsert(
      MongoCollection<Document> raw,
      String directiveId,
      SyntheticNation nation,
      int batchSize,
      int concurrency) {
    List<SyntheticUnit> units = nation.units();
    Date at = new Date();
    Flux.range(0, (units.size() + batchSize - 1) / batchSize)
        .flatMap(
            b -> {
              List<Document> rows = new ArrayList<>(batchSize);
              for (int i = b * batchSize; i < Math.min(units.size(), (b + 1) * batchSize); i++) {
                SyntheticUnit unit = units.get(i);
                rows.add(
                    new Document("_id", directiveId + "|" + unit.id())
                        .append("directiveId", directiveId)
                        .append("unitId", unit.id())
                        .append("tenant", unit.tenant())
                        .append("path", unit.path())
                        .append("purpose", "IMPLEMENT")
                        .append("batch", b + 1)
                        .append("deliveredAt", at));
              }
              return Mono.from(raw.insertMany(rows, new InsertManyOptions().ordered(false)));
            },
            concurrency)
        .blockLast(LIMIT);
  }

  /** Persistent messages with publisher confirms to a bound queue of the same broker. */
  private static double rawPublish(RabbitEndpoint rabbit, int messages, int bytes)
      throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(rabbit.host());
    factory.setPort(rabbit.port());
    factory.setUsername(rabbit.username());
    factory.setPassword(rabbit.password());
    try (Connection connection = factory.newConnection("chidao-bench-raw");
        Channel channel = connection.createChannel()) {
      String exchange = rabbit.prefix() + "bench.raw";
      channel.exchangeDeclare(exchange, "topic", false, true, null);
      String queue =
          channel
              .queueDeclare(rabbit.prefix() + "bench.raw.q", false, false, true, null)
              .getQueue();
      channel.queueBind(queue, exchange, "#");
      channel.confirmSelect();
      byte[] body = new byte[bytes];
      java.util.Arrays.fill(body, (byte) 'a');
      AMQP.BasicProperties persistent =
          new AMQP.BasicProperties.Builder()
              .contentType("application/json")
              .deliveryMode(2)
              .build();
      long started = System.nanoTime();
      for (int i = 0; i < messages; i++) {
        channel.basicPublish(exchange, "bench", true, persistent, body);
      }
      channel.waitForConfirmsOrDie(LIMIT.toMillis());
      double took = seconds(started);
      channel.queueDelete(queue);
      channel.exchangeDelete(exchange);
      return took;
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static void log(String line) {
    System.err.println("[fanout " + Instant.now() + "] " + line);
  }
}
