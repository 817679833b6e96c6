package org.attune.model;

import static java.util.Objects.requireNonNull;

import org.attune.model.internal.Arguments;

/**
 * A resource-integrating actor (Vargo &amp; Lusch 2016, axiom 3: "all social and economic actors are
 * resource integrators"). Whether an actor acts as customer, provider or partner follows from its
 * relations in an ecosystem, never from the actor itself: SDL sees actor-to-actor (A2A) exchange with
 * no a-priori producer or consumer.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * Actor alice  = Actor.individual("alice", "Alice");
 * Actor clinic = Actor.organisation("clinic", "City Clinic");
 * }</pre>
 *
 * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
 *     ecosystem
 * @param name the human-readable name: non-blank, free of control characters but tab and line
 *     breaks; personal data, never put in messages or {@link #toString()}
 * @param type whether this is an individual, a collective or an organisation
 */
public record Actor(String id, String name, ActorType type) implements Element {

  /**
   * Validates the components.
   *
   * @param id the id: non-blank, free of control characters (see {@link Ids}), unique within an
   *     ecosystem
   * @param name the human-readable name: non-blank, free of control characters but tab and line
   *     breaks; personal data, never put in messages or {@link #toString()}
   * @param type whether this is an individual, a collective or an organisation
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank or holds a control
   *     character (see {@link Ids})
   */
  public Actor {
    Arguments.id(id, "id");
    Arguments.name(name, "name");
    requireNonNull(type, "type");
  }

  /**
   * {@return a new individual actor, such as a person}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Actor individual(String id, String name) {
    return new Actor(id, name, ActorType.INDIVIDUAL);
  }

  /**
   * {@return a new collective actor, such as a household}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Actor collective(String id, String name) {
    return new Actor(id, name, ActorType.COLLECTIVE);
  }

  /**
   * {@return a new organisation, such as a firm}
   *
   * @param id the id: non-blank, free of control characters
   * @param name the name: non-blank, free of control characters but tab and line breaks
   */
  public static Actor organisation(String id, String name) {
    return new Actor(id, name, ActorType.ORGANISATION);
  }

  @Override
  public ElementKind elementKind() {
    return ElementKind.ACTOR;
  }

  /**
   * {@return the kind, the id and the other components but the name, such as {@code Actor[id=x]}}: the
   * name can be personal data, and this string ends up in messages and logs
   */
  @Override
  public String toString() {
    return "Actor[id=" + id + ", type=" + type + "]";
  }
}
