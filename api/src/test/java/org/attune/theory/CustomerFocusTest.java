package org.attune.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.attune.model.ValueProposition;
import org.junit.jupiter.api.Test;

/**
 * Roles: which side of a service exchange is the customer of a CDL analysis. The case is the
 * partnership essay's doctor and patient, with money modelled as service, as SDL's first axiom asks.
 */
class CustomerFocusTest {

  static final Actor PATIENT = Actor.individual("patient", "Patient");
  static final Actor DOCTOR = Actor.organisation("doctor", "Doctor's practice");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Pharmacy");
  static final Actor INSURER = Actor.organisation("insurer", "Insurer");
  static final Actor FAMILY = Actor.collective("family", "Family");

  static final ValueProposition CARE = ValueProposition.of("care", "Care");
  static final ValueProposition MEDICINE = ValueProposition.of("medicine", "Medicine");
  static final ValueProposition COVER = ValueProposition.of("cover", "Cover");
  static final Activity THERAPY = Activity.of("therapy", "Following the therapy");
  static final Resource KNOW_HOW = Resource.operant("know-how", "Medical know-how");
  static final Resource OWN_BODY = Resource.operant("own-body", "Knowing one's own body");
  static final Institution CONSENT = Institution.of("consent", "Informed consent", InstitutionKind.RULE);

  /**
   * The patient's world as both theories would have it modelled: every service answered by service
   * (the patient pays the doctor, the pharmacy and the insurer; money is service), the firms offer
   * value propositions, the patient holds its own logic and each firm a model of it.
   */
  static ServiceEcosystem.Builder wellModelled() {
    Profile logic = Profile.builder().level(Dimension.FUNCTIONAL, 0.9).build();
    ServiceEcosystem.Builder b =
        ServiceEcosystem.builder()
            .add(PATIENT, DOCTOR, PHARMACY, INSURER, FAMILY)
            .add(CARE, MEDICINE, COVER, THERAPY, KNOW_HOW, OWN_BODY, CONSENT)
            .relate(DOCTOR, RelationType.OFFERS, CARE)
            .relate(PHARMACY, RelationType.OFFERS, MEDICINE)
            .relate(INSURER, RelationType.OFFERS, COVER)
            .relate(CARE, RelationType.SUPPORTS, THERAPY)
            .relate(PATIENT, RelationType.PERFORMS, THERAPY)
            .relate(THERAPY, RelationType.INTEGRATES, OWN_BODY)
            .relate(PATIENT, RelationType.ACCESSES, OWN_BODY)
            .relate(FAMILY, RelationType.SUPPORTS, THERAPY)
            .relate(FAMILY, RelationType.INFLUENCES, PATIENT)
            .relate(FAMILY, RelationType.ACCESSES, OWN_BODY, 0.3)
            .perspective(PATIENT, PATIENT, logic);
    for (Actor firm : List.of(DOCTOR, PHARMACY, INSURER)) {
      b.relate(firm, RelationType.SERVES, PATIENT)
          .relate(PATIENT, RelationType.SERVES, firm)
          .relate(firm, RelationType.ACCESSES, KNOW_HOW)
          .relate(firm, RelationType.ADHERES_TO, CONSENT)
          .perspective(firm, PATIENT, logic);
    }
    return b.relate(PATIENT, RelationType.ADHERES_TO, CONSENT)
        .valueInUse(ValueInUse.of(PATIENT, Sphere.CUSTOMER, 0.6, FAMILY).in(THERAPY))
        .valueInUse(ValueInUse.of(PATIENT, Sphere.JOINT, 0.4, DOCTOR));
  }

  @Test
  void sdl_and_cdl_hold_at_once_on_a_well_modelled_ecosystem() {
    // given
    ServiceEcosystem eco = wellModelled().build();

    // when
    TheoryReport report = SdlAxioms.all().and(CdlFoundations.all()).check(eco);

    // then
    assertThat(report.violations()).isEmpty();
    assertThat(report.holds()).isTrue();
  }

  @Test
  void taking_every_actor_served_for_a_customer_makes_the_two_theories_clash() {
    // given: the same ecosystem, but the payments make the doctor, the pharmacy and the insurer
    // "customers" of the patient
    ServiceEcosystem eco = wellModelled().build();

    // when
    TheoryReport report =
        SdlAxioms.all().and(CdlFoundations.all(CustomerFocus.servedActors())).check(eco);

    // then: CDL now asks the firms for a logic of their own and the patient for a model of each
    assertThat(report.violations("sdl.service-for-service")).isEmpty();
    assertThat(report.violations("cdl.customer-logic-central"))
        .extracting(v -> v.elements().get(0))
        .containsExactly(DOCTOR, INSURER, PHARMACY);
    assertThat(report.violations("cdl.customer-lens"))
        .extracting(Violation::message)
        .contains(
            "'patient' SERVES 'doctor' but holds no model (patient, doctor) of its logic: it"
                + " cannot see its offering through the customer's lens");
  }

