package org.attune.dominance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import org.assertj.core.data.Offset;
import java.time.Instant;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Episode;
import org.attune.model.Initiative;
import org.attune.model.JourneyStage;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.ValueInUse;
import org.attune.testlib.scenario.Orchestra;
import org.junit.jupiter.api.Test;

class CustomerDominanceTest {

  static final Offset<Double> EXACT = within(1e-12);

  static final Actor PAT = Actor.individual("pat", "Pat");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor LAB = Actor.organisation("lab", "Lab");
  static final Actor FAMILY = Actor.collective("family", "Pat's family");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Corner Pharmacy");

  /** The same patient and clinic; only pat's value-in-use differs between arrangements. */
  static ServiceEcosystem arrangement(ValueInUse... values) {
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder()
            .add(PAT, CLINIC, LAB, FAMILY, PHARMACY)
            .relate(CLINIC, RelationType.SERVES, PAT)
            .relate(PAT, RelationType.SERVES, CLINIC);
    for (ValueInUse v : values) {
      b.valueInUse(v);
    }
    return b.build();
  }

  static ServiceEcosystem providerDominant() {
    return Orchestra.providerDominant();
  }

  static ServiceEcosystem coCreation() {
    return Orchestra.coCreation();
  }

  static ServiceEcosystem customerDominant() {
    return Orchestra.customerDominant();
  }

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Episode episode(Actor customer, Touchpoint at, int day, Initiative initiative) {
    return Episode.builder(customer, at, T0.plusSeconds(86_400L * day))
        .initiative(initiative)
        .build();
  }

  @Test
  void the_audience_reads_as_an_exchange_the_firm_conducting() {
    // given: the essay's exchange: W = 0.6 + 0.3 + 0.1 = 1.0; the clinic initiated 2, Pat 1
    ServiceEcosystem eco = providerDominant();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0.9, s_J = 0.1, s_C = 0
    assertThat(d.totalWeight()).isCloseTo(1.0, EXACT);
    assertThat(d.share(Sphere.PROVIDER).getAsDouble()).isCloseTo(0.9, EXACT);
    assertThat(d.share(Sphere.JOINT).getAsDouble()).isCloseTo(0.1, EXACT);
    assertThat(d.share(Sphere.CUSTOMER).getAsDouble()).isZero();
    // sides: clinic SERVES pat (provider); lab has no tie and contributes to provider-sphere value
    assertThat(d.side(CLINIC)).contains(Side.PROVIDER);
    assertThat(d.side(LAB)).contains(Side.PROVIDER);
    assertThat(d.side(PAT)).contains(Side.CUSTOMER);
    // carried: the provider sphere is the provider side's (σ = 0); joint 0.1 halved:
    // clinic 0.6 + 0.3/2 + 0.1/2 = 0.8; lab 0.3/2 = 0.15; pat 0.1/2 = 0.05
    assertThat(d.ranking()).extracting(ActorShare::actor).containsExactly(CLINIC, LAB, PAT);
    assertThat(d.ranking()).extracting(ActorShare::side)
        .containsExactly(Side.PROVIDER, Side.PROVIDER, Side.CUSTOMER);
    assertThat(d.carried(CLINIC).getAsDouble()).isCloseTo(0.8, EXACT);
    assertThat(d.carried(LAB).getAsDouble()).isCloseTo(0.15, EXACT);
    assertThat(d.carried(PAT).getAsDouble()).isCloseTo(0.05, EXACT);
    assertThat(d.valueLeader()).contains(CLINIC);
    // j_c = (0.1/2) / 0.1 = 0.5; D = 0 + 0.1 * 0.5 = 0.05
    assertThat(d.customerShareOfJoint().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.index().getAsDouble()).isCloseTo(0.05, EXACT);
    assertThat(d.reading()).contains(DominanceReading.PROVIDER_DOMINANT);
    // control: K = 1 / (1 + 2) = 1/3 < 1/2: the provider's side conducts; D < 1/3: exchange
    assertThat(d.initiated(Initiative.PROVIDER)).isEqualTo(2);
    assertThat(d.initiated(Initiative.CUSTOMER)).isEqualTo(1);
    assertThat(d.controlShare().getAsDouble()).isCloseTo(1.0 / 3, EXACT);
    assertThat(d.conductor()).contains(Side.PROVIDER);
    assertThat(d.arrangement()).contains(Arrangement.EXCHANGE);
    assertThat(d.invites(CLINIC)).isTrue();
  }

