package org.attune.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CRM tables in CSV: survey answers (what each customer values, and how much) as profiles and
 * perspectives, and elements and relations as the parts of a service ecosystem. The CSV is read by
 * the parser of event logs ({@link EventLogs#readCsv}): RFC 4180 fields, quoted where they hold the
 * delimiter, a quote or a line break; a byte order mark skipped; UTF-8 checked row by row when read
 * from a file; the limits of {@link TableMapping#maxValueLength()} and {@link
 * TableMapping#maxFieldCount()}. The first row is the header; columns are found by name (see {@link
 * TableMapping#column}); columns a format does not read are ignored, as are columns with no name
 * in the header (spreadsheets export trailing ones), which a wide survey requires empty. An empty
 * field of an optional column takes the default.
 *
 * <table class="striped">
 *   <caption>The formats and their standard columns</caption>
 *   <thead><tr><th>format</th><th>one row per</th><th>required</th><th>optional (default)</th>
 *       </tr></thead>
 *   <tbody>
 *     <tr><td>{@link #readSurvey survey}</td><td>answer</td>
 *         <td>{@code respondent}, {@code dimension}, {@code level} in [0, 1]</td>
 *         <td>{@code subject} (the respondent), {@code aspect} ({@code actual}), {@code weight}
 *             ≥ 0 (1)</td></tr>
 *     <tr><td>{@link #readWideSurvey wide survey}</td><td>respondent</td>
 *         <td>{@code respondent}, a column per dimension holding the level</td>
 *         <td>{@code subject}, {@code aspect}, a column {@code <dimension> weight} per
 *             dimension (1)</td></tr>
 *     <tr><td>{@link #readElements elements}</td><td>element</td>
 *         <td>{@code id}, {@code kind}</td>
 *         <td>{@code name} (the id), {@code type}, {@code stage}, {@code risks}</td></tr>
 *     <tr><td>{@link #readRelations relations}</td><td>relation</td>
 *         <td>{@code source}, {@code type}, {@code target}</td>
 *         <td>{@code strength} in (0, 1] (1)</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Surveys.</b> The respondent holds a view of the subject's logic (a {@link
 * org.attune.model.Perspective}): with no subject, its own logic. Respondents and subjects are the
 * actors of {@link TableMapping#elements()} of their ids, else new individuals named by their ids,
 * as the customers of an event log are. The rows of one respondent, subject and aspect make one
 * {@link org.attune.model.Profile}, a dimension once; a wide survey leaves a dimension out of a
 * respondent's profile where its cell is empty.
 *
 * <p><b>Elements.</b> {@code kind} is {@code actor}, {@code resource}, {@code institution}, {@code
 * activity}, {@code touchpoint} or {@code value proposition}; {@code type} is the actor type
 * ({@code individual}, {@code collective}, {@code organisation}; default individual), the resource
 * nature ({@code operant}, {@code operand}; required), the institution kind ({@code rule}, {@code
 * norm}, {@code value}, {@code role}, {@code belief}, {@code practice}; required), the touchpoint
 * ownership (default {@code brand owned}) or the proposition's payment basis (default {@code
 * ownership}); {@code stage} is a touchpoint's journey stage (default {@code postpurchase}); {@code
 * risks} a proposition's shared risks, separated by {@code |}. Names of kinds, types, stages and
 * aspects are case-insensitive, with spaces, hyphens and underscores ignored: {@code value
 * proposition}, {@code VALUE_PROPOSITION} and {@code value-proposition} are one kind.
 *
 * <p><b>Relations.</b> {@code type} is a built-in relation type or one declared with {@link
 * TableMapping.Builder#relationTypes}; the source and target are elements of {@link
 * TableMapping#elements()}, such as those of an elements table.
 *
 * <p><b>Errors.</b> Malformed input is handled as in event logs: under {@link
 * MalformedInputPolicy#FAIL} the first malformed row stops the import with a {@link
 * LogFormatException} naming the line, the column, the value and what was expected; under {@link
 * MalformedInputPolicy#SKIP} the row is counted in the {@link ImportReport} under its {@link
 * SkipReason}. An empty file, a header lacking a required column or naming one twice, and a field or
 * row over its limit always fail. Nothing is returned half-built.
 *
 * <pre>{@code
 * TableImport survey = Tables.readSurvey(Path.of("answers.csv"), TableMapping.defaults());
 * ServiceEcosystem withLogics = survey.addTo(ecosystem.toBuilder()).build();
 * }</pre>
 */
public final class Tables {

  private static final Logger LOG = LoggerFactory.getLogger(Tables.class);

  private Tables() {}

  /** The formats, for the report and the log. */
  private enum Format {
    SURVEY("CSV survey"),
    WIDE_SURVEY("CSV wide survey"),
    ELEMENTS("CSV elements"),
    RELATIONS("CSV relations");

    final String label;

    Format(String label) {
      this.label = label;
    }
  }

  /**
   * {@return the survey in the UTF-8 CSV file at {@code path}, one row per answer}
   *
   * @param path the file
   * @param mapping the columns, known actors, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the file cannot be read
   */
  public static TableImport readSurvey(Path path, TableMapping mapping) throws IOException {
    return read(path, mapping, Format.SURVEY);
  }

  /**
   * {@return the survey in the CSV text {@code in}, one row per answer}; the reader is read to its
   * end but not closed
   *
   * @param in the text
   * @param mapping the columns, known actors, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the text cannot be read
   */
  public static TableImport readSurvey(Reader in, TableMapping mapping) throws IOException {
    return read(in, mapping, Format.SURVEY);
  }

  /**
   * {@return the survey in the UTF-8 CSV file at {@code path}, one row per respondent and a column
   * per dimension}
   *
   * @param path the file
   * @param mapping the columns, known actors, policy and limits
   * @throws LogFormatException if the header lacks the respondent column or any dimension column,
   *     or the table is malformed and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the file cannot be read
   */
  public static TableImport readWideSurvey(Path path, TableMapping mapping) throws IOException {
    return read(path, mapping, Format.WIDE_SURVEY);
  }

  /**
   * {@return the survey in the CSV text {@code in}, one row per respondent and a column per
   * dimension}; the reader is read to its end but not closed
   *
   * @param in the text
   * @param mapping the columns, known actors, policy and limits
   * @throws LogFormatException if the header lacks the respondent column or any dimension column,
   *     or the table is malformed and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the text cannot be read
   */
  public static TableImport readWideSurvey(Reader in, TableMapping mapping) throws IOException {
    return read(in, mapping, Format.WIDE_SURVEY);
  }

  /**
   * {@return the elements in the UTF-8 CSV file at {@code path}, one row per element}
   *
   * @param path the file
   * @param mapping the columns, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the file cannot be read
   */
  public static TableImport readElements(Path path, TableMapping mapping) throws IOException {
    return read(path, mapping, Format.ELEMENTS);
  }

  /**
   * {@return the elements in the CSV text {@code in}, one row per element}; the reader is read to
   * its end but not closed
   *
   * @param in the text
   * @param mapping the columns, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the text cannot be read
   */
  public static TableImport readElements(Reader in, TableMapping mapping) throws IOException {
    return read(in, mapping, Format.ELEMENTS);
  }

  /**
   * {@return the relations in the UTF-8 CSV file at {@code path}, one row per relation, between
   * elements of {@link TableMapping#elements()}}
   *
   * @param path the file
   * @param mapping the columns, known elements, declared relation types, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the file cannot be read
   */
  public static TableImport readRelations(Path path, TableMapping mapping) throws IOException {
    return read(path, mapping, Format.RELATIONS);
  }

  /**
   * {@return the relations in the CSV text {@code in}, one row per relation, between elements of
   * {@link TableMapping#elements()}}; the reader is read to its end but not closed
   *
   * @param in the text
   * @param mapping the columns, known elements, declared relation types, policy and limits
   * @throws LogFormatException if the header lacks a required column, or the table is malformed
   *     and the mapping's policy is {@link MalformedInputPolicy#FAIL}
   * @throws IOException if the text cannot be read
   */
  public static TableImport readRelations(Reader in, TableMapping mapping) throws IOException {
    return read(in, mapping, Format.RELATIONS);
  }

  private static TableImport read(Path path, TableMapping mapping, Format format)
      throws IOException {
    requireNonNull(path, "path");
    requireNonNull(mapping, "mapping");
    String source = String.valueOf(path.getFileName());
    try (InputStream in = Files.newInputStream(path)) {
      // read as bytes, so that a byte sequence that is not UTF-8 is named by line and field and,
      // under SKIP, costs only its row
      return read(TableReader.of(in, mapping, source, format.label), format);
    }
  }

  private static TableImport read(Reader in, TableMapping mapping, Format format)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(mapping, "mapping");
    return read(TableReader.of(in, mapping, "<character stream>", format.label), format);
  }

  private static TableImport read(TableReader reader, Format format) throws IOException {
    TableImport result = switch (format) {
      case SURVEY -> reader.longSurvey();
      case WIDE_SURVEY -> reader.wideSurvey();
      case ELEMENTS -> reader.elements();
      case RELATIONS -> reader.relations();
    };
    LOG.debug("read {} from {}: {} rows, {} imported", format.label, result.report().source(),
        result.report().eventsRead(), result.report().eventsImported());
    return result;
  }
}
