package org.attune.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogFormatExceptionTest {

  @Test
  void a_position_below_one_is_unknown_and_so_is_the_column_of_an_unknown_line() {
    // given / when
    LogFormatException negativeColumn =
        new LogFormatException(SkipReason.MALFORMED_SYNTAX, 11, -8, "detail");
    LogFormatException zeroLine =
        new LogFormatException(SkipReason.MALFORMED_SYNTAX, 0, 5, "detail");
    LogFormatException known = new LogFormatException(SkipReason.MALFORMED_SYNTAX, 2, 16, "detail");
    // then
    assertThat(negativeColumn.line()).isEqualTo(11);
    assertThat(negativeColumn.column()).isEqualTo(-1);
    assertThat(negativeColumn).hasMessage("line 11: detail");
    assertThat(zeroLine.line()).isEqualTo(-1);
    assertThat(zeroLine.column()).isEqualTo(-1);
    assertThat(zeroLine).hasMessage("detail");
    assertThat(known.line()).isEqualTo(2);
    assertThat(known.column()).isEqualTo(16);
    assertThat(known).hasMessage("line 2, column 16: detail");
  }
}
