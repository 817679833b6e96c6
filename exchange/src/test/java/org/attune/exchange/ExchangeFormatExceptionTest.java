package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The place of an error, given apart from its message: line, column and JSON path. */
class ExchangeFormatExceptionTest {

  private static final String HEAD = "{\"format\": \"attune-ecosystem\", \"version\": 1,\n";

  private static final String TWO_ACTORS = """
       "elements": [
        {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
        {"kind": "ACTOR", "id": "clinic", "name": "City Clinic", "type": "ORGANISATION"}
       ],
      """;

  private static ExchangeFormatException reading(String document) {
    ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
        () -> EcosystemJson.read(new StringReader(document)));
    assertThat(e).as("the error reading %s", document).isNotNull();
    return e;
  }

  @Test
  void should_give_the_line_column_and_path_of_a_value_out_of_range() {
    // given
    String document = HEAD + TWO_ACTORS + """
         "relations": [
          {"source": "clinic", "type": "SERVES", "target": "alice"},
          {"source": "alice", "type": "SERVES", "target": "clinic", "strength": 1.5}
         ]}""";

    // when
    ExchangeFormatException e = reading(document);

    // then: the value 1.5 is on line 8 (head 1, elements 2-5, "relations" 6, first relation 7),
    // at column 72; the message is as it was
    assertThat(e.line()).hasValue(8);
    assertThat(e.column()).hasValue(72);
    assertThat(e.path()).hasValue("$.relations[1].strength");
    assertThat(e.getMessage()).isEqualTo("line 8, column 72, $.relations[1].strength: expected"
        + " the strength of the relation in (0.0, 1.0], found 1.5");
  }

  @Test
  void should_give_the_place_of_a_syntax_error() {
    // when
    ExchangeFormatException e = reading(HEAD + """
         "elements": [
          {"kind": "ACTOR" "id": "alice"}
         ]}""");

    // then
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(19);
    assertThat(e.path()).hasValue("$.elements[0].kind");
    assertThat(e.getMessage()).startsWith("line 3, column 19, $.elements[0].kind: not valid JSON: ");
  }

  @Test
  void should_give_the_path_of_an_item_that_is_a_duplicate() {
    // when
    ExchangeFormatException e = reading(HEAD + """
         "elements": [
          {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
          {"kind": "ACTIVITY", "id": "alice", "name": "Running"}
         ]}""");

    // then: the error is at the end of the second element's object
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(55);
    assertThat(e.path()).hasValue("$.elements[1]");
  }

  @Test
  void should_give_the_root_path_for_a_document_that_is_not_an_object() {
    // when
    ExchangeFormatException e = reading("[]");

    // then
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(1);
    assertThat(e.path()).hasValue("$");
  }

  @Test
  void should_know_no_place_when_made_from_a_message_alone() {
    // when
    ExchangeFormatException e = new ExchangeFormatException("row 3, column 2: expected a number");
    ExchangeFormatException caused =
        new ExchangeFormatException("broken", new IllegalStateException("cause"));

    // then
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("row 3, column 2: expected a number");
    assertThat(caused.line()).isEmpty();
    assertThat(caused.path()).isEmpty();
    assertThat(caused.getCause()).hasMessage("cause");
  }
}
