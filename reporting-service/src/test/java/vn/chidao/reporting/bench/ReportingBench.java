package vn.chidao.reporting.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.contracts.report.DueRule;
import vn.chidao.contracts.report.ReportIndicator;
import vn.chidao.contracts.report.ReportSection;
import vn.chidao.contracts.report.ReportingRequirement;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.reporting.ReportingApplication;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.OpeningObligations;
import vn.chidao.reporting.org.UnitCopy;
import vn.chidao.reporting.outbox.Outbox;
import vn.chidao.reporting.store.BulkInserts;
import vn.chidao.reporting.submission.SubmittingReports;
import vn.chidao.reporting.tally.SubtreeFigures;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.synthetic.SyntheticNation;
import vn.chidao.testsupport.synthetic.SyntheticUnit;

/**
 * {@code ./chidao bench reporting}: the whole service (Spring context, in-process MongoDB wire
 * server or a real one, the real RabbitMQ with publisher confirms) opens an annual period for every
 * unit of the synthetic national tree from {@code DirectiveDelivered} batches of 1,000, submits
 * reports for a random 70% (one in seven of them after the due day, by moving the service's clock),
 * and times the national and a provincial completeness + roll-up query. In the same run, the raw
 * baseline: the same obligation documents inserted again in bulk. Prints a final JSON line.
 * Arguments: {@code [units] [submitConcurrency] [http|direct]}: the national tree, 32 reports in
 * flight, through the HTTP API (each with its unit's reporter token) by default; {@code direct}
 * calls the submission service in-process instead. The national figures are checked against what
 * was submitted ({@code exact}), so lost or double-counted changes fail the run.
 */
public final class ReportingBench {

  public static void main(String[] args) {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    boolean http = args.length <= 2 || !"direct".equals(args[2]);
    SyntheticNation nation =
        wanted > 0 ? SyntheticNation.scaledTo(wanted) : SyntheticNation.national();
    List<SyntheticUnit> tree = nation.units();

    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.mongodb.uri", TestMongo.uri());
    properties.put("spring.mongodb.database", "chidao-reporting-bench-" + UUID.randomUUID());
    var rabbit = TestRabbit.get();
    properties.put("spring.rabbitmq.host", rabbit.host());
    properties.put("spring.rabbitmq.port", rabbit.port());
    properties.putAll(ChidaoTestProperties.isolation(rabbit));
    properties.put(
        "spring.security.oauth2.resourceserver.jwt.issuer-uri", LocalJwtIssuer.shared().issuer());
    properties.put(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        LocalJwtIssuer.shared().jwkSetUri());
    properties.put("server.port", "0");
    properties.put("chidao.reporting.schedule.roll-over", "10h");
    properties.put("chidao.reporting.schedule.deadline-sweep", "10h");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.mongodb.driver", "ERROR");
    properties.put("logging.level.de.bwaldvogel.mongo", "ERROR");
    properties.put("spring.main.allow-bean-definition-overriding", "true");

    SpringApplication app = new SpringApplication(ReportingApplication.class, BenchClock.class);
    // As command-line arguments: they win over application.yml's ${ENV:default} values.
    String[] arguments =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    int status = 0;
    try (ConfigurableApplicationContext context = app.run(arguments)) {
      new ReportingBench(context, tree, concurrency, http).run();
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    }
    // The in-process MongoDB and the local JWT issuer keep non-daemon threads.
    System.exit(status);
  }

  /** The service's clock, movable so that some reports are submitted after the due day. */
  static class BenchClock {
    static final ShiftedClock CLOCK = new ShiftedClock();

    @Bean
    @Primary
    Clock clock() {
      return CLOCK;
    }
  }

  static final class ShiftedClock extends Clock {
    volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }

  private final ReactiveMongoTemplate mongo;
  private final OpeningObligations opening;
  private final SubmittingReports submitting;
  private final SubtreeFigures figures;
  private final Outbox outbox;
  private final List<SyntheticUnit> tree;
  private final int concurrency;
  private final boolean http;
  private final HttpReports client;
  private final String directive = "bench-" + UUID.randomUUID().toString().substring(0, 8);

