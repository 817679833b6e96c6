package org.attune.dynamics;

import java.util.Set;
import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attune.dynamics.Fixture.A;
import static org.attune.dynamics.Fixture.B;
import static org.attune.dynamics.Fixture.C;
import static org.attune.dynamics.Fixture.D;
import static org.attune.dynamics.Fixture.E;
import static org.attune.dynamics.Fixture.FEBRUARY;
import static org.attune.dynamics.Fixture.JANUARY;
import static org.attune.dynamics.Fixture.MARCH;
import static org.attune.dynamics.Fixture.functional;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Profile;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private static final ServiceEcosystem V1 = Fixture.base();
  private static final ServiceEcosystem V2 =
      V1.toBuilder().perspective(A, A, functional(0.5)).build();
  private static final ServiceEcosystem V3 =
      V2.toBuilder().perspective(B, B, functional(0.3)).build();

  private static History threeVersions() {
    // added out of time order: build() sorts them
    return History.builder().add(MARCH, V3).add(JANUARY, V1).add(FEBRUARY, V2).build();
  }

  @Test
  void should_keep_the_versions_in_time_order() {
    // given
    History history = threeVersions();

    // then
    assertThat(history.size()).isEqualTo(3);
    assertThat(history.instants()).containsExactly(JANUARY, FEBRUARY, MARCH);
    assertThat(history.version(0)).isSameAs(V1);
    assertThat(history.version(1)).isSameAs(V2);
    assertThat(history.version(2)).isSameAs(V3);
    assertThat(history.instant(1)).isEqualTo(FEBRUARY);
    assertThat(history.first()).isSameAs(V1);
    assertThat(history.last()).isSameAs(V3);
  }

  @Test
  void should_give_the_version_in_force_at_an_instant() {
    // given
    History history = threeVersions();

    // then: the latest at or before the instant, nothing before the first
    assertThat(history.at(JANUARY.minusNanos(1))).isEmpty();
    assertThat(history.indexAt(JANUARY.minusNanos(1))).isEqualTo(-1);
    assertThat(history.at(JANUARY)).containsSame(V1);
    assertThat(history.at(FEBRUARY.minusNanos(1))).containsSame(V1);
    assertThat(history.at(FEBRUARY)).containsSame(V2);
    assertThat(history.at(FEBRUARY.plus(Duration.ofDays(3)))).containsSame(V2);
    assertThat(history.at(MARCH)).containsSame(V3);
    assertThat(history.at(Instant.MAX)).containsSame(V3);
  }

  @Test
  void should_be_built_from_a_sorted_map() {
    // given
    NavigableMap<Instant, ServiceEcosystem> versions = new TreeMap<>();
    versions.put(FEBRUARY, V2);
    versions.put(JANUARY, V1);

    // when
    History history = History.of(versions);

    // then
    assertThat(history.instants()).containsExactly(JANUARY, FEBRUARY);
    assertThat(history.at(FEBRUARY)).containsSame(V2);
    assertThat(history.ownLogicChanges(1)).isEmpty();
    assertThat(history).hasToString(
        "History{2 versions, 2026-01-01T00:00:00Z to 2026-02-01T00:00:00Z}");
  }

  @Test
  void should_reject_two_versions_at_one_instant_leaving_the_builder_usable() {
    // given
    History.Builder builder = History.builder().add(JANUARY, V1);

    // then
    assertThatThrownBy(() -> builder.add(JANUARY, V2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instant must hold one version, but 2026-01-01T00:00:00Z already holds one");
    assertThat(builder.build().size()).isEqualTo(1);
  }

  @Test
  void should_reject_an_empty_history() {
    assertThatThrownBy(() -> History.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history must hold at least one version, but was empty");
    assertThatThrownBy(() -> History.of(new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history must hold at least one version, but was empty");
  }

  @Test
  void should_reject_nulls_naming_the_field() {
    History.Builder builder = History.builder();
    assertThatThrownBy(() -> builder.add(null, V1)).hasMessage("instant");
    assertThatThrownBy(() -> builder.add(JANUARY, null)).hasMessage("version");
    assertThatThrownBy(() -> builder.add(JANUARY, V1, null)).hasMessage("ownLogicChanged");
    assertThatThrownBy(() -> History.of(null)).hasMessage("versions");
    assertThatThrownBy(() -> threeVersions().at(null)).hasMessage("instant");
    assertThatThrownBy(() -> History.fromWaves(null, Fixture.waves())).hasMessage("base");
    assertThatThrownBy(() -> History.fromWaves(V1, null)).hasMessage("ownLogicWaves");
  }

  @Test
  void should_reject_an_index_out_of_range() {
    assertThatThrownBy(() -> threeVersions().version(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("version index (3) must be less than size (3)");
  }

  @Test
  void should_build_survey_waves_as_versions_sharing_what_they_did_not_change() {
    // when
    History history = Fixture.history();

    // then: each wave set its customers' own logic from its instant, and only theirs
    assertThat(history.instants()).containsExactly(JANUARY, FEBRUARY, MARCH);
    assertThat(history.version(0).ownLogic(A)).contains(functional(0.8));
    assertThat(history.version(0).ownLogic(D)).isEmpty();
    assertThat(history.version(1).ownLogic(A)).contains(functional(0.4));
    assertThat(history.version(1).ownLogic(C)).contains(functional(0.5));
    assertThat(history.version(2).ownLogic(C)).contains(functional(0.2));
    assertThat(history.version(2).ownLogic(D)).contains(functional(0.8));
    assertThat(history.ownLogicChanges(0)).isEmpty();
    assertThat(history.ownLogicChanges(1)).hasValueSatisfying(
        changed -> assertThat(changed).containsExactlyInAnyOrder(A, B, D, E));
    assertThat(history.ownLogicChanges(2)).hasValueSatisfying(
        changed -> assertThat(changed).containsExactly(C));
  }

  @Test
  void should_reject_waves_that_are_missing_empty_or_about_strangers() {
    // given
    NavigableMap<Instant, Map<Actor, Profile>> emptyWave = new TreeMap<>();
    emptyWave.put(FEBRUARY, Map.of());
    Actor stranger = Actor.individual("x9", "Stranger");
    NavigableMap<Instant, Map<Actor, Profile>> strangers = new TreeMap<>();
    strangers.put(MARCH, Map.of(stranger, functional(0.1)));

    // then
    assertThatThrownBy(() -> History.fromWaves(V1, new TreeMap<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ownLogicWaves must hold at least one wave, but was empty");
    assertThatThrownBy(() -> History.fromWaves(V1, emptyWave))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "wave at 2026-02-01T00:00:00Z must set at least one own logic, but was empty");
    assertThatThrownBy(() -> History.fromWaves(V1, strangers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer of the wave at 2026-03-01T00:00:00Z must be an actor of base, but"
            + " was 'x9' (not in it)");
  }

  @Test
  void should_reject_a_null_own_logic_in_a_wave_naming_the_customer_and_the_wave() {
    // given
    Map<Actor, Profile> wave = new java.util.HashMap<>();
    wave.put(A, null);
    NavigableMap<Instant, Map<Actor, Profile>> waves = new TreeMap<>();
    waves.put(FEBRUARY, wave);

    // then
    assertThatThrownBy(() -> History.fromWaves(V1, waves))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("own logic of 'a' at 2026-02-01T00:00:00Z");
  }

  @Test
  void should_record_the_changes_a_caller_vouches_for() {
    // when
    History history =
        History.builder().add(JANUARY, V1).add(FEBRUARY, V2, java.util.List.of(A)).build();

    // then
    assertThat(history.ownLogicChanges(1)).hasValueSatisfying(
        changed -> assertThat(changed).containsExactly(A));
    assertThat(history.version(1).ownLogic(B)).isEqualTo(V1.ownLogic(B));
    assertThat(history.version(1).ownLogic(E)).isEmpty();
  }

  @Test
  void should_be_equal_to_a_history_of_the_same_instants_and_equal_versions() {
    // given: the same content rebuilt from scratch, and the changes recorded or not
    ServiceEcosystem v2Again = V1.toBuilder().perspective(A, A, functional(0.5)).build();
    History recorded =
        History.builder().add(JANUARY, V1).add(FEBRUARY, v2Again, Set.of(A)).build();

    // then
    new EqualsTester()
        .addEqualityGroup(
            History.builder().add(JANUARY, V1).add(FEBRUARY, V2).build(), recorded)
        .addEqualityGroup(History.builder().add(JANUARY, V1).add(MARCH, V2).build())
        .addEqualityGroup(History.builder().add(JANUARY, V1).add(FEBRUARY, V3).build())
        .addEqualityGroup(threeVersions())
        .testEquals();
  }
}
