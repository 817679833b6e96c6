package org.attune.dominance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.attune.testlib.scenario.EngineMakers.AIRLINE;
import static org.attune.testlib.scenario.EngineMakers.ENGINES;
import static org.attune.testlib.scenario.EngineMakers.ENGINE_MAKER;
import static org.attune.testlib.scenario.EngineMakers.FLYING;
import static org.attune.testlib.scenario.EngineMakers.FLYING_HOURS;
import static org.attune.testlib.scenario.EngineMakers.HOURS_MAKER;
import static org.attune.testlib.scenario.EngineMakers.MAINTENANCE;

import com.google.common.testing.NullPointerTester;
import org.assertj.core.data.Offset;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.PaymentBasis;
import org.attune.model.RelationType;
import org.attune.model.ValueProposition;
import org.attune.testlib.scenario.EngineMakers;
import org.junit.jupiter.api.Test;

class ServitizationTest {

  static final Offset<Double> EXACT = within(1e-12);

  @Test
  void an_engine_maker_selling_flying_hours_is_servitized_one_selling_engines_is_not() {
    // given: the airline performs flying 1.0, maintenance 0.6, scheduling 0.4 (sum 2.0)
    ServiceEcosystem eco = EngineMakers.ecosystem();

    // when
    Servitization hours = Servitization.of(eco, AIRLINE, HOURS_MAKER);
    Servitization engines = Servitization.of(eco, AIRLINE, ENGINE_MAKER);

    // then: flying hours weigh 1.0 + 0.5 = 1.5, outcome basis: B = 1.5 * 1 / 1.5 = 1;
    // the maker performs maintenance: E = 0.6 / 2.0 = 0.3; it shares availability: R = 1.5 / 1.5 = 1;
    // S = (1 + 0.3 + 1) / 3 = 2.3 / 3
    assertThat(hours.propositions()).containsExactly(FLYING_HOURS);
    assertThat(hours.paymentBasis().getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(hours.embeddedness().getAsDouble()).isCloseTo(0.3, EXACT);
    assertThat(hours.riskSharing().getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(hours.sharedRisks()).containsExactly("availability");
    assertThat(hours.index().getAsDouble()).isCloseTo(2.3 / 3, EXACT);
    assertThat(hours.missing()).isEmpty();
    assertThat(hours.explanation())
        .isEqualTo(
            "Servitization of 'hours-maker' for 'airline': payment basis 1.000 over 1 proposition"
                + " (0 ownership, 0.5 access, 1 outcome); risk sharing 1.000 (shares"
                + " [availability]); embeddedness 0.300 of the customer's operations; index"
                + " 0.767.");
    assertThat(hours).hasToString("Servitization{hours-maker for airline: index 0.767}");
    // engines weigh 1.0, ownership: B = 0; the maker takes part in none of the operations: E = 0;
    // no risk shared: R = 0; S = 0
    assertThat(engines.propositions()).containsExactly(ENGINES);
    assertThat(engines.paymentBasis().getAsDouble()).isZero();
    assertThat(engines.embeddedness().getAsDouble()).isZero();
    assertThat(engines.riskSharing().getAsDouble()).isZero();
    assertThat(engines.sharedRisks()).isEmpty();
    assertThat(engines.index().getAsDouble()).isZero();
  }

  @Test
  void the_basis_and_the_risk_are_weighted_by_how_much_each_proposition_supports() {
    // given: a lessor offers leasing (ACCESS, supports flying 0.8, shares "residual value") and
    // spare parts (OWNERSHIP, supports maintenance 0.2), and supports maintenance itself
    Actor lessor = Actor.organisation("lessor", "Lessor");
    ValueProposition lease =
        ValueProposition.of("lease", "Lease", PaymentBasis.ACCESS, "residual value");
    ValueProposition parts = ValueProposition.of("parts", "Parts");
    ServiceEcosystem eco =
        EngineMakers.ecosystem().toBuilder()
            .add(lessor, lease, parts)
            .relate(lessor, RelationType.OFFERS, lease)
            .relate(lessor, RelationType.OFFERS, parts)
            .relate(lease, RelationType.SUPPORTS, FLYING, 0.8)
            .relate(parts, RelationType.SUPPORTS, MAINTENANCE, 0.2)
            .relate(lessor, RelationType.SUPPORTS, MAINTENANCE)
            .build();

    // when
    Servitization s = Servitization.of(eco, AIRLINE, lessor);

    // then: B = (0.8 * 0.5 + 0.2 * 0) / 1.0 = 0.4; R = 0.8 / 1.0 = 0.8; E = 0.6 / 2.0 = 0.3;
    // S = (0.4 + 0.3 + 0.8) / 3 = 0.5
    assertThat(s.paymentBasis().getAsDouble()).isCloseTo(0.4, EXACT);
    assertThat(s.riskSharing().getAsDouble()).isCloseTo(0.8, EXACT);
    assertThat(s.embeddedness().getAsDouble()).isCloseTo(0.3, EXACT);
    assertThat(s.index().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(s.sharedRisks()).containsExactly("residual value");
  }

  @Test
  void parts_without_what_they_need_are_undefined_and_say_what_is_missing() {
    // given: a newcomer offers nothing; a customer that performs nothing
    Actor newcomer = Actor.organisation("newcomer", "Newcomer");
    Actor idle = Actor.organisation("idle", "Idle");
    ServiceEcosystem eco =
        EngineMakers.ecosystem().toBuilder()
            .add(newcomer, idle)
            .relate(newcomer, RelationType.PERFORMS, MAINTENANCE)
            .build();

    // when
    Servitization newcomerForAirline = Servitization.of(eco, AIRLINE, newcomer);
    Servitization forIdle = Servitization.of(eco, idle, HOURS_MAKER);

    // then: E = 0.6 / 2.0 = 0.3 is defined, B and R are not
    assertThat(newcomerForAirline.embeddedness().getAsDouble()).isCloseTo(0.3, EXACT);
    assertThat(newcomerForAirline.paymentBasis()).isEmpty();
    assertThat(newcomerForAirline.riskSharing()).isEmpty();
    assertThat(newcomerForAirline.index()).isEmpty();
    assertThat(newcomerForAirline.missing())
        .containsExactly(
            "'newcomer' offers no value proposition that supports an activity 'airline' performs");
    assertThat(forIdle.missing())
        .containsExactly(
            "'hours-maker' offers no value proposition that supports an activity 'idle' performs",
            "'idle' performs no activity the provider could take part in");
    assertThat(forIdle.explanation())
        .isEqualTo(
            "Servitization of 'hours-maker' for 'idle': payment basis and risk sharing undefined"
                + " ('hours-maker' offers no value proposition that supports an activity 'idle'"
                + " performs); embeddedness undefined ('idle' performs no activity the provider"
                + " could take part in); no index.");
    assertThat(forIdle).hasToString("Servitization{hours-maker for idle: undefined}");
  }

  @Test
  void the_basis_scores_run_from_ownership_to_outcome() {
    assertThat(Servitization.score(PaymentBasis.OWNERSHIP)).isZero();
    assertThat(Servitization.score(PaymentBasis.ACCESS)).isEqualTo(0.5);
    assertThat(Servitization.score(PaymentBasis.OUTCOME)).isEqualTo(1.0);
  }

  @Test
  void errors_name_the_field_and_the_value() {
    // given
    ServiceEcosystem eco = EngineMakers.ecosystem();
    Actor stranger = Actor.organisation("stranger", "Stranger");

    // when / then
    assertThatThrownBy(() -> Servitization.of(eco, stranger, HOURS_MAKER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be an actor of the ecosystem, but was 'stranger'");
    assertThatThrownBy(() -> Servitization.of(eco, AIRLINE, stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor of the ecosystem, but was 'stranger'");
    assertThatThrownBy(() -> Servitization.of(eco, AIRLINE, AIRLINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provider must be an actor other than the customer 'airline', but was 'airline'");
  }

  @Test
  void the_public_api_is_null_hostile() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ServiceEcosystem.class, EngineMakers.ecosystem())
            .setDefault(PaymentBasis.class, PaymentBasis.ACCESS)
            .setDefault(Actor.class, AIRLINE);
    tester.testAllPublicStaticMethods(Servitization.class);
    tester.testAllPublicInstanceMethods(
        Servitization.of(EngineMakers.ecosystem(), AIRLINE, HOURS_MAKER));
  }

  @Test
  void a_proposition_changed_to_an_outcome_basis_is_a_different_element_of_a_new_version() {
    // given: the engines re-offered by the hour, under the same id
    ServiceEcosystem before = EngineMakers.ecosystem();
    ValueProposition byTheHour =
        ValueProposition.of("engines", "Engines", PaymentBasis.OUTCOME, "availability");
    ServiceEcosystem after =
        before.toBuilder()
            .remove(ENGINES)
            .add(byTheHour)
            .relate(ENGINE_MAKER, RelationType.OFFERS, byTheHour)
            .relate(byTheHour, RelationType.SUPPORTS, FLYING, 1.0)
            .build();

    // then: the versions differ, and the reading follows: B = 1, R = 1, E = 0, S = 2/3
    assertThat(after).isNotEqualTo(before);
    assertThat(after.contains(ENGINES)).isFalse();
    assertThat(after.contains(byTheHour)).isTrue();
    assertThat(Servitization.of(after, AIRLINE, ENGINE_MAKER).index().getAsDouble())
        .isCloseTo(2.0 / 3, EXACT);
  }
}
