package org.attune.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.attune.model.internal.Arguments;

/**
 * Value-in-use: value as the beneficiary experiences it in use. It is "always uniquely and
 * phenomenologically determined by the beneficiary" (Vargo &amp; Lusch 2016, axiom 4) and "co-created by
 * multiple actors, always including the beneficiary" (axiom 2). CDL adds that value is formed in the
 * customer's own life, not only created in interaction (Heinonen &amp; Strandvik 2015); the {@link
 * Sphere} says where (Grönroos &amp; Voima 2013).
 *
 * <p>Two invariants cannot be broken: the only assessor of a value-in-use is its {@code beneficiary}
 * (there is no other assessor to name), and the {@code contributors} always include the beneficiary
 * (it is added when missing).
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * ValueInUse v = ValueInUse.of(alice, Sphere.JOINT, 0.6, clinic);   // contributors: alice, clinic
 * }</pre>
 *
 * @param beneficiary the actor who experiences and assesses the value
 * @param sphere where the value forms: provider, joint or customer sphere
 * @param valence how the beneficiary assesses it: in [-1, 1], from value destruction (-1) to the
 *     greatest value (1)
 * @param contributors every actor who contributed, the beneficiary first, in the order given
 * @param activity the customer activity in which the value formed, if known
 */
public record ValueInUse(
    Actor beneficiary,
    Sphere sphere,
    double valence,
    Set<Actor> contributors,
    Optional<Activity> activity) {

  /**
   * Validates the components and puts the beneficiary first among the contributors.
   *
   * @param beneficiary the actor who experiences and assesses the value
   * @param sphere where the value forms: provider, joint or customer sphere
   * @param valence how the beneficiary assesses it: in [-1, 1], from value destruction (-1) to the
   * @param contributors every actor who contributed, the beneficiary first, in the order given
   * @param activity the customer activity in which the value formed, if known
   * @throws NullPointerException if any component is null or {@code contributors} holds null
   * @throws IllegalArgumentException if {@code valence} is not a number in [-1, 1]
   */
  public ValueInUse {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(sphere, "sphere");
    Arguments.inClosedRange(valence, -1, 1, "valence");
    requireNonNull(contributors, "contributors");
    requireNonNull(activity, "activity");
    ImmutableSet.Builder<Actor> all = ImmutableSet.builder();
    all.add(beneficiary);
    for (Actor contributor : contributors) {
      all.add(requireNonNull(contributor, "contributors element"));
    }
    contributors = all.build();
  }

  /**
   * {@return a value-in-use with no known activity}
   *
   * @param beneficiary who experiences and assesses the value
   * @param sphere where it forms
   * @param valence in [-1, 1]
   * @param otherContributors the contributors besides the beneficiary, who is always added
   */
  public static ValueInUse of(
      Actor beneficiary, Sphere sphere, double valence, Actor... otherContributors) {
    requireNonNull(otherContributors, "otherContributors");
    for (int i = 0; i < otherContributors.length; i++) {
      requireNonNull(otherContributors[i], "otherContributors[" + i + "]");
    }
    return new ValueInUse(
        beneficiary, sphere, valence, ImmutableSet.copyOf(Arrays.asList(otherContributors)),
        Optional.empty());
  }

  /**
   * {@return a copy of this value-in-use that formed in {@code activity}}
   *
   * @param activity the customer activity
   */
  public ValueInUse in(Activity activity) {
    return new ValueInUse(beneficiary, sphere, valence, contributors, Optional.of(activity));
  }

  /**
   * {@return whether {@code actor} contributed to this value-in-use}
   *
   * @param actor the actor to look up
   */
  public boolean hasContributor(Actor actor) {
    return contributors.contains(requireNonNull(actor, "actor"));
  }

  /**
   * {@return a short form naming the actors and the activity by id}; names are personal data and are
   * left out
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ValueInUse[beneficiary=").append(beneficiary.id());
    s.append(", sphere=").append(sphere).append(", valence=").append(valence);
    s.append(", contributors=[");
    String sep = "";
    for (Actor a : contributors) {
      s.append(sep).append(a.id());
      sep = ", ";
    }
    s.append(']');
    activity.ifPresent(a -> s.append(", activity=").append(a.id()));
    return s.append(']').toString();
  }
}
