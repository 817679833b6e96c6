package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An actor's mood from an instant on: a state in the pleasure–arousal–dominance space of Mehrabian
 * &amp; Russell (1974, <i>An Approach to Environmental Psychology</i>, MIT Press) that lasts until the
 * actor's next mood. Where an {@link Episode}'s emotions belong to one encounter, a mood is the
 * background against which encounters are lived: after Heidegger's attunement (Befindlichkeit), as
 * the alignment essay reads it through DeLancey (2014), all experience is attuned by moods, which
 * shape what matters to an actor.
 *
 * <p>An ecosystem keeps each actor's moods in time order; the mood in force at an instant is the
 * latest whose {@code since} is not after it.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * @param actor whose mood this is
 * @param emotion the mood as a PAD state
 * @param since when it began
 */
public record Mood(Actor actor, Emotion emotion, Instant since) {

  /**
   * Validates the components.
   *
   * @param actor whose mood this is
   * @param emotion the mood as a PAD state
   * @param since when it began
   * @throws NullPointerException if any component is null
   */
  public Mood {
    requireNonNull(actor, "actor");
    requireNonNull(emotion, "emotion");
    requireNonNull(since, "since");
  }

  /**
   * {@return the mood of {@code actor} from {@code since} on}
   *
   * @param actor whose mood
   * @param emotion the mood as a PAD state
   * @param since when it began
   */
  public static Mood of(Actor actor, Emotion emotion, Instant since) {
    return new Mood(actor, emotion, since);
  }

  /**
   * {@return a short form naming the actor by id, such as {@code Mood[actor=alice,
   * emotion=Emotion[pleasure=-0.5, arousal=0.6, dominance=-0.4], since=2026-03-01T09:00:00Z]}};
   * names are personal data and are left out
   */
  @Override
  public String toString() {
    return "Mood[actor=" + actor.id() + ", emotion=" + emotion + ", since=" + since + "]";
  }
}
