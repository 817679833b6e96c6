package org.attune.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.attune.model.internal.Arguments;

/**
 * The type of a {@link Relation}, naming the kinds of element it may connect. The set is open: the
 * built-ins below cover the relations of SDL and CDL, and a user may declare more with {@link #of}.
 *
 * <table class="striped">
 *   <caption>Built-in relation types</caption>
 *   <thead><tr><th>type</th><th>source</th><th>target</th><th>meaning</th><th>effect flow</th>
 *       </tr></thead>
 *   <tbody>
 *     <tr><td>{@link #SERVES}</td><td>actor</td><td>actor</td>
 *         <td>applies its competences for the other's benefit (SDL FP1)</td>
 *         <td>forward: the benefit is the target's</td></tr>
 *     <tr><td>{@link #PARTNERS_WITH}</td><td>actor</td><td>actor</td>
 *         <td>co-operates in a provider network</td>
 *         <td>mutual: partners bear on one another</td></tr>
 *     <tr><td>{@link #INFLUENCES}</td><td>actor</td><td>actor</td>
 *         <td>bears on the other's choices or value formation</td>
 *         <td>forward, by definition</td></tr>
 *     <tr><td>{@link #MEMBER_OF}</td><td>actor</td><td>actor</td>
 *         <td>belongs to a collective or an organisation</td>
 *         <td>backward: the collective bears on its member</td></tr>
 *     <tr><td>{@link #ACCESSES}</td><td>actor</td><td>resource</td>
 *         <td>can integrate the resource (SDL axiom 3)</td>
 *         <td>backward: the resource enables the actor</td></tr>
 *     <tr><td>{@link #PERFORMS}</td><td>actor</td><td>activity</td>
 *         <td>carries out the activity in its own life (CDL)</td>
 *         <td>backward: value forms in the actor's activities</td></tr>
 *     <tr><td>{@link #INTEGRATES}</td><td>activity</td><td>resource</td>
 *         <td>the activity draws on the resource</td>
 *         <td>backward: the resource feeds the activity</td></tr>
 *     <tr><td>{@link #SUPPORTS}</td><td>actor, value proposition</td><td>activity</td>
 *         <td>is invited into the customer's activity (CDL)</td>
 *         <td>forward: the supporter shapes the activity</td></tr>
 *     <tr><td>{@link #ADHERES_TO}</td><td>actor</td><td>institution</td>
 *         <td>follows the rule, norm or belief (SDL axiom 5)</td>
 *         <td>backward: the institution enables and constrains the actor</td></tr>
 *     <tr><td>{@link #OFFERS}</td><td>actor</td><td>value proposition</td>
 *         <td>proposes value (SDL FP7)</td>
 *         <td>forward: the offerer shapes the proposition</td></tr>
 *     <tr><td>{@link #OPERATES}</td><td>actor</td><td>touchpoint</td>
 *         <td>runs the touchpoint</td>
 *         <td>forward: the operator shapes the touchpoint</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Effect flow.</b> Each type states which way its effect flows ({@link EffectFlow}): which end
 * bears on the other's value formation. The built-ins follow their sources: service is for the
 * beneficiary's benefit (SDL FP1, Vargo &amp; Lusch 2004); in CDL value forms in the
 * customer's own activities and collectives, so what an actor performs, accesses, adheres to or is a
 * member of bears on the actor (Heinonen et al. 2010; Voima, Heinonen &amp; Strandvik 2011);
 * institutions enable and constrain the actors that follow them (Vargo &amp; Lusch 2016, axiom 5);
 * partnership is two-way (Gummesson, as the partnership essay reads him). A type declared without a
 * flow flows {@link EffectFlow#FORWARD}, from source to target.
 *
 * <p>Immutable, null-hostile and thread-safe. Two relation types are equal when their names, element
 * kinds and effect flows are equal; an ecosystem allows one type per name, so two declarations of one
 * name that differ only in their flow are a conflict its builder reports.
 *
 * @param name the name: non-blank, conventionally upper case, such as {@code "SERVES"}
 * @param sources the element kinds a relation of this type may start at: at least one
 * @param targets the element kinds a relation of this type may end at: at least one
 * @param flow which way the effect of a relation of this type flows
 */
