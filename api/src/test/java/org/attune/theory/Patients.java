package org.attune.theory;

import java.util.function.Predicate;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.Perspective;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Resource;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;

/**
 * A patient ecosystem that satisfies every SDL axiom and every CDL foundation, and helpers that take
 * one thing out of it to break one rule.
 *
 * <pre>
 *   clinic ⇄ SERVES ⇄ pat          clinic PARTNERS_WITH lab       family INFLUENCES pat
 *   pat PERFORMS measuring, cooking; measuring INTEGRATES self-care; cooking INTEGRATES recipes
 *   clinic ACCESSES records, SUPPORTS measuring; family ACCESSES recipes, SUPPORTS cooking
 *   lab PERFORMS testing INTEGRATES analyser
 *   pat, clinic ADHERE_TO privacy, shared-decisions; pat, family ADHERE_TO family-care;
 *   lab ADHERES_TO lab-standards
 *   perspectives (pat, pat), (clinic, clinic), (clinic, pat), (pat, clinic)
 *   value-in-use of pat: JOINT 0.7 {pat, clinic} in measuring; CUSTOMER 0.5 {pat, family} in cooking
 * </pre>
 */
final class Patients {

  static final Actor PAT = Actor.individual("pat", "Pat");
  static final Actor CLINIC = Actor.organisation("clinic", "City Clinic");
  static final Actor LAB = Actor.organisation("lab", "Lab");
  static final Actor FAMILY = Actor.collective("family", "Pat's family");

  static final Resource SELF_CARE = Resource.operant("self-care", "Self-care know-how");
  static final Resource RECORDS = Resource.operand("records", "Patient records");
  static final Resource ANALYSER = Resource.operand("analyser", "Lab analyser");
  static final Resource RECIPES = Resource.operant("recipes", "Family recipes");

  static final Activity MEASURING = Activity.of("measuring", "Measuring glucose");
  static final Activity COOKING = Activity.of("cooking", "Cooking healthy meals");
  static final Activity TESTING = Activity.of("testing", "Lab testing");

  static final Institution PRIVACY = Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);
  static final Institution SHARED_DECISIONS =
      Institution.of("shared-decisions", "Shared decision-making", InstitutionKind.NORM);
  static final Institution FAMILY_CARE =
      Institution.of("family-care", "Caring for one another", InstitutionKind.NORM);
  static final Institution LAB_STANDARDS =
      Institution.of("lab-standards", "Laboratory standards", InstitutionKind.RULE);

  static final ValueInUse JOINT_MEASURING =
      ValueInUse.of(PAT, Sphere.JOINT, 0.7, CLINIC).in(MEASURING);
  static final ValueInUse OWN_COOKING =
      ValueInUse.of(PAT, Sphere.CUSTOMER, 0.5, FAMILY).in(COOKING);

  private Patients() {}

  /** {@return a logic of one functional level} */
  static Profile logic(double functional) {
    return Profile.builder().level(Dimension.FUNCTIONAL, functional).build();
  }

  /** {@return the ecosystem that satisfies every rule} */
  static ServiceEcosystem good() {
    return builder().build();
  }

  /** {@return a builder holding the good ecosystem} */
  static ServiceEcosystem.Builder builder() {
    return ServiceEcosystem.builder()
        .add(PAT, CLINIC, LAB, FAMILY)
        .add(SELF_CARE, RECORDS, ANALYSER, RECIPES)
        .add(MEASURING, COOKING, TESTING)
        .add(PRIVACY, SHARED_DECISIONS, FAMILY_CARE, LAB_STANDARDS)
        .relate(CLINIC, RelationType.SERVES, PAT, 0.8)
        .relate(PAT, RelationType.SERVES, CLINIC, 0.6)
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
        .perspective(PAT, PAT, logic(0.9))
        .perspective(CLINIC, CLINIC, logic(0.7))
        .perspective(CLINIC, PAT, logic(0.6))
        .perspective(PAT, CLINIC, logic(0.8))
        .valueInUse(JOINT_MEASURING)
        .valueInUse(OWN_COOKING);
  }

  /** {@return {@code eco} without the relations matching {@code drop}} */
  static ServiceEcosystem withoutRelations(ServiceEcosystem eco, Predicate<Relation> drop) {
    return rebuild(eco, drop, p -> false, v -> false);
  }

  /** {@return {@code eco} without the perspective of {@code holder} on {@code subject}} */
  static ServiceEcosystem withoutPerspective(ServiceEcosystem eco, Actor holder, Actor subject) {
    return rebuild(eco, r -> false, p -> p.equals(Perspective.of(holder, subject)), v -> false);
  }

  /** {@return {@code eco} without the value-in-use matching {@code drop}} */
  static ServiceEcosystem withoutValueInUse(ServiceEcosystem eco, Predicate<ValueInUse> drop) {
    return rebuild(eco, r -> false, p -> false, drop);
  }

  private static ServiceEcosystem rebuild(
      ServiceEcosystem eco,
      Predicate<Relation> dropRelation,
      Predicate<Perspective> dropPerspective,
      Predicate<ValueInUse> dropValue) {
    ServiceEcosystem.Builder b = ServiceEcosystem.builder().add(eco.elements());
    eco.relations().stream().filter(dropRelation.negate()).forEach(b::relate);
    eco.perspectives().forEach(
        (p, profile) -> {
          if (!dropPerspective.test(p)) {
            b.perspective(p.holder(), p.subject(), profile);
          }
        });
    eco.valueInUse().stream().filter(dropValue.negate()).forEach(b::valueInUse);
    b.episodes(eco.episodes());
    return b.build();
  }
}