  @Test
  void customers_on_stage_co_create_but_the_firm_conducts() {
    // given: the essay's co-creation on stage: W = 0.8 + 0.1 + 0.1 = 1.0; clinic initiated 3, Pat 1
    ServiceEcosystem eco = coCreation();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0.1, s_J = 0.8, s_C = 0.1
    assertThat(d.shares())
        .containsOnlyKeys(Sphere.PROVIDER, Sphere.JOINT, Sphere.CUSTOMER)
        .hasEntrySatisfying(Sphere.JOINT, s -> assertThat(s).isCloseTo(0.8, EXACT));
    // carried: pat 0.8/2 + 0.1 = 0.5; clinic 0.8/2 + 0.1 = 0.5: a tie in value weight
    assertThat(d.valueLeaders()).containsExactly(CLINIC, PAT);
    assertThat(d.valueLeader()).isEmpty();
    // D = 0.1 + 0.8 * 0.5 = 0.5: the value is co-created
    assertThat(d.index().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CO_CREATION);
    // control: K = 1 / (1 + 3) = 0.25: the firm directs, as the essay says of the stage
    assertThat(d.controlShare().getAsDouble()).isCloseTo(0.25, EXACT);
    assertThat(d.conductor()).contains(Side.PROVIDER);
    assertThat(d.arrangement()).contains(Arrangement.CO_CREATION_LED_BY_PROVIDER);
    assertThat(d.invitation(CLINIC).getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.explanation())
        .isEqualTo(
            "The value-in-use of 'pat' forms 10.0% in the provider sphere, 80.0% in the joint"
                + " sphere and 10.0% in the customer sphere; dominance index 0.500"
                + " (co-creation). ['clinic', 'pat'] carry the most value, 50.0% each."
                + " The customer initiated 1 and the provider 3 of 4 episodes (control share"
                + " 0.250): the provider's side conducts; arrangement"
                + " co-creation-led-by-provider.");
  }

  @Test
  void the_customer_orchestrating_reads_as_customer_dominant_the_worked_example() {
    // given: W = 0.5 + |-0.3| + 0.2 = 1.0; Pat initiated 3, the clinic 1
    ServiceEcosystem eco = customerDominant();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0, s_J = 0.2, s_C = 0.8
    assertThat(d.share(Sphere.CUSTOMER).getAsDouble()).isCloseTo(0.8, EXACT);
    // sides: the family has no tie and contributes only in pat's sphere; the pharmacy in joint value
    assertThat(d.side(FAMILY)).contains(Side.CUSTOMER);
    assertThat(d.side(PHARMACY)).contains(Side.PROVIDER);
    // carried: pat 0.5 + 0.3/2 + 0.2/2 = 0.75; family 0.15; pharmacy 0.10
    assertThat(d.ranking())
        .extracting(ActorShare::actor)
        .containsExactly(PAT, FAMILY, PHARMACY);
    assertThat(d.ranking().get(0).share()).isCloseTo(0.75, EXACT);
    assertThat(d.ranking().get(1).weight()).isCloseTo(0.15, EXACT);
    assertThat(d.valueLeader()).contains(PAT);
    // j_c = (0.2/2) / 0.2 = 0.5; D = 0.8 + 0.2 * 0.5 = 0.9
    assertThat(d.index().getAsDouble()).isCloseTo(0.9, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CUSTOMER_DOMINANT);
    // control: K = 3 / (3 + 1) = 0.75: the customer orchestrates
    assertThat(d.controlShare().getAsDouble()).isCloseTo(0.75, EXACT);
    assertThat(d.conductor()).contains(Side.CUSTOMER);
    assertThat(d.arrangement()).contains(Arrangement.CUSTOMER_DOMINANT);
    // the clinic must get invited in: the pharmacy is, the clinic is not
    assertThat(d.invites(PHARMACY)).isTrue();
    assertThat(d.invites(CLINIC)).isFalse();
    assertThat(d.invitation(CLINIC).getAsDouble()).isZero();
    assertThat(d.carried(CLINIC).getAsDouble()).isZero();
    assertThat(d.explanation())
        .isEqualTo(
            "The value-in-use of 'pat' forms 0.0% in the provider sphere, 20.0% in the joint"
                + " sphere and 80.0% in the customer sphere; dominance index 0.900"
                + " (customer-dominant). 'pat' carries the most value, 75.0%."
                + " The customer initiated 3 and the provider 1 of 4 episodes (control share"
                + " 0.750): the customer's side conducts; arrangement customer-dominant.");
    assertThat(d)
        .hasToString("CustomerDominance{pat: index 0.900, CUSTOMER_DOMINANT, conductor CUSTOMER}");
  }

