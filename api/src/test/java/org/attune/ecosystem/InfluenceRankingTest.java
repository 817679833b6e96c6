package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.EffectFlow;
import org.attune.model.Element;
import org.attune.model.ElementKind;
import org.attune.model.RelationType;
import org.junit.jupiter.api.Test;

class InfluenceRankingTest {

  private static final Actor ALICE = Actor.individual("alice", "Alice");
  private static final Actor BOB = Actor.individual("bob", "Bob");
  private static final Actor CAROL = Actor.individual("carol", "Carol");
  private static final Actor DAN = Actor.organisation("dan", "Dan");

  private static final Actor ANN = Actor.individual("ann", "Ann");
  private static final Actor FIRM = Actor.organisation("firm", "The firm");
  private static final Actor PARTNER = Actor.organisation("partner", "The partner");
  private static final Actor CLUB = Actor.collective("club", "The club");
  private static final Actor COACH = Actor.individual("coach", "Coach");
  private static final Actor ALLY = Actor.organisation("ally", "Ally");
  private static final Activity COOKING = Activity.of("cooking", "Cooking");

  /**
   * Ann's ecosystem, by the flow of each relation's effect:
   *
   * <pre>
   * firm    SERVES ann 0.5           forward:  firm -> ann 0.5
   * ann     SERVES firm 0.9          forward:  ann -> firm, no effect on ann
   * firm    SUPPORTS cooking 0.8     forward:  firm -> cooking 0.8
   * ann     PERFORMS cooking 0.9     backward: cooking -> ann 0.9
   * partner PARTNERS_WITH firm 0.5   mutual:   partner -> firm and firm -> partner 0.5
   * ann     MEMBER_OF club 0.6       backward: club -> ann 0.6
   * coach   INFLUENCES ann 0.6       forward:  coach -> ann 0.6
   * ann     PARTNERS_WITH ally 0.4   mutual:   ally -> ann 0.4
   * </pre>
   */
  private static ServiceEcosystem anns() {
    return ServiceEcosystem.builder()
        .add(ANN, FIRM, PARTNER, CLUB, COACH, ALLY, COOKING)
        .relate(FIRM, RelationType.SERVES, ANN, 0.5)
        .relate(ANN, RelationType.SERVES, FIRM, 0.9)
        .relate(FIRM, RelationType.SUPPORTS, COOKING, 0.8)
        .relate(ANN, RelationType.PERFORMS, COOKING, 0.9)
        .relate(PARTNER, RelationType.PARTNERS_WITH, FIRM, 0.5)
        .relate(ANN, RelationType.MEMBER_OF, CLUB, 0.6)
        .relate(COACH, RelationType.INFLUENCES, ANN, 0.6)
        .relate(ANN, RelationType.PARTNERS_WITH, ALLY, 0.4)
        .build();
  }

  @Test
  void should_rank_by_the_product_of_strengths_along_the_strongest_chain() {
    // given
    ServiceEcosystem eco = anns();

    // when
    InfluenceRanking influence = new InfluenceRanking(eco, ANN);

    // then
    // cooking: ann PERFORMS it 0.9, so cooking -> ann = 0.9
    // firm:    direct SERVES 0.5; firm -SUPPORTS 0.8-> cooking -0.9-> ann = 0.8 * 0.9 = 0.72;
    //          ann SERVES firm runs from ann to the firm and does not count.     max = 0.72
    // club:    ann MEMBER_OF club, backward: 0.6
    // coach:   INFLUENCES ann: 0.6, tied with the club, so by id: club before coach
    // ally:    ann PARTNERS_WITH ally, mutual, so ally -> ann: 0.4
    // partner: PARTNERS_WITH firm, mutual: 0.5 * 0.72 = 0.36
    assertThat(influence.ranking()).extracting(i -> i.actor().id())
        .containsExactly("firm", "club", "coach", "ally", "partner");
    assertThat(influence.ranking()).extracting(Influence::strength)
        .satisfiesExactly(
            s -> assertThat(s).isCloseTo(0.72, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.6, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.6, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.4, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.36, offset(1e-12)));
    assertThat(influence.ranking().get(0).path()).containsExactly(FIRM, COOKING, ANN);
    assertThat(influence.ranking().get(3).path()).containsExactly(ALLY, ANN);
    assertThat(influence.ranking().get(4).path()).containsExactly(PARTNER, FIRM, COOKING, ANN);
    assertThat(eco.influence(ANN)).isEqualTo(influence.ranking());
  }

  @Test
  void should_keep_the_chain_found_first_when_two_are_equally_strong() {
    // given: firm SERVES ann 0.5 directly, and firm -SUPPORTS 0.5-> cooking -PERFORMS 1.0-> ann,
    // 0.5 * 1.0 = 0.5 as well
    ServiceEcosystem eco = ServiceEcosystem.builder()
        .add(ANN, FIRM, COOKING)
        .relate(FIRM, RelationType.SERVES, ANN, 0.5)
        .relate(FIRM, RelationType.SUPPORTS, COOKING, 0.5)
        .relate(ANN, RelationType.PERFORMS, COOKING)
        .build();

    // when
    InfluenceRanking influence = new InfluenceRanking(eco, ANN);

    // then: the direct chain is found first, from ann; the equal one through cooking does not
    // replace it
    assertThat(influence.ranking()).singleElement().satisfies(i -> {
      assertThat(i.strength()).isEqualTo(0.5);
      assertThat(i.path()).containsExactly(FIRM, ANN);
    });
    assertThat(influence.customer()).isEqualTo(ANN);
  }

