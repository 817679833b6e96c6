package org.attune.dominance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import org.assertj.core.data.Offset;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
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
    return arrangement(
        ValueInUse.of(PAT, Sphere.PROVIDER, 0.6, CLINIC), // the clinic draws up the care plan
        ValueInUse.of(PAT, Sphere.PROVIDER, 0.3, CLINIC, LAB), // tests run by clinic and lab
        ValueInUse.of(PAT, Sphere.JOINT, 0.1, CLINIC)); // a short consultation
  }

  static ServiceEcosystem coCreation() {
    return arrangement(
        ValueInUse.of(PAT, Sphere.JOINT, 0.8, CLINIC), // care planned together
        ValueInUse.of(PAT, Sphere.PROVIDER, 0.1, CLINIC), // the clinic's reminders
        ValueInUse.of(PAT, Sphere.CUSTOMER, 0.1)); // pat measures alone
  }

  static ServiceEcosystem customerDominant() {
    return arrangement(
        ValueInUse.of(PAT, Sphere.CUSTOMER, 0.5), // pat manages her diet
        ValueInUse.of(PAT, Sphere.CUSTOMER, -0.3, FAMILY), // a quarrel over meals
        ValueInUse.of(PAT, Sphere.JOINT, 0.2, PHARMACY)); // advice at the pharmacy counter
  }

  @Test
  void a_provider_dominant_arrangement_reads_as_the_clinic_conducting() {
    // given: W = 0.6 + 0.3 + 0.1 = 1.0
    ServiceEcosystem eco = providerDominant();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0.9, s_J = 0.1, s_C = 0
    assertThat(d.totalWeight()).isCloseTo(1.0, EXACT);
    assertThat(d.share(Sphere.PROVIDER).getAsDouble()).isCloseTo(0.9, EXACT);
    assertThat(d.share(Sphere.JOINT).getAsDouble()).isCloseTo(0.1, EXACT);
    assertThat(d.share(Sphere.CUSTOMER).getAsDouble()).isZero();
    // carried (pat is not active in the provider sphere):
    // clinic 0.6 + 0.3/2 + 0.1/2 = 0.8; lab 0.3/2 = 0.15; pat 0.1/2 = 0.05
    assertThat(d.ranking()).extracting(ActorShare::actor).containsExactly(CLINIC, LAB, PAT);
    assertThat(d.carried(CLINIC).getAsDouble()).isCloseTo(0.8, EXACT);
    assertThat(d.carried(LAB).getAsDouble()).isCloseTo(0.15, EXACT);
    assertThat(d.carried(PAT).getAsDouble()).isCloseTo(0.05, EXACT);
    assertThat(d.conductor()).contains(CLINIC);
    // j_c = (0.1/2) / 0.1 = 0.5; D = 0 + 0.1 * 0.5 = 0.05
    assertThat(d.customerShareOfJoint().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.index().getAsDouble()).isCloseTo(0.05, EXACT);
    assertThat(d.reading()).contains(DominanceReading.PROVIDER_DOMINANT);
    assertThat(d.invites(CLINIC)).isTrue();
  }

  @Test
  void a_co_creation_arrangement_reads_as_two_conducting_together() {
    // given: W = 0.8 + 0.1 + 0.1 = 1.0
    ServiceEcosystem eco = coCreation();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0.1, s_J = 0.8, s_C = 0.1
    assertThat(d.shares())
        .containsOnlyKeys(Sphere.PROVIDER, Sphere.JOINT, Sphere.CUSTOMER)
        .hasEntrySatisfying(Sphere.JOINT, s -> assertThat(s).isCloseTo(0.8, EXACT));
    // carried: pat 0.8/2 + 0.1 = 0.5; clinic 0.8/2 + 0.1 = 0.5: a tie, no single conductor
    assertThat(d.leaders()).containsExactly(CLINIC, PAT);
    assertThat(d.conductor()).isEmpty();
    // D = 0.1 + 0.8 * 0.5 = 0.5
    assertThat(d.index().getAsDouble()).isCloseTo(0.5, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CO_CREATION);
    assertThat(d.invitation(CLINIC).getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.explanation())
        .isEqualTo(
            "The value-in-use of 'pat' forms 10.0% in the provider sphere, 80.0% in the joint"
                + " sphere and 10.0% in the customer sphere; dominance index 0.500"
                + " (co-creation). No single conductor: ['clinic', 'pat'] share the lead,"
                + " carrying 50.0% each.");
  }

  @Test
  void a_customer_dominant_arrangement_reads_as_the_customer_conducting_the_worked_example() {
    // given: W = 0.5 + |-0.3| + 0.2 = 1.0
    ServiceEcosystem eco = customerDominant();

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: s_P = 0, s_J = 0.2, s_C = 0.8
    assertThat(d.share(Sphere.CUSTOMER).getAsDouble()).isCloseTo(0.8, EXACT);
    // carried: pat 0.5 + 0.3/2 + 0.2/2 = 0.75; family 0.15; pharmacy 0.10
    assertThat(d.ranking())
        .extracting(ActorShare::actor)
        .containsExactly(PAT, FAMILY, PHARMACY);
    assertThat(d.ranking().get(0).share()).isCloseTo(0.75, EXACT);
    assertThat(d.ranking().get(1).weight()).isCloseTo(0.15, EXACT);
    assertThat(d.conductor()).contains(PAT);
    // j_c = (0.2/2) / 0.2 = 0.5; D = 0.8 + 0.2 * 0.5 = 0.9
    assertThat(d.index().getAsDouble()).isCloseTo(0.9, EXACT);
    assertThat(d.reading()).contains(DominanceReading.CUSTOMER_DOMINANT);
    // the clinic must get invited in: the pharmacy is, the clinic is not
    assertThat(d.invites(PHARMACY)).isTrue();
    assertThat(d.invites(CLINIC)).isFalse();
    assertThat(d.invitation(CLINIC).getAsDouble()).isZero();
    assertThat(d.carried(CLINIC).getAsDouble()).isZero();
    assertThat(d.explanation())
        .isEqualTo(
            "The value-in-use of 'pat' forms 0.0% in the provider sphere, 20.0% in the joint"
                + " sphere and 80.0% in the customer sphere; dominance index 0.900"
                + " (customer-dominant). 'pat' conducts, carrying 75.0%.");
    assertThat(d).hasToString("CustomerDominance{pat: index 0.900, CUSTOMER_DOMINANT}");
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
    assertThat(provider.conductor()).contains(CLINIC);
    assertThat(shared.conductor()).isEmpty();
    assertThat(customer.conductor()).contains(PAT);
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
    assertThat(d.leaders()).isEmpty();
    assertThat(d.conductor()).isEmpty();
    assertThat(d.carried(CLINIC)).isEmpty();
    assertThat(d.invites(CLINIC)).isFalse();
    assertThat(d.invitation(CLINIC)).isEmpty();
    assertThat(d.explanation())
        .isEqualTo(
            "Customer dominance is undefined: 'pat' has no value-in-use: there is nothing to"
                + " share.");
    assertThat(d).hasToString("CustomerDominance{pat: undefined}");
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

    // then: pat carries 0.4/0.4 = 1 (nobody else could), but D = 0: the provider sphere is not
    // the customer's to conduct
    assertThat(d.carried(PAT).getAsDouble()).isCloseTo(1.0, EXACT);
    assertThat(d.index().getAsDouble()).isZero();
    assertThat(d.customerShareOfJoint()).isEmpty();
    assertThat(d.invitation(CLINIC)).isEmpty();
  }

  @Test
  void joint_value_of_three_contributors_leaves_the_customer_a_third_on_the_lower_bound() {
    // given: W = 0.75, all joint, three contributors
    ServiceEcosystem eco = arrangement(ValueInUse.of(PAT, Sphere.JOINT, 0.75, CLINIC, LAB));

    // when
    CustomerDominance d = CustomerDominance.of(eco, PAT);

    // then: j_c = (0.75/3) / 0.75 = 1/3; D = 0 + 1 * 1/3 = 1/3, which still reads as co-creation
    assertThat(d.index().getAsDouble()).isEqualTo(1.0 / 3);
    assertThat(d.reading()).contains(DominanceReading.CO_CREATION);
    // all three carry 0.25 / 0.75 = 1/3: ties ordered by id
    assertThat(d.ranking()).extracting(ActorShare::actor).containsExactly(CLINIC, LAB, PAT);
    assertThat(d.leaders()).containsExactly(CLINIC, LAB, PAT);
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
    assertThatThrownBy(() -> new ActorShare(PAT, 0.5, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be a number in (0, 1], but was 1.5");
    assertThatThrownBy(() -> new ActorShare(PAT, 0, 0.5))
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
