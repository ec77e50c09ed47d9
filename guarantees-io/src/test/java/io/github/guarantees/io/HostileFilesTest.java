package io.github.guarantees.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of hostile files (issue "hostile input"): devices, pipes, files that are not
 * agreements, directories, YAML anchors, aliases and tags, a JSON byte-order mark, and values out
 * of range. Each is refused with one problem that names the file (and, inside a document, the line,
 * column and path), or read as what it means; none crashes, hangs or quotes a foreign file.
 */
class HostileFilesTest {
  @TempDir Path dir;

  private static FileProblem onlyProblem(Runnable load) {
    List<FileProblem> problems =
        assertThatExceptionOfType(LoadException.class).isThrownBy(load::run).actual().problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aDeviceIsRefusedByNameWithoutReading() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).isTrue();
    FileProblem p = onlyProblem(() -> FileFormat.readAgreement(zero));
    assertThat(p.file()).isEqualTo("/dev/zero");
    assertThat(p.message()).startsWith("is not a regular file");
    FileProblem random = onlyProblem(() -> FileFormat.readScenario(Path.of("/dev/urandom")));
    assertThat(random.file()).isEqualTo("/dev/urandom");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aNamedPipeIsRefusedWithoutBlocking() throws IOException, InterruptedException {
    Path fifo = dir.resolve("agreement.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor()).isZero();
    FileProblem p = onlyProblem(() -> FileFormat.readAgreement(fifo));
    assertThat(p.file()).isEqualTo(fifo.toString());
    assertThat(p.message()).startsWith("is not a regular file");
  }

  @Test
  void aFileThatIsNotAnAgreementIsNotQuoted() throws IOException {
    Path passwd = dir.resolve("passwd");
    String secret = "root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin";
    Files.writeString(passwd, secret + "\n", StandardCharsets.UTF_8);
    FileProblem agreement = onlyProblem(() -> FileFormat.readAgreement(passwd));
    assertThat(agreement.toString()).doesNotContain("root", "bash");
    assertThat(agreement.line()).isEqualTo(1);
    FileProblem scenario = onlyProblem(() -> FileFormat.readScenario(passwd));
    assertThat(scenario.toString()).doesNotContain("root", "bash");
  }

  @Test
  void aListAtTheTopIsNotQuotedEither() {
    FileProblem p =
        onlyProblem(() -> FileFormat.readAgreement("list.yaml", "- secret-token-1\n", Syntax.YAML));
    assertThat(p.toString()).doesNotContain("secret-token-1");
  }

  @Test
  void aProcFileIsReadOnlyUpToTheLimit() {
    Path self = Path.of("/proc/self/status");
    assumeThat(Files.isRegularFile(self)).isTrue();
    // A /proc file reports size 0; it is read (bounded) and refused as not an agreement.
    FileProblem p = onlyProblem(() -> FileFormat.readAgreement(self));
    assertThat(p.file()).isEqualTo(self.toString());
    assertThat(p.toString()).doesNotContain("VmRSS");
  }

  @Test
  void aDirectoryIsNamed() {
    FileProblem p = onlyProblem(() -> FileFormat.readAgreement(dir));
    assertThat(p.file()).isEqualTo(dir.toString());
    assertThat(p.message()).startsWith("is a directory");
    FileProblem dot = onlyProblem(() -> FileFormat.readScenario(Path.of(".")));
    assertThat(dot.file()).isEqualTo(".");
    assertThat(dot.message()).startsWith("is a directory");
  }

  @Test
  void aJsonByteOrderMarkIsAccepted() throws IOException {
    String json = FileFormat.write(Fixtures.everything(), Syntax.JSON);
    Path file = dir.resolve("agreement.json");
    Files.writeString(file, "\uFEFF" + json, StandardCharsets.UTF_8);
    assertThat(FileFormat.readAgreement(file)).isEqualTo(Fixtures.everything());
    assertThat(FileFormat.readAgreement("a.json", "\uFEFF" + json, Syntax.JSON))
        .isEqualTo(Fixtures.everything());
  }

  @Test
  void aYamlAliasIsRefusedAtItsPosition() {
    String text =
        BadInputTest.replace(
            BadInputTest.BASE,
            "title: Test",
            "title: &t Test\ndescription: *t\nnarrative: &p {a: b}");
    List<FileProblem> problems =
        assertThatExceptionOfType(LoadException.class)
            .isThrownBy(() -> FileFormat.readAgreement("a.yaml", text, Syntax.YAML))
            .actual()
            .problems();
    assertThat(problems)
        .extracting(FileProblem::line, FileProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple(3, 14), org.assertj.core.groups.Tuple.tuple(4, 12));
    assertThat(problems)
        .extracting(FileProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("a YAML alias ('*t')"))
        .anySatisfy(m -> assertThat(m).startsWith("a YAML anchor ('&p')"));
  }

  @Test
  void aCustomYamlTagIsRefusedAtItsPosition() {
    String text = BadInputTest.replace(BadInputTest.BASE, "title: Test", "title: !custom Test");
    FileProblem p = onlyProblem(() -> FileFormat.readAgreement("a.yaml", text, Syntax.YAML));
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).startsWith("a YAML tag ('!custom')");
  }

  @Test
  void aDurationOutOfRangeIsRefusedNamingTheFieldAndTheRange() {
    String huge = "PT2562047788015215H";
    java.util.Map<String, String> edits =
        java.util.Map.of(
            "lastsFor",
            "    term: {lastsFor: " + huge + "}\n",
            "within",
            "    deadline: {fulfilledBy: ceasefire, within: " + huge + "}\n",
            "window",
            "    trigger: {within: {event: ceasefire, window: " + huge + ", anchor: ceasefire}}\n");
    edits.forEach(
        (field, line) -> {
          String text =
              BadInputTest.replace(
                  BadInputTest.BASE,
                  "    contributions: [fr]\n",
                  "    contributions: [fr]\n" + line);
          FileProblem p = onlyProblem(() -> FileFormat.readAgreement("a.yaml", text, Syntax.YAML));
          assertThat(p.message())
              .as(field)
              .isEqualTo(
                  field
                      + ": "
                      + huge
                      + " is out of range; durations must lie from PT0S to PT8766000H (365250"
                      + " days)");
          assertThat(p.path()).as(field).endsWith("." + field);
        });
    assertThat(Duration.parse(huge)).isGreaterThan(io.github.guarantees.condition.Limits.LONGEST);
  }

  @Test
  void anAsOfOutOfRangeIsRefusedNamingTheFieldAndTheRange() {
    String text =
        BadInputTest.replace(
            BadInputTest.SCENARIO,
            "asOf: 2026-06-01T00:00:00Z",
            "asOf: +1000000000-12-31T23:59:59Z");
    FileProblem p = onlyProblem(() -> FileFormat.readScenario("s.yaml", text, Syntax.YAML));
    assertThat(p.message()).contains("asOf: +1000000000-12-31T23:59:59Z is out of range");
    assertThat(p.path()).isIn("", "asOf");
  }
}
