package org.attune.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.attune.model.Actor;
import org.attune.model.Ids;
import org.attune.model.JourneyStage;
import org.attune.model.Touchpoint;
import org.attune.model.TouchpointOwnership;
import org.attune.model.internal.Arguments;

/**
 * How an event log becomes Attune's model: which attributes name the case, the activity, the time,
 * the lifecycle transition, the resource, the customer, the product and the customer's emotion; which
 * ownership and journey stage each touchpoint gets; which lifecycle transitions are kept; who the
 * provider is; and what to do with malformed input.
 *
 * <p>The {@linkplain #defaults() defaults}, after the XES standard extensions (IEEE 1849-2016):
 *
 * <ul>
 *   <li>case id ({@code concept:name} of the trace) → the customer: {@link Actor#individual}, id and
 *       name the case id; one journey per trace (for CSV: per distinct case id);
 *   <li>activity ({@code concept:name} of the event) → the {@link Touchpoint} of that id and name,
 *       {@link TouchpointOwnership#BRAND_OWNED} and {@link JourneyStage#POSTPURCHASE} unless set per
 *       activity or by a function (an event log records what the firm's own systems saw);
 *   <li>{@code time:timestamp} → the episode's time; ISO-8601 with or without fraction, {@code Z} or
 *       an offset; a time without an offset is read in {@link #zone()} (default UTC);
 *   <li>{@code lifecycle:transition} → only {@code complete} events are kept (case-insensitive); an
 *       event without a lifecycle transition counts as complete;
 *   <li>every activity is kept: {@linkplain #includingActivities(String...) include} or {@linkplain
 *       #excludingActivities(Pattern) exclude} activities by name or pattern to cut a log down, such
 *       as to its customer-facing events; an event filtered out is counted ({@link
 *       SkipReason#ACTIVITY_FILTERED}), not malformed;
 *   <li>{@code org:resource} → an {@link Actor#individual} on the provider's side, id and name the
 *       resource, the episode's counterpart; a blank resource is dropped and counted ({@link
 *       SkipReason#BLANK_RESOURCE});
 *   <li>{@code product}, on the trace or else on its first event that has it → the journey's value
 *       proposition; a blank product is dropped and counted ({@link SkipReason#BLANK_PRODUCT});
 *   <li>the provider: {@link #DEFAULT_PROVIDER}; malformed input: {@link MalformedInputPolicy#FAIL};
 *   <li>the longest value or text of an XES log, and the longest field of a CSV log: {@value
 *       #DEFAULT_MAX_VALUE_LENGTH} characters ({@link #maxValueLength()}).
 * </ul>
 *
 * <p>Blank case ids and activities are malformed (ids must be non-blank): an error, or a counted skip
 * under {@link MalformedInputPolicy#SKIP}. Ids may be given a prefix per kind ({@link
 * Builder#idPrefixes}) where a log reuses one value for different kinds (a resource and a product both
 * called {@code "Value 1"}); {@link EventLog#idClashes()} lists such clashes. Prefixes are empty by
 * default, so that ids are the log's own.
 *
 * <p>Immutable, null-hostile and thread-safe (the functions given to the builder must be pure).
 *
 * <pre>{@code
 * LogMapping mapping = LogMapping.builder()
 *     .productAttribute("loan-type")
 *     .touchpoint("A_SUBMITTED", TouchpointOwnership.BRAND_OWNED, JourneyStage.PURCHASE)
 *     .onMalformed(MalformedInputPolicy.SKIP)
 *     .build();
 * // BPI Challenge 2012 without its W_ work items: what the customer met
 * LogMapping customerFacing = LogMapping.defaults().excludingActivities(Pattern.compile("W_.*"));
 * }</pre>
 */
public final class LogMapping {

  /** The provider actor of the default mapping: the organisation {@code "provider"}. */
  public static final Actor DEFAULT_PROVIDER = Actor.organisation("provider", "Provider");

  /** The lifecycle transition kept by default. */
  public static final String DEFAULT_LIFECYCLE = "complete";

  /**
   * The default of {@link #maxValueLength()}: 1,000,000 characters, far more than any value of a
   * real log, and few enough that one such value costs a few megabytes at most.
   */
  public static final int DEFAULT_MAX_VALUE_LENGTH = 1_000_000;

