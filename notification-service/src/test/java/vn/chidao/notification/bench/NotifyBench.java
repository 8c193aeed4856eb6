package vn.chidao.notification.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.zerodeplibs.webpush.EncryptedPushMessage;
import com.zerodeplibs.webpush.MessageEncryption;
import com.zerodeplibs.webpush.MessageEncryptions;
import com.zerodeplibs.webpush.PushMessage;
import com.zerodeplibs.webpush.UserAgentMessageEncryptionKeyInfo;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.contracts.Destinations;
import vn.chidao.contracts.directive.DirectiveDelivered;
import vn.chidao.notification.NotificationServiceApplication;
import vn.chidao.notification.push.adapter.out.MongoPushSubscriptions;
import vn.chidao.notification.push.adapter.out.PushEncryptionProbe;
import vn.chidao.testsupport.ChidaoTestProperties;
import vn.chidao.testsupport.LocalJwtIssuer;
import vn.chidao.testsupport.RabbitEndpoint;
import vn.chidao.testsupport.TestMongo;
import vn.chidao.testsupport.TestRabbit;
import vn.chidao.testsupport.TestSmtp;
import vn.chidao.testsupport.push.BrowserSubscription;
import vn.chidao.testsupport.push.LocalPushService;

/**
 * {@code ./chidao bench notify}: the whole service (RabbitMQ, the MongoDB wire server, GreenMail,
 * test-support's local push service) from a {@code DirectiveDelivered} batch on the broker to the
 * last e-mail accepted by SMTP and the last push decrypted by the push service; and, in the same
 * run, the raw cost of one aes128gcm push encryption (zerodep on the JDK's SunEC, the baseline, and
 * the service's own on BouncyCastle) and of one SMTP send over a reused connection. Prints a final
 * JSON line, naming the JDK it ran on.
 *
 * <p>Arguments: {@code pushes=N emails=N} (people alerted; default 2000 and 1000).
 */
public final class NotifyBench {