public record RelationType(
    String name, Set<ElementKind> sources, Set<ElementKind> targets, EffectFlow flow) {

  /**
   * An actor serves another: applies its competences for the other's benefit (SDL FP1). Flows
   * {@link EffectFlow#FORWARD}: the benefit is the served actor's.
   */
  public static final RelationType SERVES = actorToActor("SERVES");

  /**
   * An actor partners with another in a provider network. Flows {@link EffectFlow#MUTUAL}: partners
   * bear on one another.
   */
  public static final RelationType PARTNERS_WITH =
      of("PARTNERS_WITH", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR),
          EffectFlow.MUTUAL);

  /**
   * An actor influences another's choices or value formation. Flows {@link EffectFlow#FORWARD}, by
   * definition.
   */
  public static final RelationType INFLUENCES = actorToActor("INFLUENCES");

  /**
   * An actor is a member of a collective or an organisation. Flows {@link EffectFlow#BACKWARD}: the
   * collective bears on its member (the collectives of the customer ecosystem, Voima, Heinonen &amp;
   * Strandvik 2011).
   */
  public static final RelationType MEMBER_OF =
      of("MEMBER_OF", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR),
          EffectFlow.BACKWARD);

  /**
   * An actor has access to a resource it may integrate (SDL axiom 3). Flows {@link
   * EffectFlow#BACKWARD}: the resource enables the actor.
   */
  public static final RelationType ACCESSES =
      of("ACCESSES", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.RESOURCE),
          EffectFlow.BACKWARD);

  /**
   * An actor performs an activity of its own life (CDL). Flows {@link EffectFlow#BACKWARD}: value
   * forms in the actor's activities (Heinonen et al. 2010).
   */
  public static final RelationType PERFORMS =
      of("PERFORMS", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTIVITY),
          EffectFlow.BACKWARD);

  /**
   * An activity integrates a resource. Flows {@link EffectFlow#BACKWARD}: the resource feeds the
   * activity (SDL axiom 3).
   */
  public static final RelationType INTEGRATES =
      of("INTEGRATES", EnumSet.of(ElementKind.ACTIVITY), EnumSet.of(ElementKind.RESOURCE),
          EffectFlow.BACKWARD);

  /**
   * An actor or a value proposition supports a customer's activity (CDL). Flows {@link
   * EffectFlow#FORWARD}: the supporter, invited in, shapes the activity.
   */
  public static final RelationType SUPPORTS =
      of(
          "SUPPORTS",
          EnumSet.of(ElementKind.ACTOR, ElementKind.VALUE_PROPOSITION),
          EnumSet.of(ElementKind.ACTIVITY));

  /**
   * An actor adheres to an institution (SDL axiom 5). Flows {@link EffectFlow#BACKWARD}: the
   * institution enables and constrains the actor.
   */
  public static final RelationType ADHERES_TO =
      of("ADHERES_TO", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.INSTITUTION),
          EffectFlow.BACKWARD);

  /**
   * An actor offers a value proposition (SDL FP7). Flows {@link EffectFlow#FORWARD}: the offerer
   * shapes the proposition.
   */
  public static final RelationType OFFERS =
      of("OFFERS", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.VALUE_PROPOSITION));

  /**
   * An actor operates a touchpoint. Flows {@link EffectFlow#FORWARD}: the operator shapes the
   * touchpoint.
   */
  public static final RelationType OPERATES =
      of("OPERATES", EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.TOUCHPOINT));

  private static final ImmutableList<RelationType> BUILT_INS =
      ImmutableList.of(
          SERVES, PARTNERS_WITH, INFLUENCES, MEMBER_OF, ACCESSES, PERFORMS, INTEGRATES, SUPPORTS,
          ADHERES_TO, OFFERS, OPERATES);

  /**
   * Validates the components and copies the sets.
   *
   * @param name the name: non-blank, conventionally upper case, such as {@code "SERVES"}
   * @param sources the element kinds a relation of this type may start at: at least one
   * @param targets the element kinds a relation of this type may end at: at least one
   * @param flow which way the effect of a relation of this type flows
   * @throws NullPointerException if any component is null or holds null
   * @throws IllegalArgumentException if {@code name} is blank or a set of kinds is empty
   */
  public RelationType {
    Arguments.id(name, "name");
    sources = kinds(sources, "sources");
    targets = kinds(targets, "targets");
    requireNonNull(flow, "flow");
  }

  /**
   * A relation type whose effect flows {@link EffectFlow#FORWARD}, from source to target.
   *
   * @param name the name: non-blank, conventionally upper case, such as {@code "SERVES"}
   * @param sources the element kinds a relation of this type may start at: at least one
   * @param targets the element kinds a relation of this type may end at: at least one
   * @throws NullPointerException if any component is null or holds null
   * @throws IllegalArgumentException if {@code name} is blank or a set of kinds is empty
   */
  public RelationType(String name, Set<ElementKind> sources, Set<ElementKind> targets) {
    this(name, sources, targets, EffectFlow.FORWARD);
  }

  /**
   * {@return a relation type connecting the given kinds of element, its effect flowing {@link
   * EffectFlow#FORWARD} from source to target}
   *
   * <pre>{@code
   * RelationType caresFor = RelationType.of("CARES_FOR",
   *     EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR));
   * }</pre>
   *
   * @param name the name: non-blank
   * @param sources the kinds a relation may start at: at least one
   * @param targets the kinds a relation may end at: at least one
   */
  public static RelationType of(
      String name, Set<ElementKind> sources, Set<ElementKind> targets) {
    return new RelationType(name, sources, targets, EffectFlow.FORWARD);
  }

  /**
   * {@return a relation type connecting the given kinds of element, its effect flowing as given}
   *
   * <pre>{@code
   * // the club bears on its members, as a MEMBER_OF collective does
   * RelationType attends = RelationType.of("ATTENDS",
   *     EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR), EffectFlow.BACKWARD);
   * }</pre>
   *
   * @param name the name: non-blank
   * @param sources the kinds a relation may start at: at least one
   * @param targets the kinds a relation may end at: at least one
   * @param flow which way the effect of a relation of this type flows
   */
  public static RelationType of(
      String name, Set<ElementKind> sources, Set<ElementKind> targets, EffectFlow flow) {
    return new RelationType(name, sources, targets, flow);
  }

  /**
   * {@return a relation type between two actors, its effect flowing {@link EffectFlow#FORWARD}}
   *
   * @param name the name: non-blank
   */
  public static RelationType actorToActor(String name) {
    return of(name, EnumSet.of(ElementKind.ACTOR), EnumSet.of(ElementKind.ACTOR));
  }

  /** {@return the eleven built-in relation types, in the order of this class's table} */
  public static List<RelationType> builtIns() {
    return BUILT_INS;
  }

  /**
   * {@return whether a relation of this type may run from {@code source} to {@code target}}
   *
   * @param source the source element
   * @param target the target element
   * @throws NullPointerException if {@code source} or {@code target} is null
   */
  public boolean connects(Element source, Element target) {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    return sources.contains(source.elementKind()) && targets.contains(target.elementKind());
  }

  /** {@return the name} */
  @Override
  public String toString() {
    return name;
  }

  private static Set<ElementKind> kinds(Set<ElementKind> kinds, String field) {
    requireNonNull(kinds, field);
    for (ElementKind kind : kinds) {
      requireNonNull(kind, field + " element");
    }
    checkArgument(
        !kinds.isEmpty(), "%s must name at least one element kind, but was %s", field, kinds);
    return Sets.immutableEnumSet(kinds);
  }
}
