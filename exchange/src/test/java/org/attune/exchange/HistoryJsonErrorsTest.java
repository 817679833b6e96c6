package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import org.attune.dynamics.History;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

/** Histories by hand: a good one, and broken ones whose errors say where. */
class HistoryJsonErrorsTest {

  private static final String FIRST = """
      {"format": "attune-history", "version": 1, "versions": [
       {"instant": "2026-01-01T00:00:00Z", "ecosystem": {"elements": [
        {"kind": "ACTOR", "id": "alice", "name": "Alice", "type": "INDIVIDUAL"},
        {"kind": "ACTOR", "id": "clinic", "name": "City Clinic", "type": "ORGANISATION"}],
        "relations": [{"source": "clinic", "type": "SERVES", "target": "alice"}]}}""";

  static String error(String document) {
    ExchangeFormatException e = catchThrowableOfType(ExchangeFormatException.class,
        () -> HistoryJson.read(new StringReader(document)));
    assertThat(e).as("the error reading %s", document).isNotNull();
    // the place is given apart from the message too, and agrees with it
    assertThat(e.getMessage()).startsWith("line " + e.line().orElseThrow() + ", column "
        + e.column().orElseThrow() + ", " + e.path().orElseThrow() + ": ");
    return e.getMessage();
  }

  @Test
  void a_later_version_is_the_one_before_it_with_its_changes() throws IOException {
    // when
    History history = HistoryJson.read(new StringReader(FIRST + """
        ,
         {"instant": "2026-02-01T00:00:00Z",
          "changes": {"reweight": [
            {"source": "clinic", "type": "SERVES", "target": "alice", "strength": 0.5}]},
          "ownLogicChanged": ["alice"]}
        ]}"""));

    // then
    Actor alice = Actor.individual("alice", "Alice");
    Actor clinic = Actor.organisation("clinic", "City Clinic");
    assertThat(history.instants()).containsExactly(
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(history.version(1).relation(clinic, RelationType.SERVES, alice).orElseThrow()
        .strength()).isEqualTo(0.5);
    assertThat(history.version(0).relation(clinic, RelationType.SERVES, alice).orElseThrow()
        .strength()).isEqualTo(1.0);
    assertThat(history.ownLogicChanges(1)).contains(java.util.Set.of(alice));
  }

  @Test
  void versions_out_of_time_order_are_an_error() {
    assertThat(error(FIRST + """
        ,
         {"instant": "2025-12-31T00:00:00Z", "changes": {}}
        ]}""")).isEqualTo("line 6, column 14, $.versions[1].instant: expected an instant after the"
            + " previous version's, 2026-01-01T00:00:00Z, found 2025-12-31T00:00:00Z: versions come"
            + " in time order, one per instant");
  }

  @Test
  void a_change_the_version_before_cannot_take_is_reported_at_the_end_of_the_changes() {
    assertThat(error(FIRST + """
        ,
         {"instant": "2026-02-01T00:00:00Z", "changes": {"unrelate": [
           {"source": "alice", "type": "SERVES", "target": "clinic"}]}}
        ]}""")).startsWith("line 7, column 62, $.versions[1].changes: the changes do not apply to"
            + " the version before: the ecosystem is not valid: 1 problem")
        .endsWith("cannot unrelate: the ecosystem holds no SERVES relation from 'alice' to"
            + " 'clinic'");
  }

  @Test
  void the_first_version_must_be_whole() {
    assertThat(error("""
        {"format": "attune-history", "version": 1, "versions": [
         {"instant": "2026-01-01T00:00:00Z", "changes": {}}]}"""))
        .isEqualTo("line 2, column 38, $.versions[0].changes: expected the field \"ecosystem\""
            + " after the instant of the first version, holding it whole, found the field"
            + " \"changes\"");
  }

  @Test
  void an_unknown_element_in_a_change_is_reported_where_it_is_named() {
    assertThat(error(FIRST + """
        ,
         {"instant": "2026-02-01T00:00:00Z", "changes": {"removeElements": ["bob"]}}
        ]}""")).isEqualTo("line 6, column 69, $.versions[1].changes.removeElements[0]: unknown"
            + " element \"bob\": expected the id of an element of the version before, not removed"
            + " yet");
  }

  @Test
  void a_history_document_of_a_later_version_is_named_with_the_one_supported() {
    assertThat(error("{\"format\": \"attune-history\", \"version\": 7, \"versions\": []}"))
        .isEqualTo("line 1, column 41, $.version: unsupported version 7 of the format"
            + " \"attune-history\": this reader supports version 1");
  }
}
