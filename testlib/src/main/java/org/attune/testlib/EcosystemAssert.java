package org.attune.testlib;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.attune.ecosystem.Direction;
import org.attune.ecosystem.ServiceEcosystem;
import org.attune.model.Actor;
import org.attune.model.Element;
import org.attune.model.Profile;
import org.attune.model.Relation;
import org.attune.model.RelationType;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link ServiceEcosystem}; get one from {@link
 * AttuneAssertions#assertThat(ServiceEcosystem)}. Messages name elements by id.
 *
 * <pre>{@code
 * assertThat(eco).contains(alice, clinic).hasRelation(clinic, RelationType.SERVES, alice)
 *     .hasNoRelation(alice, RelationType.SERVES, clinic).hasPerspective(alice, alice);
 * }</pre>
 */
public final class EcosystemAssert extends AbstractAssert<EcosystemAssert, ServiceEcosystem> {

  EcosystemAssert(ServiceEcosystem actual) {
    super(actual, EcosystemAssert.class);
  }

  /**
   * {@return this}, after checking the ecosystem holds every one of {@code elements}
   *
   * @param elements the elements
   */
  @CanIgnoreReturnValue
  public EcosystemAssert contains(Element... elements) {
    requireNonNull(elements, "elements");
    isNotNull();
    for (Element e : elements) {
      if (!actual.contains(requireNonNull(e, "elements element"))) {
        failWithMessage(
            "Expected the ecosystem to contain '%s', but it does not (%s elements)",
            e.id(), actual.elementCount());
      }
    }
    return this;
  }

  /**
   * {@return this}, after checking the ecosystem holds none of {@code elements}
   *
   * @param elements the elements
   */
  @CanIgnoreReturnValue
  public EcosystemAssert doesNotContain(Element... elements) {
    requireNonNull(elements, "elements");
    isNotNull();
    for (Element e : elements) {
      if (actual.contains(requireNonNull(e, "elements element"))) {
        failWithMessage("Expected the ecosystem not to contain '%s', but it does", e.id());
      }
    }
    return this;
  }

  /**
   * {@return this}, after checking the ecosystem has {@code expected} elements
   *
   * @param expected how many
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasElementCount(int expected) {
    isNotNull();
    if (actual.elementCount() != expected) {
      failWithMessage(
          "Expected %s elements, but the ecosystem has %s", expected, actual.elementCount());
    }
    return this;
  }

  /**
   * {@return this}, after checking the ecosystem has {@code expected} relations
   *
   * @param expected how many
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasRelationCount(int expected) {
    isNotNull();
    if (actual.relationCount() != expected) {
      failWithMessage(
          "Expected %s relations, but the ecosystem has %s", expected, actual.relationCount());
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code source} relates to {@code target} by {@code type}
   *
   * @param source where the relation starts
   * @param type its type
   * @param target where it ends
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasRelation(Element source, RelationType type, Element target) {
    relation(source, type, target);
    return this;
  }

  /**
   * {@return this}, after checking {@code source} relates to {@code target} by {@code type} with a
   * strength within {@code offset} of {@code strength}
   *
   * @param source where the relation starts
   * @param type its type
   * @param target where it ends
   * @param strength the expected strength
   * @param offset the tolerance, such as {@code within(1e-9)}
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasRelation(
      Element source, RelationType type, Element target, double strength, Offset<Double> offset) {
    requireNonNull(offset, "offset");
    Relation r = relation(source, type, target);
    if (r != null && !ScoreAssert.close(r.strength(), strength, offset)) {
      failWithMessage(
          "Expected '%s' %s '%s' with strength %s within %s, but its strength is %s",
          source.id(), type, target.id(), strength, offset.value, r.strength());
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code source} does not relate to {@code target} by {@code
   * type}
   *
   * @param source where the relation would start
   * @param type its type
   * @param target where it would end
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasNoRelation(Element source, RelationType type, Element target) {
    requireNonNull(source, "source");
    requireNonNull(type, "type");
    requireNonNull(target, "target");
    isNotNull();
    Optional<Relation> found = actual.relation(source, type, target);
    if (found.isPresent()) {
      failWithMessage(
          "Expected no relation '%s' %s '%s', but found one of strength %s",
          source.id(), type, target.id(), found.get().strength());
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code holder} has a perspective on {@code subject}
   *
   * @param holder whose perspective
   * @param subject on whom
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasPerspective(Actor holder, Actor subject) {
    perspective(holder, subject);
    return this;
  }

  /**
   * {@return this}, after checking {@code holder}'s perspective on {@code subject} is {@code
   * expected}
   *
   * @param holder whose perspective
   * @param subject on whom
   * @param expected the profile
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasPerspective(Actor holder, Actor subject, Profile expected) {
    requireNonNull(expected, "expected");
    Profile p = perspective(holder, subject);
    if (p != null && !p.equals(expected)) {
      failWithMessage(
          "Expected the perspective of '%s' on '%s' to be %s, but it was %s",
          holder.id(), subject.id(), expected, p);
    }
    return this;
  }

  /**
   * {@return this}, after checking {@code holder} has no perspective on {@code subject}
   *
   * @param holder whose perspective
   * @param subject on whom
   */
  @CanIgnoreReturnValue
  public EcosystemAssert hasNoPerspective(Actor holder, Actor subject) {
    requireNonNull(holder, "holder");
    requireNonNull(subject, "subject");
    isNotNull();
    Optional<Profile> found = actual.perspective(holder, subject);
    if (found.isPresent()) {
      failWithMessage(
          "Expected no perspective of '%s' on '%s', but found %s",
          holder.id(), subject.id(), found.get());
    }
    return this;
  }

  @CanIgnoreReturnValue
  private @Nullable Relation relation(
      Element source, RelationType type, Element target) {
    requireNonNull(source, "source");
    requireNonNull(type, "type");
    requireNonNull(target, "target");
    isNotNull();
    Optional<Relation> found = actual.relation(source, type, target);
    if (found.isEmpty()) {
      failWithMessage(
          "Expected a relation '%s' %s '%s', but there is none; '%s' relates to: %s",
          source.id(),
          type,
          target.id(),
          source.id(),
          actual.contains(source)
              ? actual.relations(source, Direction.OUTGOING).stream()
                  .map(r -> r.type() + " '" + r.target().id() + "'")
                  .toList()
              : "nothing, it is not in the ecosystem");
      return null;
    }
    return found.get();
  }

  @CanIgnoreReturnValue
  private @Nullable Profile perspective(Actor holder, Actor subject) {
    requireNonNull(holder, "holder");
    requireNonNull(subject, "subject");
    isNotNull();
    Optional<Profile> found = actual.perspective(holder, subject);
    if (found.isEmpty()) {
      failWithMessage(
          "Expected a perspective of '%s' on '%s', but there is none", holder.id(), subject.id());
      return null;
    }
    return found.get();
  }
}
