package org.attune.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attune.model.Element;
import org.attune.model.Ids;
import org.attune.model.RelationType;
import org.attune.model.internal.Arguments;

/**
 * How CSV tables become Attune's model (see {@link Tables}): the column names, the delimiter, the
 * elements that ids in a table may name, the relation types declared by the user, the limits and
 * what to do with malformed input.
 *
 * <p>Each table format has standard column names ({@link Tables} lists them, such as {@code
 * respondent}, {@code dimension} and {@code level} for a survey); {@link Builder#column} renames one
 * to the name a file's header gives it. Header names are compared after stripping spaces around them.
 *
 * <p>The {@linkplain #defaults() defaults}: the standard column names, comma-separated, no known
 * elements, only the built-in relation types, malformed input {@link MalformedInputPolicy#FAIL},
 * the limits of {@link LogMapping} ({@value LogMapping#DEFAULT_MAX_VALUE_LENGTH} characters per
 * field, {@value LogMapping#DEFAULT_MAX_FIELD_COUNT} fields per row), and {@value
 * #DEFAULT_WEIGHT_SUFFIX} as the suffix of a weight column in a wide survey.
 *
 * <p>Immutable, null-hostile and thread-safe.
 *
 * <pre>{@code
 * TableMapping mapping = TableMapping.builder()
 *     .column("respondent", "customer_no")
 *     .delimiter(';')
 *     .onMalformed(MalformedInputPolicy.SKIP)
 *     .build();
 * }</pre>
 */
public final class TableMapping {

  /** The suffix that makes a wide survey's column the weight of a dimension: {@value}. */
  public static final String DEFAULT_WEIGHT_SUFFIX = " weight";

  /** Every standard column name, of every table format. */
  static final ImmutableSet<String> STANDARD_COLUMNS = ImmutableSet.of(
      "respondent", "subject", "aspect", "dimension", "level", "weight",
      "id", "kind", "name", "type", "stage", "risks",
      "source", "target", "strength");

  private static final TableMapping DEFAULTS = builder().build();

  private final ImmutableMap<String, String> columns;
  private final char delimiter;
  private final ImmutableMap<String, Element> elements;
  private final ImmutableMap<String, RelationType> relationTypes;
  private final MalformedInputPolicy policy;
  private final int maxValueLength;
  private final int maxFieldCount;
  private final String weightSuffix;

  private TableMapping(Builder b) {
    this.columns = ImmutableMap.copyOf(b.columns);
    this.delimiter = b.delimiter;
    this.elements = ImmutableMap.copyOf(b.elements);
    this.relationTypes = ImmutableMap.copyOf(b.relationTypes);
    this.policy = b.policy;
    this.maxValueLength = b.maxValueLength;
    this.maxFieldCount = b.maxFieldCount;
    this.weightSuffix = b.weightSuffix;
  }

