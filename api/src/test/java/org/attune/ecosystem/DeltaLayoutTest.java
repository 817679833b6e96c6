package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE;
import static org.attune.testlib.scenario.ClinicNetwork.ALICE_LOGIC;
import static org.attune.testlib.scenario.ClinicNetwork.APP;
import static org.attune.testlib.scenario.ClinicNetwork.BOB;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC;
import static org.attune.testlib.scenario.ClinicNetwork.CLINIC_OFFERING;
import static org.attune.testlib.scenario.ClinicNetwork.PHARMACY;
import static org.attune.testlib.scenario.ClinicNetwork.T0;

import java.util.List;
import java.util.Map;
import org.attune.model.Dimension;
import org.attune.model.Episode;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.testlib.scenario.ClinicNetwork;
import org.junit.jupiter.api.Test;

/**
 * Where a version keeps its changes, and what a compaction shares with the base it replaces: own
 * logics in the delta's hash trie alone, and a compaction that leaves the elements (and, if
 * unchanged, the relations and the lists of each actor) of the old base in place. The content is
 * always what a fresh build of it gives.
 */
class DeltaLayoutTest {

  private static final Profile NEW_LOGIC =
      Profile.builder().level(Dimension.of("speed"), 0.3).build();

  @Test
  void own_logics_are_kept_out_of_the_sorted_tree_and_a_holder_still_lists_them_in_subject_order() {
    // given the clinic (index 2), which holds its own logic and one of alice (index 0); a version
    // replaces both and adds one of the pharmacy (index 3), and replaces alice's own logic
    ServiceEcosystem eco = ClinicNetwork.ecosystem();

    // when
    ServiceEcosystem next = eco.toBuilder()
        .perspective(CLINIC, PHARMACY, NEW_LOGIC)
        .perspective(CLINIC, CLINIC, NEW_LOGIC)
        .perspective(CLINIC, ALICE, NEW_LOGIC)
        .perspective(ALICE, ALICE, NEW_LOGIC)
        .build();

    // then the sorted tree holds the two perspectives of others only; the hash trie all four
    Delta d = next.store().delta;
    assertThat(d.perspectives.size()).isEqualTo(2);
    assertThat(d.perspectivePoints.size()).isEqualTo(4);
    // and the clinic's perspectives come by subject index: alice (0), itself (2), pharmacy (3)
    assertThat(next.store().perspectivesOf(2)).extracting(Map.Entry::getKey).containsExactly(
        Perspective.of(CLINIC, ALICE), Perspective.of(CLINIC, CLINIC),
        Perspective.of(CLINIC, PHARMACY));
    assertThat(next.ownLogic(CLINIC)).contains(NEW_LOGIC);
    assertThat(next).isEqualTo(fresh(next)).hasSameHashCodeAs(fresh(next));
    assertThat(next.perspectives()).containsExactlyEntriesOf(fresh(next).perspectives());
  }

  @Test
  void own_logics_set_and_removed_again_leave_the_content_of_a_fresh_build() {
    // given a version that replaced alice's own logic and then one that removes it, and one that
    // removes alice altogether
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ServiceEcosystem replaced = eco.toBuilder().perspective(ALICE, ALICE, NEW_LOGIC).build();

    // when
    ServiceEcosystem dropped = replaced.toBuilder().removePerspective(ALICE, ALICE).build();
    ServiceEcosystem gone = replaced.toBuilder().remove(ALICE).build();

    // then
    assertThat(dropped.ownLogic(ALICE)).isEmpty();
    assertThat(dropped.perspectives()).containsExactlyEntriesOf(fresh(dropped).perspectives());
    assertThat(dropped).isEqualTo(fresh(dropped));
    assertThat(gone.perspectives()).containsExactlyEntriesOf(fresh(gone).perspectives());
    assertThat(gone).isEqualTo(fresh(gone));
    // and the version in between still has the replaced logic
    assertThat(replaced.ownLogic(ALICE)).contains(NEW_LOGIC);
  }

