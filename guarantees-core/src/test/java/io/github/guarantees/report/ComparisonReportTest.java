package io.github.guarantees.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV of a comparison quotes, as RFC 4180 asks, exactly the fields that need it. */
class ComparisonReportTest {
  @Test
  void fieldsWithCommasQuotesOrLineEndsAreQuotedAndQuotesDoubled() {
    StringBuilder out = new StringBuilder();
    ComparisonReport.csvRow(out, "plain", "a, b", "say \"no\"", "two\nlines", "", "cr\rhere");
    assertThat(out.toString())
        .isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",,\"cr\rhere\"\r\n");
  }
}