  @Test
  void three_members_of_staff_on_stage_take_the_provider_half_of_joint_value_together() {
    // given: a concert; ana sings on stage with three musicians, members of the orchestra that
    // serves her; JOINT 0.9 {ana, violin, cello, oboe}; PROVIDER 0.1 {orchestra} (the hall);
    // the orchestra invited her on stage: it initiated 3 episodes, she 1; one of unknown initiative
    // and one started by a friend (OTHER) name no side
    Actor ana = Actor.individual("ana", "Ana");
    Actor orchestra = Actor.organisation("orchestra", "City Orchestra");
    Actor violin = Actor.individual("violin", "V");
    Actor cello = Actor.individual("cello", "C");
    Actor oboe = Actor.individual("oboe", "O");
    Touchpoint stage =
        Touchpoint.of("stage", "Stage", TouchpointOwnership.BRAND_OWNED, JourneyStage.POSTPURCHASE);
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(ana, orchestra, violin, cello, oboe, stage)
            .relate(orchestra, RelationType.SERVES, ana)
            .relate(violin, RelationType.MEMBER_OF, orchestra)
            .relate(cello, RelationType.MEMBER_OF, orchestra)
            .relate(oboe, RelationType.MEMBER_OF, orchestra)
            .relate(orchestra, RelationType.OPERATES, stage)
            .valueInUse(ValueInUse.of(ana, Sphere.JOINT, 0.9, violin, cello, oboe))
            .valueInUse(ValueInUse.of(ana, Sphere.PROVIDER, 0.1, orchestra))
            .episode(episode(ana, stage, 0, Initiative.PROVIDER))
            .episode(episode(ana, stage, 1, Initiative.PROVIDER))
            .episode(episode(ana, stage, 2, Initiative.CUSTOMER))
            .episode(episode(ana, stage, 3, Initiative.PROVIDER))
            .episode(episode(ana, stage, 4, Initiative.UNKNOWN))
            .episode(episode(ana, stage, 5, Initiative.OTHER))
            .build();

    // when
    CustomerDominance d = CustomerDominance.of(eco, ana);

    // then: the musicians are staff: provider's side
    assertThat(d.side(violin)).contains(Side.PROVIDER);
    // by side, not head count: σ = 1/2, so D = (0.9 * 1/2 + 0.1 * 0) / 1.0 = 0.45
    // (by head count it was 0.9 / 4 = 0.225, provider-dominant)
    assertThat(d.index().getAsDouble()).isCloseTo(0.45, EXACT);
    assertThat(d.customerShareOfJoint().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CO_CREATION);
    // carried: ana 0.45; each musician 0.45/3 = 0.15; orchestra 0.1; ana carries the most value...
    assertThat(d.carried(ana).getAsDouble()).isCloseTo(0.45, EXACT);
    assertThat(d.carried(cello).getAsDouble()).isCloseTo(0.15, EXACT);
    assertThat(d.carried(orchestra).getAsDouble()).isCloseTo(0.1, EXACT);
    assertThat(d.valueLeader()).contains(ana);
    // ...but K = 1 / (1 + 3) = 0.25 (the unknown and the other left out): the firm conducts
    assertThat(d.initiated(Initiative.UNKNOWN)).isEqualTo(1);
    assertThat(d.initiated(Initiative.OTHER)).isEqualTo(1);
    assertThat(d.controlShare().getAsDouble()).isCloseTo(0.25, EXACT);
    assertThat(d.conductor()).contains(Side.PROVIDER);
    assertThat(d.arrangement()).contains(Arrangement.CO_CREATION_LED_BY_PROVIDER);
  }

