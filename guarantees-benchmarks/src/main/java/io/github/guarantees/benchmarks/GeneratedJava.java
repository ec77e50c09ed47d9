package io.github.guarantees.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import io.github.guarantees.condition.After;
import io.github.guarantees.condition.AllOf;
import io.github.guarantees.condition.Always;
import io.github.guarantees.condition.AnyOf;
import io.github.guarantees.condition.AtLeast;
import io.github.guarantees.condition.AtLeastParties;
import io.github.guarantees.condition.Condition;
import io.github.guarantees.condition.ConditionVisitor;
import io.github.guarantees.condition.InForce;
import io.github.guarantees.condition.Not;
import io.github.guarantees.condition.Occurred;
import io.github.guarantees.condition.StatusIs;
import io.github.guarantees.condition.Within;
import io.github.guarantees.model.Agreement;
import io.github.guarantees.model.Pledge;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The baseline engine: an agreement's rules as plain Java, one method per pledge deciding trigger
 * and activation at the as-of instant with {@code if}/{@code else} and boolean operators over a
 * scenario's {@link TriggerTimes} (each trigger's first, latest and all event instants), compiled
 * in memory with {@code javax.tools}. No subexpression is shared between pledges and no history is
 * kept: it answers "is it ACTIVE now", nothing more.
 *
 * <pre>{@code
 * GeneratedJava rules = GeneratedJava.compile(workload.agreement(), workload.triggerIndex());
 * boolean[] fired = new boolean[workload.pledgeCount()];
 * rules.decide(workload.times(0), fired);
 * }</pre>
 *
 * <p>Needs a JDK (the system Java compiler). This class is immutable and thread-safe.
 */
public final class GeneratedJava {
  /** A {@code decide} method of the generated class holds at most this many pledges. */
  private static final int PLEDGES_PER_METHOD = 100;

  private static final String PACKAGE = "io.github.guarantees.benchmarks.generated";

  private final String source;
  private final BiConsumer<long[][], boolean[]> rules;

  private GeneratedJava(String source, BiConsumer<long[][], boolean[]> rules) {
    this.source = source;
    this.rules = rules;
  }

  /**
   * Generates and compiles the rules of an agreement whose patterns name no party.
   *
   * @param agreement the agreement, not null
   * @param triggerIndex the index of every trigger id in the {@link TriggerTimes} arrays, not null
   * @return the compiled rules
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a pattern names a party or a window is not whole seconds
   * @throws IllegalStateException if no system Java compiler is available or compilation fails
   */
  public static GeneratedJava compile(Agreement agreement, Map<String, Integer> triggerIndex) {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(triggerIndex, "triggerIndex");
    String className = "Rules" + Integer.toHexString(agreement.id().hashCode() & 0x7fffffff);
    String source = source(agreement, ImmutableMap.copyOf(triggerIndex), className);
    return new GeneratedJava(source, load(PACKAGE + "." + className, source));
  }

  /**
   * Decides which pledges fire in one scenario.
   *
   * @param times the scenario's events by trigger, as {@link Workload#times(int)} gives them
   * @param fired set to whether each pledge, in the agreement's order, is ACTIVE at as-of
   */
  public void decide(long[][] times, boolean[] fired) {
    rules.accept(times, fired);
  }

  /**
   * Returns the generated source.
   *
   * @return the Java source of the generated class
   */
  public String source() {
    return source;
  }

  private static String source(
      Agreement agreement, ImmutableMap<String, Integer> triggerIndex, String className) {
    Expression expression = new Expression(triggerIndex);
    List<Pledge> pledges = agreement.pledges();
    StringBuilder out = new StringBuilder();
    out.append("package ").append(PACKAGE).append(";\n\n");
    out.append("public final class ").append(className);
    out.append(" implements java.util.function.BiConsumer<long[][], boolean[]> {\n");
    out.append("  @Override public void accept(long[][] t, boolean[] fired) {\n");
    // Split so that no method exceeds the JIT's huge-method limit (8,000 bytes of bytecode).
    for (int from = 0; from < pledges.size(); from += PLEDGES_PER_METHOD) {
      out.append("    decide").append(from).append("(t, fired);\n");
    }
    out.append("  }\n");
    for (int from = 0; from < pledges.size(); from += PLEDGES_PER_METHOD) {
      out.append("  private static void decide").append(from);
      out.append("(long[][] t, boolean[] fired) {\n");
      for (int p = from; p < Math.min(pledges.size(), from + PLEDGES_PER_METHOD); p++) {
        out.append("    fired[").append(p).append("] = p").append(p).append("(t);\n");
      }
      out.append("  }\n");
    }
    for (int p = 0; p < pledges.size(); p++) {
      Pledge pledge = pledges.get(p);
      out.append("  // ").append(pledge.id()).append('\n');
      out.append("  private static boolean p").append(p).append("(long[][] t) {\n");
      out.append("    if (").append(agreement.triggerOf(pledge).accept(expression)).append(") {\n");
      out.append("      if (").append(pledge.activation().accept(expression)).append(") {\n");
      out.append("        return true;\n");
      out.append("      }\n");
      out.append("    }\n");
      out.append("    return false;\n");
      out.append("  }\n");
    }
    // Some event of xs in [a, a + w] for some anchor a: both ascending, so one merge pass.
    out.append(
        """
          private static boolean within(long[] xs, long w, long[] as) {
            int j = 0;
            for (long a : as) {
              while (j < xs.length && xs[j] < a) {
                j++;
              }
              if (j == xs.length) {
                return false;
              }
              if (xs[j] <= a + w) {
                return true;
              }
            }
            return false;
          }
        }
        """);
    return out.toString();
  }

