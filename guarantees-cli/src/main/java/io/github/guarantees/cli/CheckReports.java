package io.github.guarantees.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.guarantees.analysis.Item;
import io.github.guarantees.evaluation.Explanation;
import io.github.guarantees.io.Mismatch;
import io.github.guarantees.io.PropertyFailure;
import io.github.guarantees.io.ScenarioFile;
import io.github.guarantees.scenario.ScenarioWarning;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders the outcome of {@code check} for CI: JUnit XML, or a JSON summary. */
final class CheckReports {
  private CheckReports() {}

  /** The output formats of {@code check}. */
  enum Format {
    TEXT,
    JUNIT,
    JSON
  }

  /** One scenario file checked. */
  record Outcome(
      String ref,
      ScenarioFile file,
      List<Mismatch> mismatches,
      List<PropertyFailure> failures,
      List<ScenarioWarning> warnings) {
    int expectations() {
      return file.expectations().size();
    }

    int properties() {
      return file.holds().size();
    }

    /** Nothing to check: no expectations and no properties. */
    boolean empty() {
      return expectations() == 0 && properties() == 0;
    }

    boolean passed() {
      return mismatches.isEmpty() && failures.isEmpty();
    }

    /** What failed, in words: {@code 2 of 5 expectations not met, 1 of 1 properties broken}. */
    String failed() {
      List<String> parts = new java.util.ArrayList<>();
      if (!mismatches.isEmpty()) {
        parts.add(mismatches.size() + " of " + expectations() + " expectations not met");
      }
      if (!failures.isEmpty()) {
        parts.add(failures.size() + " of " + properties() + " properties broken");
      }
      return String.join(", ", parts);
    }
  }

  /**
   * JUnit XML, as CI servers read it: one test suite, one test case per scenario file (named after
   * the scenario, its class name the file), failing with every expectation not met and its
   * explanation; a file without expectations is skipped.
   */
  static String junit(List<Outcome> outcomes) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      long failures = outcomes.stream().filter(o -> !o.passed()).count();
      long skipped = outcomes.stream().filter(Outcome::empty).count();
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "guarantees check");
      x.writeAttribute("tests", String.valueOf(outcomes.size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "guarantees check");
      x.writeAttribute("tests", String.valueOf(outcomes.size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", "0");
      x.writeAttribute("skipped", String.valueOf(skipped));
      for (Outcome o : outcomes) {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", o.file().scenario().name());
        x.writeAttribute("classname", o.ref());
        if (!o.warnings().isEmpty()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("system-out");
          StringBuilder text = new StringBuilder();
          for (ScenarioWarning w : o.warnings()) {
            text.append("warning: ").append(w).append('\n');
          }
          x.writeCharacters(text.toString());
          x.writeEndElement();
        }
        if (o.empty()) {
          x.writeCharacters("\n      ");
          x.writeEmptyElement("skipped");
          x.writeAttribute(
              "message", "no expectations to check (add an 'expect:' or a 'holds:' list)");
          x.writeCharacters("\n    ");
        } else if (!o.passed()) {
          x.writeCharacters("\n      ");
          x.writeStartElement("failure");
          x.writeAttribute("message", o.failed());
          x.writeAttribute("type", "expectations not met");
          StringBuilder text = new StringBuilder("\n");
          for (Mismatch m : o.mismatches()) {
            text.append(m.summary()).append('\n');
            text.append(m.explanation().toString().stripTrailing()).append("\n\n");
          }
          for (PropertyFailure f : o.failures()) {
            text.append(f.toString().stripTrailing()).append("\n\n");
          }
          x.writeCharacters(text.toString());
          x.writeEndElement();
          x.writeCharacters("\n    ");
        }
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return out + "\n";
  }

  /** A JSON summary: each file with its counts and every expectation not met. */
  static String json(List<Outcome> outcomes) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      long failed = outcomes.stream().filter(o -> !o.passed()).count();
      g.writeStartObject();
      g.writeNumberField("checked", outcomes.size());
      g.writeNumberField("passed", outcomes.size() - failed);
      g.writeNumberField("failed", failed);
      g.writeArrayFieldStart("scenarios");
      for (Outcome o : outcomes) {
        g.writeStartObject();
        g.writeStringField("file", o.ref());
        g.writeStringField("scenario", o.file().scenario().name());
        g.writeNumberField("expectations", o.expectations());
        g.writeBooleanField("passed", o.passed());
        g.writeArrayFieldStart("warnings");
        for (ScenarioWarning w : o.warnings()) {
          g.writeString(w.toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mismatches");
        for (Mismatch m : o.mismatches()) {
          g.writeStartObject();
          g.writeStringField("where", m.where());
          g.writeStringField("pledge", m.expected().pledge());
          if (m.expected().party().isPresent()) {
            g.writeStringField("party", m.expected().party().get());
          }
          if (m.expected().at().isPresent()) {
            g.writeStringField("at", m.expected().at().get().toString());
          }
          g.writeStringField("expected", m.expected().status().name());
          g.writeStringField("actual", m.actual().name());
          g.writeStringField("explanation", m.explanation().toString());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("properties", o.properties());
        g.writeArrayFieldStart("propertyFailures");
        for (PropertyFailure f : o.failures()) {
          g.writeStartObject();
          g.writeStringField("where", f.where());
          g.writeStringField("property", f.property().name());
          g.writeStringField("at", f.at().toString());
          g.writeArrayFieldStart("offending");
          for (int i = 0; i < f.offending().size(); i++) {
            Item item = f.offending().get(i);
            Explanation why = f.explanations().get(i);
            g.writeStartObject();
            g.writeStringField("pledge", item.pledge());
            if (item.party().isPresent()) {
              g.writeStringField("party", item.party().get());
            }
            g.writeStringField("status", why.status().name());
            g.writeStringField("explanation", why.toString());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
