package org.attune.theory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.Reach;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.ecosystem.Traversal;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.attune.model.Sphere;
import org.attune.model.ValueInUse;

/**
 * The foundations of Customer-Dominant Logic (Heinonen &amp; Strandvik 2015, "Customer-dominant logic:
 * foundations and implications", <i>Journal of Services Marketing</i> 29(6/7)) that can be checked on
 * a {@link ServiceEcosystem}.
 *
 * <p>The paper names five foundations: marketing as a business perspective, customer logic as the
 * central concept, the offering seen through the customer lens, value as formed and not created, and
 * the prevalence of customer ecosystems. <b>The first is a stance, not a rule</b>: it says how a firm
 * should see its whole business (marketing as the firm's strategic foundation rather than one of its
 * functions, dominated by customer-related aspects instead of products, systems or costs). That is a
 * choice of viewpoint made by the firm or the analyst; no relation, perspective or value-in-use of an
 * ecosystem records it, so no ecosystem can break it, and a rule that could never fail would only
 * pretend to check. Attune takes that stance in its own design instead: its metrics weigh what
 * matters by the customer's own logic. The other four are made checkable below.
 *
 * <p>In an ecosystem, roles follow from relations (actor-to-actor, after Vargo &amp; Lusch 2016), and
 * a {@link CustomerFocus} says which of them make a <i>customer</i> of the analysis and who its
 * <i>providers</i> are. By default ({@link CustomerFocus#beneficiaries()}) a customer is an actor
 * another actor {@code SERVES}, unless that service only answers its own offer: the patient who pays
 * the clinic serves it ({@code sdl.service-for-service}), but the clinic, which {@code OFFERS} the
 * value proposition, does not thereby become the patient's customer. So a well-modelled ecosystem
 * can satisfy {@link SdlAxioms} and these foundations at once. {@link #all(CustomerFocus)} applies
 * the rules to declared customers instead.
 *
 * <table class="striped">
 *   <caption>The foundations and what is checked</caption>
 *   <thead><tr><th>rule id</th><th>foundation</th><th>what is checked</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code cdl.customer-logic-central}</td><td>customer logic as the central concept</td>
 *         <td>every customer has its own logic {@code (c, c)}</td></tr>
 *     <tr><td>{@code cdl.customer-lens}</td><td>offering seen through the customer lens</td>
 *         <td>every provider holds a model {@code (p, c)} of each customer it serves</td></tr>
 *     <tr><td>{@code cdl.value-formation}</td><td>value as formed and not created</td>
 *         <td>every actor with value-in-use has some of it in its own, customer sphere</td></tr>
 *     <tr><td>{@code cdl.customer-ecosystems}</td><td>the prevalence of customer ecosystems</td>
 *         <td>every customer's ecosystem holds an actor beyond its providers: one reached within
 *             {@value ServiceEcosystem#DEFAULT_RADIUS} steps of the customer ecosystem's traversal
 *             without passing through a provider</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The rules check necessary conditions, not the whole of each foundation: that a customer's own
 * logic is recorded does not show that it is central to the firm's decisions, only that it could be.
 *
 * <p>Every rule here is immutable, thread-safe and pure; this class has no state.
 */
public final class CdlFoundations {

  private static final String SOURCE = "Heinonen & Strandvik (2015), foundation ";

  private static final String LOGIC_ID = "cdl.customer-logic-central";
  private static final String LENS_ID = "cdl.customer-lens";
  private static final String FORMATION_ID = "cdl.value-formation";
  private static final String ECOSYSTEMS_ID = "cdl.customer-ecosystems";

  private static final String NAME = "CDL foundations (Heinonen & Strandvik 2015)";

  private static final RuleSet ALL = of(CustomerFocus.beneficiaries());

  private static final Rule CUSTOMER_LOGIC_CENTRAL = ALL.rules().get(0);
  private static final Rule CUSTOMER_LENS = ALL.rules().get(1);
  private static final Rule VALUE_FORMATION = ALL.rules().get(2);
  private static final Rule CUSTOMER_ECOSYSTEMS = ALL.rules().get(3);

  private CdlFoundations() {}

  /**
   * {@return the four checkable foundations, in the paper's order, as a rule set named "CDL
   * foundations (Heinonen &amp; Strandvik 2015)"}
   */
  public static RuleSet all() {
    return ALL;
  }

