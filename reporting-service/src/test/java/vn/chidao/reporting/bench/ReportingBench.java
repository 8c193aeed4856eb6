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
 * baseline: the same number of obligation-sized documents inserted in bulk. Prints a final JSON
 * line. Arguments: {@code [units] [submitConcurrency]}.
 */
public final class ReportingBench {

  public static void main(String[] args) {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
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
      new ReportingBench(context, tree, concurrency).run();
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
  private final String directive = "bench-" + UUID.randomUUID().toString().substring(0, 8);

  ReportingBench(
      ConfigurableApplicationContext context, List<SyntheticUnit> tree, int concurrency) {
    this.mongo = context.getBean(ReactiveMongoTemplate.class);
    this.opening = context.getBean(OpeningObligations.class);
    this.submitting = context.getBean(SubmittingReports.class);
    this.figures = context.getBean(SubtreeFigures.class);
    this.outbox = context.getBean(Outbox.class);
    this.tree = tree;
    this.concurrency = concurrency;
  }

  void run() {
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

    // Raw baseline: obligation-sized documents, bulk inserted in the same batches, nothing else.
    long t0 = System.nanoTime();
    Flux.fromIterable(chunks(tree, 1_000))
        .concatMap(
            chunk ->
                mongo
                    .getCollection("raw_baseline")
                    .flatMap(
                        c ->
                            Mono.from(
                                c.insertMany(chunk.stream().map(ReportingBench::rawDoc).toList())))
                    .then())
        .blockLast();
    double rawSeconds = seconds(t0);

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

    // Reports from a random 70%: six in seven on time, then the clock passes the due day.
    Random random = new Random(42);
    List<SyntheticUnit> reporting = new ArrayList<>();
    for (SyntheticUnit unit : tree) {
      if (random.nextDouble() < 0.7) {
        reporting.add(unit);
      }
    }
    int onTimeCount = reporting.size() * 6 / 7;
    long t2 = System.nanoTime();
    submit(reporting.subList(0, onTimeCount), period, random);
    Instant due = dueOf(period);
    BenchClock.CLOCK.offset = Duration.between(Instant.now(), due.plus(Duration.ofHours(1)));
    submit(reporting.subList(onTimeCount, reporting.size()), period, random);
    double submitSeconds = seconds(t2);

    // National and provincial figures: completeness and every indicator rolled up.
    ChidaoUser centre =
        new ChidaoUser("tw.admin", "tw", "/tw/", "trung-uong", Set.of("central-admin"));
    SubtreeFigures.PeriodKey key = new SubtreeFigures.PeriodKey(directive, "bc-nam", period);
    long[] national = new long[60];
    SubtreeFigures.UnitFigures last = null;
    for (int i = 0; i < national.length; i++) {
      long q = System.nanoTime();
      last = figures.of(centre, "tw", key).block();
      national[i] = System.nanoTime() - q;
    }
    long[] provincial = new long[60];
    for (int i = 0; i < provincial.length; i++) {
      long q = System.nanoTime();
      figures.of(centre, tree.get(1).id(), key).block(); // the first province
      provincial[i] = System.nanoTime() - q;
    }
    long pendingEvents = outbox.pending().block();

    var c = last.completeness();
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"bench\":\"reporting\",\"units\":%d,\"obligationsOpened\":%d,\"openSeconds\":%.1f,"
                + "\"obligationsOpenedPerSec\":%.0f,\"rawInsertPerSec\":%.0f,\"submissions\":%d,"
                + "\"submitSeconds\":%.1f,\"submissionsPerSec\":%.0f,\"submitConcurrency\":%d,"
                + "\"national\":{\"expected\":%d,\"submitted\":%d,\"onTime\":%d,\"late\":%d,"
                + "\"missing\":%d,\"modelsSum\":%s},"
                + "\"nationalQueryMs\":{\"p50\":%.1f,\"p95\":%.1f,\"max\":%.1f},"
                + "\"provincialQueryMs\":{\"p50\":%.1f,\"p95\":%.1f},\"outboxPending\":%d,"
                + "\"mongo\":\"%s\"}",
            tree.size(),
            opened,
            openSeconds,
            opened / openSeconds,
            tree.size() / rawSeconds,
            reporting.size(),
            submitSeconds,
            reporting.size() / submitSeconds,
            concurrency,
            c.expected(),
            c.submitted(),
            c.onTime(),
            c.late(),
            c.missing(),
            last.indicators().get(0).value(),
            percentile(national, 50),
            percentile(national, 95),
            percentile(national, 100),
            percentile(provincial, 50),
            percentile(provincial, 95),
            pendingEvents,
            TestMongo.isRealMongo() ? "mongod" : "mongo-java-server (in-process)");
    System.err.println("expected late: " + (reporting.size() - onTimeCount));
    System.out.println(json);
  }

  private void submit(List<SyntheticUnit> units, String period, Random random) {
    List<int[]> figures = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      figures.add(new int[] {random.nextInt(20), random.nextInt(101), random.nextInt(2)});
    }
    Flux.range(0, units.size())
        .flatMap(
            i -> {
              SyntheticUnit unit = units.get(i);
              int[] v = figures.get(i);
              ChidaoUser reporter =
                  new ChidaoUser("bc", unit.id(), unit.path(), unit.tenant(), Set.of("reporter"));
              return submitting.submit(
                  reporter,
                  ObligationDocument.id(directive, "bc-nam", period, unit.id()),
                  Map.of("I", "Kết quả đạt được của " + unit.name()),
                  Map.of("models", v[0], "strong", v[1], "assigned", v[2] == 1));
            },
            concurrency)
        .blockLast();
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

  private static Document rawDoc(SyntheticUnit u) {
    return new Document("_id", "raw~" + u.id())
        .append("tenant", u.tenant())
        .append("unitId", u.id())
        .append("unitPath", u.path())
        .append("ancestors", Arrays.asList(u.path().split("/")))
        .append("periodKey", "2026-Y")
        .append("state", "PENDING")
        .append("dueAt", new java.util.Date());
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