  /** A condition as a Java boolean expression over {@code long[][] t}. */
  private static final class Expression implements ConditionVisitor<String> {
    private final ImmutableMap<String, Integer> triggerIndex;

    Expression(ImmutableMap<String, Integer> triggerIndex) {
      this.triggerIndex = triggerIndex;
    }

    private String row(Occurred pattern) {
      return "t[" + Patterns.index(pattern, triggerIndex) + "]";
    }

    private static String latest(String row) {
      return row + "[" + row + ".length - 1]";
    }

    private String join(List<Condition> operands, String operator) {
      List<String> parts = new ArrayList<>(operands.size());
      for (Condition c : operands) {
        parts.add(c.accept(this));
      }
      return "(" + String.join(operator, parts) + ")";
    }

    @Override
    public String visitAlways(Always c) {
      return "true";
    }

    @Override
    public String visitOccurred(Occurred c) {
      return row(c) + ".length != 0";
    }

    @Override
    public String visitAllOf(AllOf c) {
      return join(c.operands(), " && ");
    }

    @Override
    public String visitAnyOf(AnyOf c) {
      return join(c.operands(), " || ");
    }

    @Override
    public String visitNot(Not c) {
      return "!(" + c.operand().accept(this) + ")";
    }

    @Override
    public String visitAtLeast(AtLeast c) {
      List<String> parts = new ArrayList<>();
      for (Condition o : c.operands()) {
        parts.add("((" + o.accept(this) + ") ? 1 : 0)");
      }
      return "(" + String.join(" + ", parts) + " >= " + c.k() + ")";
    }

    @Override
    public String visitInForce(InForce c) {
      String put = row(c.trigger());
      String revoke = row(c.revokedBy());
      return "("
          + put
          + ".length != 0 && ("
          + revoke
          + ".length == 0 || "
          + latest(revoke)
          + " < "
          + latest(put)
          + "))";
    }

    @Override
    public String visitAfter(After c) {
      String later = row(c.later());
      String earlier = row(c.earlier());
      return "("
          + later
          + ".length != 0 && "
          + earlier
          + ".length != 0 && "
          + latest(later)
          + " > "
          + earlier
          + "[0])";
    }

    @Override
    public String visitAtLeastParties(AtLeastParties c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not count distinct parties (the kernel's language only)");
    }

    @Override
    public String visitStatusIs(StatusIs c) {
      throw new IllegalArgumentException(
          c + ": the peer engines do not read pledges' statuses (the kernel's language only)");
    }

    @Override
    public String visitWithin(Within c) {
      return "within("
          + row(c.event())
          + ", "
          + Patterns.windowSeconds(c)
          + "L, "
          + row(c.anchor())
          + ")";
    }
  }

  @SuppressWarnings("unchecked") // the generated class implements BiConsumer<long[][], boolean[]>
  private static BiConsumer<long[][], boolean[]> load(String className, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK");
    }
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StringWriter diagnostics = new StringWriter();
    StandardJavaFileManager standard = javac.getStandardFileManager(null, null, UTF_8);
    JavaFileManager files =
        new ForwardingJavaFileManager<JavaFileManager>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + name + ".class"), kind) {
              @Override
              public OutputStream openOutputStream() {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                classes.put(name, bytes);
                return bytes;
              }
            };
          }
        };
    JavaFileObject unit =
        new SimpleJavaFileObject(
            URI.create("mem:///" + className.replace('.', '/') + ".java"),
            JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    boolean ok =
        javac.getTask(diagnostics, files, null, List.of("-g:none"), null, List.of(unit)).call();
    if (!ok) {
      throw new IllegalStateException("the generated rules do not compile:\n" + diagnostics);
    }
    ClassLoader loader =
        new ClassLoader(GeneratedJava.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
          }
        };
    try {
      return (BiConsumer<long[][], boolean[]>)
          loader.loadClass(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the generated rules do not load: " + className, e);
    }
  }
}
