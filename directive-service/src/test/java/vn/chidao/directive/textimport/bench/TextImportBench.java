package vn.chidao.directive.textimport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.chidao.directive.textimport.model.DocumentTextImport;

/**
 * {@code ./chidao bench text-import}: how many documents per second the importer reads (both
 * samples, alternately), against a raw baseline over the same texts: NFC normalisation, line split
 * and one pass of a regular expression, the least any reader of the text must do. Prints a final
 * JSON line.
 */
public final class TextImportBench {

  private TextImportBench() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    List<String> samples =
        List.of(sample("thong-tri-dan-van.txt"), sample("bao-cao-111-BC-TU.txt"));
    long chars = samples.stream().mapToLong(String::length).sum() / samples.size();

    long sink = 0;
    for (int i = 0; i < rounds / 4; i++) {
      sink +=
          DocumentTextImport.read(samples.get(i % 2)).fields().size()
              + baseline(samples.get(i % 2));
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      sink += DocumentTextImport.read(samples.get(i % 2)).fields().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      sink += baseline(samples.get(i % 2));
    }
    double baselineSeconds = (System.nanoTime() - start) / 1e9;

    double perSecond = rounds / seconds;
    double baselinePerSecond = rounds / baselineSeconds;
    System.out.println(
        String.format(
            Locale.ROOT,
            "{\"bench\":\"text-import\",\"documents\":%d,\"avgChars\":%d,\"seconds\":%.3f,"
                + "\"documentsPerSecond\":%.1f,\"msPerDocument\":%.3f,"
                + "\"baselinePerSecond\":%.1f,\"ratio\":%.4f,\"sink\":%d}",
            rounds,
            chars,
            seconds,
            perSecond,
            1000 / perSecond,
            baselinePerSecond,
            perSecond / baselinePerSecond,
            sink % 10));
  }

  private static long baseline(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
    long found = java.util.regex.Pattern.compile("báo cáo").matcher(normal).results().count();
    return normal.split("\n", -1).length + found;
  }

  private static String sample(String name) throws IOException {
    try (InputStream in = TextImportBench.class.getResourceAsStream("/samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