  @Test
  void three_members_of_staff_do_not_make_joint_value_provider_dominant() {
    // given: JOINT 1.0 {pat, n1, n2, n3}, the nurses members of the clinic
    Actor n1 = Actor.individual("n1", "N1");
    Actor n2 = Actor.individual("n2", "N2");
    Actor n3 = Actor.individual("n3", "N3");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PAT, CLINIC, n1, n2, n3)
            .relate(CLINIC, RelationType.SERVES, PAT)
            .relate(n1, RelationType.MEMBER_OF, CLINIC)
            .relate(n2, RelationType.MEMBER_OF, CLINIC)
            .relate(n3, RelationType.MEMBER_OF, CLINIC)
            .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 1.0, n1, n2, n3))
            .build();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: split by side, not head count: D = 1.0 * 1/2 = 0.5 (was 1/4)
    assertThat(d.index().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CO_CREATION);
    // pat 0.5; each nurse 0.5/3
    assertThat(d.carried(n2).getAsDouble()).isCloseTo(0.5 / 3, EXACT);
    assertThat(d.valueLeader()).contains(PAT);
  }

  @Test
  void the_side_of_a_contributor_follows_its_ties_first_then_where_it_contributes() {
    // given: lab partners with the clinic; nurse works at the clinic; pat belongs to the household,
    // as does her brother; the club serves pat and she is a member of it; a stranger joins joint
    // value, a neighbour only her own sphere; an idle actor has no tie and contributes nothing
    Actor nurse = Actor.individual("nurse", "N");
    Actor household = Actor.collective("household", "H");
    Actor brother = Actor.individual("brother", "B");
    Actor club = Actor.organisation("club", "Club");
    Actor stranger = Actor.individual("stranger", "S");
    Actor neighbour = Actor.individual("neighbour", "Ne");
    Actor idle = Actor.individual("idle", "I");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PAT, CLINIC, LAB, nurse, household, brother, club, stranger, neighbour, idle)
            .relate(CLINIC, RelationType.SERVES, PAT)
            .relate(LAB, RelationType.PARTNERS_WITH, CLINIC)
            .relate(nurse, RelationType.MEMBER_OF, CLINIC)
            .relate(PAT, RelationType.MEMBER_OF, household)
            .relate(brother, RelationType.MEMBER_OF, household)
            .relate(club, RelationType.SERVES, PAT)
            .relate(PAT, RelationType.MEMBER_OF, club)
            .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 0.4, stranger, brother))
            .valueInUse(ValueInUse.of(PAT, Sphere.CUSTOMER, 0.2, neighbour))
            .build();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then
    assertThat(d.side(PAT)).contains(Side.CUSTOMER);
    assertThat(d.side(CLINIC)).contains(Side.PROVIDER);
    assertThat(d.side(LAB)).contains(Side.PROVIDER);
    assertThat(d.side(nurse)).contains(Side.PROVIDER);
    assertThat(d.side(club)).contains(Side.PROVIDER);
    assertThat(d.side(household)).contains(Side.CUSTOMER);
    assertThat(d.side(brother)).contains(Side.CUSTOMER);
    assertThat(d.side(stranger)).contains(Side.PROVIDER);
    assertThat(d.side(neighbour)).contains(Side.CUSTOMER);
    assertThat(d.side(idle)).isEmpty();
    // W = 0.6; joint 0.4: customer side {pat, brother} 0.2, provider side {stranger} 0.2;
    // customer 0.2: {pat, neighbour} 0.1 each. D = (0.2 + 0.2) / 0.6 = 2/3
    assertThat(d.index().getAsDouble()).isCloseTo(2.0 / 3, EXACT);
    assertThat(d.carried(PAT).getAsDouble()).isCloseTo((0.1 + 0.1) / 0.6, EXACT);
    assertThat(d.carried(stranger).getAsDouble()).isCloseTo(0.2 / 0.6, EXACT);
  }

  @Test
  void joint_value_among_the_customer_own_side_only_is_all_the_customer_side() {
    // given: JOINT 0.5 {pat, household}, pat a member of the household
    Actor household = Actor.collective("household", "H");
    ServiceEcosystem eco =
        ServiceEcosystem.builder()
            .add(PAT, household)
            .relate(PAT, RelationType.MEMBER_OF, household)
            .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 0.5, household))
            .build();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: no provider side takes part: σ = 1, D = 1, j_c = 1; 0.25 each
    assertThat(d.index().getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.customerShareOfJoint().getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.carried(household).getAsDouble()).isCloseTo(0.5, EXACT);
  }

  @Test
  void the_same_customer_under_three_arrangements_gives_three_clearly_different_readings() {
    // when
    CustomerDominance provider = CustomerDominance.of(providerDominant(), PAT);
    CustomerDominance shared = CustomerDominance.of(coCreation(), PAT);
    CustomerDominance customer = CustomerDominance.of(customerDominant(), PAT);

    // then: 0.05 < 0.5 < 0.9, each at least 0.4 from the next, each in its own third
    assertThat(provider.reading()).contains(DominanceReading.PROVIDER_DOMINANT);
    assertThat(shared.reading()).contains(DominanceReading.CO_CREATION);
    assertThat(customer.reading()).contains(DominanceReading.CUSTOMER_DOMINANT);
    assertThat(shared.index().getAsDouble() - provider.index().getAsDouble())
        .isGreaterThanOrEqualTo(0.4);
    assertThat(customer.index().getAsDouble() - shared.index().getAsDouble())
        .isGreaterThanOrEqualTo(0.4);
    assertThat(provider.arrangement()).contains(Arrangement.EXCHANGE);
    assertThat(shared.arrangement()).contains(Arrangement.CO_CREATION_LED_BY_PROVIDER);
    assertThat(customer.arrangement()).contains(Arrangement.CUSTOMER_DOMINANT);
    assertThat(provider.conductor()).contains(Side.PROVIDER);
    assertThat(shared.conductor()).contains(Side.PROVIDER);
    assertThat(customer.conductor()).contains(Side.CUSTOMER);
  }

  @Test
  void without_value_in_use_every_number_is_undefined_with_a_reason() {
    // given
    ServiceEcosystem eco = arrangement();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then
    assertThat(d.isDefined()).isFalse();
    assertThat(d.undefinedReason()).contains("'pat' has no value-in-use: there is nothing to share");
    assertThat(d.valueInUseCount()).isZero();
    assertThat(d.totalWeight()).isZero();
    assertThat(d.index()).isEmpty();
    assertThat(d.reading()).isEmpty();
    assertThat(d.shares()).isEmpty();
    assertThat(d.share(Sphere.JOINT)).isEmpty();
    assertThat(d.customerShareOfJoint()).isEmpty();
    assertThat(d.ranking()).isEmpty();
    assertThat(d.valueLeaders()).isEmpty();
    assertThat(d.valueLeader()).isEmpty();
    assertThat(d.carried(CLINIC)).isEmpty();
    assertThat(d.invites(CLINIC)).isFalse();
    assertThat(d.invitation(CLINIC)).isEmpty();
    assertThat(d.isControlDefined()).isFalse();
    assertThat(d.controlShare()).isEmpty();
    assertThat(d.conductor()).isEmpty();
    assertThat(d.arrangement()).isEmpty();
    assertThat(d.explanation())
        .isEqualTo(
            "Customer dominance is undefined: 'pat' has no value-in-use: there is nothing to"
                + " share. Who conducts is unknown: 'pat' has no episodes: nobody is known to"
                + " take the initiative.");
    assertThat(d).hasToString("CustomerDominance{pat: undefined}");
  }

  @Test
  void episodes_that_name_no_side_leave_control_undefined_and_equal_initiative_leaves_no_conductor() {
    // given: one episode of unknown initiative; then one each way
    Touchpoint desk = Orchestra.DESK;
    ServiceEcosystem unknown =
        arrangement(ValueInUse.of(PAT, Sphere.JOINT, 0.6, CLINIC)).toBuilder()
            .add(desk)
            .episode(episode(PAT, desk, 0, Initiative.UNKNOWN))
            .build();
    ServiceEcosystem equal =
        unknown.toBuilder()
            .episode(episode(PAT, desk, 1, Initiative.CUSTOMER))
            .episode(episode(PAT, desk, 2, Initiative.PROVIDER))
            .build();

    // when
    CustomerDominance u = CustomerDominance.of(unknown, PAT);
    CustomerDominance e = CustomerDominance.of(equal, PAT);

    // then
    assertThat(u.controlUndefinedReason())
        .contains(
            "none of the 1 episodes of 'pat' records whether the customer or the provider took"
                + " the initiative");
    assertThat(u.arrangement()).isEmpty();
    // K = 1 / (1 + 1) = 0.5: neither conducts; D = 0.6 * 1/2 / 0.6 = 0.5 >= 1/3
    assertThat(e.controlShare().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(e.conductor()).isEmpty();
    assertThat(e.arrangement()).contains(Arrangement.CO_CREATION_BETWEEN_EQUALS);
    assertThat(e).hasToString("CustomerDominance{pat: index 0.500, CO_CREATION, conductor none}");
  }

  @Test
  void the_arrangement_table_holds_at_its_bounds() {
    // customer takes more initiative: customer-dominant whatever the index
    assertThat(Arrangement.of(0, 2, 1)).isEqualTo(Arrangement.CUSTOMER_DOMINANT);
    // provider takes more: exchange below 1/3, led co-creation from 1/3
    assertThat(Arrangement.of(Math.nextDown(1.0 / 3), 1, 2)).isEqualTo(Arrangement.EXCHANGE);
    assertThat(Arrangement.of(1.0 / 3, 1, 2)).isEqualTo(Arrangement.CO_CREATION_LED_BY_PROVIDER);
    assertThat(Arrangement.of(1, 0, 1)).isEqualTo(Arrangement.CO_CREATION_LED_BY_PROVIDER);
    // equal initiative
    assertThat(Arrangement.of(0.2, 1, 1)).isEqualTo(Arrangement.EXCHANGE);
    assertThat(Arrangement.of(0.9, 1, 1)).isEqualTo(Arrangement.CO_CREATION_BETWEEN_EQUALS);
    assertThatThrownBy(() -> Arrangement.of(0.5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerInitiated + providerInitiated must be at least 1, but both were 0");
    assertThatThrownBy(() -> Arrangement.of(0.5, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerInitiated must be a count >= 0, but was -1");
    assertThatThrownBy(() -> Arrangement.of(0.5, 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("providerInitiated must be a count >= 0, but was -2");
    assertThatThrownBy(() -> Arrangement.of(1.5, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be a number in [0, 1], but was 1.5");
  }

  @Test
  void value_in_use_of_valence_zero_gives_no_weight_to_share() {
    // given: the clinic takes part, but the value is neither gained nor lost
    ServiceEcosystem eco = arrangement(ValueInUse.of(PAT, Sphere.JOINT, 0.0, CLINIC));

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: the clinic is present, hence invited; but there is no weight for a share
    assertThat(d.isDefined()).isFalse();
    assertThat(d.undefinedReason())
        .contains("the 1 value-in-use of 'pat' all have valence 0: there is no weight to share");
    assertThat(d.invites(CLINIC)).isTrue();
    assertThat(d.invitation(CLINIC)).isEmpty();
  }

  @Test
  void provider_sphere_value_with_no_provider_named_is_carried_by_the_customer_yet_not_conducted() {
    // given: W = 0.4, all in the provider sphere, no provider named
    ServiceEcosystem eco = arrangement(ValueInUse.of(PAT, Sphere.PROVIDER, 0.4));

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: pat carries 0.4/0.4 = 1 (nobody on the provider's side could), but D = 0: the
    // provider sphere is not the customer's side
    assertThat(d.carried(PAT).getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.index().getAsDouble()).isZero();
    assertThat(d.customerShareOfJoint()).isEmpty();
    assertThat(d.invitation(CLINIC)).isEmpty();
  }

  @Test
  void readings_cut_the_index_into_thirds_with_both_bounds_in_co_creation() {
    assertThat(DominanceReading.of(0)).isEqualTo(DominanceReading.PROVIDER_DOMINANT);
    assertThat(DominanceReading.of(Math.nextDown(1.0 / 3)))
        .isEqualTo(DominanceReading.PROVIDER_DOMINANT);
    assertThat(DominanceReading.of(1.0 / 3)).isEqualTo(DominanceReading.CO_CREATION);
    assertThat(DominanceReading.of(2.0 / 3)).isEqualTo(DominanceReading.CO_CREATION);
    assertThat(DominanceReading.of(Math.nextUp(2.0 / 3)))
        .isEqualTo(DominanceReading.CUSTOMER_DOMINANT);
    assertThat(DominanceReading.of(1)).isEqualTo(DominanceReading.CUSTOMER_DOMINANT);
    assertThatThrownBy(() -> DominanceReading.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be a number in [0, 1], but was NaN");
  }

  @Test
  void errors_name_the_field_and_the_value() {
    // given
    Actor stranger = Actor.individual("stranger", "Stranger");
    CustomerDominance d = CustomerDominance.of(coCreation(), PAT);

    // when / then
    assertThatThrownBy(() -> CustomerDominance.of(coCreation(), stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be an actor of the ecosystem, but was 'stranger'");
    assertThatThrownBy(() -> d.invites(PAT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor other than the customer 'pat', but was 'pat'");
    assertThatThrownBy(() -> new ActorShare(PAT, Side.CUSTOMER, 0.5, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be a number in (0, 1], but was 1.5");
    assertThatThrownBy(() -> new ActorShare(PAT, Side.CUSTOMER, 0, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be a finite number > 0, but was 0.0");
  }

  @Test
  void the_public_api_is_null_hostile() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ServiceEcosystem.class, coCreation())
            .setDefault(Actor.class, CLINIC);
    tester.testAllPublicStaticMethods(CustomerDominance.class);
    tester.testAllPublicInstanceMethods(CustomerDominance.of(coCreation(), PAT));
    tester.testAllPublicConstructors(ActorShare.class);
  }

  @Test
  void the_same_ecosystem_gives_the_same_bits() {
    // given
    CustomerDominance a = CustomerDominance.of(customerDominant(), PAT);
    CustomerDominance b = CustomerDominance.of(customerDominant(), PAT);

    // then
    assertThat(a.index()).isEqualTo(b.index());
    assertThat(a.ranking()).isEqualTo(b.ranking());
    assertThat(a.explanation()).isEqualTo(b.explanation());
  }
}
