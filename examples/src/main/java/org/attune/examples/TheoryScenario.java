package org.attune.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
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
import org.attune.theory.CdlFoundations;
import org.attune.theory.CustomerFocus;
import org.attune.theory.RuleSet;
import org.attune.theory.SdlAxioms;
import org.attune.theory.TheoryReport;

/**
 * Theory as executable rules. A patient, Pat, manages her diabetes with a
 * clinic, a lab behind it and her family. The scenario checks her ecosystem against the five axioms
 * of Service-Dominant Logic and the four checkable foundations of Customer-Dominant Logic, once as it
 * is and once as a provider-centric CRM records it. (Who conducts her value formation is the
 * {@link OrchestraScenario}.)
 */
public final class TheoryScenario {

  static final Actor PAT = Actor.individual("pat", "Pat");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor LAB = Actor.organisation("lab", "Lab");
  static final Actor FAMILY = Actor.collective("family", "Pat's family");
  static final Actor PHARMACY = Actor.organisation("pharmacy", "Corner Pharmacy");

  static final Resource SELF_CARE = Resource.operant("self-care", "Self-care know-how");
  static final Resource RECORDS = Resource.operand("records", "Patient records");
  static final Resource ANALYSER = Resource.operand("analyser", "Lab analyser");
  static final Resource RECIPES = Resource.operant("recipes", "Family recipes");

  static final Activity MEASURING = Activity.of("measuring", "Measuring glucose");
  static final Activity COOKING = Activity.of("cooking", "Cooking healthy meals");
  static final Activity TESTING = Activity.of("testing", "Lab testing");

  static final ValueProposition DIABETES_CARE =
      ValueProposition.of("diabetes-care", "Diabetes care");

  static final Institution PRIVACY =
      Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);
  static final Institution SHARED_DECISIONS =
      Institution.of("shared-decisions", "Shared decision-making", InstitutionKind.NORM);
  static final Institution FAMILY_CARE =
      Institution.of("family-care", "Caring for one another", InstitutionKind.NORM);
  static final Institution LAB_STANDARDS =
      Institution.of("lab-standards", "Laboratory standards", InstitutionKind.RULE);

  private TheoryScenario() {}

  /**
   * Runs the scenario.
   *
   * @param out where to print what it finds
   */
  public static void run(PrintStream out) {
    requireNonNull(out, "out");
    RuleSet theory = SdlAxioms.all().and(CdlFoundations.all());

    out.println("== Pat's ecosystem as it is ==");
    TheoryReport lived = theory.check(lived());
    out.print(lived.render());

    out.println();
    out.println("== Whose side is the customer's? ==");
    out.println(
        "Pat pays the clinic, so she SERVES it (SDL's service for service); the clinic OFFERS the"
            + " care. Customers under the default focus: "
            + ids(CustomerFocus.beneficiaries().customers(lived()))
            + "; taking every actor served for a customer: "
            + ids(CustomerFocus.servedActors().customers(lived()))
            + ", and then:");
    TheoryReport clash =
        SdlAxioms.all().and(CdlFoundations.all(CustomerFocus.servedActors())).check(lived());
    clash.violations().forEach(v -> out.println("- " + v.ruleId() + ": " + v.message()));

    out.println();
    out.println("== Pat's ecosystem as the clinic's CRM records it ==");
    TheoryReport recorded = theory.check(recorded());
    out.print(recorded.render());
  }

  /**
   * Runs the scenario on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  private static String ids(java.util.List<Actor> actors) {
    return actors.stream().map(Actor::id).toList().toString();
  }

  private static Profile logic(double functional, double emotional) {
    return Profile.builder()
        .level(Dimension.FUNCTIONAL, functional)
        .level(Dimension.EMOTIONAL, emotional)
        .build();
  }

  /**
   * Pat's ecosystem as she lives it: it satisfies every rule. She pays the clinic (she SERVES it),
   * and the clinic OFFERS the care, so under the default {@link CustomerFocus} she is the customer
   * and the clinic is not hers.
   */
  static ServiceEcosystem lived() {
    return ServiceEcosystem.builder()
        .add(PAT, CLINIC, LAB, FAMILY)
        .add(SELF_CARE, RECORDS, ANALYSER, RECIPES)
        .add(MEASURING, COOKING, TESTING, DIABETES_CARE)
        .add(PRIVACY, SHARED_DECISIONS, FAMILY_CARE, LAB_STANDARDS)
        .relate(CLINIC, RelationType.OFFERS, DIABETES_CARE)
        .relate(DIABETES_CARE, RelationType.SUPPORTS, MEASURING)
        .relate(CLINIC, RelationType.SERVES, PAT, 0.8)
        .relate(PAT, RelationType.SERVES, CLINIC, 0.6) // she pays, and reports her readings
        .relate(CLINIC, RelationType.PARTNERS_WITH, LAB)
        .relate(FAMILY, RelationType.INFLUENCES, PAT, 0.7)
        .relate(PAT, RelationType.PERFORMS, MEASURING)
        .relate(PAT, RelationType.PERFORMS, COOKING)
        .relate(MEASURING, RelationType.INTEGRATES, SELF_CARE)
        .relate(COOKING, RelationType.INTEGRATES, RECIPES)
        .relate(CLINIC, RelationType.ACCESSES, RECORDS)
        .relate(CLINIC, RelationType.SUPPORTS, MEASURING, 0.9)
        .relate(FAMILY, RelationType.ACCESSES, RECIPES)
        .relate(FAMILY, RelationType.SUPPORTS, COOKING)
        .relate(LAB, RelationType.PERFORMS, TESTING)
        .relate(TESTING, RelationType.INTEGRATES, ANALYSER)
        .relate(PAT, RelationType.ADHERES_TO, PRIVACY)
        .relate(CLINIC, RelationType.ADHERES_TO, PRIVACY)
        .relate(PAT, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.8)
        .relate(CLINIC, RelationType.ADHERES_TO, SHARED_DECISIONS, 0.6)
        .relate(PAT, RelationType.ADHERES_TO, FAMILY_CARE)
        .relate(FAMILY, RelationType.ADHERES_TO, FAMILY_CARE)
        .relate(LAB, RelationType.ADHERES_TO, LAB_STANDARDS)
        .perspective(PAT, PAT, logic(0.9, 0.8))
        .perspective(CLINIC, CLINIC, logic(0.8, 0.4))
        .perspective(CLINIC, PAT, logic(0.9, 0.3))
        .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 0.7, CLINIC).in(MEASURING))
        .valueInUse(ValueInUse.of(PAT, Sphere.CUSTOMER, 0.5, FAMILY).in(COOKING))
        .build();
  }

  /**
   * The same patient as a provider-centric CRM records her: the clinic serves, Pat is served; the
   * clinic's model of Pat stands in for her own logic; every value it sees is an interaction.
   */
  static ServiceEcosystem recorded() {
    return ServiceEcosystem.builder()
        .add(PAT, CLINIC, RECORDS, MEASURING, PRIVACY)
        .relate(CLINIC, RelationType.SERVES, PAT)
        .relate(CLINIC, RelationType.ACCESSES, RECORDS)
        .relate(CLINIC, RelationType.SUPPORTS, MEASURING)
        .relate(PAT, RelationType.PERFORMS, MEASURING)
        .relate(CLINIC, RelationType.ADHERES_TO, PRIVACY)
        .perspective(CLINIC, PAT, logic(0.9, 0.3))
        .valueInUse(ValueInUse.of(PAT, Sphere.JOINT, 0.7, CLINIC).in(MEASURING))
        .build();
  }
}
