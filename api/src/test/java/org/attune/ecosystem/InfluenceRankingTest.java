package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

class InfluenceRankingTest {

  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor BOB = Actor.individual("bob", "Bob");
  private static final Actor CAROL = Actor.individual("carol", "Carol");
  private static final Actor DAN = Actor.organisation("dan", "Dan");

  @Test
  void should_keep_the_strongest_of_two_relations_joining_a_pair_whichever_comes_first() {
    // given bob: INFLUENCES 0.7 then SERVES 0.4; carol: INFLUENCES 0.4 then SERVES 0.7
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, BOB, CAROL)
            .relate(BOB, RelationType.INFLUENCES, ALICE, 0.7)
            .relate(BOB, RelationType.SERVES, ALICE, 0.4)
            .relate(CAROL, RelationType.INFLUENCES, ALICE, 0.4)
            .relate(CAROL, RelationType.SERVES, ALICE, 0.7)
            .build();
    // when
    List<Influence> ranking = eco.influence(ALICE);
    // then: both max(0.7, 0.4) = 0.7, tied, so by id
    assertThat(ranking).extracting(i -> i.actor().id()).containsExactly("bob", "carol");
    assertThat(ranking.get(0).strength()).isCloseTo(0.7, offset(1e-12));
    assertThat(ranking.get(1).strength()).isCloseTo(0.7, offset(1e-12));
  }

  @Test
  void should_let_a_partnership_carry_effect_both_ways() {
    // given alice PARTNERS_WITH dan 0.6: the effect flows from dan back to alice too
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ALICE, DAN)
            .relate(ALICE, RelationType.PARTNERS_WITH, DAN, 0.6)
            .build();
    // when / then: dan -0.6-> alice
    assertThat(eco.influence(ALICE)).singleElement()
        .satisfies(i -> {
          assertThat(i.actor()).isEqualTo(DAN);
          assertThat(i.strength()).isCloseTo(0.6, offset(1e-12));
          assertThat(i.path()).containsExactly(DAN, ALICE);
        });
    assertThat(eco.influence(DAN)).extracting(Influence::actor).containsExactly(ALICE);
  }

  @Test
  void should_accept_a_full_strength_of_one_and_refuse_more_or_none() {
    // given / when
    Influence full = new Influence(BOB, 1.0, List.of(BOB, ALICE));
    // then
    assertThat(full.strength()).isEqualTo(1.0);
    assertThatThrownBy(() -> new Influence(BOB, 1.0000001, List.of(BOB, ALICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strength must be a number in (0, 1], but was 1.0000001");
    assertThatThrownBy(() -> new Influence(BOB, 0.0, List.of(BOB, ALICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strength must be a number in (0, 1], but was 0.0");
  }
}