  /**
   * The default of {@link #maxFieldCount()}: 10,000 fields, far more than any table or log has
   * columns, and few enough that a row of that many costs a megabyte at most.
   */
  public static final int DEFAULT_MAX_FIELD_COUNT = 10_000;

  private static final LogMapping DEFAULTS = builder().build();

  private final String caseIdAttribute;
  private final String activityAttribute;
  private final String timestampAttribute;
  private final String lifecycleAttribute;
  private final Optional<String> resourceAttribute;
  private final Optional<String> customerAttribute;
  private final Optional<String> productAttribute;
  private final Optional<String> pleasureAttribute;
  private final Optional<String> arousalAttribute;
  private final Optional<String> dominanceAttribute;
  private final Optional<ImmutableSet<String>> lifecycles;
  private final Actor provider;
  private final TouchpointOwnership defaultOwnership;
  private final JourneyStage defaultStage;
  private final ImmutableMap<String, TouchpointOwnership> ownershipByActivity;
  private final ImmutableMap<String, JourneyStage> stageByActivity;
  private final Optional<Function<? super String, TouchpointOwnership>> ownershipFunction;
  private final Optional<Function<? super String, JourneyStage>> stageFunction;
  private final String customerIdPrefix;
  private final String touchpointIdPrefix;
  private final String resourceIdPrefix;
  private final String propositionIdPrefix;
  private final MalformedInputPolicy policy;
  private final ZoneId zone;
  private final int maxValueLength;
  private final int maxFieldCount;
  private final ImmutableSet<String> includedActivities;
  private final ImmutableList<Pattern> includedPatterns;
  private final ImmutableSet<String> excludedActivities;
  private final ImmutableList<Pattern> excludedPatterns;

  private LogMapping(Builder b) {
    this.caseIdAttribute = b.caseIdAttribute;
    this.activityAttribute = b.activityAttribute;
    this.timestampAttribute = b.timestampAttribute;
    this.lifecycleAttribute = b.lifecycleAttribute;
    this.resourceAttribute = b.resourceAttribute;
    this.customerAttribute = b.customerAttribute;
    this.productAttribute = b.productAttribute;
    this.pleasureAttribute = b.pleasureAttribute;
    this.arousalAttribute = b.arousalAttribute;
    this.dominanceAttribute = b.dominanceAttribute;
    this.lifecycles = b.lifecycles.map(ImmutableSet::copyOf);
    this.provider = b.provider;
    this.defaultOwnership = b.defaultOwnership;
    this.defaultStage = b.defaultStage;
    this.ownershipByActivity = ImmutableMap.copyOf(b.ownershipByActivity);
    this.stageByActivity = ImmutableMap.copyOf(b.stageByActivity);
    this.ownershipFunction = b.ownershipFunction;
    this.stageFunction = b.stageFunction;
    this.customerIdPrefix = b.customerIdPrefix;
    this.touchpointIdPrefix = b.touchpointIdPrefix;
    this.resourceIdPrefix = b.resourceIdPrefix;
    this.propositionIdPrefix = b.propositionIdPrefix;
    this.policy = b.policy;
    this.zone = b.zone;
    this.maxValueLength = b.maxValueLength;
    this.maxFieldCount = b.maxFieldCount;
    this.includedActivities = ImmutableSet.copyOf(b.includedActivities);
    this.includedPatterns = ImmutableList.copyOf(b.includedPatterns);
    this.excludedActivities = ImmutableSet.copyOf(b.excludedActivities);
    this.excludedPatterns = ImmutableList.copyOf(b.excludedPatterns);
  }