  /** {@return the default mapping, described in the class comment} */
  public static TableMapping defaults() {
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

  /**
   * {@return the header name of a standard column: as renamed by {@link Builder#column}, else the
   * standard name itself}
   *
   * @param standard a standard column name, such as {@code "respondent"}
   * @throws IllegalArgumentException if {@code standard} is not a standard column name
   */
  public String column(String standard) {
    requireNonNull(standard, "standard");
    checkArgument(STANDARD_COLUMNS.contains(standard),
        "standard must be one of %s, but was '%s'", STANDARD_COLUMNS, standard);
    return columns.getOrDefault(standard, standard);
  }

  /** {@return the field delimiter; default {@code ','}} */
  public char delimiter() {
    return delimiter;
  }

  /**
   * {@return the elements that ids in a table may name, by id}: the actors a survey's respondents
   * and subjects are, the ends of the relations of a relations table
   */
  public Map<String, Element> elements() {
    return elements;
  }

  /**
   * {@return the relation types a relations table may name, by name}: the built-ins and those
   * declared with {@link Builder#relationTypes}
   */
  public Map<String, RelationType> relationTypes() {
    return relationTypes;
  }

  /** {@return the policy for malformed input; default {@link MalformedInputPolicy#FAIL}} */
  public MalformedInputPolicy malformedInputPolicy() {
    return policy;
  }

  /**
   * {@return the most characters one field may hold, counted as the field holds them; default
   * {@value LogMapping#DEFAULT_MAX_VALUE_LENGTH}}; a longer field is refused whatever the policy
   */
  public int maxValueLength() {
    return maxValueLength;
  }

  /**
   * {@return the most fields one row (the header too) may hold; default {@value
   * LogMapping#DEFAULT_MAX_FIELD_COUNT}}; a longer row is refused whatever the policy
   */
  public int maxFieldCount() {
    return maxFieldCount;
  }

  /**
   * {@return the suffix that makes a wide survey's column the weight of the dimension it follows;
   * default {@value #DEFAULT_WEIGHT_SUFFIX}}, so that {@code "functional weight"} is the weight of
   * {@code "functional"}
   */
  public String weightSuffix() {
    return weightSuffix;
  }

  @Override
  public String toString() {
    return "TableMapping[columns=" + columns + ", delimiter=" + Ids.quote(String.valueOf(delimiter))
        + ", elements=" + elements.size() + ", relationTypes=" + relationTypes.keySet()
        + ", onMalformed=" + policy + ", maxValueLength=" + maxValueLength + ", maxFieldCount="
        + maxFieldCount + ", weightSuffix=" + Ids.quote(weightSuffix) + "]";
  }

  /**
   * Builds a {@link TableMapping}, starting from the defaults. Mutable and not thread-safe; it can be
   * reused after {@link #build()}. A rejected call leaves the builder unchanged.
   */
  public static final class Builder {
    private final Map<String, String> columns = new LinkedHashMap<>();
    private char delimiter = ',';
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, RelationType> relationTypes = new LinkedHashMap<>();
    private MalformedInputPolicy policy = MalformedInputPolicy.FAIL;
    private int maxValueLength = LogMapping.DEFAULT_MAX_VALUE_LENGTH;
    private int maxFieldCount = LogMapping.DEFAULT_MAX_FIELD_COUNT;
    private String weightSuffix = DEFAULT_WEIGHT_SUFFIX;

    private Builder() {
      for (RelationType type : RelationType.builtIns()) {
        relationTypes.put(type.name(), type);
      }
    }

    private Builder(TableMapping m) {
      columns.putAll(m.columns);
      delimiter = m.delimiter;
      elements.putAll(m.elements);
      relationTypes.putAll(m.relationTypes);
      policy = m.policy;
      maxValueLength = m.maxValueLength;
      maxFieldCount = m.maxFieldCount;
      weightSuffix = m.weightSuffix;
    }

    /**
     * Renames a standard column: the file's header calls it {@code header}.
     *
     * @param standard a standard column name, such as {@code "respondent"} (see {@link Tables})
     * @param header the name in the file's header: non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code standard} is not a standard column name or {@code
     *     header} is blank
     */
    @CanIgnoreReturnValue
    public Builder column(String standard, String header) {
      requireNonNull(standard, "standard");
      requireNonNull(header, "header");
      checkArgument(STANDARD_COLUMNS.contains(standard),
          "standard must be one of %s, but was '%s'", STANDARD_COLUMNS, standard);
      columns.put(standard, Arguments.nonBlank(header, "header").strip());
      return this;
    }

    /**
     * Sets the field delimiter; default {@code ','}.
     *
     * @param delimiter not a quote nor a line break
     * @return this builder
     * @throws IllegalArgumentException if {@code delimiter} is a quote or a line break
     */
    @CanIgnoreReturnValue
    public Builder delimiter(char delimiter) {
      if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
        throw new IllegalArgumentException(
            "delimiter must not be a quote or a line break, but was "
                + Ids.quote(String.valueOf(delimiter)));
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Adds elements that ids in a table may name, such as those of an elements table ({@link
     * TableImport#elements()}) or of an ecosystem; a later element of an id replaces an earlier one.
     *
     * @param elements the elements
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder elements(Iterable<? extends Element> elements) {
      requireNonNull(elements, "elements");
      Map<String, Element> added = new LinkedHashMap<>();
      for (Element e : elements) {
        added.put(requireNonNull(e, "elements element").id(), e);
      }
      this.elements.putAll(added);
      return this;
    }

    /**
     * Declares relation types that a relations table may name, besides the built-ins.
     *
     * @param types the types
     * @return this builder
     * @throws IllegalArgumentException if a type has the name of another type, built-in or
     *     declared, but differs from it
     */
    @CanIgnoreReturnValue
    public Builder relationTypes(RelationType... types) {
      requireNonNull(types, "types");
      Map<String, RelationType> added = new LinkedHashMap<>();
      for (RelationType t : types) {
        requireNonNull(t, "types element");
        RelationType before = added.containsKey(t.name()) ? added.get(t.name())
            : relationTypes.get(t.name());
        checkArgument(before == null || before.equals(t),
            "types must not redeclare relation type %s differently: %s, but was declared %s",
            t.name(), t, before);
        added.put(t.name(), t);
      }
      relationTypes.putAll(added);
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
     * Sets the most characters one field may hold. Raise it only for tables you trust.
     *
     * @param maxValueLength at least 1
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
     * Sets the most fields one row may hold. Raise it only for tables you trust.
     *
     * @param maxFieldCount at least 1
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

    /**
     * Sets the suffix that makes a wide survey's column the weight of a dimension.
     *
     * @param suffix non-empty, free of control characters
     * @return this builder
     * @throws IllegalArgumentException if {@code suffix} is empty or holds a control character
     */
    @CanIgnoreReturnValue
    public Builder weightSuffix(String suffix) {
      requireNonNull(suffix, "suffix");
      checkArgument(!suffix.isEmpty(), "suffix must not be empty");
      this.weightSuffix = Ids.requireFreeOfControl(suffix, "suffix");
      return this;
    }

    /** {@return a new mapping of the values set so far} */
    public TableMapping build() {
      return new TableMapping(this);
    }
  }
}
