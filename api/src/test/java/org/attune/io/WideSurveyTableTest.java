package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Aspect;
import org.attune.model.Dimension;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

/** Survey tables of one row per respondent and a column per dimension ({@link Tables#readWideSurvey}). */
class WideSurveyTableTest {

  static TableImport read(String csv, TableMapping mapping) throws IOException {
    return Tables.readWideSurvey(new StringReader(csv), mapping);
  }

  @Test
  void a_wide_survey_report_speaks_of_rows_and_profiles() throws IOException {
    // when: two rows, each one profile
    String rendered = read("respondent,functional\nalice,0.9\ncarol,0.2\n",
        TableMapping.defaults()).report().render();

    // then
    assertThat(rendered)
        .contains("  rows: 2 read, 2 imported, 0 skipped\n")
        .contains("  profiles: 2 read, 2 imported, 0 skipped\n")
        .doesNotContain("events")
        .doesNotContain("traces");
  }

  @Test
  void each_row_is_a_profile_of_the_dimensions_answered() throws IOException {
    // given: a weight column for functional; carol leaves emotional empty; alice's ideal self
    String csv = "\uFEFFrespondent,aspect,functional,functional weight,emotional\n"
        + "alice,,0.9,2,0.7\n"
        + "carol,,0.2,,\n"
        + "alice,ideal,1,,\"1.0\"\n";
    TableMapping known = TableMapping.builder()
        .elements(List.of(Actor.individual("alice", "Alice"))).build();
    // when
    TableImport survey = read(csv, known);
    // then
    Actor alice = Actor.individual("alice", "Alice");
    Actor carol = Actor.individual("carol", "carol");
    assertThat(survey.perspectives()).containsExactly(
        java.util.Map.entry(Perspective.own(alice), Profile.builder()
            .level(Dimension.FUNCTIONAL, 0.9, 2).level(Dimension.EMOTIONAL, 0.7).build()),
        java.util.Map.entry(Perspective.own(carol),
            Profile.builder().level(Dimension.FUNCTIONAL, 0.2).build()),
        java.util.Map.entry(Perspective.own(alice, Aspect.IDEAL), Profile.builder()
            .level(Dimension.FUNCTIONAL, 1).level(Dimension.EMOTIONAL, 1).build()));
    ImportReport r = survey.report();
    assertThat(r.format()).isEqualTo("CSV wide survey");
    assertThat(r.eventsRead()).isEqualTo(3);
    assertThat(r.tracesImported()).isEqualTo(3);
    assertThat(survey.elements()).containsExactly(alice, carol);
  }

  @Test
  void a_renamed_respondent_and_a_weight_suffix_are_read() throws IOException {
    // given
    String csv = "id;price;price (importance)\nc1;0.5;3\n";
    TableMapping mapping = TableMapping.builder().column("respondent", "id").delimiter(';')
        .weightSuffix(" (importance)").build();
    // when
    Profile p = read(csv, mapping).perspectives().values().iterator().next();
    // then
    assertThat(p).isEqualTo(Profile.builder().level(Dimension.of("price"), 0.5, 3).build());
  }

