package vn.chidao.testsupport.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A deterministic organisation tree shaped like Vietnam's after the 2025 reorganisation, for
 * benchmarks and large tests: the central committee, 34 provincial committees (one tenant each,
 * {@code t01}…{@code t34}), 3,321 commune committees, 52,000 grassroots committees and 200,000
 * party cells — 255,356 units. Children are spread evenly, so every run (and every service's
 * benchmark) sees the same tree. Smaller shapes keep the same proportions for tests.
 *
 * <p>Units come parents first, so an importer can apply them in order.
 */
public final class SyntheticNation {

  public static final String ROOT_ID = "tw";
  public static final String CENTRAL_TENANT = "trung-uong";

  private final int provinces;
  private final int communes;
  private final int grassroots;
  private final int cells;

  private SyntheticNation(int provinces, int communes, int grassroots, int cells) {
    if (provinces < 1 || communes < provinces || grassroots < communes || cells < grassroots) {
      throw new IllegalArgumentException(
          "each level needs at least as many units as the one above it");
    }
    this.provinces = provinces;
    this.communes = communes;
    this.grassroots = grassroots;
    this.cells = cells;
  }

  /** The national tree: 34 provinces, 3,321 communes, 52,000 grassroots, 200,000 cells. */
  public static SyntheticNation national() {
    return new SyntheticNation(34, 3_321, 52_000, 200_000);
  }

  /** A tree of these sizes per level (each at least the one above). */
  public static SyntheticNation of(int provinces, int communes, int grassroots, int cells) {
    return new SyntheticNation(provinces, communes, grassroots, cells);
  }

  /** The same proportions as the national tree, scaled to roughly {@code units} units. */
  public static SyntheticNation scaledTo(int units) {
    double factor = units / 255_356.0;
    int provinces = Math.max(1, (int) Math.round(34 * Math.min(1, factor * 10)));
    int communes = Math.max(provinces, (int) Math.round(3_321 * factor));
    int grassroots = Math.max(communes, (int) Math.round(52_000 * factor));
    int cells = Math.max(grassroots, (int) Math.round(200_000 * factor));
    return new SyntheticNation(provinces, communes, grassroots, cells);
  }

  /** How many units {@link #forEach} yields. */
  public int size() {
    return 1 + provinces + communes + grassroots + cells;
  }

  public int provinces() {
    return provinces;
  }

  /** Tenant code of the n-th province (1-based): {@code t01}…{@code t34}. */
  public static String tenant(int province) {
    return String.format("t%02d", province);
  }

  /** Every unit, parents before children. */
  public List<SyntheticUnit> units() {
    List<SyntheticUnit> all = new ArrayList<>(size());
    forEach(all::add);
    return all;
  }

  /** Hands every unit to {@code sink}, parents before children, without holding the tree. */
  public void forEach(Consumer<SyntheticUnit> sink) {
    String rootPath = "/" + ROOT_ID + "/";
    sink.accept(
        new SyntheticUnit(
            ROOT_ID,
            null,
            CENTRAL_TENANT,
            rootPath,
            "CENTRAL_COMMITTEE",
            "Ban Chấp hành Trung ương Đảng",
            "TW"));
    int commune = 0;
    int grassroot = 0;
    int cell = 0;
    for (int p = 0; p < provinces; p++) {
      String tenant = tenant(p + 1);
      String provincePath = rootPath + tenant + "/";
      sink.accept(
          new SyntheticUnit(
              tenant,
              ROOT_ID,
              tenant,
              provincePath,
              "PROVINCIAL_COMMITTEE",
              "Tỉnh ủy Tỉnh số " + (p + 1),
              "TU"));
      for (int c = 0; c < share(communes, provinces, p); c++, commune++) {
        String communeId = String.format("%s-x%04d", tenant, c + 1);
        String communePath = provincePath + communeId + "/";
        sink.accept(
            new SyntheticUnit(
                communeId,
                tenant,
                tenant,
                communePath,
                "COMMUNE_COMMITTEE",
                "Đảng ủy xã Định Hòa " + (c + 1) + " tỉnh số " + (p + 1),
                "ĐU"));
        for (int g = 0; g < share(grassroots, communes, commune); g++, grassroot++) {
          String grassrootsId = String.format("%s-g%02d", communeId, g + 1);
          String grassrootsPath = communePath + grassrootsId + "/";
          sink.accept(
              new SyntheticUnit(
                  grassrootsId,
                  communeId,
                  tenant,
                  grassrootsPath,
                  "GRASSROOTS_COMMITTEE",
                  "Đảng bộ ấp Phước Lộc " + (g + 1),
                  "ĐU"));
          for (int b = 0; b < share(cells, grassroots, grassroot); b++, cell++) {
            String cellId = String.format("%s-b%02d", grassrootsId, b + 1);
            sink.accept(
                new SyntheticUnit(
                    cellId,
                    grassrootsId,
                    tenant,
                    grassrootsPath + cellId + "/",
                    "PARTY_CELL",
                    "Chi bộ Tổ dân cư số " + (b + 1),
                    "CB"));
          }
        }
      }
    }
  }

  /** How many of {@code total} children the {@code index}-th of {@code parents} gets. */
  private static int share(int total, int parents, int index) {
    return (int) ((long) (index + 1) * total / parents - (long) index * total / parents);
  }
}
