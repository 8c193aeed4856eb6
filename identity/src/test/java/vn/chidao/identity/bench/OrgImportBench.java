package vn.chidao.identity.bench;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;
import vn.chidao.identity.IdentityApplication;
import vn.chidao.identity.org.application.TreeQueries;
import vn.chidao.identity.org.model.NameFolding;
import vn.chidao.identity.org.model.OrgUnit;
import vn.chidao.identity.orgimport.adapter.in.file.ImportFileReader;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.application.ImportJob;
import vn.chidao.identity.orgimport.application.ImportingDirectory;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.synthetic.SyntheticNation;
import vn.chidao.testsupport.synthetic.SyntheticUnit;

/**
 * {@code ./chidao bench org-import}: generates the synthetic national tree as an import file,
 * imports it through the service's own application service ({@link ImportingDirectory}, the one
 * behind {@code POST /api/org/imports}) into the in-process MongoDB wire server, imports it again
 * (nothing may change), spot-checks subtree and ancestor queries, and in the same run measures a
 * raw bulk insert of as many version documents into the same server. Prints a final JSON line.
 *
 * <p>Argument: the number of units (default: the national 255,356). RabbitMQ is pointed at a closed
 * port: the import's events are relayed afterwards (the change set is their outbox) and are not
 * part of what is measured.
 */
public final class OrgImportBench {

  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
  private static final ChidaoUser CENTRE =
      new ChidaoUser("bench", "tw", "/tw/", "trung-uong", Set.of("central-admin"));

  private OrgImportBench() {}

  public static void main(String[] args) throws Exception {
    SyntheticNation nation =
        args.length > 0
            ? SyntheticNation.scaledTo(Integer.parseInt(args[0]))
            : SyntheticNation.national();
    List<SyntheticUnit> units = nation.units();
    byte[] file = SyntheticTreeFile.csv(nation);
    System.err.printf(
        "org-import: %,d units, %.1f MB of CSV%n", units.size(), file.length / 1048576.0);

    String mongo = TestMongo.uri();
    ConfigurableApplicationContext context = start(mongo);
    try {
      ImportingDirectory importing = context.getBean(ImportingDirectory.class);
      long started = System.nanoTime();
      ImportJob job = importAndWait(importing, file);
      double seconds = (System.nanoTime() - started) / 1e9;
      check(job.state() == ImportJob.State.DONE && job.created() == units.size(), "import: " + job);

      started = System.nanoTime();
      ImportJob again = importAndWait(importing, file);
      double reimportSeconds = (System.nanoTime() - started) / 1e9;
      check(again.total() == 0 && again.unchanged() == units.size(), "re-import: " + again);

      String checks = spotCheck(context.getBean(TreeQueries.class), nation, units);
      double baseline = rawInsert(mongo, units);
      System.out.printf(
          Locale.ROOT,
          "{\"bench\":\"org-import\",\"units\":%d,\"seconds\":%.2f,\"units_per_s\":%.0f,"
              + "\"reimport_seconds\":%.2f,\"baseline_seconds\":%.2f,\"baseline_units_per_s\":%.0f,"
              + "\"ratio\":%.2f,\"checks\":\"%s\"}%n",
          units.size(),
          seconds,
          units.size() / seconds,
          reimportSeconds,
          baseline,
          units.size() / baseline,
          seconds / baseline,
          checks);
    } finally {
      context.close();
    }
    System.exit(0);
  }

  private static ConfigurableApplicationContext start(String mongo) throws Exception {
    int closed;
    try (ServerSocket probe = new ServerSocket(0)) {
      closed = probe.getLocalPort();
    }
    // As command-line arguments: they override application.yml (builder defaults would not).
    return new SpringApplicationBuilder(IdentityApplication.class)
        .run(
            "--spring.mongodb.uri=" + mongo,
            "--spring.mongodb.database=chidao-identity-bench",
            "--server.port=0",
            "--chidao.demo.seed=false",
            "--spring.rabbitmq.port=" + closed,
            "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:1/bench",
            "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/bench/certs",
            "--spring.main.banner-mode=off",
            "--logging.level.root=ERROR");
  }

  private static ImportJob importAndWait(ImportingDirectory importing, byte[] file)
      throws InterruptedException {
    ImportJob job =
        importing
            .start(
                CENTRE,
                importing.scopeFor(CENTRE, null),
                ImportFileReader.read(file, ImportFormat.CSV),
                DAY)
            .block(Duration.ofMinutes(10));
    String id = job.id();
    AtomicReference<ImportJob> latest = new AtomicReference<>(job);
    AtomicLong lastReport = new AtomicLong();
    Awaitility.await("import " + id)
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              ImportJob now = latest.get();
              if (now.state() != ImportJob.State.RUNNING) {
                return true;
              }
              latest.set(importing.job(CENTRE, id).block());
              if (System.nanoTime() - lastReport.get() > 5_000_000_000L) {
                System.err.printf(
                    "org-import: %,d of %,d writes%n",
                    latest.get().processed(), latest.get().total());
                lastReport.set(System.nanoTime());
              }
              return latest.get().state() != ImportJob.State.RUNNING;
            });
    job = latest.get();
    return job;
  }

  /** Subtree sizes of a few provinces and the ancestors of the last cell, against the generator. */
  private static String spotCheck(
      TreeQueries queries, SyntheticNation nation, List<SyntheticUnit> units) {
    int[] provinces = {1, (nation.provinces() + 1) / 2, nation.provinces()};
    for (int province : provinces) {
      String tenant = SyntheticNation.tenant(province);
      long expected =
          units.stream().filter(unit -> unit.path().startsWith("/tw/" + tenant + "/")).count();
      long total = queries.subtree(CENTRE, tenant, null, 0, 1).block().total();
      check(total == expected, "subtree of " + tenant + ": " + total + " != " + expected);
    }
    SyntheticUnit cell = units.get(units.size() - 1);
    List<String> ancestors =
        queries.ancestors(CENTRE, cell.id()).block().stream().map(OrgUnit::id).toList();
    List<String> expected =
        List.of(cell.path().substring(1, cell.path().length() - 1).split("/")).subList(0, 4);
    check(ancestors.equals(expected), "ancestors of " + cell.id() + ": " + ancestors);
    return "ok";
  }

  /** The same number of unit-version documents, inserted with insertMany 1,000 at a time. */
  private static double rawInsert(String uri, List<SyntheticUnit> units) {
    try (MongoClient client = MongoClients.create(uri)) {
      MongoCollection<Document> collection =
          client.getDatabase("chidao-identity-bench-baseline").getCollection("unit_versions");
      long started = System.nanoTime();
      List<Document> batch = new ArrayList<>(1000);
      for (SyntheticUnit unit : units) {
        batch.add(
            new Document("_id", unit.id() + "@1")
                .append("unitId", unit.id())
                .append("seq", 1)
                .append("tenant", unit.tenant())
                .append("parentId", unit.parentId())
                .append("path", unit.path())
                .append("kind", unit.kind())
                .append("name", unit.name())
                .append("searchKey", NameFolding.fold(unit.name()))
                .append("issuerAbbr", unit.issuerAbbr())
                .append("validFrom", DAY.toString())
                .append("successorIds", List.of())
                .append("openedBy", "baseline"));
        if (batch.size() == 1000) {
          Mono.from(collection.insertMany(batch)).block();
          batch = new ArrayList<>(1000);
        }
      }
      if (!batch.isEmpty()) {
        Mono.from(collection.insertMany(batch)).block();
      }
      return (System.nanoTime() - started) / 1e9;
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("org-import check failed: " + what);
    }
  }
}
