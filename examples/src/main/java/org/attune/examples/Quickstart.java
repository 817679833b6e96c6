package org.attune.examples;

import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Activity;
import org.attune.model.Actor;
import org.attune.model.Dimension;
import org.attune.model.Institution;
import org.attune.model.InstitutionKind;
import org.attune.model.Profile;
import org.attune.model.RelationType;

/**
 * The README's quickstart, compiled and run: the README block between the tags below is checked
 * against this source by a test, so the two cannot drift apart.
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

    ServiceEcosystem eco = ServiceEcosystem.builder()
        .add(alice, clinic, measuring, privacy)
        .relate(clinic, RelationType.SERVES, alice, 0.8)
        .relate(clinic, RelationType.SUPPORTS, measuring, 0.9)
        .relate(alice, RelationType.PERFORMS, measuring)
        .relate(alice, RelationType.ADHERES_TO, privacy, 0.9)
        .perspective(alice, alice, alicesLogic)
        .build();

    System.out.println(eco.perspective(alice, alice).orElseThrow());
    System.out.println(eco.influence(alice).get(0)); // the clinic, 0.9, through measuring
    // end::quickstart[]
  }
}