  ReportingBench(
      ConfigurableApplicationContext context,
      List<SyntheticUnit> tree,
      int concurrency,
      boolean http) {
    this.mongo = context.getBean(ReactiveMongoTemplate.class);
    this.opening = context.getBean(OpeningObligations.class);
    this.submitting = context.getBean(SubmittingReports.class);
    this.figures = context.getBean(SubtreeFigures.class);
    this.outbox = context.getBean(Outbox.class);
    this.tree = tree;
    this.concurrency = concurrency;
    this.http = http;
    this.client =
        new HttpReports(
            context.getEnvironment().getRequiredProperty("local.server.port", Integer.class),
            concurrency);
  }

  void run() {
    String loadBefore = loadAverage();
    Instant deliveredAt = Instant.now();
    String period =
        String.valueOf(
                vn.chidao.reporting.period.model.VietnamTime.dayOf(deliveredAt)
                    .plusDays(17) // a day after 14 December belongs to next year's report
                    .getYear())
            + "-Y";
    // The directory copy, as OrgUnitChanged events would have built it (not measured).
    List<UnitCopy> copies =
        tree.stream()
            .map(
                u ->
                    new UnitCopy(
                        u.id(),
                        u.tenant(),
                        u.parentId(),
                        u.path(),
                        u.kind(),
                        u.name(),
                        u.issuerAbbr(),
                        "ACTIVE",
                        deliveredAt,
                        "seed"))
            .toList();
    Flux.fromIterable(chunks(copies, 5_000))
        .concatMap(chunk -> BulkInserts.insertIgnoringDuplicates(mongo, UnitCopy.COLLECTION, chunk))
        .blockLast();

    // Obligations from DirectiveDelivered batches of 1,000 units (every unit reports).
    ReportingRequirement annual = requirement();
    List<List<String>> batches = chunks(tree.stream().map(SyntheticUnit::id).toList(), 1_000);
    long t1 = System.nanoTime();
    Integer opened =
        Flux.range(0, batches.size())
            .flatMap(
                n ->
                    opening.onDelivered(
                        delivered(annual, deliveredAt, n + 1, batches.size(), batches.get(n))),
                2)
            .reduce(0, Integer::sum)
            .block();
    double openSeconds = seconds(t1);
    log("opened " + opened + " obligations in " + openSeconds + " s");

    // Raw baseline: the same obligation documents bulk inserted again, in the same batches of
    // 1,000 and with the same parallelism, into a plain collection — nothing else.
    double rawSeconds = rawBaseline(period, batches.size());
    log("raw baseline " + rawSeconds + " s");

    // Reports from a random 70%: six in seven on time, then the clock passes the due day.
    Random random = new Random(42);
    List<SyntheticUnit> reporting = new ArrayList<>();
    for (SyntheticUnit unit : tree) {
      if (random.nextDouble() < 0.7) {
        reporting.add(unit);
      }
    }
    int onTimeCount = reporting.size() * 6 / 7;
    List<int[]> values = new ArrayList<>();
    long modelsSum = 0;
    for (int i = 0; i < reporting.size(); i++) {
      int[] v = {random.nextInt(20), random.nextInt(101), random.nextInt(2)};
      values.add(v);
      modelsSum += v[0];
    }
    long t0 = System.nanoTime();
    List<HttpReports.Submission> submissions = http ? submissions(reporting, values, period) : null;
    double tokenSeconds = seconds(t0);
    log("prepared " + reporting.size() + " submissions in " + tokenSeconds + " s");
    long t2 = System.nanoTime();
    submit(0, onTimeCount, reporting, values, submissions, period);
    Instant due = dueOf(period);
    BenchClock.CLOCK.offset = Duration.between(Instant.now(), due.plus(Duration.ofHours(1)));
    submit(onTimeCount, reporting.size(), reporting, values, submissions, period);
    double submitSeconds = seconds(t2);
    log("submitted in " + submitSeconds + " s");

    // National and provincial figures: completeness and every indicator rolled up, over HTTP as
    // a browser asks for them, and the service's own time in-process.
    ChidaoUser centre =
        new ChidaoUser("tw.admin", "tw", "/tw/", "trung-uong", Set.of("central-admin"));
    SubtreeFigures.PeriodKey key = new SubtreeFigures.PeriodKey(directive, "bc-nam", period);
    String centreToken = HttpReports.centralToken();
    long[] national =
        time(60, () -> client.figures(centreToken, directive, "bc-nam", period, "tw"));
    long[] provincial =
        time(60, () -> client.figures(centreToken, directive, "bc-nam", period, tree.get(1).id()));
    long[] nationalInProcess = time(60, () -> figures.of(centre, "tw", key));
    SubtreeFigures.UnitFigures last = figures.of(centre, "tw", key).block();
    long pendingEvents = outbox.pending().block();

    var c = last.completeness();
    long late = reporting.size() - onTimeCount;
    boolean exact =
        c.expected() == tree.size()
            && c.submitted() == reporting.size()
            && c.late() == late
            && c.onTime() == onTimeCount
            && c.missing() == tree.size() - reporting.size()
            && last.indicators().get(0).value().longValue() == modelsSum;
    Runtime runtime = Runtime.getRuntime();
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"bench\":\"reporting\",\"units\":%d,\"obligationsOpened\":%d,"
                + "\"openSeconds\":%.1f,\"obligationsOpenedPerSec\":%.0f,"
                + "\"rawInsertPerSec\":%.0f,\"openVsRaw\":%.3f,\"submissions\":%d,"
                + "\"submitVia\":\"%s\",\"submitConcurrency\":%d,\"submitSeconds\":%.1f,"
                + "\"submissionsPerSec\":%.0f,\"submitVsRaw\":%.4f,\"tokenMintSeconds\":%.1f,"
                + "\"national\":{\"expected\":%d,\"submitted\":%d,\"onTime\":%d,\"late\":%d,"
                + "\"missing\":%d,\"modelsSum\":%s,\"exact\":%s},"
                + "\"nationalQueryMs\":{\"via\":\"http\",\"p50\":%.1f,\"p95\":%.1f,"
                + "\"max\":%.1f},\"provincialQueryMs\":{\"via\":\"http\",\"p50\":%.1f,"
                + "\"p95\":%.1f},\"nationalServiceMs\":{\"p50\":%.1f,\"p95\":%.1f},"
                + "\"outboxPending\":%d,\"heapUsedMb\":%d,\"loadAverage\":{\"start\":\"%s\","
                + "\"end\":\"%s\"},\"cores\":%d,\"mongo\":\"%s\"}",
            tree.size(),
            opened,
            openSeconds,
            opened / openSeconds,
            tree.size() / rawSeconds,
            (opened / openSeconds) / (tree.size() / rawSeconds),
            reporting.size(),
            http ? "http" : "direct",
            concurrency,
            submitSeconds,
            reporting.size() / submitSeconds,
            (reporting.size() / submitSeconds) / (tree.size() / rawSeconds),
            tokenSeconds,
            c.expected(),
            c.submitted(),
            c.onTime(),
            c.late(),
            c.missing(),
            last.indicators().get(0).value(),
            exact,
            percentile(national, 50),
            percentile(national, 95),
            percentile(national, 100),
            percentile(provincial, 50),
            percentile(provincial, 95),
            percentile(nationalInProcess, 50),
            percentile(nationalInProcess, 95),
            pendingEvents,
            (runtime.totalMemory() - runtime.freeMemory()) >> 20,
            loadBefore,
            loadAverage(),
            runtime.availableProcessors(),
            TestMongo.isRealMongo() ? "mongod" : "mongo-java-server (in-process)");
    System.out.println(json);
    if (!exact) {
      throw new IllegalStateException("national figures are not exact: " + c);
    }
  }

  /** The same documents the service wrote, inserted again as they are; returns seconds. */
  private double rawBaseline(String period, int batchCount) {
    List<String> firstIds =
        tree.stream()
            .limit(1_000)
            .map(u -> ObligationDocument.id(directive, "bc-nam", period, u.id()))
            .toList();
    List<Document> sample =
        mongo
            .getCollection(ObligationDocument.COLLECTION)
            .flatMapMany(c -> c.find(new Document("_id", new Document("$in", firstIds))))
            .collectList()
            .block();
    List<List<Document>> rawBatches = new ArrayList<>();
    int made = 0;
    for (int b = 0; b < batchCount; b++) {
      List<Document> batch = new ArrayList<>(1_000);
      for (int i = 0; i < 1_000 && made < tree.size(); i++, made++) {
        Document copy = new Document(sample.get(i % sample.size()));
        copy.put("_id", "raw~" + made);
        batch.add(copy);
      }
      rawBatches.add(batch);
    }
    long t0 = System.nanoTime();
    Flux.fromIterable(rawBatches)
        .flatMap(
            batch ->
                mongo
                    .getCollection("raw_baseline")
                    .flatMap(c -> Mono.from(c.insertMany(batch)))
                    .then(),
            2)
        .blockLast();
    double rawSeconds = seconds(t0);
    mongo.dropCollection("raw_baseline").block(); // the memory is needed for what follows
    return rawSeconds;
  }

  private List<HttpReports.Submission> submissions(
      List<SyntheticUnit> units, List<int[]> values, String period) {
    return Flux.range(0, units.size())
        .parallel(Runtime.getRuntime().availableProcessors())
        .runOn(Schedulers.parallel())
        .map(
            i -> {
              SyntheticUnit unit = units.get(i);
              return new HttpReports.Submission(
                  ObligationDocument.id(directive, "bc-nam", period, unit.id()),
                  HttpReports.reporterToken(unit),
                  body(unit, values.get(i)));
            })
        .sequential()
        .collectList()
        .block()
        .stream()
        .sorted(java.util.Comparator.comparing(HttpReports.Submission::obligationId))
        .toList();
  }

  private static Map<String, Object> body(SyntheticUnit unit, int[] v) {
    return Map.of(
        "sections",
        Map.of("I", "Kết quả đạt được của " + unit.name()),
        "values",
        Map.of("models", v[0], "strong", v[1], "assigned", v[2] == 1));
  }

  private void submit(
      int from,
      int to,
      List<SyntheticUnit> units,
      List<int[]> values,
      List<HttpReports.Submission> prepared,
      String period) {
    if (http) {
      java.util.Set<String> wanted = new java.util.HashSet<>();
      for (int i = from; i < to; i++) {
        wanted.add(ObligationDocument.id(directive, "bc-nam", period, units.get(i).id()));
      }
      client.submitAll(prepared.stream().filter(s -> wanted.contains(s.obligationId())).toList());
      return;
    }
    Flux.range(from, to - from)
        .flatMap(
            i -> {
              SyntheticUnit unit = units.get(i);
              int[] v = values.get(i);
              ChidaoUser reporter =
                  new ChidaoUser("bc", unit.id(), unit.path(), unit.tenant(), Set.of("reporter"));
              @SuppressWarnings("unchecked")
              Map<String, Object> body = body(unit, v);
              return submitting.submit(
                  reporter,
                  ObligationDocument.id(directive, "bc-nam", period, unit.id()),
                  (Map<String, String>) body.get("sections"),
                  (Map<String, Object>) body.get("values"));
            },
            concurrency)
        .blockLast();
  }

  private static long[] time(int times, java.util.function.Supplier<Mono<?>> query) {
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long q = System.nanoTime();
      query.get().block();
      nanos[i] = System.nanoTime() - q;
    }
    return nanos;
  }

  private static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void log(String line) {
    System.err.println(Instant.now() + " " + line);
  }

  private Instant dueOf(String period) {
    return mongo
        .findById(
            ObligationDocument.id(directive, "bc-nam", period, tree.get(0).id()),
            ObligationDocument.class)
        .block()
        .dueAt();
  }

  private DirectiveDelivered delivered(
      ReportingRequirement requirement, Instant at, int batch, int count, List<String> units) {
    return new DirectiveDelivered(
        directive + "-b" + batch,
        at,
        "trung-uong",
        directive,
        "KL",
        "114-KL/TW",
        "về nâng cao hiệu quả công tác dân vận",
        "tw",
        "Ban Bí thư",
        "NORMAL",
        "NONE",
        "IMPLEMENT",
        null,
        batch,
        count,
        units,
        List.of(requirement));
  }

  private static ReportingRequirement requirement() {
    return new ReportingRequirement(
        "bc-nam",
        "Báo cáo kết quả công tác dân vận năm",
        "ANNUAL",
        null,
        new DueRule("FIXED_DAY", 15, 0, null, null, null),
        null,
        null,
        null,
        "tw",
        null,
        List.of(),
        List.of(new ReportSection("I", "Kết quả đạt được"), new ReportSection("II", "Hạn chế")),
        List.of(
            new ReportIndicator(
                "models", "Số mô hình Dân vận khéo", "mô hình", "COUNT", "SUM", null, null),
            new ReportIndicator(
                "strong",
                "Tỷ lệ đoàn thể vững mạnh",
                "%",
                "PERCENT",
                "AVERAGE",
                "GTE",
                java.math.BigDecimal.valueOf(80)),
            new ReportIndicator(
                "assigned",
                "Phân công cấp ủy viên phụ trách dân vận",
                null,
                "YES_NO",
                "SHARE_MEETING_TARGET",
                "EQ",
                java.math.BigDecimal.ONE)));
  }

  private static <T> List<List<T>> chunks(List<T> all, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      chunks.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return chunks;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
