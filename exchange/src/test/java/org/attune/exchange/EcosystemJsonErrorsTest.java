package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Broken documents: each error names the line, the column and the JSON path, what was expected and
 * what was found, and nothing is returned.
 */
class EcosystemJsonErrorsTest {

  private static final String HEAD = "{\"format\": \"attune-ecosystem\", \"version\": 1,\n";

  private static final String TWO_ACTORS = """
       "elements": [
        {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
        {"kind": "ACTOR", "id": "clinic", "name": "City Clinic", "type": "ORGANISATION"}
       ],
      """;

  static String error(String document) {
    ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
        () -> EcosystemJson.read(new StringReader(document)));
    assertThat(e).as("the error reading %s", document).isNotNull();
    // the place is given apart from the message too, and agrees with it
    assertThat(e.getMessage()).startsWith("line " + e.line().orElseThrow() + ", column "
        + e.column().orElseThrow() + ", " + e.path().orElseThrow() + ": ");
    return e.getMessage();
  }

  @Test
  void a_version_this_reader_does_not_support_is_named_with_the_one_it_supports() {
    assertThat(error("{\"format\": \"attune-ecosystem\", \"version\": 2, \"elements\": []}"))
        .isEqualTo(
            "line 1, column 43, $.version: unsupported version 2 of the format \"attune-ecosystem\": this reader supports version 1");
  }

  @Test
  void a_missing_version_is_an_error_before_anything_else_is_read() {
    assertThat(error("{\"format\": \"attune-ecosystem\", \"elements\": [}")).isEqualTo(
            "line 1, column 32, $.elements: expected the field \"version\" second, naming the version of the format \"attune-ecosystem\" (this reader supports version 1), found the field \"elements\"");
  }

  @Test
  void a_document_of_another_format_is_named_as_found() {
    assertThat(error("{\"format\": \"attune-history\", \"version\": 1}")).isEqualTo(
            "line 1, column 12, $.format: expected the format \"attune-ecosystem\", found \"attune-history\"");
  }

  @Test
  void a_document_that_is_not_an_object_says_what_it_should_begin_with() {
    assertThat(error("[1, 2]")).isEqualTo(
            "line 1, column 1, $: expected an attune-ecosystem document, an object beginning {\"format\": \"attune-ecosystem\", \"version\": 1, found an array");
  }

  @Test
  void a_syntax_error_is_wrapped_with_its_line_column_and_path() {
    assertThat(error(HEAD + """
         "elements": [
          {"kind": "ACTOR" "id": "alice"}
         ]}""")).isEqualTo(
            "line 3, column 19, $.elements[0].kind: not valid JSON: unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
  }

  @Test
  void a_document_cut_short_is_a_syntax_error_at_its_end() {
    assertThat(error(HEAD + " \"elements\": [{\"kind\": \"ACTOR\", \"id\": \"alice\""))
        .isEqualTo(
            "line 2, column 46, $.elements[0].id: not valid JSON: unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void a_broken_name_is_not_shown_in_a_syntax_error() {
    assertThat(error(HEAD + " \"elements\": [{\"kind\": \"ACTOR\", \"id\": \"a\", \"name\": Jane Doe}]}"))
        .doesNotContain("Jane").isEqualTo(
            "line 2, column 52, $.elements[0].name: not valid JSON: unrecognized token: was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  }

  @Test
  void a_value_of_the_wrong_type_names_the_field_and_what_it_should_be() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice", "strength": "0.8"}
         ]}""")).isEqualTo(
            "line 7, column 72, $.relations[0].strength: expected the strength of the relation (a number in (0.0, 1.0]), found the string \"0.8\"");
  }

  @Test
  void a_number_out_of_range_names_the_range() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice", "strength": 1.5}
         ]}""")).isEqualTo(
            "line 7, column 72, $.relations[0].strength: expected the strength of the relation in (0.0, 1.0], found 1.5");
  }

  @Test
  void a_relation_to_an_unknown_element_names_the_id_where_it_is() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice"},
          {"source": "clinic", "type": "SERVES", "target": "bob"}
         ]}""")).isEqualTo(
            "line 8, column 51, $.relations[1].target: unknown element \"bob\": expected the target of the relation to be the id of an element declared before it");
  }

  @Test
  void a_duplicate_id_names_the_element_that_had_it_first() {
    assertThat(error(HEAD + """
         "elements": [
          {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
          {"kind": "ACTIVITY", "id": "alice", "name": "Running"}
         ]}""")).isEqualTo(
            "line 4, column 55, $.elements[1]: duplicate id \"alice\": the element at $.elements[0] has it already; ids are unique across all kinds");
  }

  @Test
  void an_unknown_field_is_an_error_not_ignored() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice", "weight": 0.5}
         ]}""")).isEqualTo(
            "line 7, column 60, $.relations[0].weight: unknown field \"weight\": expected one of source, type, target, strength (unknown fields are errors, not ignored)");
  }

  @Test
  void an_unknown_kind_lists_the_kinds() {
    assertThat(error(HEAD + """
         "elements": [{"kind": "PERSON", "id": "alice", "name": "Alice"}]}"""))
        .isEqualTo(
            "line 2, column 23, $.elements[0].kind: expected the kind of the element, one of ACTOR, RESOURCE, INSTITUTION, ACTIVITY, TOUCHPOINT, VALUE_PROPOSITION, found \"PERSON\"");
  }

  @Test
  void a_field_of_another_kind_is_unknown() {
    assertThat(error(HEAD + """
         "elements": [{"kind": "ACTIVITY", "id": "run", "name": "Running", "type": "INDIVIDUAL"}]}"""))
        .isEqualTo(
            "line 2, column 67, $.elements[0].type: unknown field \"type\": expected one of kind, id, name (the fields of ACTIVITY) (unknown fields are errors, not ignored)");
  }

  @Test
  void the_kind_must_come_first_in_an_element() {
    assertThat(error(HEAD + """
         "elements": [{"id": "alice", "kind": "ACTOR", "name": "Alice", "type": "INDIVIDUAL"}]}"""))
        .isEqualTo(
            "line 2, column 15, $.elements[0].id: expected the field \"kind\" first in an element, one of ACTOR, RESOURCE, INSTITUTION, ACTIVITY, TOUCHPOINT, VALUE_PROPOSITION, found the field \"id\"");
  }

  @Test
  void a_missing_field_names_the_field_and_the_item() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [{"source": "clinic", "type": "SERVES"}]}""")).isEqualTo(
            "line 6, column 52, $.relations[0]: missing field \"target\" of a relation");
  }

  @Test
  void an_unknown_section_lists_the_sections() {
    assertThat(error(HEAD + " \"customers\": []}")).isEqualTo(
            "line 2, column 2, $.customers: unknown field \"customers\": expected one of the sections relationTypes, elements, relations, perspectives, valueInUse, episodes, moods (unknown fields are errors, not ignored)");
  }

  @Test
  void sections_out_of_order_are_an_error() {
    assertThat(error(HEAD + " \"relations\": [], \"elements\": []}")).isEqualTo(
            "line 2, column 19, $.elements: section \"elements\" comes after \"relations\": expected the sections in the order relationTypes, elements, relations, perspectives, valueInUse, episodes, moods");
  }

  @Test
  void a_duplicate_relation_names_where_it_was_first() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice"},
          {"source": "alice", "type": "SERVES", "target": "clinic"},
          {"source": "clinic", "type": "SERVES", "target": "alice", "strength": 0.5}
         ]}""")).isEqualTo(
            "line 9, column 75, $.relations[2]: duplicate relation: SERVES from \"clinic\" to \"alice\" is given at $.relations[0] already; at most one relation of a type joins a pair (change its strength there)");
  }

  @Test
  void a_relation_between_kinds_its_type_does_not_connect_is_reported_at_the_relation() {
    assertThat(error(HEAD + """
         "elements": [
          {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
          {"kind": "ACTIVITY", "id": "run", "name": "Running"}
         ],
         "relations": [{"source": "run", "type": "PERFORMS", "target": "alice"}]}"""))
        .isEqualTo(
            "line 6, column 70, $.relations[0]: type PERFORMS connects [ACTOR] to [ACTIVITY], but was given ACTIVITY 'run' to ACTOR 'alice'");
  }

  @Test
  void an_unknown_relation_type_lists_the_built_ins() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "relations": [{"source": "clinic", "type": "HEALS", "target": "alice"}]}"""))
        .isEqualTo(
            "line 6, column 44, $.relations[0].type: unknown relation type \"HEALS\": expected a built-in type (SERVES, PARTNERS_WITH, INFLUENCES, MEMBER_OF, ACCESSES, PERFORMS, INTEGRATES, SUPPORTS, ADHERES_TO, OFFERS, OPERATES) or one declared in relationTypes");
  }

  @Test
  void a_perspective_held_by_an_element_that_is_not_an_actor_names_its_kind() {
    assertThat(error(HEAD + """
         "elements": [
          {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
          {"kind": "ACTIVITY", "id": "run", "name": "Running"}
         ],
         "perspectives": [{"holder": "run", "subject": "alice", "profile": []}]}"""))
        .isEqualTo(
            "line 6, column 29, $.perspectives[0].holder: expected the holder of the perspective to be the id of an element of kind ACTOR, found \"run\", of kind ACTIVITY");
  }

  @Test
  void a_profile_without_a_dimension_is_reported_at_the_profile() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "perspectives": [{"holder": "alice", "subject": "alice", "profile": []}]}"""))
        .isEqualTo(
            "line 6, column 70, $.perspectives[0].profile: levels must hold at least one dimension, but was empty");
  }

  @Test
  void a_duplicate_perspective_names_where_it_was_first() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "perspectives": [
          {"holder": "alice", "subject": "alice", "profile": [{"dimension": "f", "level": 1}]},
          {"holder": "alice", "subject": "alice", "profile": [{"dimension": "f", "level": 0}]}
         ]}""")).isEqualTo(
            "line 8, column 85, $.perspectives[1]: duplicate perspective: the perspective of \"alice\" on \"alice\" is given at $.perspectives[0] already; a perspective has one profile");
  }

  @Test
  void two_moods_of_an_actor_from_one_instant_are_an_error() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "moods": [
          {"actor": "alice", "since": "2026-01-01T00:00:00Z",
           "emotion": {"pleasure": 0, "arousal": 0, "dominance": 0}},
          {"actor": "alice", "since": "2026-01-01T00:00:00Z",
           "emotion": {"pleasure": 1, "arousal": 0, "dominance": 0}}
         ]}""")).isEqualTo(
            "line 10, column 59, $.moods[1]: duplicate mood: a mood of \"alice\" since 2026-01-01T00:00:00Z is given at $.moods[0] already; an actor has at most one mood from an instant");
  }

  @Test
  void an_instant_that_is_not_iso_8601_gives_an_example() {
    assertThat(error(HEAD + TWO_ACTORS + """
         "moods": [{"actor": "alice", "since": "1 March 2026",
           "emotion": {"pleasure": 0, "arousal": 0, "dominance": 0}}]}""")).isEqualTo(
            "line 6, column 39, $.moods[0].since: expected the instant the mood began as an ISO-8601 instant in UTC such as \"2026-03-01T09:00:00Z\", found \"1 March 2026\"");
  }

  @Test
  void content_after_the_document_is_an_error() {
    assertThat(error(HEAD + " \"elements\": []} {}")).isEqualTo(
            "line 2, column 18, $: expected the end of the input after the document, found an object");
  }

  private static String profileOf(int dimensions, int repeated) {
    StringBuilder profile = new StringBuilder();
    for (int d = 0; d < dimensions; d++) {
      profile.append(d == 0 ? "" : ", ").append("{\"dimension\": \"d").append(d).append("\", \"level\": 0.5}");
    }
    profile.append(", {\"dimension\": \"d").append(repeated).append("\", \"level\": 0.25}");
    return HEAD + TWO_ACTORS + """
         "perspectives": [
          {"holder": "alice", "subject": "alice", "profile": [
        """ + profile + "]}]}";
  }

  @Test
  void a_dimension_listed_twice_in_a_short_profile_is_an_error_at_its_second_entry() {
    // given: dimensions d0..d3, then d2 again as the fifth
    String document = profileOf(4, 2);

    // when
    ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
        () -> EcosystemJson.read(new StringReader(document)));

    // then
    assertThat(e.path()).hasValue("$.perspectives[0].profile[4]");
    assertThat(e.getMessage()).endsWith(
        "$.perspectives[0].profile[4]: dimension \"d2\" is listed twice in the profile");
  }

  @Test
  void a_dimension_listed_twice_in_a_long_profile_is_an_error_at_its_second_entry() {
    // given: dimensions d0..d19, then d17 again as the twenty-first (past the scan, in the set)
    String document = profileOf(20, 17);

    // when
    ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
        () -> EcosystemJson.read(new StringReader(document)));

    // then
    assertThat(e.path()).hasValue("$.perspectives[0].profile[20]");
    assertThat(e.getMessage()).endsWith(
        "$.perspectives[0].profile[20]: dimension \"d17\" is listed twice in the profile");
  }
}
