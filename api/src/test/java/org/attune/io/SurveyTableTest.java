package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey tables of one row per answer ({@link Tables#readSurvey}). */
class SurveyTableTest {

  static final TableMapping SKIP =
      TableMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();

  static TableImport read(String csv, TableMapping mapping) throws IOException {
    return Tables.readSurvey(new StringReader(csv), mapping);
  }

  static final Actor ALICE = Actor.individual("alice", "Alice");
  static final Actor CLINIC = Actor.organisation("clinic", "The Clinic");

  @Test
  void rows_of_one_respondent_subject_and_aspect_make_one_profile() throws IOException {
    // given: alice's own logic (two answers, one weighted), her ideal self, and her image of the
    // clinic; bob's own logic, bob unknown to the mapping
    String csv = "respondent,subject,aspect,dimension,level,weight\n"
        + "alice,,,functional,0.9,2\n"
        + "alice,,,emotional,0.7,\n"
        + "alice,alice,ideal,functional,1,\n"
        + "alice,clinic,actual,functional,0.4,1\n"
        + "bob,,,economic,0.5,0.5\n";
    TableMapping known = TableMapping.builder().elements(List.of(ALICE, CLINIC)).build();
    // when
    TableImport survey = read(csv, known);
    // then
    Actor bob = Actor.individual("bob", "bob");
    assertThat(survey.perspectives()).containsOnlyKeys(Perspective.own(ALICE),
        Perspective.own(ALICE, Aspect.IDEAL), Perspective.of(ALICE, CLINIC), Perspective.own(bob));
    assertThat(survey.perspectives().get(Perspective.own(ALICE))).isEqualTo(Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.9, 2).level(Dimension.EMOTIONAL, 0.7).build());
    assertThat(survey.perspectives().get(Perspective.own(bob)))
        .isEqualTo(Profile.builder().level(Dimension.ECONOMIC, 0.5, 0.5).build());
    assertThat(survey.elements()).containsExactly(ALICE, CLINIC, bob);
    ImportReport r = survey.report();
    assertThat(r.format()).isEqualTo("CSV survey");
    assertThat(r.eventsRead()).isEqualTo(5);
    assertThat(r.eventsImported()).isEqualTo(5);
    assertThat(r.tracesRead()).isEqualTo(4);
    assertThat(r.tracesImported()).isEqualTo(4);
    assertThat(r.isClean()).isTrue();
  }

  @Test
  void a_survey_report_speaks_of_answers_and_profiles_not_of_events_and_traces()
      throws IOException {
    // given: three answers, two making alice's profile, one for bob, who is unknown
    String csv = "respondent,dimension,level\nalice,functional,0.9\nalice,emotional,0.7\n"
        + "bob,economic,0.5\n";

    // when
    String rendered = read(csv, SKIP).report().render();

    // then
    assertThat(rendered)
        .contains("  answers: 3 read, 3 imported, 0 skipped\n")
        .contains("  profiles: 2 read, 2 imported, 0 skipped\n")
        .doesNotContain("events")
        .doesNotContain("traces");
  }

  @Test
  void the_result_goes_into_an_ecosystem_builder() throws IOException {
    // given
    String csv = "respondent,dimension,level\nalice,functional,0.9\n";
    TableMapping known = TableMapping.builder().elements(List.of(ALICE)).build();
    ServiceEcosystem base = ServiceEcosystem.builder().add(ALICE, CLINIC).build();
    // when
    ServiceEcosystem withLogic = read(csv, known).addTo(base.toBuilder()).build();
    // then
    assertThat(withLogic.perspective(ALICE, ALICE)).contains(
        Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build());
    assertThat(read(csv, known).toEcosystem().perspectives()).hasSize(1);
  }

  @Test
  void columns_are_renamed_and_quoted_fields_may_hold_the_delimiter_and_line_breaks()
      throws IOException {
    // given: a BOM, semicolons, a quoted dimension holding ';' and a line break
    String csv = "\uFEFFcustomer_no;item;score;note\n"
        + "c1;\"value; for money\";0.5;\"said \"\"fine\"\";\nthen left\"\n";
    TableMapping mapping = TableMapping.builder().column("respondent", "customer_no")
        .column("dimension", "item").column("level", "score").delimiter(';').build();
    // when
    TableImport survey = read(csv, mapping);
    // then
    Profile profile = survey.perspectives().values().iterator().next();
    assertThat(profile.dimensions()).containsExactly(Dimension.of("value; for money"));
  }

  @Test
  void a_header_lacking_a_required_column_fails_whatever_the_policy() {
    assertThatThrownBy(() -> read("respondent,dimension\nalice,functional\n", SKIP))
        .isInstanceOfSatisfying(LogFormatException.class,
            e -> assertThat(e.reason()).isEqualTo(SkipReason.MALFORMED_SYNTAX))
        .hasMessage("line 1, column 1: <character stream>: the header has no column 'level' (the"
            + " level in [0, 1]); its columns are [respondent, dimension];"
            + " TableMapping.Builder.column(\"level\", name) renames it");
  }

  @Test
  void an_empty_file_fails_whatever_the_policy() {
    assertThatThrownBy(() -> read("", SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 1: <character stream>: the table is empty; expected a header"
            + " row naming the columns");
  }

  @Test
  void a_level_out_of_range_fails_naming_line_column_and_value() {
    // given
    String csv = "respondent,dimension,level\nalice,functional,0.9\nalice,emotional,1.5\n";
    // when / then
    assertThatThrownBy(() -> read(csv, TableMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.INVALID_VALUE);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(3);
        })
        .hasMessage("line 3, column 3: <character stream>: column 'level' must be a number in"
            + " [0, 1], written with a decimal point, such as 0.75, but was \"1.5\"");
  }

  @Test
  void under_skip_every_broken_row_is_counted_under_its_reason_and_the_rest_kept()
      throws IOException {
    // given: line 2 good; 3 a decimal comma; 4 no level; 5 an unknown aspect; 6 a negative
    // weight; 7 a duplicate of line 2; 8 too few fields; 9 a blank respondent; 10 names a touchpoint
    String csv = "respondent,aspect,dimension,level,weight,subject\n"
        + "alice,,functional,0.9,,\n"
        + "alice,,emotional,\"0,5\",,\n"
        + "alice,,social,,,\n"
        + "alice,dreamt,social,0.5,,\n"
        + "alice,,social,0.5,-1,\n"
        + "alice,actual,functional,0.1,,\n"
        + "alice,,social\n"
        + " ,,social,0.5,,\n"
        + "alice,,social,0.5,,desk\n";
    TableMapping mapping = SKIP.toBuilder()
        .elements(List.of(Touchpoint.of("desk", "Desk", org.attune.model.TouchpointOwnership
            .BRAND_OWNED, org.attune.model.JourneyStage.PURCHASE))).build();
    // when
    TableImport survey = read(csv, mapping);
    // then
    ImportReport r = survey.report();
    assertThat(survey.perspectives()).hasSize(1);
    assertThat(r.eventsRead()).isEqualTo(9);
    assertThat(r.eventsImported()).isEqualTo(1);
    assertThat(r.skipped()).containsOnly(
        java.util.Map.entry(SkipReason.INVALID_VALUE, 2L),
        java.util.Map.entry(SkipReason.MISSING_FIELD, 1L),
        java.util.Map.entry(SkipReason.UNKNOWN_NAME, 1L),
        java.util.Map.entry(SkipReason.DUPLICATE_ROW, 1L),
        java.util.Map.entry(SkipReason.WRONG_FIELD_COUNT, 1L),
        java.util.Map.entry(SkipReason.INVALID_ID, 1L),
        java.util.Map.entry(SkipReason.UNKNOWN_ELEMENT, 1L));
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(r.problems()).extracting(ImportReport.Problem::column)
        .containsExactly(4, 4, 2, 5, 3, 4, 1, 6);
    assertThat(r.problems().get(2).message()).isEqualTo("<character stream>: column 'aspect'"
        + " must be one of [actual, ideal, social, ideal social, expected, perceived], but was"
        + " \"dreamt\"");
    assertThat(r.problems().get(4).message()).isEqualTo("<character stream>: Perspective[holder="
        + "alice, subject=alice] already has an answer for dimension \"functional\" on line 2;"
        + " expected one row per respondent, subject, aspect and dimension");
    assertThat(r.problems().get(7).message()).isEqualTo("<character stream>: column 'subject'"
        + " names \"desk\", which is TOUCHPOINT; expected the id of an actor");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void a_profile_of_only_zero_weights_is_skipped_with_its_answers() throws IOException {
    // given: bob's two answers weigh 0 each; alice's is fine
    String csv = "respondent,dimension,level,weight\n"
        + "bob,functional,0.5,0\nalice,functional,0.5,1\nbob,emotional,0.5,0\n";
    // when
    TableImport survey = read(csv, SKIP);
    // then
    ImportReport r = survey.report();
    assertThat(survey.perspectives()).hasSize(1);
    assertThat(survey.elements()).extracting(e -> e.id()).containsExactly("alice");
    assertThat(r.skipped(SkipReason.INVALID_PROFILE)).isEqualTo(1);
    assertThat(r.skipped(SkipReason.IN_SKIPPED_TRACE)).isEqualTo(2);
    assertThat(r.problems().get(0).message()).isEqualTo("<character stream>: the profile of"
        + " Perspective[holder=bob, subject=bob] has every weight 0; expected at least one positive"
        + " weight");
    XesImportTest.assertBalanced(r);
    assertThatThrownBy(() -> read(csv, TableMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.INVALID_PROFILE);
          assertThat(e.line()).isEqualTo(2);
        });
  }

  @Test
  void a_file_with_bytes_that_are_not_utf8_costs_only_their_row_under_skip(@TempDir Path dir)
      throws IOException {
    // given: a BOM, then row 3 holds the byte 0xff
    byte[] head = "\uFEFFrespondent,dimension,level\nalice,functional,0.9\nbob,"
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "x,0.5\ncarol,functional,0.1\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xff;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Path file = dir.resolve("answers.csv");
    Files.write(file, all);
    // when
    TableImport survey = Tables.readSurvey(file, SKIP);
    // then
    assertThat(survey.perspectives()).hasSize(2);
    assertThat(survey.report().skipped(SkipReason.MALFORMED_ENCODING)).isEqualTo(1);
    assertThat(survey.report().source()).isEqualTo("answers.csv");
    assertThatThrownBy(() -> Tables.readSurvey(file, TableMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageStartingWith("line 3, column 2: answers.csv: field 2 (column 'dimension') holds"
            + " bytes that are not UTF-8 (0xff at byte");
    assertThat(new ByteArrayInputStream(all)).isNotNull();
  }

  @Test
  void an_unterminated_quote_fails_or_ends_the_table_under_skip() throws IOException {
    // given
    String csv = "respondent,dimension,level\nalice,functional,0.9\nbob,\"emotional,0.5\n";
    // when
    TableImport survey = read(csv, SKIP);
    // then
    assertThat(survey.perspectives()).hasSize(1);
    assertThat(survey.report().skipped(SkipReason.MALFORMED_SYNTAX)).isEqualTo(1);
    assertThatThrownBy(() -> read(csv, TableMapping.defaults()))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("a quoted field opened here is never closed");
  }

  @Test
  void a_row_over_the_field_limit_fails_whatever_the_policy() {
    // given
    TableMapping three = SKIP.toBuilder().maxFieldCount(3).build();
    // when / then
    assertThatThrownBy(() -> read("respondent,dimension,level\na,b,0.1,x\n", three))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 2, column 4: <character stream>: the row holds more than 3 fields, the"
            + " limit of TableMapping.maxFieldCount(); the table was not read on, so that memory"
            + " stays bounded. Raise the limit (TableMapping.Builder.maxFieldCount) only for a"
            + " table you trust");
  }

  @Test
  void a_header_naming_a_column_twice_fails() {
    assertThatThrownBy(() -> read("respondent,dimension,level, level\n", SKIP))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 4: <character stream>: the header names column 'level' twice,"
            + " as columns 3 and 4; expected each column once");
  }
}
