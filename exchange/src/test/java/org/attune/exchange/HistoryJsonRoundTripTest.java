package org.attune.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.attune.dynamics.History;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.EffectFlow;
import org.attune.model.ElementKind;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.RandomEcosystems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class HistoryJsonRoundTripTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void a_history_of_random_changes_reads_back_equal_version_by_version(long seed)
      throws IOException {
    // given: versions each derived from the one before by a little of every kind of edit
    Random r = new Random(seed);
    History.Builder builder = History.builder();
    ServiceEcosystem version = RandomContent.ecosystem(seed);
    builder.add(T0, version);
    for (int i = 1; i <= 4; i++) {
      version = RandomContent.changed(version, r);
      Instant at = T0.plusSeconds(86_400L * i + r.nextInt(1000));
      if (r.nextBoolean()) {
        builder.add(at, version, List.of(version.actors().get(0)));
      } else {
        builder.add(at, version);
      }
    }
    History history = builder.build();

    // when
    History read = roundTrip(history);

    // then
    assertSameHistory(read, history);
  }

  @Test
  void the_random_changes_cover_every_section_of_changes_but_relation_types() throws IOException {
    // given
    java.util.Set<String> sections = new java.util.TreeSet<>();
    for (long seed = 1; seed <= 12; seed++) {
      Random r = new Random(seed);
      ServiceEcosystem version = RandomContent.ecosystem(seed);
      History.Builder builder = History.builder().add(T0, version);
      for (int i = 1; i <= 4; i++) {
        version = RandomContent.changed(version, r);
        builder.add(T0.plusSeconds(i), version);
      }
      StringWriter text = new StringWriter();

      // when
      HistoryJson.write(builder.build(), text);

      // then
      for (JsonNode v : new ObjectMapper().readTree(text.toString()).get("versions")) {
        if (v.has("changes")) {
          sections.addAll(v.get("changes").propertyNames());
        }
      }
    }
    assertThat(sections)
        .containsAll(HistoryJson.CHANGES.subList(1, HistoryJson.CHANGES.size()));
  }

  @Test
  void a_history_of_survey_waves_keeps_the_customers_each_wave_changed() throws IOException {
    // given
    RandomEcosystems random = RandomEcosystems.of(4, 5);
    Actor c0 = random.customers().get(0);
    Actor c1 = random.customers().get(1);
    Random r = new Random(4);
    TreeMap<Instant, java.util.Map<Actor, Profile>> waves = new TreeMap<>();
    waves.put(T0, java.util.Map.of(c0, RandomEcosystems.profile(r)));
    waves.put(T0.plusSeconds(3600), java.util.Map.of(c1, RandomEcosystems.profile(r)));
    History history = History.fromWaves(random.ecosystem(), waves);

    // when
    StringWriter text = new StringWriter();
    HistoryJson.write(history, text);
    History read = HistoryJson.read(new StringReader(text.toString()));

    // then: the second version is written as its one changed perspective, not whole
    assertSameHistory(read, history);
    JsonNode second = new ObjectMapper().readTree(text.toString()).get("versions").get(1);
    assertThat(second.get("changes").propertyNames()).containsExactly("perspectives");
    assertThat(second.get("changes").get("perspectives")).hasSize(1);
    assertThat(second.get("ownLogicChanged").get(0).asString()).isEqualTo("c1");
  }

  @Test
  void a_relation_type_that_changes_its_definition_in_use_cannot_be_written() {
    // given: CARES_FOR flows forward, then backward, while the first version uses it
    RelationType forward = RelationType.of("CARES_FOR", java.util.EnumSet.of(ElementKind.ACTOR),
        java.util.EnumSet.of(ElementKind.ACTOR));
    RelationType backward = RelationType.of("CARES_FOR", java.util.EnumSet.of(ElementKind.ACTOR),
        java.util.EnumSet.of(ElementKind.ACTOR), EffectFlow.BACKWARD);
    Actor a = Actor.individual("a", "A");
    Actor b = Actor.individual("b", "B");
    ServiceEcosystem first = ServiceEcosystem.builder().add(a, b).relate(a, forward, b).build();
    ServiceEcosystem second = ServiceEcosystem.builder().add(a, b).relate(a, backward, b).build();
    History history = History.builder().add(T0, first).add(T0.plusSeconds(1), second).build();

    // then
    assertThatThrownBy(() -> HistoryJson.write(history, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relation type CARES_FOR changes its definition in the version at "
            + "2026-01-01T00:00:01Z from [ACTOR] -> [ACTOR] flowing FORWARD to [ACTOR] -> [ACTOR]"
            + " flowing BACKWARD; the history format carries one definition of a type in use");
  }

  static History roundTrip(History history) throws IOException {
    StringWriter text = new StringWriter();
    HistoryJson.write(history, text);
    return HistoryJson.read(new StringReader(text.toString()));
  }

  static void assertSameHistory(History read, History written) {
    assertThat(read.instants()).isEqualTo(written.instants());
    for (int i = 0; i < written.size(); i++) {
      assertThat(read.version(i)).as("version %s", i).isEqualTo(written.version(i));
      assertThat(read.ownLogicChanges(i)).as("own logic changes of version %s", i)
          .isEqualTo(written.ownLogicChanges(i));
    }
  }
}
