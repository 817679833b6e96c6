package org.attune.theory;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Perspective;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;
import org.jspecify.annotations.Nullable;

/**
 * The five axioms of Service-Dominant Logic (Vargo &amp; Lusch 2016, "Institutions and axioms: an
 * extension and update of service-dominant logic", <i>Journal of the Academy of Marketing
 * Science</i> 44(1)), each made checkable on a {@link ServiceEcosystem}.
 *
 * <table class="striped">
 *   <caption>The axioms and what is checked</caption>
 *   <thead><tr><th>rule id</th><th>axiom</th><th>what is checked</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code sdl.service-for-service}</td>
 *         <td>1: "Service is the fundamental basis of exchange"</td>
 *         <td>every {@code SERVES} relation from one actor to another is answered by a {@code SERVES}
 *             relation the other way; an actor serving itself answers itself</td></tr>
 *     <tr><td>{@code sdl.co-creation}</td>
 *         <td>2: "Value is cocreated by multiple actors, always including the beneficiary"</td>
 *         <td>every value-in-use of the joint sphere has a contributor besides its beneficiary</td></tr>
 *     <tr><td>{@code sdl.resource-integration}</td>
 *         <td>3: "All social and economic actors are resource integrators"</td>
 *         <td>every actor {@code ACCESSES} a resource, or {@code PERFORMS} an activity that
 *             {@code INTEGRATES} one</td></tr>
 *     <tr><td>{@code sdl.beneficiary-determines-value}</td>
 *         <td>4: "Value is always uniquely and phenomenologically determined by the
 *             beneficiary"</td>
 *         <td>for every view {@code (h, s)} one actor holds of another's logic, the other's own
 *             logic {@code (s, s)} is there to check it against</td></tr>
 *     <tr><td>{@code sdl.institutional-coordination}</td>
 *         <td>5: "Value cocreation is coordinated through actor-generated institutions and
 *             institutional arrangements"</td>
 *         <td>the two actors of every {@code SERVES} relation {@code ADHERES_TO} at least one common
 *             institution</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Parts of axioms 2 and 4 need no rule, because the model cannot break them: a {@link ValueInUse}
 * always counts its beneficiary among its contributors, and has no assessor but its beneficiary; and
 * an ecosystem holds only value-in-use whose contributors are among its actors.
 *
 * <p>Every rule here is immutable, thread-safe and pure; this class has no state.
 */
public final class SdlAxioms {

  /** The source cited by every rule here. */
  private static final String SOURCE = "Vargo & Lusch (2016), axiom ";

  private static final String SERVICE_FOR_SERVICE_ID = "sdl.service-for-service";
  private static final String CO_CREATION_ID = "sdl.co-creation";
  private static final String RESOURCE_INTEGRATION_ID = "sdl.resource-integration";
  private static final String BENEFICIARY_ID = "sdl.beneficiary-determines-value";
  private static final String INSTITUTIONS_ID = "sdl.institutional-coordination";

  private static final Rule SERVICE_FOR_SERVICE =
      Rule.of(
          SERVICE_FOR_SERVICE_ID,
          "Service is the fundamental basis of exchange",
          SOURCE + "1",
          "every SERVES relation from one actor to another is answered by a SERVES relation the"
              + " other way",
          SdlAxioms::serviceForServiceViolations);

  private static final Rule CO_CREATION =
      Rule.of(
          CO_CREATION_ID,
          "Value is cocreated by multiple actors, always including the beneficiary",
          SOURCE + "2",
          "every value-in-use of the JOINT sphere has a contributor besides its beneficiary",
          SdlAxioms::coCreationViolations);

  private static final Rule RESOURCE_INTEGRATION =
      Rule.of(
          RESOURCE_INTEGRATION_ID,
          "All social and economic actors are resource integrators",
          SOURCE + "3",
          "every actor ACCESSES a resource, or PERFORMS an activity that INTEGRATES one",
          SdlAxioms::resourceIntegrationViolations);

  private static final Rule BENEFICIARY_DETERMINES_VALUE =
      Rule.of(
          BENEFICIARY_ID,
          "Value is always uniquely and phenomenologically determined by the beneficiary",
          SOURCE + "4",
          "for every view (h, s) an actor holds of another actor's logic, the other's own logic"
              + " (s, s) is there to check it against",
          SdlAxioms::beneficiaryViolations);

