package org.attune.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.Optional;

/**
 * One encounter of a customer at a {@link Touchpoint}, at one moment of its journey (Lemon &amp;
 * Verhoef 2016): who took the initiative, whether a customer's initiative was acknowledged, the
 * emotions of both sides where known, the counterpart met (such as a member of staff) and the value
 * proposition it served, where known.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * Episode e = Episode.builder(alice, app, Instant.parse("2026-03-01T09:00:00Z"))
 *     .initiative(Initiative.CUSTOMER).acknowledged(true)
 *     .customerEmotion(Emotion.of(0.6, 0.2, 0.3))
 *     .build();
 * }</pre>
 *
 * @param customer the customer whose journey this episode belongs to
 * @param touchpoint where it happened
 * @param time when it happened
 * @param customerEmotion the customer's emotion, if known
 * @param providerEmotion the emotion of the provider's side, if known
 * @param initiative who started it; {@link Initiative#UNKNOWN} if not recorded
 * @param acknowledged whether the other side acknowledged the initiative taken
 * @param counterpart the actor the customer met, such as a member of staff, if known
 * @param proposition the value proposition it served, if known
 */
public record Episode(
    Actor customer,
    Touchpoint touchpoint,
    Instant time,
    Optional<Emotion> customerEmotion,
    Optional<Emotion> providerEmotion,
    Initiative initiative,
    boolean acknowledged,
    Optional<Actor> counterpart,
    Optional<ValueProposition> proposition) {

  /**
   * Validates the components.
   *
   * @param customer the customer whose journey this episode belongs to
   * @param touchpoint where it happened
   * @param time when it happened
   * @param customerEmotion the customer's emotion, if known
   * @param providerEmotion the emotion of the provider's side, if known
   * @param initiative who started it; {@link Initiative#UNKNOWN} if not recorded
   * @param acknowledged whether the other side acknowledged the initiative taken
   * @param counterpart the actor the customer met, such as a member of staff, if known
   * @param proposition the value proposition it served, if known
   * @throws NullPointerException if any component is null
   */
  public Episode {
    requireNonNull(customer, "customer");
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(time, "time");
    requireNonNull(customerEmotion, "customerEmotion");
    requireNonNull(providerEmotion, "providerEmotion");
    requireNonNull(initiative, "initiative");
    requireNonNull(counterpart, "counterpart");
    requireNonNull(proposition, "proposition");
  }

  /**
   * {@return an episode with nothing known but who, where and when}
   *
   * @param customer the customer
   * @param touchpoint where
   * @param time when
   */
  public static Episode of(Actor customer, Touchpoint touchpoint, Instant time) {
    return builder(customer, touchpoint, time).build();
  }

  /**
   * {@return a builder for an episode of {@code customer} at {@code touchpoint} at {@code time}}
   *
   * @param customer the customer
   * @param touchpoint where
   * @param time when
   */
  public static Builder builder(Actor customer, Touchpoint touchpoint, Instant time) {
    return new Builder(customer, touchpoint, time);
  }

  /**
   * Builds an {@link Episode}. Mutable and not thread-safe; it can be reused after {@link #build()}.
   */
  public static final class Builder {
    private final Actor customer;
    private final Touchpoint touchpoint;
    private final Instant time;
    private Optional<Emotion> customerEmotion = Optional.empty();
    private Optional<Emotion> providerEmotion = Optional.empty();
    private Initiative initiative = Initiative.UNKNOWN;
    private boolean acknowledged;
    private Optional<Actor> counterpart = Optional.empty();
    private Optional<ValueProposition> proposition = Optional.empty();

    private Builder(Actor customer, Touchpoint touchpoint, Instant time) {
      this.customer = requireNonNull(customer, "customer");
      this.touchpoint = requireNonNull(touchpoint, "touchpoint");
      this.time = requireNonNull(time, "time");
    }

    /**
     * Sets the customer's emotion.
     *
     * @param emotion the emotion
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder customerEmotion(Emotion emotion) {
      this.customerEmotion = Optional.of(requireNonNull(emotion, "customerEmotion"));
      return this;
    }

    /**
     * Sets the emotion of the provider's side.
     *
     * @param emotion the emotion
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder providerEmotion(Emotion emotion) {
      this.providerEmotion = Optional.of(requireNonNull(emotion, "providerEmotion"));
      return this;
    }

    /**
     * Sets who took the initiative.
     *
     * @param initiative who started the episode
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initiative(Initiative initiative) {
      this.initiative = requireNonNull(initiative, "initiative");
      return this;
    }

    /**
     * Sets whether the initiative taken was acknowledged.
     *
     * @param acknowledged whether it was
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder acknowledged(boolean acknowledged) {
      this.acknowledged = acknowledged;
      return this;
    }

    /**
     * Sets the actor the customer met, such as a member of staff.
     *
     * @param counterpart the actor
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder counterpart(Actor counterpart) {
      this.counterpart = Optional.of(requireNonNull(counterpart, "counterpart"));
      return this;
    }

    /**
     * Sets the value proposition the episode served.
     *
     * @param proposition the value proposition
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposition(ValueProposition proposition) {
      this.proposition = Optional.of(requireNonNull(proposition, "proposition"));
      return this;
    }

    /** {@return a new episode of the values set so far} */
    public Episode build() {
      return new Episode(
          customer, touchpoint, time, customerEmotion, providerEmotion, initiative, acknowledged,
          counterpart, proposition);
    }
  }

  /**
   * {@return a short form naming the elements by id}; names are personal data and are left out
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Episode[customer=").append(customer.id());
    s.append(", touchpoint=").append(touchpoint.id()).append(", time=").append(time);
    s.append(", initiative=").append(initiative).append(", acknowledged=").append(acknowledged);
    customerEmotion.ifPresent(e -> s.append(", customerEmotion=").append(e));
    providerEmotion.ifPresent(e -> s.append(", providerEmotion=").append(e));
    counterpart.ifPresent(a -> s.append(", counterpart=").append(a.id()));
    proposition.ifPresent(p -> s.append(", proposition=").append(p.id()));
    return s.append(']').toString();
  }
}
