package org.attune.io;

/**
 * What an import does with malformed input: bad XML or CSV, a missing or unparseable timestamp, a
 * missing or blank case id or activity, an empty trace (see {@link SkipReason#isMalformed()}).
 *
 * <p>Input that is well formed but not wanted, such as an event of a lifecycle transition the
 * {@link LogMapping} filters out, is never an error: it is skipped and counted under its {@link
 * SkipReason} whatever the policy.
 */
public enum MalformedInputPolicy {
  /**
   * Stop at the first malformed input with a {@link LogFormatException} naming its line and column,
   * the field, the value and what was expected. The default: nothing is lost silently.
   */
  FAIL,
  /**
   * Skip the malformed trace or event, count it in the {@link ImportReport} under its {@link
   * SkipReason}, and go on. Malformed syntax (XML that is not well formed, an unterminated CSV quote)
   * cannot be resynchronised: the rest of the file is not read, and the trace it cut short is
   * skipped; what came before is kept.
   */
  SKIP
}
