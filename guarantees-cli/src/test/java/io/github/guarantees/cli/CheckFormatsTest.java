package io.github.guarantees.cli;

import static io.github.guarantees.cli.CliTest.AGREEMENT;
import static io.github.guarantees.cli.CliTest.SCENARIO;
import static io.github.guarantees.cli.CliTest.run;
import static io.github.guarantees.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check --format junit|json}: machine-readable outcomes for CI, read back here. */
class CheckFormatsTest {
  record Files(Path pass, Path fail) {}

  static Files files(Path dir) throws IOException {
    write(dir, "agreement.yaml", AGREEMENT);
    return new Files(
        write(dir, "pass.yaml", SCENARIO),
        write(
            dir,
            "fail.yaml",
            SCENARIO
                .replace("party: ua}", "party: fr}")
                .replace("name: requested", "name: edited")));
  }

  @Test
  void junitXmlHasOneTestCasePerFileAndFailsTheFileThatMissesItsExpectations(@TempDir Path dir)
      throws Exception {
    Files f = files(dir);
    CliTest.Result r = run("check", "--format", "junit", f.pass().toString(), f.fail().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = xml.getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      names.add(c.getAttribute("name") + " " + c.getAttribute("classname"));
      if (c.getElementsByTagName("failure").getLength() > 0) {
        failed.add(c.getAttribute("name"));
        Element failure = (Element) c.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 of 3 expectations not met");
        assertThat(failure.getTextContent()).contains("expect[0]", "at Ukraine's request");
      }
    }
    assertThat(names).containsExactly("requested " + f.pass(), "edited " + f.fail());
    assertThat(failed).containsExactly("edited");
  }

  @Test
  void junitXmlOfPassingFilesExitsZero(@TempDir Path dir) throws Exception {
    Files f = files(dir);
    CliTest.Result r =
        run("check", "-f", "junit", f.pass().toString(), "builtin:paris-2026/war-goes-on");
    assertThat(r.code()).isZero();
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void jsonSummaryListsEveryMismatch(@TempDir Path dir) throws IOException {
    Files f = files(dir);
    CliTest.Result r = run("check", "--format", "json", f.pass().toString(), f.fail().toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("checked").asInt()).isEqualTo(2);
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("failed").asInt()).isEqualTo(1);
    JsonNode failed = json.get("scenarios").get(1);
    assertThat(failed.get("scenario").asText()).isEqualTo("edited");
    assertThat(failed.get("passed").asBoolean()).isFalse();
    assertThat(failed.get("mismatches")).hasSize(2);
    JsonNode first = failed.get("mismatches").get(0);
    assertThat(first.get("pledge").asText()).isEqualTo("force");
    assertThat(first.get("expected").asText()).isEqualTo("ACTIVE");
    assertThat(first.get("actual").asText()).isEqualTo("PENDING");
  }

  @Test
  void badInputStillGoesToStandardErrorWithNothingOnStandardOutput(@TempDir Path dir)
      throws IOException {
    Files f = files(dir);
    CliTest.Result r =
        run("check", "-f", "junit", f.pass().toString(), dir.resolve("missing.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }
}
