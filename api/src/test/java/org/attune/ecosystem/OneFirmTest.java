package org.attune.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer ecosystem of one customer among the 20,000 one firm serves: the customer's own ties,
 * not the firm's customer base (issue 10).
 */
class OneFirmTest {

  private static final int CUSTOMERS = 20_000;

  private static final Actor FIRM = Actor.organisation("firm", "The firm");
  private static final Actor PARTNER = Actor.organisation("partner", "The firm's partner");
  private static final Actor CLUB = Actor.collective("club", "The running club");

  private static final Profile MODEL =
      Profile.builder().level(Dimension.FUNCTIONAL, 0.5).build();

  private static List<Actor> customers;
  private static ServiceEcosystem eco;

  @BeforeAll
  static void one_firm_serves_twenty_thousand_customers() {
    // given: the firm SERVES every customer (0.8) and PARTNERS_WITH a partner (0.5); customer 0 is
    // INFLUENCED by customer 1, her peer (0.6), and is a MEMBER_OF the club (0.7), as are customers
    // 2 to 9; the firm holds a model of every customer's logic
    customers = new ArrayList<>();
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(FIRM, PARTNER, CLUB);
    for (int i = 0; i < CUSTOMERS; i++) {
      Actor c = Actor.individual("c" + i, "Customer " + i);
      customers.add(c);
      b.add(c).relate(FIRM, RelationType.SERVES, c, 0.8).perspective(FIRM, c, MODEL);
    }
    b.relate(FIRM, RelationType.PARTNERS_WITH, PARTNER, 0.5);
    b.relate(customers.get(1), RelationType.INFLUENCES, customers.get(0), 0.6);
    for (int i = 0; i < 10; i++) {
      b.relate(customers.get(i), RelationType.MEMBER_OF, CLUB, i == 0 ? 0.7 : 1.0);
    }
    eco = b.build();
  }

  @Test
  void should_hold_the_customers_own_ties_and_not_the_firms_other_customers() {
    // given
    Actor customer = customers.get(0);
    Actor peer = customers.get(1);

    // when
    ServiceEcosystem around = eco.around(customer, 2);

    // then: hop 1, her own ties: the firm, her peer, her club; hop 2: the firm's partner. Not the
    // firm's 19,998 other customers, nor the club's other members (customers 2 to 9)
    assertThat(around.elements()).containsExactly(FIRM, PARTNER, CLUB, customer, peer);
    assertThat(around.relationCount())
        .as("firm SERVES customer and peer, PARTNERS_WITH partner; peer INFLUENCES customer;"
            + " customer and peer are MEMBER_OF the club")
        .isEqualTo(6);
    assertThat(around.perspectives().keySet())
        .as("of the firm's 20,000 models, those of the customer and her peer")
        .containsExactly(Perspective.of(FIRM, customer), Perspective.of(FIRM, peer));
  }

  @Test
  void should_rank_only_the_actors_of_the_customers_own_ecosystem() {
    // given
    Actor customer = customers.get(0);

    // when
    List<Influence> ranking = eco.influence(customer);

    // then: firm SERVES 0.8; club: customer MEMBER_OF club 0.7, the club bears on her: 0.7;
    // peer INFLUENCES 0.6; partner PARTNERS_WITH firm 0.5, then SERVES 0.8: 0.5 * 0.8 = 0.4
    assertThat(ranking).extracting(i -> i.actor().id())
        .containsExactly("firm", "club", "c1", "partner");
    assertThat(ranking).extracting(Influence::strength)
        .satisfiesExactly(
            s -> assertThat(s).isCloseTo(0.8, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.7, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.6, offset(1e-12)),
            s -> assertThat(s).isCloseTo(0.4, offset(1e-12)));
    assertThat(ranking.get(3).path()).containsExactly(PARTNER, FIRM, customer);
    assertThat(new InfluenceRanking(eco, customer).reach().elements())
        .as("the ranking looks at the customer ecosystem only: her outgoing MEMBER_OF, then her"
            + " incoming INFLUENCES and SERVES, then at hop 2 the firm's partner")
        .containsExactly(customer, CLUB, customers.get(1), FIRM, PARTNER);
  }

  @Test
  void should_fan_out_to_every_customer_when_every_relation_is_followed() {
    // given
    Actor customer = customers.get(0);

    // when
    ServiceEcosystem neighbourhood = eco.around(customer, 2, Traversal.everyRelation());

    // then: every customer through the firm, the partner and the club
    assertThat(neighbourhood.elementCount()).isEqualTo(CUSTOMERS + 3);
    assertThat(neighbourhood.perspectives()).hasSize(CUSTOMERS);
    assertThat(eco.influence(customer, 2, Traversal.everyRelation()))
        .as("the other customers reached have no chain of effect to the customer")
        .isEqualTo(eco.influence(customer));
  }

  @Test
  void should_reach_the_firms_other_customers_when_they_serve_it_back_unless_the_traversal_refuses() {
    // given: customers 0 to 4 SERVE the firm back (their payment modelled as service)
    Actor customer = customers.get(0);
    ServiceEcosystem.Builder b = eco.toBuilder();
    for (int i = 0; i < 5; i++) {
      b.relate(customers.get(i), RelationType.SERVES, FIRM, 0.3);
    }
    ServiceEcosystem serving = b.build();
    Traversal notIntoCustomers = (c, from, relation, to, hop) ->
        Traversal.customerEcosystem().follows(c, from, relation, to, hop)
            && (from.equals(c) || serving.relation(from, RelationType.SERVES, to).isEmpty());

    // when
    ServiceEcosystem byDefault = serving.around(customer, 2);
    ServiceEcosystem refused = serving.around(customer, 2, notIntoCustomers);

    // then: the known limit: customers 2 to 4 affect the firm, so the default steps to them
    assertThat(byDefault.elements())
        .containsExactly(FIRM, PARTNER, CLUB, customer, customers.get(1), customers.get(2),
            customers.get(3), customers.get(4));
    assertThat(refused.elements()).containsExactly(FIRM, PARTNER, CLUB, customer, customers.get(1));
  }
}