  private static final Rule INSTITUTIONAL_COORDINATION =
      Rule.of(
          INSTITUTIONS_ID,
          "Value cocreation is coordinated through actor-generated institutions and institutional"
              + " arrangements",
          SOURCE + "5",
          "the two actors of every SERVES relation ADHERE_TO at least one common institution",
          SdlAxioms::institutionViolations);

  private static final RuleSet ALL =
      RuleSet.of(
              SERVICE_FOR_SERVICE,
              CO_CREATION,
              RESOURCE_INTEGRATION,
              BENEFICIARY_DETERMINES_VALUE,
              INSTITUTIONAL_COORDINATION)
          .named("SDL axioms (Vargo & Lusch 2016)");

  private SdlAxioms() {}

  /** {@return the five axioms, in order, as a rule set named "SDL axioms (Vargo &amp; Lusch 2016)"} */
  public static RuleSet all() {
    return ALL;
  }

  /**
   * {@return axiom 1, service-for-service exchange: every {@code SERVES} relation from actor
   * {@code a} to another actor {@code b} is answered by a {@code SERVES} relation from {@code b} to
   * {@code a}}
   *
   * <p>Service is exchanged for service (FP1); money and goods are only indirect service (FP2, FP3),
   * so a customer who pays serves its provider. Each unanswered relation is one violation naming the
   * server, then the one served.
   */
  public static Rule serviceForService() {
    return SERVICE_FOR_SERVICE;
  }

  /**
   * {@return axiom 2, co-creation: every value-in-use of the {@link Sphere#JOINT joint sphere} has
   * at least one contributor besides its beneficiary}
   *
   * <p>That the beneficiary is always among the contributors, and that every contributor is an actor
   * of the ecosystem, the model already guarantees. Value-in-use of the provider or the customer
   * sphere may have a single contributor: there the provider facilitates or the customer creates
   * value alone (Grönroos &amp; Voima 2013). Each violation names the beneficiary, then the activity
   * if one is known.
   */
  public static Rule coCreation() {
    return CO_CREATION;
  }

  /**
   * {@return axiom 3, resource integration: every actor {@code ACCESSES} at least one resource, or
   * {@code PERFORMS} at least one activity that {@code INTEGRATES} one}
   *
   * <p>Each violation names the actor, then the activities it performs that integrate nothing.
   */
  public static Rule resourceIntegration() {
    return RESOURCE_INTEGRATION;
  }

  /**
   * {@return axiom 4, value determined by the beneficiary: a view {@code (h, s)} that one actor holds
   * of another's logic, such as a provider's model {@code (p, c)} of its customer, is never the only
   * view; the other's own logic {@code (s, s)} is there to check it against}
   *
   * <p>Only the customer determines what it values; a firm's model of it is a belief to be checked
   * against the customer's own logic, never a substitute for it. Each violation names the holder,
   * then the subject whose own logic is missing.
   */
  public static Rule beneficiaryDeterminesValue() {
    return BENEFICIARY_DETERMINES_VALUE;
  }

  /**
   * {@return axiom 5, coordination through institutions: the two actors of every {@code SERVES}
   * relation between different actors {@code ADHERE_TO} at least one common institution}
   *
   * <p>Each pair of actors is reported once, however many {@code SERVES} relations join it; the
   * violation names the pair in the order of the first such relation.
   */
  public static Rule institutionalCoordination() {
    return INSTITUTIONAL_COORDINATION;
  }

  // ------------------------------------------------------------------------------------------

  private static List<Violation> serviceForServiceViolations(ServiceEcosystem eco) {
    List<Violation> found = new ArrayList<>();
    for (Actor server : eco.actors()) {
      for (Relation serves : eco.relations(server, RelationType.SERVES, Direction.OUTGOING)) {
        Element served = serves.target();
        if (!served.equals(server)
            && eco.relation(served, RelationType.SERVES, server).isEmpty()) {
          found.add(
              Violation.of(
                  SERVICE_FOR_SERVICE_ID,
                  quote(server)
                      + " SERVES "
                      + quote(served)
                      + ", but "
                      + quote(served)
                      + " does not SERVE "
                      + quote(server)
                      + " in return: service is exchanged for service",
                  server,
                  served));
        }
      }
    }
    return found;
  }

