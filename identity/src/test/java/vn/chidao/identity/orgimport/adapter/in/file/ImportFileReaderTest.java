package vn.chidao.identity.orgimport.adapter.in.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chidao.identity.orgimport.application.ImportFile;
import vn.chidao.identity.orgimport.application.ImportFormat;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportRow;

class ImportFileReaderTest {

  private static final String CSV =
      "\uFEFFcode,parent,kind,name,issuer_abbr\n"
          + "dn-b,dong-nai,commune_committee,\"Đảng ủy phường Biên Hòa, Đồng Nai\",ĐU\n"
          + "\n"
          + "dn-b-cb1,dn-b,PARTY_CELL,Chi bộ Tổ dân phố 1,CB\n"
          + "dn-b-cb2,dn-b,PARTY_CELL\n";

  @Test
  void csv_rows_keep_vietnamese_names_quoted_commas_and_their_line_numbers() {
    ImportFile file = read(CSV, ImportFormat.CSV);

    assertThat(file.complete()).isTrue();
    assertThat(file.rows())
        .containsExactly(
            new ImportRow(
                2,
                "dn-b",
                "dong-nai",
                "COMMUNE_COMMITTEE",
                "Đảng ủy phường Biên Hòa, Đồng Nai",
                "ĐU"),
            new ImportRow(4, "dn-b-cb1", "dn-b", "PARTY_CELL", "Chi bộ Tổ dân phố 1", "CB"));
    assertThat(file.problems())
        .singleElement()
        .isEqualTo(new ImportProblem(5, "Dòng có 3 cột, tiêu đề có 5 cột."));
  }

  @Test
  void a_file_saved_in_another_encoding_is_refused_with_the_line_of_the_first_bad_byte() {
    byte[] latin =
        CSV.replace("\uFEFF", "").replace("Đ", "D").getBytes(Charset.forName("windows-1252"));

    ImportFile file = ImportFileReader.read(latin, ImportFormat.CSV);

    assertThat(file.complete()).isFalse();
    assertThat(file.rows()).isEmpty();
    assertThat(file.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("UTF-8");
            });
  }

  @Test
  void ten_megabytes_of_garbage_give_one_clear_problem() {
    byte[] garbage = new byte[10 * 1024 * 1024];
    new Random(42).nextBytes(garbage);

    ImportFile binary = ImportFileReader.read(garbage, ImportFormat.CSV);
    assertThat(binary.complete()).isFalse();
    assertThat(binary.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("UTF-8"));

    StringBuilder text = new StringBuilder();
    Random random = new Random(7);
    while (text.length() < 10 * 1024 * 1024) {
      text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(40) == 0 ? "\n" : "");
    }
    ImportFile letters = read(text.toString(), ImportFormat.CSV);
    assertThat(letters.complete()).isFalse();
    assertThat(letters.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("thiếu cột");
            });

    ImportFile json = read(text.toString(), ImportFormat.JSON);
    assertThat(json.complete()).isFalse();
    assertThat(json.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("JSON"));
  }

  @Test
  void json_units_carry_the_line_they_start_on() {
    String json =
        "{\"units\": [\n"
            + "  {\"code\": \"dn-b\", \"parent\": \"dong-nai\", \"kind\": \"COMMUNE_COMMITTEE\",\n"
            + "   \"name\": \"Đảng ủy phường Long Bình\", \"issuerAbbr\": \"ĐU\"},\n"
            + "  {\"code\": \"dn-b-cb1\", \"parent\": \"dn-b\", \"kind\": \"PARTY_CELL\", \"name\": {\"x\": 1}}\n"
            + "]}";

    ImportFile file = read(json, ImportFormat.JSON);

    assertThat(file.complete()).isTrue();
    assertThat(file.rows()).extracting(ImportRow::line).containsExactly(2, 4);
    assertThat(file.rows().get(0).name()).isEqualTo("Đảng ủy phường Long Bình");
    assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
  }

  @Test
  void broken_json_is_reported_where_it_breaks() {
    ImportFile file = read("[\n{\"code\": \"a\",\n\"kind\" \"PARTY_CELL\"}]", ImportFormat.JSON);

    assertThat(file.complete()).isFalse();
    assertThat(file.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
  }

  private static ImportFile read(String text, ImportFormat format) {
    return ImportFileReader.read(text.getBytes(StandardCharsets.UTF_8), format);
  }
}
