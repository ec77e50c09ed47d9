package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.run;
import static io.github.guarantees.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.guarantees.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line given hostile files and values (issue "hostile input"): each is bad input, exit
 * code 2, one message naming the offending file or field, no stack trace, nothing on standard
 * output, and nothing read from a device or pipe.
 */
class HostileCliTest {
  private static void badInput(Result r) {
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("internal error", "Exception", "\tat ");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aScenarioNamingADeviceAsItsAgreement(@TempDir Path dir) throws IOException {
    assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
    for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
      Path s = write(dir, "s.yaml", CliTest.SCENARIO.replace("agreement.yaml", device));
      Result r = run("evaluate", "-s", s.toString());
      badInput(r);
      assertThat(r.err()).startsWith(device + ": is not a regular file");
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aScenarioNamingAPipeAsItsAgreement(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path fifo = dir.resolve("agreement.yaml");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path s = write(dir, "s.yaml", CliTest.SCENARIO);
    Result r = run("check", s.toString());
    badInput(r);
    assertThat(r.err()).contains("agreement.yaml: is not a regular file");
  }

  @Test
  void aScenarioNamingAForeignFileDoesNotQuoteIt(@TempDir Path dir) throws IOException {
    Path secret = write(dir, "passwd", "root:x:0:0:root:/root:/bin/bash\n");
    Path sub = Files.createDirectories(dir.resolve("a").resolve("b"));
    Path s = write(sub, "s.yaml", CliTest.SCENARIO.replace("agreement.yaml", "../../passwd"));
    Result r = run("evaluate", "-s", s.toString());
    badInput(r);
    assertThat(r.err()).contains("passwd:1:1: expected an agreement").doesNotContain("root");
    assertThat(secret).exists();
  }

  @Test
  void aScenarioNamingADirectoryNamesIt(@TempDir Path dir) throws IOException {
    Path s = write(dir, "s.yaml", CliTest.SCENARIO.replace("agreement.yaml", "."));
    Result r = run("evaluate", "-s", s.toString());
    badInput(r);
    assertThat(r.err()).contains(": is a directory").doesNotStartWith(":");
    Result dot = run("evaluate", "-s", ".");
    badInput(dot);
    assertThat(dot.err()).startsWith(".: is a directory");
  }

  @Test
  void valuesOutOfRangeAreBadInputNotInternalErrors(@TempDir Path dir) throws IOException {
    write(dir, "agreement.yaml", CliTest.AGREEMENT);
    Path s =
        write(
            dir,
            "s.yaml",
            CliTest.SCENARIO.replace(
                "asOf: 2026-05-01T00:00:00Z", "asOf: +1000000000-12-31T23:59:59Z"));
    for (String command : new String[] {"evaluate", "timeline"}) {
      Result r = run(command, "-s", s.toString());
      badInput(r);
      assertThat(r.err()).contains("asOf: +1000000000-12-31T23:59:59Z is out of range");
    }
    String longTerm =
        CliTest.AGREEMENT.replace(
            "    contributions: [fr]\n",
            "    contributions: [fr]\n    term: {lastsFor: PT2562047788015215H}\n");
    assertThat(longTerm).isNotEqualTo(CliTest.AGREEMENT);
    write(dir, "agreement.yaml", longTerm);
    Path ok = write(dir, "ok.yaml", CliTest.SCENARIO);
    Result r = run("check", ok.toString());
    badInput(r);
    assertThat(r.err()).contains("lastsFor: PT2562047788015215H is out of range");
  }

  @Test
  void anAsOfOptionOutOfRangeIsAUsageError() {
    Result r =
        run(
            "evaluate",
            "-a",
            "builtin:paris-2026",
            "-s",
            "builtin:paris-2026/war-goes-on",
            "--as-of",
            "+1000000000-12-31T23:59:59Z");
    badInput(r);
    assertThat(r.err()).contains("out of range");
  }
}