  @Test
  void should_score_every_element_and_the_customer_zero() {
    // given
    InfluenceRanking influence = new InfluenceRanking(anns(), ANN);

    // when
    Map<Element, Double> scores = influence.getScores();

    // then: every element of the ecosystem, cooking with its own chain (0.9), ann with 0
    assertThat(scores).hasSize(7).containsEntry(ANN, 0.0);
    assertThat(scores.get(COOKING)).isCloseTo(0.9, offset(1e-12));
    assertThat(scores.get(FIRM)).isCloseTo(0.72, offset(1e-12));
    assertThat(influence.getVertexScore(PARTNER)).isCloseTo(0.36, offset(1e-12));
    assertThat(influence.getVertexScore(ANN)).isEqualTo(0.0);
    assertThatThrownBy(() -> scores.put(ANN, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> scores.remove(FIRM))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(influence.toString()).isEqualTo("InfluenceRanking{'ann', radius 2, 5 actors}");
  }

  @Test
  void should_score_zero_an_element_outside_the_customer_ecosystem() {
    // given: at radius 1 the partner, two steps away, is outside
    InfluenceRanking influence = new InfluenceRanking(anns(), ANN, 1);

    // then
    assertThat(influence.getVertexScore(PARTNER)).isEqualTo(0.0);
    assertThat(influence.ranking()).extracting(i -> i.actor().id())
        .containsExactly("firm", "club", "coach", "ally");
  }

  @Test
  void should_let_a_user_declared_backward_type_carry_effect_to_the_source() {
    // given: ann ATTENDS the clinic's course; declared forward the effect runs from ann to the
    // course, declared backward (as MEMBER_OF) the course bears on ann
    RelationType attendsForward =
        RelationType.of("ATTENDS", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR));
    RelationType attendsBackward =
        RelationType.of("ATTENDS", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR),
            EffectFlow.BACKWARD);
    Actor course = Actor.organisation("course", "Cooking course");
    ServiceEcosystem forward =
        anns().toBuilder().add(course).relate(ANN, attendsForward, course, 0.7).build();
    ServiceEcosystem backward =
        anns().toBuilder().add(course).relate(ANN, attendsBackward, course, 0.7).build();

    // when
    List<Influence> whenForward = forward.influence(ANN);
    List<Influence> whenBackward = backward.influence(ANN);

    // then: forward, the course has no chain to ann; backward, course -> ann = 0.7, second after
    // the firm's 0.72
    assertThat(whenForward).extracting(i -> i.actor().id())
        .containsExactly("firm", "club", "coach", "ally", "partner");
    assertThat(whenBackward).extracting(i -> i.actor().id())
        .containsExactly("firm", "course", "club", "coach", "ally", "partner");
    assertThat(whenBackward.get(1).strength()).isCloseTo(0.7, offset(1e-12));
  }

  @Test
  void should_follow_the_traversal_it_is_given() {
    // given: a traversal that never leaves the customer's own ties
    Traversal ownTiesOnly = (customer, from, relation, to, hop) -> from.equals(customer);

    // when
    InfluenceRanking influence = new InfluenceRanking(anns(), ANN, 2, ownTiesOnly);

    // then: the partner, two steps away, is not looked at
    assertThat(influence.ranking()).extracting(i -> i.actor().id())
        .containsExactly("firm", "club", "coach", "ally");
    assertThat(anns().influence(ANN, 2, ownTiesOnly)).isEqualTo(influence.ranking());
  }

  @Test
  void should_reject_bad_arguments_naming_the_field_the_value_and_what_was_expected() {
    // given
    ServiceEcosystem eco = anns();
    Traversal cdl = Traversal.customerEcosystem();

    // then
    assertThatThrownBy(() -> new InfluenceRanking(null, ANN, 2, cdl))
        .isInstanceOf(NullPointerException.class).hasMessage("ecosystem");
    assertThatThrownBy(() -> new InfluenceRanking(eco, null, 2, cdl))
        .isInstanceOf(NullPointerException.class).hasMessage("customer");
    assertThatThrownBy(() -> new InfluenceRanking(eco, BOB, 2, cdl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be an actor of this ecosystem, but was 'bob'");
    assertThatThrownBy(() -> new InfluenceRanking(eco, ANN, -1, cdl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("radius must be >= 0, but was -1");
    assertThatThrownBy(() -> new InfluenceRanking(eco, ANN, 2, null))
        .isInstanceOf(NullPointerException.class).hasMessage("traversal");
    InfluenceRanking influence = new InfluenceRanking(eco, ANN);
    assertThatThrownBy(() -> influence.getVertexScore(BOB))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vertex must be an element of this ecosystem, but was 'bob'");
    assertThatThrownBy(() -> influence.getVertexScore(null))
        .isInstanceOf(NullPointerException.class).hasMessage("vertex");
  }

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
