package org.attune.examples;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.metric.Dyad;
import org.attune.metric.Metric;
import org.attune.metric.Metrics;
import org.attune.metric.Score;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.Profile;
import org.attune.model.RelationType;
import org.attune.theory.SdlAxioms;

/**
 * The README's quickstart and its first change, compiled and run: the README blocks between the
 * tags below are checked against this source by a test, so the two cannot drift apart.
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    Actor alice = Actor.individual("alice", "Alice");
    Actor clinic = Actor.organisation("clinic", "City Clinic");
    Activity measuring = Activity.of("measure-glucose", "Measuring glucose");
    Institution privacy = Institution.of("privacy", "Patient privacy", InstitutionKind.RULE);

    Profile alicesLogic = Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.9).weight(Dimension.FUNCTIONAL, 2)
        .level(Dimension.EMOTIONAL, 0.7)
        .build();
    Profile clinicsOffering = Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.8).level(Dimension.EMOTIONAL, 0.4).build();

    ServiceEcosystem eco = ServiceEcosystem.builder()
        .add(alice, clinic, measuring, privacy)
        .relate(clinic, RelationType.SERVES, alice, 0.8)
        .relate(clinic, RelationType.SUPPORTS, measuring, 0.9)
        .relate(alice, RelationType.PERFORMS, measuring)
        .relate(alice, RelationType.ADHERES_TO, privacy, 0.9)
        .perspective(alice, alice, alicesLogic)
        .perspective(clinic, clinic, clinicsOffering)
        .build();

    System.out.println(eco.influence(alice).get(0)); // the clinic, 0.9, through measuring
    Score fit = Metrics.registry().metric("profile-deviation").measure(new Dyad(eco, alice, clinic));
    System.out.println(fit.value() + ": " + fit.explanation()); // 0.808...: the offering lies 0.19 ...
    System.out.println(SdlAxioms.all().check(eco).render());
    // end::quickstart[]

    // tag::event[]
    // A survey answer arrives: feeling reassured now matters to Alice as much as her readings.
    Profile alicesNewLogic = Profile.builder()
        .level(Dimension.FUNCTIONAL, 0.9).weight(Dimension.FUNCTIONAL, 2)
        .level(Dimension.EMOTIONAL, 0.9).weight(Dimension.EMOTIONAL, 2)
        .build();
    ServiceEcosystem next = eco.toBuilder()         // a new version, at the cost of the change
        .perspective(alice, alice, alicesNewLogic)
        .reweight(clinic, RelationType.SERVES, alice, 0.6)
        .build();

    Metric deviation = Metrics.registry().metric("profile-deviation");
    System.out.println(deviation.measure(new Dyad(next, alice, clinic)).value()); // 0.639...: worse
    System.out.println(deviation.measure(new Dyad(eco, alice, clinic)).value());  // 0.808...: eco is as it was
    // end::event[]
  }
}