  /** {@return the default mapping, described in the class comment} */
  public static LogMapping defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this mapping} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the trace attribute (XES) holding the case id; default {@code concept:name}} */
  public String caseIdAttribute() {
    return caseIdAttribute;
  }

  /** {@return the event attribute (XES) holding the activity; default {@code concept:name}} */
  public String activityAttribute() {
    return activityAttribute;
  }

  /** {@return the event attribute (XES) holding the time; default {@code time:timestamp}} */
  public String timestampAttribute() {
    return timestampAttribute;
  }

  /** {@return the event attribute (XES) holding the lifecycle transition; default {@code lifecycle:transition}} */
  public String lifecycleAttribute() {
    return lifecycleAttribute;
  }

  /** {@return the event attribute (XES) holding the resource, if resources are read; default {@code org:resource}} */
  public Optional<String> resourceAttribute() {
    return resourceAttribute;
  }

  /**
   * {@return the attribute naming the customer, looked up on the trace and then its events (for CSV:
   * a column); empty (the default) if the case id names the customer}
   */
  public Optional<String> customerAttribute() {
    return customerAttribute;
  }

  /**
   * {@return the attribute naming the product, looked up on the trace and then its events (for CSV:
   * a column); default {@code product}; empty if journeys carry no value proposition}
   */
  public Optional<String> productAttribute() {
    return productAttribute;
  }

  /** {@return the event attribute holding the customer's pleasure in [-1, 1], if any; none by default} */
  public Optional<String> pleasureAttribute() {
    return pleasureAttribute;
  }

  /** {@return the event attribute holding the customer's arousal in [-1, 1], if any; none by default} */
  public Optional<String> arousalAttribute() {
    return arousalAttribute;
  }

  /** {@return the event attribute holding the customer's dominance in [-1, 1], if any; none by default} */
  public Optional<String> dominanceAttribute() {
    return dominanceAttribute;
  }

  /**
   * {@return the lifecycle transitions kept, lower case; empty if every event is kept}; an event
   * without a transition counts as {@value #DEFAULT_LIFECYCLE}
   */
  public Optional<Set<String>> lifecycles() {
    return lifecycles.map(s -> s);
  }

  /**
   * {@return whether an event of this lifecycle transition is kept (case-insensitive)}
   *
   * @param transition the transition as the log spells it
   */
  public boolean keepsLifecycle(String transition) {
    requireNonNull(transition, "transition");
    if (lifecycles.isEmpty()) {
      return true;
    }
    Set<String> kept = lifecycles.get();
    return kept.contains(transition) || kept.contains(transition.toLowerCase(Locale.ROOT));
  }

  /**
   * {@return whether an event of this activity is kept}: it is if no activity is included or it is
   * one of the included names or matches a whole included pattern, and it is none of the excluded
   * names and matches no whole excluded pattern (exclusion wins); names are compared exactly, as the
   * log spells them. Every activity is kept by default.
   *
   * @param activity the activity as the log names it
   */
  public boolean keepsActivity(String activity) {
    requireNonNull(activity, "activity");
    if (!includedActivities.isEmpty() || !includedPatterns.isEmpty()) {
      boolean included = includedActivities.contains(activity);
      for (int i = 0; !included && i < includedPatterns.size(); i++) {
        included = includedPatterns.get(i).matcher(activity).matches();
      }
      if (!included) {
        return false;
      }
    }
    if (excludedActivities.contains(activity)) {
      return false;
    }
    for (Pattern p : excludedPatterns) {
      if (p.matcher(activity).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether this mapping filters events by activity: some are included or excluded} */
  public boolean filtersActivities() {
    return !includedActivities.isEmpty() || !includedPatterns.isEmpty()
        || !excludedActivities.isEmpty() || !excludedPatterns.isEmpty();
  }

  /**
   * {@return this mapping keeping, besides the activities already included, those named}; once an
   * activity is included, only included activities are kept (see {@link #keepsActivity})
   *
   * @param activities the names, as the log spells them: at least one, each non-blank
   * @throws IllegalArgumentException if {@code activities} is empty or holds a blank name
   */
  public LogMapping includingActivities(String... activities) {
    return toBuilder().includeActivities(activities).build();
  }

  /**
   * {@return this mapping keeping, besides the activities already included, those whose whole name
   * matches {@code pattern}}; once an activity is included, only included activities are kept
   *
   * @param pattern the pattern, matched against the whole activity name
   */
  public LogMapping includingActivities(Pattern pattern) {
    return toBuilder().includeActivities(pattern).build();
  }

  /**
   * {@return this mapping leaving out, besides the activities already excluded, those named}
   *
   * @param activities the names, as the log spells them: at least one, each non-blank
   * @throws IllegalArgumentException if {@code activities} is empty or holds a blank name
   */
  public LogMapping excludingActivities(String... activities) {
    return toBuilder().excludeActivities(activities).build();
  }

  /**
   * {@return this mapping leaving out, besides the activities already excluded, those whose whole
   * name matches {@code pattern}}, such as {@code Pattern.compile("W_.*")} for the work items of
   * the BPI Challenge 2012 log
   *
   * @param pattern the pattern, matched against the whole activity name
   */
  public LogMapping excludingActivities(Pattern pattern) {
    return toBuilder().excludeActivities(pattern).build();
  }

  /** {@return the provider: the organisation whose log it is, and whose side the resources are on} */
  public Actor provider() {
    return provider;
  }

  /** {@return the policy for malformed input} */
  public MalformedInputPolicy malformedInputPolicy() {
    return policy;
  }

  /** {@return the zone in which a timestamp without an offset is read; default UTC} */
  public ZoneId zone() {
    return zone;
  }

  /**
   * {@return the most characters that one value or text of an XES log may hold; default {@value
   * #DEFAULT_MAX_VALUE_LENGTH}}
   *
   * <p>Counted as written in the file (an entity or character reference counts as the characters
   * it is written with), for each of: a start tag as a whole, with its name and every attribute and
   * value (so an attribute value must be a few dozen characters shorter than the limit), a text, a
   * comment, a CDATA section, a processing instruction and the document type declaration; in CSV,
   * each field, counted as the field holds it (a doubled quote counts one). A log that holds a
   * longer one is refused with a {@link LogFormatException} naming the limit, whatever the
   * {@linkplain #malformedInputPolicy() policy}, so that the memory an import takes stays bounded by
   * its result, not by what a file claims to hold.
   */
  public int maxValueLength() {
    return maxValueLength;
  }

  /**
   * {@return the most fields that one row of a CSV log (the header too) may hold; default {@value
   * #DEFAULT_MAX_FIELD_COUNT}}
   *
   * <p>A row that holds more, however short its fields, is refused with a {@link
   * LogFormatException} naming the limit, whatever the {@linkplain #malformedInputPolicy() policy},
   * and the log is not read on, so that the memory an import takes stays bounded.
   */
  public int maxFieldCount() {
    return maxFieldCount;
  }

  /** {@return the prefix put before every customer id; empty by default} */
  public String customerIdPrefix() {
    return customerIdPrefix;
  }

  /** {@return the prefix put before every touchpoint id; empty by default} */
  public String touchpointIdPrefix() {
    return touchpointIdPrefix;
  }

  /** {@return the prefix put before every resource (provider-side actor) id; empty by default} */
  public String resourceIdPrefix() {
    return resourceIdPrefix;
  }

  /** {@return the prefix put before every value proposition id; empty by default} */
  public String propositionIdPrefix() {
    return propositionIdPrefix;
  }

  /**
   * {@return who owns the touchpoint of {@code activity}}: the ownership set for that activity, else
   * the ownership function's answer, else the default ownership
   *
   * @param activity the activity as the log names it
   * @throws NullPointerException if the ownership function returns null
   */
  public TouchpointOwnership ownershipOf(String activity) {
    requireNonNull(activity, "activity");
    TouchpointOwnership set = ownershipByActivity.get(activity);
    if (set != null) {
      return set;
    }
    if (ownershipFunction.isPresent()) {
      return requireNonNull(
          ownershipFunction.get().apply(activity),
          () -> "ownership function returned null for activity '" + activity + "'");
    }
    return defaultOwnership;
  }

  /**
   * {@return the journey stage of the touchpoint of {@code activity}}: the stage set for that
   * activity, else the stage function's answer, else the default stage
   *
   * @param activity the activity as the log names it
   * @throws NullPointerException if the stage function returns null
   */
  public JourneyStage stageOf(String activity) {
    requireNonNull(activity, "activity");
    JourneyStage set = stageByActivity.get(activity);
    if (set != null) {
      return set;
    }
    if (stageFunction.isPresent()) {
      return requireNonNull(
          stageFunction.get().apply(activity),
          () -> "stage function returned null for activity '" + activity + "'");
    }
    return defaultStage;
  }

  /**
   * {@return the touchpoint this mapping makes of {@code activity}}: id the touchpoint prefix and the
   * activity, name the activity, with its {@linkplain #ownershipOf ownership} and {@linkplain #stageOf
   * stage}
   *
   * @param activity the activity as the log names it: non-blank
   * @throws IllegalArgumentException if {@code activity} is blank
   */
  public Touchpoint touchpointOf(String activity) {
    return Touchpoint.of(
        touchpointIdPrefix + activity, activity, ownershipOf(activity), stageOf(activity));
  }

  @Override
  public String toString() {
    return "LogMapping[case="
        + caseIdAttribute
        + ", activity="
        + activityAttribute
        + ", timestamp="
        + timestampAttribute
        + ", lifecycles="
        + lifecycles.map(Object::toString).orElse("any")
        + (filtersActivities() ? ", activities=" + activityFilter() : "")
        + ", resource="
        + resourceAttribute.orElse("none")
        + ", customer="
        + customerAttribute.orElse("case id")
        + ", product="
        + productAttribute.orElse("none")
        + ", provider="
        + provider.id()
        + ", onMalformed="
        + policy
        + ", maxValueLength="
        + maxValueLength
        + ", maxFieldCount="
        + maxFieldCount
        + "]";
  }

  /** {@return the activity filter, such as {@code include [A] and /B.*\/, exclude /W_.*\/}} */
  private String activityFilter() {
    List<String> parts = new ArrayList<>();
    if (!includedActivities.isEmpty() || !includedPatterns.isEmpty()) {
      parts.add("include " + describe(includedActivities, includedPatterns));
    }
    if (!excludedActivities.isEmpty() || !excludedPatterns.isEmpty()) {
      parts.add("exclude " + describe(excludedActivities, excludedPatterns));
    }
    return String.join(", ", parts);
  }

  private static String describe(Set<String> names, List<Pattern> patterns) {
    List<String> all = new ArrayList<>();
    if (!names.isEmpty()) {
      all.add(names.toString());
    }
    for (Pattern p : patterns) {
      all.add("/" + p.pattern() + "/");
    }
    return String.join(" and ", all);
  }

  /**
   * Builds a {@link LogMapping}, starting from the defaults. Mutable and not thread-safe; it can be
   * reused after {@link #build()}.
   */
  public static final class Builder {
    private String caseIdAttribute = "concept:name";
    private String activityAttribute = "concept:name";
    private String timestampAttribute = "time:timestamp";
    private String lifecycleAttribute = "lifecycle:transition";
    private Optional<String> resourceAttribute = Optional.of("org:resource");
    private Optional<String> customerAttribute = Optional.empty();
    private Optional<String> productAttribute = Optional.of("product");
    private Optional<String> pleasureAttribute = Optional.empty();
    private Optional<String> arousalAttribute = Optional.empty();
    private Optional<String> dominanceAttribute = Optional.empty();
    private Optional<Set<String>> lifecycles = Optional.of(Set.of(DEFAULT_LIFECYCLE));
    private Actor provider = DEFAULT_PROVIDER;
    private TouchpointOwnership defaultOwnership = TouchpointOwnership.BRAND_OWNED;
    private JourneyStage defaultStage = JourneyStage.POSTPURCHASE;
    private final Map<String, TouchpointOwnership> ownershipByActivity = new LinkedHashMap<>();
    private final Map<String, JourneyStage> stageByActivity = new LinkedHashMap<>();
    private Optional<Function<? super String, TouchpointOwnership>> ownershipFunction =
        Optional.empty();
    private Optional<Function<? super String, JourneyStage>> stageFunction = Optional.empty();
    private String customerIdPrefix = "";
    private String touchpointIdPrefix = "";
    private String resourceIdPrefix = "";
    private String propositionIdPrefix = "";
    private MalformedInputPolicy policy = MalformedInputPolicy.FAIL;
    private ZoneId zone = ZoneOffset.UTC;
    private int maxValueLength = DEFAULT_MAX_VALUE_LENGTH;
    private int maxFieldCount = DEFAULT_MAX_FIELD_COUNT;
    private final Set<String> includedActivities = new LinkedHashSet<>();
    private final List<Pattern> includedPatterns = new ArrayList<>();
    private final Set<String> excludedActivities = new LinkedHashSet<>();
    private final List<Pattern> excludedPatterns = new ArrayList<>();

    private Builder() {}

    private Builder(LogMapping m) {
      caseIdAttribute = m.caseIdAttribute;
      activityAttribute = m.activityAttribute;
      timestampAttribute = m.timestampAttribute;
      lifecycleAttribute = m.lifecycleAttribute;
      resourceAttribute = m.resourceAttribute;
      customerAttribute = m.customerAttribute;
      productAttribute = m.productAttribute;
      pleasureAttribute = m.pleasureAttribute;
      arousalAttribute = m.arousalAttribute;
      dominanceAttribute = m.dominanceAttribute;
      lifecycles = m.lifecycles.map(s -> s);
      provider = m.provider;
      defaultOwnership = m.defaultOwnership;
      defaultStage = m.defaultStage;
      ownershipByActivity.putAll(m.ownershipByActivity);
      stageByActivity.putAll(m.stageByActivity);
      ownershipFunction = m.ownershipFunction;
      stageFunction = m.stageFunction;
      customerIdPrefix = m.customerIdPrefix;
      touchpointIdPrefix = m.touchpointIdPrefix;
      resourceIdPrefix = m.resourceIdPrefix;
      propositionIdPrefix = m.propositionIdPrefix;
      policy = m.policy;
      zone = m.zone;
      maxValueLength = m.maxValueLength;
      maxFieldCount = m.maxFieldCount;
      includedActivities.addAll(m.includedActivities);
      includedPatterns.addAll(m.includedPatterns);
      excludedActivities.addAll(m.excludedActivities);
      excludedPatterns.addAll(m.excludedPatterns);
    }

    /**
     * Sets the trace attribute holding the case id (XES only; for CSV see {@link CsvColumns}).
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder caseIdAttribute(String key) {
      this.caseIdAttribute = Arguments.nonBlank(key, "caseIdAttribute");
      return this;
    }

    /**
     * Sets the event attribute holding the activity (XES only).
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder activityAttribute(String key) {
      this.activityAttribute = Arguments.nonBlank(key, "activityAttribute");
      return this;
    }

    /**
     * Sets the event attribute holding the time (XES only).
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder timestampAttribute(String key) {
      this.timestampAttribute = Arguments.nonBlank(key, "timestampAttribute");
      return this;
    }

    /**
     * Sets the event attribute holding the lifecycle transition (XES only).
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder lifecycleAttribute(String key) {
      this.lifecycleAttribute = Arguments.nonBlank(key, "lifecycleAttribute");
      return this;
    }

    /**
     * Sets the event attribute holding the resource (XES only).
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder resourceAttribute(String key) {
      this.resourceAttribute = Optional.of(Arguments.nonBlank(key, "resourceAttribute"));
      return this;
    }

    /**
     * Reads no resources: episodes get no counterpart.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder noResources() {
      this.resourceAttribute = Optional.empty();
      return this;
    }

    /**
     * Reads the customer from an attribute (on the trace, else its first event that has it; for CSV, a
     * column) instead of the case id, so that one customer may have several journeys.
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder customerAttribute(String key) {
      this.customerAttribute = Optional.of(Arguments.nonBlank(key, "customerAttribute"));
      return this;
    }

    /**
     * Sets the attribute naming the product (on the trace, else its first event that has it; for CSV,
     * a column), which becomes the journey's value proposition.
     *
     * @param key the attribute key: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder productAttribute(String key) {
      this.productAttribute = Optional.of(Arguments.nonBlank(key, "productAttribute"));
      return this;
    }

    /**
     * Reads no products: journeys carry no value proposition.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder noProducts() {
      this.productAttribute = Optional.empty();
      return this;
    }

    /**
     * Reads the customer's emotion from event attributes holding numbers in [-1, 1] (PAD space,
     * Mehrabian &amp; Russell 1974). An event with a pleasure value gets a customer emotion; a missing
     * arousal or dominance counts as 0.
     *
     * @param pleasure the key of the pleasure attribute: non-blank
     * @param arousal the key of the arousal attribute: non-blank
     * @param dominance the key of the dominance attribute: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder emotionAttributes(String pleasure, String arousal, String dominance) {
      this.pleasureAttribute = Optional.of(Arguments.nonBlank(pleasure, "pleasure"));
      this.arousalAttribute = Optional.of(Arguments.nonBlank(arousal, "arousal"));
      this.dominanceAttribute = Optional.of(Arguments.nonBlank(dominance, "dominance"));
      return this;
    }

    /**
     * Reads the customer's pleasure, in [-1, 1], from an event attribute; arousal and dominance are 0.
     *
     * @param key the key of the pleasure attribute: non-blank
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pleasureAttribute(String key) {
      this.pleasureAttribute = Optional.of(Arguments.nonBlank(key, "pleasureAttribute"));
      this.arousalAttribute = Optional.empty();
      this.dominanceAttribute = Optional.empty();
      return this;
    }

    /**
     * Keeps only events of these lifecycle transitions (case-insensitive); an event without one counts
     * as {@value LogMapping#DEFAULT_LIFECYCLE}.
     *
     * @param transitions at least one, each non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code transitions} is empty or holds a blank one
     */
    @CanIgnoreReturnValue
    public Builder lifecycles(String... transitions) {
      requireNonNull(transitions, "transitions");
      checkArgument(
          transitions.length > 0,
          "transitions must name at least one lifecycle transition, but was empty;"
              + " use anyLifecycle() to keep every event");
      Set<String> set = new LinkedHashSet<>();
      for (int i = 0; i < transitions.length; i++) {
        set.add(Arguments.nonBlank(transitions[i], "transitions[" + i + "]").toLowerCase(Locale.ROOT));
      }
      this.lifecycles = Optional.of(set);
      return this;
    }

    /**
     * Keeps events of every lifecycle transition.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anyLifecycle() {
      this.lifecycles = Optional.empty();
      return this;
    }

    /**
     * Sets the provider: the organisation whose log it is.
     *
     * @param provider the provider
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder provider(Actor provider) {
      this.provider = requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sets the ownership of touchpoints not set otherwise; default {@link
     * TouchpointOwnership#BRAND_OWNED}.
     *
     * @param ownership the ownership
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder defaultOwnership(TouchpointOwnership ownership) {
      this.defaultOwnership = requireNonNull(ownership, "defaultOwnership");
      return this;
    }

    /**
     * Sets the journey stage of touchpoints not set otherwise; default {@link
     * JourneyStage#POSTPURCHASE}.
     *
     * @param stage the stage
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder defaultStage(JourneyStage stage) {
      this.defaultStage = requireNonNull(stage, "defaultStage");
      return this;
    }

    /**
     * Decides the ownership of touchpoints not set per activity by a pure function of the activity.
     *
     * @param ownership the function; must not return null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ownershipBy(Function<? super String, TouchpointOwnership> ownership) {
      this.ownershipFunction = Optional.of(requireNonNull(ownership, "ownership"));
      return this;
    }

    /**
     * Decides the journey stage of touchpoints not set per activity by a pure function of the activity.
     *
     * @param stage the function; must not return null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stageBy(Function<? super String, JourneyStage> stage) {
      this.stageFunction = Optional.of(requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Sets the ownership and stage of the touchpoint of one activity.
     *
     * @param activity the activity as the log names it: non-blank
     * @param ownership its ownership
     * @param stage its stage
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder touchpoint(String activity, TouchpointOwnership ownership, JourneyStage stage) {
      Arguments.nonBlank(activity, "activity");
      ownershipByActivity.put(activity, requireNonNull(ownership, "ownership"));
      stageByActivity.put(activity, requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Sets the ownership of the touchpoint of one activity.
     *
     * @param activity the activity as the log names it: non-blank
     * @param ownership its ownership
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ownership(String activity, TouchpointOwnership ownership) {
      ownershipByActivity.put(
          Arguments.nonBlank(activity, "activity"), requireNonNull(ownership, "ownership"));
      return this;
    }

    /**
     * Sets the stage of the touchpoint of one activity.
     *
     * @param activity the activity as the log names it: non-blank
     * @param stage its stage
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stage(String activity, JourneyStage stage) {
      stageByActivity.put(Arguments.nonBlank(activity, "activity"), requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Sets the prefixes put before ids of each kind, so that ids stay unique across kinds where a log
     * reuses values.
     *
     * @param customer before customer ids; may be empty
     * @param touchpoint before touchpoint ids; may be empty
     * @param resource before resource (provider-side actor) ids; may be empty
     * @param proposition before value proposition ids; may be empty
     * @return this builder
     * @throws IllegalArgumentException if a prefix holds a control character ({@link
     *     org.attune.model.Ids#isControl}); the prefixes are then left as they were
     */
    @CanIgnoreReturnValue
    public Builder idPrefixes(
        String customer, String touchpoint, String resource, String proposition) {
      Ids.requireFreeOfControl(customer, "customer prefix");
      Ids.requireFreeOfControl(touchpoint, "touchpoint prefix");
      Ids.requireFreeOfControl(resource, "resource prefix");
      Ids.requireFreeOfControl(proposition, "proposition prefix");
      this.customerIdPrefix = customer;
      this.touchpointIdPrefix = touchpoint;
      this.resourceIdPrefix = resource;
      this.propositionIdPrefix = proposition;
      return this;
    }

    /**
     * Sets what to do with malformed input; default {@link MalformedInputPolicy#FAIL}.
     *
     * @param policy the policy
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder onMalformed(MalformedInputPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the zone in which a timestamp without an offset is read; default UTC.
     *
     * @param zone the zone
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the most characters that one value or text of an XES log, or one field of a CSV log, may
     * hold; default {@value
     * LogMapping#DEFAULT_MAX_VALUE_LENGTH}. See {@link LogMapping#maxValueLength()} for what counts.
     * Raise it only for logs from a source you trust: a longer limit lets a small compressed file
     * take that much more memory.
     *
     * @param maxValueLength the limit in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxValueLength} is below 1
     */
    @CanIgnoreReturnValue
    public Builder maxValueLength(int maxValueLength) {
      checkArgument(
          maxValueLength >= 1, "maxValueLength must be at least 1, but was %s", maxValueLength);
      this.maxValueLength = maxValueLength;
      return this;
    }

    /**
     * Keeps, besides the activities already included, those named; once one is included, only
     * included activities are kept (see {@link LogMapping#keepsActivity}). A rejected call leaves
     * the builder unchanged.
     *
     * @param activities the names, as the log spells them: at least one, each non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code activities} is empty or holds a blank name
     */
    @CanIgnoreReturnValue
    public Builder includeActivities(String... activities) {
      includedActivities.addAll(names(activities, "includeActivities"));
      return this;
    }

    /**
     * Keeps, besides the activities already included, those whose whole name matches {@code
     * pattern}; once one is included, only included activities are kept.
     *
     * @param pattern the pattern, matched against the whole activity name
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder includeActivities(Pattern pattern) {
      includedPatterns.add(requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Leaves out, besides the activities already excluded, those named; exclusion wins over
     * inclusion. A rejected call leaves the builder unchanged.
     *
     * @param activities the names, as the log spells them: at least one, each non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code activities} is empty or holds a blank name
     */
    @CanIgnoreReturnValue
    public Builder excludeActivities(String... activities) {
      excludedActivities.addAll(names(activities, "excludeActivities"));
      return this;
    }

    /**
     * Leaves out, besides the activities already excluded, those whose whole name matches {@code
     * pattern}; exclusion wins over inclusion.
     *
     * @param pattern the pattern, matched against the whole activity name
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder excludeActivities(Pattern pattern) {
      excludedPatterns.add(requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Keeps every activity again: forgets the names and patterns included and excluded.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder anyActivity() {
      includedActivities.clear();
      includedPatterns.clear();
      excludedActivities.clear();
      excludedPatterns.clear();
      return this;
    }

    private static List<String> names(String[] activities, String what) {
      requireNonNull(activities, what);
      checkArgument(activities.length > 0,
          "%s must name at least one activity, but was empty", what);
      List<String> names = new ArrayList<>(activities.length);
      for (int i = 0; i < activities.length; i++) {
        names.add(Arguments.nonBlank(activities[i], what + "[" + i + "]"));
      }
      return names;
    }

    /**
     * Sets the most fields that one row of a CSV log may hold; default {@value
     * LogMapping#DEFAULT_MAX_FIELD_COUNT}. Raise it only for logs from a source you trust.
     *
     * @param maxFieldCount the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxFieldCount} is below 1
     */
    @CanIgnoreReturnValue
    public Builder maxFieldCount(int maxFieldCount) {
      checkArgument(
          maxFieldCount >= 1, "maxFieldCount must be at least 1, but was %s", maxFieldCount);
      this.maxFieldCount = maxFieldCount;
      return this;
    }

    /** {@return a new mapping of the values set so far} */
    public LogMapping build() {
      return new LogMapping(this);
    }
  }
}