  @Test
  void compacting_a_version_that_changed_perspectives_only_shares_the_rest_of_the_base() {
    // given a version that replaced alice's own logic and added a perspective of the pharmacy
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ServiceEcosystem next = eco.toBuilder()
        .perspective(ALICE, ALICE, NEW_LOGIC)
        .perspective(CLINIC, PHARMACY, NEW_LOGIC)
        .build();
    Base old = next.store().base;

    // when it is folded into a new base
    Store folded = Edits.compact(next.store());

    // then the elements, their ids, the relations and the lists of each actor are the old base's
    Base b = folded.base;
    assertThat(b).isNotSameAs(old);
    assertThat(b.topology).isSameAs(old.topology);
    assertThat(b.indexById).isSameAs(old.indexById);
    assertThat(b.valueInUse).isSameAs(old.valueInUse);
    assertThat(b.episodes).isSameAs(old.episodes);
    assertThat(b.moods).isSameAs(old.moods);
    // the clinic's unchanged own logic keeps its Optional; alice's is the new one
    assertThat(b.ownLogic.get(2)).isSameAs(old.ownLogic.get(2));
    assertThat(b.ownLogic.get(0)).contains(NEW_LOGIC);
    // every perspective the old base held keeps its object, the new one of the pharmacy is added:
    // alice (0) holds (0, 0); bob (1) holds (1, 2); the clinic (2) holds (2, 0), (2, 2), (2, 3)
    assertThat(b.held).hasSize(old.held.length + 1);
    assertThat(b.held[0]).isSameAs(old.held[0]);
    assertThat(b.held[3]).isSameAs(old.held[3]);
    assertThat(b.held[4]).isEqualTo(Perspective.of(CLINIC, PHARMACY));
    assertThat(b.heldFrom).startsWith(0, 1, 2, 5, 5);
    assertThat(folded.delta.weight()).isZero();
    // and the content is the version's, in the same order
    assertThat(folded.perspectives()).containsExactlyEntriesOf(fresh(next).perspectives());
    assertThat(folded.perspectivesOf(2)).isEqualTo(fresh(next).store().perspectivesOf(2));
    assertThat(folded.ownLogic(0)).contains(NEW_LOGIC);
    assertThat(folded.hash()).isEqualTo(next.hashCode());
  }

  @Test
  void compacting_a_version_that_changed_relations_and_episodes_lays_those_out_again() {
    // given a version with a new relation, a re-weight and a new episode, no element added
    ServiceEcosystem eco = ClinicNetwork.ecosystem();
    ServiceEcosystem next = eco.toBuilder()
        .relate(BOB, RelationType.SERVES, ALICE, 0.2)
        .reweight(CLINIC, RelationType.SERVES, ALICE, 0.9)
        .episode(Episode.of(ALICE, APP, T0.plusSeconds(5)))
        .build();
    Base old = next.store().base;

    // when
    Store folded = Edits.compact(next.store());

    // then the relations and episodes are new, the value-in-use and moods shared
    assertThat(folded.base.topology).isNotSameAs(old.topology);
    assertThat(folded.base.topology.elements).isSameAs(old.topology.elements);
    assertThat(folded.base.episodes).isNotSameAs(old.episodes);
    assertThat(folded.base.valueInUse).isSameAs(old.valueInUse);
    Store built = fresh(next).store();
    assertThat(folded.relations()).isEqualTo(built.relations());
    assertThat(folded.episodes()).isEqualTo(built.episodes());
    assertThat(folded.adjacency(0, null, false)).isEqualTo(built.adjacency(0, null, false));
    assertThat(folded.hash()).isEqualTo(next.hashCode());
  }

  @Test
  void a_published_version_keeps_its_own_logics_when_later_versions_replace_them() {
    // given two versions derived from one parent, each replacing alice's own logic differently
    ServiceEcosystem parent = ClinicNetwork.ecosystem().toBuilder()
        .perspective(BOB, BOB, CLINIC_OFFERING).build();

    // when
    ServiceEcosystem one = parent.toBuilder().perspective(ALICE, ALICE, NEW_LOGIC).build();
    ServiceEcosystem two = parent.toBuilder().perspective(ALICE, ALICE, CLINIC_OFFERING)
        .removePerspective(BOB, BOB).build();

    // then each has its own, and the parent is as it was
    assertThat(parent.ownLogic(ALICE)).contains(ALICE_LOGIC);
    assertThat(parent.ownLogic(BOB)).contains(CLINIC_OFFERING);
    assertThat(one.ownLogic(ALICE)).contains(NEW_LOGIC);
    assertThat(one.ownLogic(BOB)).contains(CLINIC_OFFERING);
    assertThat(two.ownLogic(ALICE)).contains(CLINIC_OFFERING);
    assertThat(two.ownLogic(BOB)).isEmpty();
    assertThat(List.of(parent, one, two)).allSatisfy(v -> assertThat(v).isEqualTo(fresh(v)));
  }

  private static ServiceEcosystem fresh(ServiceEcosystem v) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(v.elements())
        .relateAll(v.relations()).episodes(v.episodes()).moods(v.moods());
    for (var e : v.perspectives().entrySet()) {
      Perspective p = e.getKey();
      b.perspective(p.holder(), p.subject(), p.aspect(), e.getValue());
    }
    v.valueInUse().forEach(b::valueInUse);
    return b.build();
  }
}