  @Test
  void the_default_focus_keeps_the_payers_side_only() {
    // given
    ServiceEcosystem eco = wellModelled().build();

    // when / then: the patient pays the doctor but is no provider of it, the doctor offers care
    assertThat(CustomerFocus.beneficiaries().providers(eco, PATIENT))
        .containsExactly(DOCTOR, INSURER, PHARMACY);
    assertThat(CustomerFocus.beneficiaries().providers(eco, DOCTOR)).isEmpty();
    assertThat(CustomerFocus.beneficiaries().customers(eco)).containsExactly(PATIENT);
    assertThat(CustomerFocus.servedActors().customers(eco))
        .containsExactly(PATIENT, DOCTOR, PHARMACY, INSURER);
  }

  @Test
  void the_default_focus_reads_both_sides_as_customers_when_both_or_neither_offer() {
    // given: the patient now also offers something (a testimonial) to the doctor
    ValueProposition testimonial = ValueProposition.of("testimonial", "Testimonial");
    ServiceEcosystem both =
        wellModelled().add(testimonial).relate(PATIENT, RelationType.OFFERS, testimonial).build();
    // and: nobody offers anything
    ServiceEcosystem neither =
        wellModelled()
            .build()
            .toBuilder()
            .unrelate(DOCTOR, RelationType.OFFERS, CARE)
            .unrelate(PHARMACY, RelationType.OFFERS, MEDICINE)
            .unrelate(INSURER, RelationType.OFFERS, COVER)
            .build();

    // when / then: business-to-business exchange with no side proposing alone, as SDL's A2A
    assertThat(CustomerFocus.beneficiaries().providers(both, DOCTOR)).containsExactly(PATIENT);
    assertThat(CustomerFocus.beneficiaries().providers(neither, DOCTOR)).containsExactly(PATIENT);
  }

  @Test
  void a_declared_focus_applies_the_rules_to_the_declared_customers_only() {
    // given: the patient's logic is missing, and the doctor's too
    ServiceEcosystem eco =
        wellModelled().build().toBuilder().removePerspective(PATIENT, PATIENT).build();

    // when
    var violations =
        CdlFoundations.all(CustomerFocus.of(PATIENT)).check(eco).violations("cdl.customer-logic-central");

    // then: one violation, the patient's, naming its three providers
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.elements()).containsExactly(PATIENT, DOCTOR, INSURER, PHARMACY);
      assertThat(v.message())
          .isEqualTo(
              "'patient' is served by ['doctor', 'insurer', 'pharmacy'] but has no logic of its own"
                  + " (patient, patient): CDL starts from the customer's logic");
    });
  }

  @Test
  void a_declared_customer_outside_the_ecosystem_is_an_error_naming_it() {
    // given
    Actor stranger = Actor.individual("stranger", "Stranger");
    RuleSet rules = CdlFoundations.all(CustomerFocus.of(PATIENT, stranger));
    ServiceEcosystem eco = wellModelled().build();

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rules.check(eco))
        .withMessage(
            "customer focus: declared customer 'stranger' is not an actor of the ecosystem;"
                + " expected one of its actors");
  }

  @Test
  void a_provider_that_is_no_customer_is_not_asked_where_its_own_value_forms() {
    // given: the doctor's value-in-use from being paid lies in the joint sphere only
    ServiceEcosystem eco =
        wellModelled().valueInUse(ValueInUse.of(DOCTOR, Sphere.JOINT, 0.5, PATIENT)).build();

    // when / then: only the customers' value formation is CDL's concern
    assertThat(CdlFoundations.all().check(eco).violations("cdl.value-formation")).isEmpty();
    assertThat(CdlFoundations.all(CustomerFocus.servedActors()).check(eco).violations("cdl.value-formation"))
        .singleElement()
        .satisfies(v -> assertThat(v.elements()).containsExactly(DOCTOR));
  }

  @Test
  void the_rules_say_which_customers_they_check() {
    // when
    Rule lens = CdlFoundations.all(CustomerFocus.of(PATIENT)).rule("cdl.customer-lens").orElseThrow();

    // then
    assertThat(lens.checks())
        .isEqualTo(
            "every provider holds a model (p, c) of each customer it SERVES, every customer (one of"
                + " the 1 declared customers)");
    assertThat(CdlFoundations.customerLogicCentral().checks())
        .startsWith("every customer (an actor another actor SERVES, unless that service answers");
  }

  @Test
  void a_focus_is_null_hostile() {
    assertThatNullPointerException().isThrownBy(() -> CdlFoundations.all(null));
    assertThatNullPointerException().isThrownBy(() -> CustomerFocus.of((Actor) null));
  }
}
