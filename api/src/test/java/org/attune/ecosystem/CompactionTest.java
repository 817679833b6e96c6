package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.T0;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

/**
 * A long stream of single changes folds the delta of a version into a new base once it holds more
 * than {@link Edits#COMPACTION_MIN} entries; the versions on either side of the fold, and every one
 * kept from before it, still equal the same content built from scratch.
 */
class CompactionTest {

  @Test
  void a_stream_of_changes_is_folded_into_a_new_base_and_every_version_keeps_its_content() {
    // given the clinic, and a stream of changes: a new customer served by the clinic, its own
    // logic, an episode of alice, a re-weight, and now and then the removal of an earlier customer
    ServiceEcosystem v = ClinicNetwork.ecosystem();
    List<ServiceEcosystem> kept = new ArrayList<>();
    List<Actor> customers = new ArrayList<>();
    Profile logic = ClinicNetwork.ALICE_LOGIC;
    int folds = 0;
    int steps = Edits.COMPACTION_MIN / 2 + 200;

    // when
    for (int k = 0; k < steps; k++) {
      Actor c = Actor.individual("c" + k, "Customer");
      ServiceEcosystem.Builder b = v.toBuilder()
          .add(c)
          .relate(CLINIC, RelationType.SERVES, c, 0.5)
          .perspective(c, c, logic)
          .episode(Episode.of(ALICE, APP, T0.plusSeconds(k)))
          .reweight(CLINIC, RelationType.SERVES, ALICE, k % 2 == 0 ? 0.4 : 0.6);
      if (k % 10 == 9) {
        b.remove(customers.get(k - 5));
      }
      customers.add(c);
      int before = v.store().delta.weight();
      v = b.build();
      if (v.store().delta.weight() < before) {
        folds++;
      }
      if (k % 500 == 0) {
        kept.add(v);
      }
    }

    // then the delta was folded at least once, and the last version is its content built afresh
    assertThat(folds).isPositive();
    assertThat(v).isEqualTo(fresh(v)).hasSameHashCodeAs(fresh(v));
    assertThat(v.elements()).isEqualTo(fresh(v).elements());
    assertThat(v.relations()).isEqualTo(fresh(v).relations());
    assertThat(v.perspectives()).containsExactlyEntriesOf(fresh(v).perspectives());
    assertThat(v.episodes()).isEqualTo(fresh(v).episodes());
    // of every 10 customers added, 1 was removed (k = 9, 19, ...: 224 of 2,248); the clinic also
    // serves those of the fixture
    int served = ClinicNetwork.ecosystem().relations(CLINIC, RelationType.SERVES, Direction.OUTGOING)
        .size();
    assertThat(v.relations(CLINIC, RelationType.SERVES, Direction.OUTGOING))
        .hasSize(served + steps - steps / 10);
    for (ServiceEcosystem old : kept) {
      assertThat(old).isEqualTo(fresh(old));
      assertThat(old.elements()).isEqualTo(fresh(old).elements());
    }
  }

  private static ServiceEcosystem fresh(ServiceEcosystem v) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(v.elements())
        .relateAll(v.relations()).episodes(v.episodes());
    for (var e : v.perspectives().entrySet()) {
      Perspective p = e.getKey();
      b.perspective(p.holder(), p.subject(), e.getValue());
    }
    v.valueInUse().forEach(b::valueInUse);
    return b.build();
  }
}