  /**
   * {@return the four checkable foundations, in the paper's order, applied to the customers {@code
   * focus} picks, as a rule set named "CDL foundations (Heinonen &amp; Strandvik 2015)"}
   *
   * <p>{@link #all()} is {@code all(CustomerFocus.beneficiaries())}. Use {@link
   * CustomerFocus#of(java.util.Collection)} to name the customers of an analysis, such as the
   * patients of a clinic that pay it ({@code sdl.service-for-service}) and are its only customers.
   *
   * @param focus who the customers are, and their providers
   * @throws NullPointerException if {@code focus} is null
   */
  public static RuleSet all(CustomerFocus focus) {
    return of(requireNonNull(focus, "focus"));
  }

  private static RuleSet of(CustomerFocus focus) {
    String customer = "every customer (" + focus.description() + ")";
    return RuleSet.of(
            Rule.of(
                LOGIC_ID,
                "customer logic as the central concept",
                SOURCE + "2 of 5",
                customer + " has its own logic (c, c)",
                eco -> logicViolations(eco, focus)),
            Rule.of(
                LENS_ID,
                "offering seen through the customer lens",
                SOURCE + "3 of 5",
                "every provider holds a model (p, c) of each customer it SERVES, " + customer,
                eco -> lensViolations(eco, focus)),
            Rule.of(
                FORMATION_ID,
                "value as formed and not created",
                SOURCE + "4 of 5",
                "every actor with value-in-use, other than one that is only a provider of"
                    + " customers, has some of it in its own, CUSTOMER sphere",
                eco -> formationViolations(eco, focus)),
            Rule.of(
                ECOSYSTEMS_ID,
                "the prevalence of customer ecosystems",
                SOURCE + "5 of 5",
                customer
                    + " has an ecosystem holding an actor beyond its providers: one reached within "
                    + ServiceEcosystem.DEFAULT_RADIUS
                    + " steps of the customer ecosystem's traversal, without passing through a"
                    + " provider",
                eco -> ecosystemViolations(eco, focus)))
        .named(NAME);
  }

  /**
   * {@return customer logic as the central concept: every customer has its own logic {@code (c,
   * c)}}
   *
   * <p>CDL starts from the customer's logic, not the provider's; without the customer's own logic
   * there is nothing to start from. This is the precondition of the foundation, not the whole of it:
   * whether that logic is central to a firm's decisions is, like the first foundation, a stance. Each
   * violation names the customer, then its providers.
   */
  public static Rule customerLogicCentral() {
    return CUSTOMER_LOGIC_CENTRAL;
  }

  /**
   * {@return the offering seen through the customer lens: every provider holds a model {@code (p,
   * c)} of each customer it {@code SERVES}}
   *
   * <p>A provider can see its offering through a customer's lens only if it has a view of that
   * customer's logic. Each violation names the provider, then the customer.
   */
  public static Rule customerLens() {
    return CUSTOMER_LENS;
  }

  /**
   * {@return value as formed and not created: every actor that is the beneficiary of value-in-use
   * has some of it in its own, {@link Sphere#CUSTOMER customer} sphere}
   *
   * <p>In CDL value is formed in the customer's life, mostly beyond the provider's sight, and not
   * only created in interaction; value-in-use all of which lies in the provider and joint spheres
   * shows a provider-dominant picture. Actors without value-in-use are not checked: a missing record
   * is not evidence. Each violation names the beneficiary.
   */
  public static Rule valueFormation() {
    return VALUE_FORMATION;
  }

  /**
   * {@return the prevalence of customer ecosystems: every customer's ecosystem holds an actor beyond
   * its providers}
   *
   * <p>The customer ecosystem (Voima, Heinonen &amp; Strandvik 2011) holds the actors and elements
   * relevant to the customer: family, peers, other firms, not only the providers that serve it. The
   * rule looks at the elements {@link Reach} reaches from the customer within {@value
   * ServiceEcosystem#DEFAULT_RADIUS} steps of {@link Traversal#customerEcosystem()}, the traversal of
   * {@link ServiceEcosystem#around(Actor, int)}, taking no step from one of its providers (what is
   * reached only through a provider belongs to the provider's network), and asks for at least one
   * actor there besides the customer and its providers. So an actor counts when the customer's own
   * ties reach it (it influences the customer, partners with it, is a collective the customer
   * belongs to), or when it bears on an element of the customer's life (it supports the customer's
   * activity); an actor that merely performs the same activity, adheres to the same institution or
   * accesses the same resource does not. Each violation names the customer, then its providers by
   * id.
   */
  public static Rule customerEcosystems() {
    return CUSTOMER_ECOSYSTEMS;
  }

  // ------------------------------------------------------------------------------------------

