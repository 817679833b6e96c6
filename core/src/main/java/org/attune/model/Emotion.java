package org.attune.model;

import org.attune.model.internal.Arguments;

/**
 * An emotional state in the pleasure–arousal–dominance (PAD) space of Mehrabian &amp; Russell (1974).
 * Moods and emotions filter what matters to an actor; emotional attunement (Ashworth, Longmate &amp;
 * Morrison 1992) compares the states of customer and provider.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pleasure from displeasure (-1) to pleasure (1)
 * @param arousal from calm (-1) to excitement (1)
 * @param dominance from being controlled (-1) to being in control (1)
 */
public record Emotion(double pleasure, double arousal, double dominance) {

  /** The largest distance between two emotions, between opposite corners of the PAD cube: √12. */
  public static final double MAX_DISTANCE = Math.sqrt(12);

  /** The neutral emotion, at the origin of PAD space. */
  public static final Emotion NEUTRAL = new Emotion(0, 0, 0);

  /**
   * Validates the components.
   *
   * @param pleasure from displeasure (-1) to pleasure (1)
   * @param arousal from calm (-1) to excitement (1)
   * @param dominance from being controlled (-1) to being in control (1)
   * @throws IllegalArgumentException if a component is not a number in [-1, 1]
   */
  public Emotion {
    Arguments.inClosedRange(pleasure, -1, 1, "pleasure");
    Arguments.inClosedRange(arousal, -1, 1, "arousal");
    Arguments.inClosedRange(dominance, -1, 1, "dominance");
  }

  /**
   * {@return the emotion of the given pleasure, arousal and dominance}
   *
   * @param pleasure in [-1, 1]
   * @param arousal in [-1, 1]
   * @param dominance in [-1, 1]
   */
  public static Emotion of(double pleasure, double arousal, double dominance) {
    return new Emotion(pleasure, arousal, dominance);
  }

  /**
   * {@return the Euclidean distance to {@code other} in PAD space, in [0, {@link #MAX_DISTANCE}]}
   *
   * @param other the other emotion
   */
  public double distanceTo(Emotion other) {
    double dp = pleasure - other.pleasure;
    double da = arousal - other.arousal;
    double dd = dominance - other.dominance;
    return Math.sqrt(dp * dp + da * da + dd * dd);
  }

  /**
   * {@return the octant of PAD space this emotion lies in, after Mehrabian (1996)}; a component of
   * exactly 0 counts as positive
   */
  public Octant octant() {
    boolean p = pleasure >= 0;
    boolean a = arousal >= 0;
    boolean d = dominance >= 0;
    if (p) {
      if (a) {
        return d ? Octant.EXUBERANT : Octant.DEPENDENT;
      }
      return d ? Octant.RELAXED : Octant.DOCILE;
    }
    if (a) {
      return d ? Octant.HOSTILE : Octant.ANXIOUS;
    }
    return d ? Octant.DISDAINFUL : Octant.BORED;
  }

  /**
   * {@return the intensity of this emotion: its distance from {@link #NEUTRAL}, in [0, √3]}
   */
  public double intensity() {
    return distanceTo(NEUTRAL);
  }

  /** The eight octants of PAD space named by Mehrabian (1996), each with its signs. */
  public enum Octant {
    /** +P +A +D. */
    EXUBERANT,
    /** −P −A −D. */
    BORED,
    /** +P +A −D. */
    DEPENDENT,
    /** −P −A +D. */
    DISDAINFUL,
    /** +P −A +D. */
    RELAXED,
    /** −P +A −D. */
    ANXIOUS,
    /** +P −A −D. */
    DOCILE,
    /** −P +A +D. */
    HOSTILE
  }
}