  private static final int UNITS_PER_BATCH = 1_000;

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable e) {
      // The SMTP and push servers run non-daemon threads: leave explicitly, also on failure.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      options.put(kv[0], kv.length > 1 ? kv[1] : "");
    }
    int pushes = Integer.parseInt(options.getOrDefault("pushes", "2000"));
    int emails = Integer.parseInt(options.getOrDefault("emails", "1000"));
    // Unmeasured rounds between the cold one and the measured warm one, so that the JIT has
    // finished compiling the path (JMH's warm-up iterations): the warm round's "other" CPU (GC, JIT
    // compiler threads) was still a third of its total after one round of 2,000 pushes.
    int warmups = Integer.parseInt(options.getOrDefault("warmups", "3"));

    GreenMail smtp = TestSmtp.start();
    LocalPushService push = LocalPushService.start();
    double encryptMs = rawEncryptionMillis(push);
    double smtpMs = rawSmtpMillis(TestSmtp.port(smtp));
    double[] split = rawEncryptionSplitMillis(push);
    double serviceEncryptMs = rawServiceEncryptionMillis(push);
    double[] bcSplit = rawBouncyCastleSplitMillis(push);
    smtp.reset();

    ConfigurableApplicationContext app = start(smtp);
    try {
      ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
      StreamBridge bridge = app.getBean(StreamBridge.class);
      MongoPushSubscriptions subscriptions = app.getBean(MongoPushSubscriptions.class);

      // Pushes: one person per unit, no e-mail address, one browser each.
      List<String> pushUnits = people(mongo, "p", pushes, false);
      List<BrowserSubscription> browsers = new ArrayList<>();
      Flux.range(0, pushes)
          .concatMap(
              i -> {
                BrowserSubscription b = push.subscribe();
                browsers.add(b);
                return subscriptions.save(
                    "p." + i, b.endpoint(), b.p256dh(), b.auth(), null, Instant.now());
              },
              64)
          .then()
          .block();
      // Round 1, cold (the JIT has not seen this path yet), as every run before measured; round 2,
      // the same people alerted again for another directive, on warmed-up code: what a service
      // that has been running a while does.
      Round pushCold =
          round(push, () -> measure(bridge, pushUnits, "PUSH", push::receivedCount, pushes));
      for (int warmup = 0; warmup < warmups; warmup++) {
        round(push, () -> measure(bridge, pushUnits, "PUSH", push::receivedCount, pushes));
      }
      Map<String, Long> threadsBefore = cpuByThreadGroup();
      long startedBefore =
          java.lang.management.ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
      Round pushWarm =
          round(push, () -> measure(bridge, pushUnits, "PUSH", push::receivedCount, pushes));
      printCpuSplit(threadsBefore, cpuByThreadGroup(), pushWarm.processCpuMs(), pushes);
      System.err.println(
          "warm push round, threads started: "
              + (java.lang.management.ManagementFactory.getThreadMXBean()
                      .getTotalStartedThreadCount()
                  - startedBefore));
      double pushSeconds = pushCold.seconds();
      double endpointCpuMs = pushCold.endpointCpuMs();
      double processCpuMs = pushCold.processCpuMs();

      // E-mails: one person per unit, with an address, no browser.
      List<String> mailUnits = people(mongo, "m", emails, true);
      LongSupplier mailed = () -> smtp.getReceivedMessages().length;
      double mailSeconds = measure(bridge, mailUnits, "EMAIL", mailed, emails);
      double mailSecondsWarm = measure(bridge, mailUnits, "EMAIL", mailed, emails);

      Runtime rt = Runtime.getRuntime();
      String load = Arrays.toString(loadAverage());
      String json =
          String.format(
              java.util.Locale.ROOT,
              "{\"bench\":\"notify\",\"pushes\":%d,\"pushSeconds\":%.2f,\"pushesPerSecond\":%.0f,"
                  + "\"pushSecondsWarm\":%.2f,\"pushesPerSecondWarm\":%.0f,"
                  + "\"emails\":%d,\"emailSeconds\":%.2f,\"emailsPerSecond\":%.0f,"
                  + "\"emailSecondsWarm\":%.2f,\"emailsPerSecondWarm\":%.0f,"
                  + "\"rawPushEncryptMs\":%.3f,\"rawPushEncryptPerSecondPerCore\":%.0f,"
                  + "\"rawSmtpSendMs\":%.3f,\"rawSmtpPerSecond\":%.0f,"
                  + "\"rawKeygenMs\":%.3f,\"rawEcdhMs\":%.3f,\"rawHkdfAesGcmMs\":%.3f,"
                  + "\"rawServiceEncryptMs\":%.3f,\"rawBcKeygenMs\":%.3f,\"rawBcEcdhMs\":%.3f,"
                  + "\"pushCpuMsPerPush\":%.3f,\"endpointCpuMsPerPush\":%.3f,"
                  + "\"pushCpuMsPerPushWarm\":%.3f,\"endpointCpuMsPerPushWarm\":%.3f,"
                  + "\"pushesPerRawEncryptCore\":%.2f,\"pushesPerServiceEncryptCore\":%.2f,"
                  + "\"emailsPerRawSmtp\":%.2f,"
                  + "\"java\":\"%s\",\"cpus\":%d,\"loadAverage\":\"%s\",\"mongo\":\"%s\"}",
              pushes,
              pushSeconds,
              pushes / pushSeconds,
              pushWarm.seconds(),
              pushes / pushWarm.seconds(),
              emails,
              mailSeconds,
              emails / mailSeconds,
              mailSecondsWarm,
              emails / mailSecondsWarm,
              encryptMs,
              1000 / encryptMs,
              smtpMs,
              1000 / smtpMs,
              split[0],
              split[1],
              split[2],
              serviceEncryptMs,
              bcSplit[0],
              bcSplit[1],
              processCpuMs / pushes,
              endpointCpuMs / pushes,
              pushWarm.processCpuMs() / pushes,
              pushWarm.endpointCpuMs() / pushes,
              (pushes / pushSeconds) / (1000 / encryptMs),
              (pushes / pushSeconds) / (1000 / serviceEncryptMs),
              (emails / mailSeconds) / (1000 / smtpMs),
              System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
              rt.availableProcessors(),
              load,
              TestMongo.isRealMongo() ? "mongod" : "in-process mongo-java-server");
      System.out.println(json);
    } finally {
      app.close();
      push.close();
      smtp.stop();
    }
  }

  /** One measured round: its time, and the CPU the process and the push service spent in it. */
  private record Round(double seconds, double processCpuMs, double endpointCpuMs) {}

  private interface Measured {
    double seconds() throws Exception;
  }

  private static Round round(LocalPushService push, Measured measured) throws Exception {
    Duration endpointBefore = push.cpuTime();
    long processBefore = processCpuNanos();
    double seconds = measured.seconds();
    // The process holds the service and the push service: the service's part is the rest.
    return new Round(
        seconds,
        (processCpuNanos() - processBefore) / 1e6,
        push.cpuTime().minus(endpointBefore).toNanos() / 1e6);
  }

  /** From the first batch on the broker to the last delivery seen by the receiving end. */
  private static double measure(
      StreamBridge bridge, List<String> units, String channel, LongSupplier delivered, int expected)
      throws InterruptedException {
    long before = delivered.getAsLong();
    String directiveId = "bench-" + channel + "-" + UUID.randomUUID();
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < units.size(); i += UNITS_PER_BATCH) {
      batches.add(units.subList(i, Math.min(units.size(), i + UNITS_PER_BATCH)));
    }
    long start = System.nanoTime();
    for (int b = 0; b < batches.size(); b++) {
      bridge.send(
          Destinations.DIRECTIVE_DELIVERED,
          new DirectiveDelivered(
              directiveId + "-" + b,
              Instant.now(),
              "dong-nai",
              directiveId,
              "CV",
              "84-CV/ĐU",
              "về việc đo thông lượng gửi thông báo",
              "dn-tinhuy",
              "Tỉnh ủy Đồng Nai",
              "KHAN",
              "NONE",
              "IMPLEMENT",
              null,
              b + 1,
              batches.size(),
              batches.get(b),
              List.of()));
    }
    Awaitility.await(channel + ": " + expected + " delivered")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> delivered.getAsLong() - before >= expected);
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String> people(
      ReactiveMongoTemplate mongo, String prefix, int count, boolean withEmail) {
    List<String> units = new ArrayList<>();
    List<Document> members = new ArrayList<>();
    Date now = new Date();
    for (int i = 0; i < count; i++) {
      String unit = prefix + "-unit-" + i;
      units.add(unit);
      members.add(
          new Document("username", prefix + "." + i)
              .append("unitId", unit)
              .append("tenant", "dong-nai")
              .append("position", "VAN_THU")
              .append("email", withEmail ? prefix + "." + i + "@chidao.test" : null)
              .append("displayName", "Văn thư " + i)
              .append("active", true)
              .append("roles", List.of())
              .append("updatedAt", now));
    }
    mongo.getCollection("members").flatMap(c -> Mono.from(c.insertMany(members))).block();
    return units;
  }

  private static ConfigurableApplicationContext start(GreenMail smtp) {
    RabbitEndpoint rabbit = TestRabbit.get();
    LocalJwtIssuer issuer = LocalJwtIssuer.shared();
    Map<String, Object> p = new LinkedHashMap<>(ChidaoTestProperties.isolation(rabbit));
    p.put("server.port", "0");
    p.put("spring.mongodb.uri", TestMongo.uri());
    p.put("spring.mongodb.database", "chidao-notifications-bench-" + UUID.randomUUID());
    p.put("spring.rabbitmq.host", rabbit.host());
    p.put("spring.rabbitmq.port", rabbit.port());
    p.put("spring.rabbitmq.username", rabbit.username());
    p.put("spring.rabbitmq.password", rabbit.password());
    p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuer());
    p.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri());
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", TestSmtp.port(smtp));
    p.put("chidao.push.allow-local-endpoints", "true");
    p.put("logging.level.root", "WARN");
    p.put("logging.level.org.mongodb.driver", "WARN");
    p.put("logging.level.de.bwaldvogel.mongo", "WARN");
    // As command-line arguments: they override application.yml (default properties would not).
    String[] args =
        p.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(NotificationServiceApplication.class).run(args);
  }

  /** Median of one aes128gcm encryption with zerodep (one encryptor reused, as in the service). */
  private static double rawEncryptionMillis(LocalPushService push) throws Exception {
    BrowserSubscription browser = push.subscribe();
    MessageEncryption encryption = MessageEncryptions.of();
    UserAgentMessageEncryptionKeyInfo keys =
        UserAgentMessageEncryptionKeyInfo.of(browser.p256dh(), browser.auth());
    PushMessage message =
        PushMessage.of(
            "{\"title\":\"Văn bản mới: Công văn số 84-CV/ĐU\",\"body\":\"về việc đo\"}"
                .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 300; i++) {
      encryption.encrypt(keys, message);
    }
    long[] samples = new long[1000];
    for (int i = 0; i < samples.length; i++) {
      long t = System.nanoTime();
      EncryptedPushMessage encrypted = encryption.encrypt(keys, message);
      samples[i] = System.nanoTime() - t;
      if (encrypted.toBytes().length == 0) {
        throw new IllegalStateException("empty ciphertext");
      }
    }
    Arrays.sort(samples);
    return samples[samples.length / 2] / 1e6;
  }

  /**
   * Where one encryption's time goes (medians, JDK providers): the ephemeral P-256 key pair, the
   * ECDH agreement with the browser's key, and HKDF (four HMAC-SHA-256) plus AES-128-GCM together.
   */
  private static double[] rawEncryptionSplitMillis(LocalPushService push) throws Exception {
    BrowserSubscription browser = push.subscribe();
    ECPublicKey browserKey = (ECPublicKey) browser.keys().getPublic();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ephemeral = generator.generateKeyPair();
    Mac mac = Mac.getInstance("HmacSHA256");
    byte[] body = new byte[120];
    double keygen =
        medianMillis(
            () -> {
              generator.generateKeyPair();
            });
    double ecdh =
        medianMillis(
            () -> {
              KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
              agreement.init(ephemeral.getPrivate());
              agreement.doPhase(browserKey, true);
              agreement.generateSecret();
            });
    double rest =
        medianMillis(
            () -> {
              byte[] key = new byte[32];
              for (int i = 0; i < 4; i++) {
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                key = mac.doFinal(body);
              }
              Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
              cipher.init(
                  Cipher.ENCRYPT_MODE,
                  new SecretKeySpec(Arrays.copyOf(key, 16), "AES"),
                  new GCMParameterSpec(128, Arrays.copyOf(key, 12)));
              cipher.doFinal(body);
            });
    return new double[] {keygen, ecdh, rest};
  }

  /**
   * Median of one encryption as the service does it (BouncyCastle key pair and ECDH, JDK HKDF and
   * AES-GCM; fresh key pair and salt each time).
   */
  private static double rawServiceEncryptionMillis(LocalPushService push) throws Exception {
    BrowserSubscription browser = push.subscribe();
    PushEncryptionProbe encryption = new PushEncryptionProbe();
    byte[] key = Base64.getUrlDecoder().decode(browser.p256dh());
    byte[] auth = Base64.getUrlDecoder().decode(browser.auth());
    byte[] message =
        "{\"title\":\"Văn bản mới: Công văn số 84-CV/ĐU\",\"body\":\"về việc đo\"}"
            .getBytes(StandardCharsets.UTF_8);
    return medianMillis(
        () -> {
          if (encryption.encrypt(key, auth, message).length == 0) {
            throw new IllegalStateException("empty ciphertext");
          }
        });
  }

  /** The service's key pair and ECDH alone (BouncyCastle's custom P-256; medians). */
  private static double[] rawBouncyCastleSplitMillis(LocalPushService push) throws Exception {
    X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
    ECDomainParameters p256 =
        new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(p256, new SecureRandom()));
    AsymmetricCipherKeyPair ephemeral = generator.generateKeyPair();
    byte[] browserKey = Base64.getUrlDecoder().decode(push.subscribe().p256dh());
    double keygen = medianMillis(generator::generateKeyPair);
    double ecdh =
        medianMillis(
            () -> {
              ECDHBasicAgreement agreement = new ECDHBasicAgreement();
              agreement.init(ephemeral.getPrivate());
              agreement.calculateAgreement(
                  new ECPublicKeyParameters(p256.getCurve().decodePoint(browserKey), p256));
            });
    return new double[] {keygen, ecdh};
  }

  private interface Step {
    void run() throws Exception;
  }

  private static double medianMillis(Step step) throws Exception {
    for (int i = 0; i < 300; i++) {
      step.run();
    }
    long[] samples = new long[1000];
    for (int i = 0; i < samples.length; i++) {
      long t = System.nanoTime();
      step.run();
      samples[i] = System.nanoTime() - t;
    }
    Arrays.sort(samples);
    return samples[samples.length / 2] / 1e6;
  }

  /** CPU time of the live threads, by name with the digits taken out (pools), in nanoseconds. */
  private static Map<String, Long> cpuByThreadGroup() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    Map<String, Long> byGroup = new java.util.TreeMap<>();
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          byGroup.merge(info.getThreadName().replaceAll("\\d+", "N"), cpu, Long::sum);
        }
      }
    }
    return byGroup;
  }

  /**
   * On standard error, where the warm round's CPU went per push: by thread group, and the rest of
   * the process (garbage collector, JIT compiler, threads that ended).
   */
  private static void printCpuSplit(
      Map<String, Long> before, Map<String, Long> after, double processCpuMs, int pushes) {
    StringBuilder line = new StringBuilder("warm push round, CPU ms per push by thread group:");
    double threadsMs = 0;
    List<Map.Entry<String, Long>> deltas = new ArrayList<>();
    for (Map.Entry<String, Long> entry : after.entrySet()) {
      long delta = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (delta > 0) {
        deltas.add(Map.entry(entry.getKey(), delta));
        threadsMs += delta / 1e6;
      }
    }
    deltas.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    for (Map.Entry<String, Long> entry : deltas.subList(0, Math.min(12, deltas.size()))) {
      line.append(
          String.format(
              java.util.Locale.ROOT, " %s=%.3f", entry.getKey(), entry.getValue() / 1e6 / pushes));
    }
    line.append(
        String.format(
            java.util.Locale.ROOT,
            " | other (GC, JIT, ended threads)=%.3f",
            (processCpuMs - threadsMs) / pushes));
    System.err.println(line);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Mean time of one SMTP send over one reused connection (as a pooled connection works). */
  private static double rawSmtpMillis(int port) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(port));
    Session session = Session.getInstance(props);
    int n = 500;
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (int warm = 0; warm < 50; warm++) {
        send(session, transport, warm);
      }
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        send(session, transport, i);
      }
      return (System.nanoTime() - t) / 1e6 / n;
    }
  }

  private static void send(Session session, Transport transport, int i) throws Exception {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress("no-reply@chidao.test"));
    InternetAddress to = new InternetAddress("raw" + i + "@chidao.test");
    m.setRecipient(MimeMessage.RecipientType.TO, to);
    m.setSubject("[chidao] Văn bản mới: Công văn — về việc đo", "UTF-8");
    m.setText("Trích yếu: về việc đo thông lượng", "UTF-8");
    transport.sendMessage(m, new InternetAddress[] {to});
  }

  private static double[] loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return new double[] {
        Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
      };
    } catch (Exception e) {
      return new double[0];
    }
  }

  private NotifyBench() {}

  static {
    // Quiet: the JSON line is the output.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
  }
}