  private static List<Violation> logicViolations(ServiceEcosystem eco, CustomerFocus focus) {
    List<Violation> found = new ArrayList<>();
    for (Actor customer : focus.customers(eco)) {
      List<Actor> providers = focus.providers(eco, customer);
      if (!providers.isEmpty() && eco.perspective(customer, customer).isEmpty()) {
        List<Element> involved = new ArrayList<>();
        involved.add(customer);
        involved.addAll(providers);
        found.add(
            Violation.of(
                LOGIC_ID,
                SdlAxioms.quote(customer)
                    + " is served by "
                    + quoted(providers)
                    + " but has no logic of its own ("
                    + customer.id()
                    + ", "
                    + customer.id()
                    + "): CDL starts from the customer's logic",
                involved));
      }
    }
    return found;
  }

  private static List<Violation> lensViolations(ServiceEcosystem eco, CustomerFocus focus) {
    List<Violation> found = new ArrayList<>();
    for (Actor customer : focus.customers(eco)) {
      for (Actor provider : focus.providers(eco, customer)) {
        if (eco.perspective(provider, customer).isEmpty()) {
          found.add(
              Violation.of(
                  LENS_ID,
                  SdlAxioms.quote(provider)
                      + " SERVES "
                      + SdlAxioms.quote(customer)
                      + " but holds no model ("
                      + provider.id()
                      + ", "
                      + customer.id()
                      + ") of its logic: it cannot see its offering through the customer's lens",
                  provider,
                  customer));
        }
      }
    }
    return found;
  }

  private static List<Violation> formationViolations(ServiceEcosystem eco, CustomerFocus focus) {
    List<Violation> found = new ArrayList<>();
    Set<Actor> customers = new HashSet<>(focus.customers(eco));
    Set<Actor> providers = new HashSet<>();
    for (Actor customer : customers) {
      providers.addAll(focus.providers(eco, customer));
    }
    for (Actor beneficiary : eco.actors()) {
      if (providers.contains(beneficiary) && !customers.contains(beneficiary)) {
        continue; // a provider only: CDL asks where its customers' value forms, not its own
      }
      List<ValueInUse> values = eco.valueInUse(beneficiary);
      if (!values.isEmpty() && values.stream().noneMatch(v -> v.sphere() == Sphere.CUSTOMER)) {
        found.add(
            Violation.of(
                FORMATION_ID,
                "all "
                    + values.size()
                    + " value-in-use of "
                    + SdlAxioms.quote(beneficiary)
                    + " lies in the provider or joint sphere, none in its own: value forms in the"
                    + " customer's life, not only in interaction",
                beneficiary));
      }
    }
    return found;
  }

  private static List<Violation> ecosystemViolations(ServiceEcosystem eco, CustomerFocus focus) {
    List<Violation> found = new ArrayList<>();
    for (Actor customer : focus.customers(eco)) {
      List<Actor> providers = focus.providers(eco, customer);
      if (providers.isEmpty() || beyondProviders(eco, customer, providers)) {
        continue;
      }
      List<Actor> sorted =
          providers.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
      List<Element> involved = new ArrayList<>();
      involved.add(customer);
      involved.addAll(sorted);
      found.add(
          Violation.of(
              ECOSYSTEMS_ID,
              "the ecosystem of "
                  + SdlAxioms.quote(customer)
                  + " holds no actor beyond its providers "
                  + quoted(sorted)
                  + ": a customer's ecosystem reaches past the firms that serve it",
              involved));
    }
    return found;
  }

  /**
   * {@return whether an actor other than the customer and its providers is in the customer's
   * ecosystem, reached without passing through a provider}
   */
  private static boolean beyondProviders(
      ServiceEcosystem eco, Actor customer, List<Actor> providers) {
    Reach reach =
        Reach.of(eco, customer, ServiceEcosystem.DEFAULT_RADIUS, new NotThroughProviders(providers));
    for (Element e : reach.elements()) {
      if (e instanceof Actor && !e.equals(customer) && !providers.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The customer ecosystem's own traversal, {@link Traversal#customerEcosystem()}, that takes no step
   * from one of the customer's providers: what is reached only through a provider belongs to the
   * provider's network.
   */
  private record NotThroughProviders(List<Actor> providers) implements Traversal {

    @Override
    public boolean follows(Actor customer, Element from, Relation relation, Element to, int hop) {
      return !providers.contains(from)
          && Traversal.customerEcosystem().follows(customer, from, relation, to, hop);
    }

    @Override
    public boolean mayFollow(
        Actor customer, Element from, RelationType type, Direction direction, int hop) {
      return !providers.contains(from)
          && Traversal.customerEcosystem().mayFollow(customer, from, type, direction, hop);
    }
  }

  private static String quoted(List<Actor> actors) {
    return actors.stream().map(SdlAxioms::quote).toList().toString();
  }
}