  @Test
  void a_header_without_dimensions_or_with_an_orphan_weight_fails_whatever_the_policy() {
    TableMapping skip = TableMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    assertThatThrownBy(() -> read("respondent,subject\nalice,\n", skip))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 1: <character stream>: the header has no dimension column;"
            + " expected a column per dimension besides 'respondent'; its columns are [respondent,"
            + " subject]");
    assertThatThrownBy(() -> read("respondent,functional,social weight\nalice,0.5,1\n", skip))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 3: <character stream>: header column 'social weight' is the"
            + " weight of dimension \"social\", but the header has no column of that dimension;"
            + " its columns are [respondent, functional, social weight]");
    assertThatThrownBy(() -> read("functional\n0.5\n", skip))
        .isInstanceOf(LogFormatException.class)
        .hasMessageContaining("the header has no column 'respondent'");
  }

  @Test
  void under_skip_a_broken_row_is_skipped_whole_and_counted() throws IOException {
    // given: line 2 good; 3 a level of 2; 4 a weight without a level; 5 no level at all;
    // 6 a second row of alice; 7 an unknown aspect; 8 no respondent
    String csv = "respondent,aspect,functional,functional weight,social\n"
        + "alice,,0.9,,0.1\n"
        + "bob,,2,,0.1\n"
        + "carol,,,1,0.1\n"
        + "dan,,,,\n"
        + "alice,actual,0.1,,\n"
        + "erin,hoped,0.1,,\n"
        + ",,0.1,,\n";
    TableMapping skip = TableMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    // when
    TableImport survey = read(csv, skip);
    // then: nothing of bob kept, not even his social answer
    ImportReport r = survey.report();
    assertThat(survey.perspectives()).hasSize(1);
    assertThat(survey.elements()).extracting(e -> e.id()).containsExactly("alice");
    assertThat(r.eventsRead()).isEqualTo(7);
    assertThat(r.skipped()).containsOnly(
        java.util.Map.entry(SkipReason.INVALID_VALUE, 2L),
        java.util.Map.entry(SkipReason.INVALID_PROFILE, 1L),
        java.util.Map.entry(SkipReason.DUPLICATE_ROW, 1L),
        java.util.Map.entry(SkipReason.UNKNOWN_NAME, 1L),
        java.util.Map.entry(SkipReason.MISSING_FIELD, 1L),
        java.util.Map.entry(SkipReason.IN_SKIPPED_TRACE, 1L));
    assertThat(r.problems()).extracting(ImportReport.Problem::line)
        .containsExactly(3, 4, 5, 6, 7, 8);
    assertThat(r.problems()).extracting(ImportReport.Problem::column)
        .containsExactly(3, 4, 1, 1, 2, 1);
    assertThat(r.problems()).extracting(ImportReport.Problem::message).containsExactly(
        "<character stream>: column 'functional' must be a number in [0, 1], written with a"
            + " decimal point, such as 0.75, but was \"2\"",
        "<character stream>: column 'functional weight' gives a weight to dimension"
            + " \"functional\", which has no level in this row; expected a level in [0, 1] beside"
            + " it",
        "<character stream>: the profile of Perspective[holder=dan, subject=dan] has no level;"
            + " expected a level in [0, 1] for at least one dimension",
        "<character stream>: Perspective[holder=alice, subject=alice] already has a row, on line"
            + " 2; expected one row per respondent, subject and aspect",
        "<character stream>: column 'aspect' must be one of [actual, ideal, social, ideal social,"
            + " expected, perceived], but was \"hoped\"",
        "<character stream>: column 'respondent' is empty; expected the respondent's id");
    XesImportTest.assertBalanced(r);
  }

  @Test
  void under_fail_the_first_broken_row_stops_the_import() {
    assertThatThrownBy(() -> read("respondent,functional\nalice,0.5\nbob,x\n",
            TableMapping.defaults()))
        .isInstanceOfSatisfying(LogFormatException.class, e -> {
          assertThat(e.reason()).isEqualTo(SkipReason.INVALID_VALUE);
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(2);
        });
  }

  @Test
  void a_column_without_a_name_is_ignored_where_empty_as_spreadsheets_export_it()
      throws IOException {
    // given: two trailing columns with no name in the header, empty in every row
    String csv = "respondent,functional,,\nalice,0.9,,\n";
    // when
    TableImport survey = read(csv, TableMapping.defaults());
    // then
    assertThat(survey.perspectives()).containsExactly(java.util.Map.entry(
        Perspective.own(Actor.individual("alice", "alice")),
        Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build()));
    assertThat(survey.report().isClean()).isTrue();
  }

  @Test
  void a_value_under_a_column_without_a_name_is_malformed_and_a_control_character_still_fails()
      throws IOException {
    // given
    TableMapping skip = TableMapping.builder().onMalformed(MalformedInputPolicy.SKIP).build();
    String csv = "respondent,functional,\nalice,0.9,x\nbob,0.5,\n";
    // when
    TableImport survey = read(csv, skip);
    // then: alice's row is skipped, bob's read
    assertThat(survey.perspectives().keySet())
        .containsExactly(Perspective.own(Actor.individual("bob", "bob")));
    ImportReport.Problem p = survey.report().problems().get(0);
    assertThat(p.reason()).isEqualTo(SkipReason.INVALID_VALUE);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("<character stream>: column 3 has no name"
        + " in the header, but holds a value; expected it empty (a column without a name is read"
        + " as no dimension)");
    assertThatThrownBy(() -> read("respondent,a\u0007b\nalice,0.5\n", skip))
        .isInstanceOf(LogFormatException.class)
        .hasMessage("line 1, column 2: <character stream>: header column 2 must name a dimension"
            + " (non-blank, free of control characters), but was \"a\\u0007b\"");
  }
}