  private static List<Violation> coCreationViolations(ServiceEcosystem eco) {
    List<Violation> found = new ArrayList<>();
    for (ValueInUse v : eco.valueInUse()) {
      if (v.sphere() == Sphere.JOINT && v.contributors().size() < 2) {
        List<Element> involved = new ArrayList<>();
        involved.add(v.beneficiary());
        v.activity().ifPresent(involved::add);
        found.add(
            Violation.of(
                CO_CREATION_ID,
                "value-in-use of "
                    + quote(v.beneficiary())
                    + v.activity().map(a -> " in " + quote(a)).orElse("")
                    + " (JOINT sphere, valence "
                    + v.valence()
                    + ") has no contributor besides its beneficiary: co-created value needs"
                    + " another actor",
                involved));
      }
    }
    return found;
  }

  private static List<Violation> resourceIntegrationViolations(ServiceEcosystem eco) {
    List<Violation> found = new ArrayList<>();
    for (Actor actor : eco.actors()) {
      if (!eco.relations(actor, RelationType.ACCESSES, Direction.OUTGOING).isEmpty()) {
        continue;
      }
      List<Element> idle = new ArrayList<>();
      boolean integrates = false;
      for (Relation performs : eco.relations(actor, RelationType.PERFORMS, Direction.OUTGOING)) {
        if (eco.relations(performs.target(), RelationType.INTEGRATES, Direction.OUTGOING)
            .isEmpty()) {
          idle.add(performs.target());
        } else {
          integrates = true;
          break;
        }
      }
      if (!integrates) {
        // by id, so that the message does not depend on the order in which the ecosystem was built
        idle.sort(Comparator.comparing(Element::id));
        List<Element> involved = new ArrayList<>();
        involved.add(actor);
        involved.addAll(idle);
        found.add(
            Violation.of(
                RESOURCE_INTEGRATION_ID,
                quote(actor)
                    + " accesses no resource and performs "
                    + (idle.isEmpty()
                        ? "no activity"
                        : "only activities that integrate no resource ("
                            + idle.stream().map(SdlAxioms::quote).toList()
                            + ")")
                    + ": every actor is a resource integrator",
                involved));
      }
    }
    return found;
  }

  private static List<Violation> beneficiaryViolations(ServiceEcosystem eco) {
    List<Violation> found = new ArrayList<>();
    @Nullable Perspective last = null;
    for (Perspective p : eco.perspectives().keySet()) {
      // a pair's perspectives of several aspects come together: one violation per pair
      boolean samePair = last != null && last.holder().equals(p.holder())
          && last.subject().equals(p.subject());
      last = p;
      if (!samePair && !p.isOwn() && eco.perspective(p.subject(), p.subject()).isEmpty()) {
        found.add(
            Violation.of(
                BENEFICIARY_ID,
                quote(p.holder())
                    + " holds a view of "
                    + quote(p.subject())
                    + "'s logic, but "
                    + quote(p.subject())
                    + " has no logic of its own to check it against: only the beneficiary"
                    + " determines value",
                p.holder(),
                p.subject()));
      }
    }
    return found;
  }

  private static List<Violation> institutionViolations(ServiceEcosystem eco) {
    List<Violation> found = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (Actor server : eco.actors()) {
      for (Relation serves : eco.relations(server, RelationType.SERVES, Direction.OUTGOING)) {
        Element served = serves.target();
        if (served.equals(server)) {
          continue;
        }
        List<String> pair =
            server.id().compareTo(served.id()) < 0
                ? ImmutableList.of(server.id(), served.id())
                : ImmutableList.of(served.id(), server.id());
        if (!seen.add(pair)) {
          continue;
        }
        Set<Element> shared =
            new HashSet<>(eco.neighbours(server, RelationType.ADHERES_TO, Direction.OUTGOING));
        shared.retainAll(eco.neighbours(served, RelationType.ADHERES_TO, Direction.OUTGOING));
        if (shared.isEmpty()) {
          // a pair that serves both ways is named from the lower id, whichever relation came first
          Element from = server;
          Element to = served;
          if (served.id().compareTo(server.id()) < 0
              && eco.relation(served, RelationType.SERVES, server).isPresent()) {
            from = served;
            to = server;
          }
          found.add(
              Violation.of(
                  INSTITUTIONS_ID,
                  quote(from)
                      + " SERVES "
                      + quote(to)
                      + ", but they ADHERE_TO no common institution to coordinate by",
                  from,
                  to));
        }
      }
    }
    return found;
  }

  /** {@return the id of {@code element} in single quotes} */
  static String quote(Element element) {
    return "'" + element.id() + "'";
  }
}
