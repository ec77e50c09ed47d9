package io.github.guarantees.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WordProgram}'s first chunk as straight-line code, generated at run time (a hidden class
 * of this package, with no library behind it) for kernels that decide many scenarios: one statement
 * per node, with no loop, no dispatch and no index read from an array, and the nodes that only a
 * pledge's activation (or its contributions' own conditions) reads computed only if that pledge's
 * trigger held at some step of the chunk. Where it did not, the pledge is {@code DORMANT} whatever
 * its activation, and {@link Sweep#decideByWords} reads neither.
 *
 * <p>The rules are the program's: each atom is computed by the same static method of {@link
 * WordProgram} its loops call, an {@code atLeast} by {@link WordProgram#atLeastAt}, and {@code
 * not}, {@code allOf} and {@code anyOf} are a complement, an {@code and} and an {@code or} of whole
 * words. {@code WordProgramTest} holds the statuses from the code, and every word they read, to the
 * program's.
 *
 * <p>Bounds: no code for a kernel of more than {@value #MAX_NODES} nodes, or more than {@value
 * #MAX_INDEX} patterns or slots (each index is an immediate operand), or a node of more than
 * {@value #MAX_OPERANDS} operands, or whose constants overflow a class file's pool; each method is
 * at most {@value #METHOD_BYTES} bytes and one statement (below the JIT's limit of 8,000 bytes on
 * the methods it compiles, and within a branch's reach).
 */
final class WordCode {
  /** The code of one kernel's program: sets every word the first chunk needs. */
  interface Run {
    /**
     * Sets the words of every trigger and of every node that pledges whose trigger held read, and
     * writes the status of each such pledge that has no contribution.
     *
     * @param w the nodes' words
     * @param steps the steps at which each pattern matched
     * @param st the state, for the rules that read more than words
     * @param program the program, for its {@code atLeast} nodes
     * @param upTo the bits of the chunk's steps
     * @param out the statuses, encoded ({@link Decisions#encode}), at their slots
     * @param last the chunk's last step
     */
    void run(
        long[] w,
        long[] steps,
        WordProgram.State st,
        WordProgram program,
        long upTo,
        byte[] out,
        int last);
  }

  /** The largest node, pattern or slot index the code holds as an immediate operand. */
  static final int MAX_INDEX = Short.MAX_VALUE;

  /**
   * The most nodes a kernel may have for its program to get code. Beyond it the code outgrows the
   * processor's instruction cache: at 7,686 nodes (2,000 pledges of the benchmark) it measured no
   * faster than the program's loops, against 1.4 times faster at 1,024 (200 pledges).
   */
  static final int MAX_NODES = 4_096;

  /**
   * The most operands of one node for a kernel to get code: each is a few bytes of its statement,
   * which must fit a method.
   */
  static final int MAX_OPERANDS = 256;

  /** About the most bytes of code in one generated method. */
  static final int METHOD_BYTES = 3_000;

  /**
   * A node read for pledges of more distinct triggers than this is computed whatever the triggers.
   */
  static final int MAX_GUARD = 4;

  private static final String PACKAGE = "io/github/guarantees/evaluation/";
  private static final String NAME = PACKAGE + "WordCode$Generated";
  private static final String STATE = "L" + PACKAGE + "WordProgram$State;";
  private static final String PROGRAM = "L" + PACKAGE + "WordProgram;";
  private static final String PART = "([J[J" + STATE + PROGRAM + "J[BI)V";

  private WordCode() {}

  /**
   * The code of {@code program}, compiled from kernel {@code k}, or null if the kernel is beyond
   * the bounds above.
   *
   * @throws IllegalStateException if the class cannot be defined or made
   */
  static @Nullable Run generate(Kernel k, WordProgram program) {
    return generate(k, program, METHOD_BYTES);
  }

  /**
   * As {@link #generate(Kernel, WordProgram)}, with methods of about {@code methodBytes} bytes (1:
   * one node or status per method, for tests of the guards that methods split).
   */
  static @Nullable Run generate(Kernel k, WordProgram program, int methodBytes) {
    if (k.nodeCount > MAX_NODES || k.patterns.size() > MAX_INDEX || k.slots > MAX_INDEX) {
      return null;
    }
    for (int n = 0; n < k.nodeCount; n++) {
      if (k.opStart[n + 1] - k.opStart[n] > MAX_OPERANDS) {
        return null;
      }
    }
    int[][] order = order(k, program);
    byte @Nullable [] bytes =
        new Writer(k, program, methodBytes).write(order[0], order[1], order[2]);
    if (bytes == null) {
      return null;
    }
    try {
      Class<?> type = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
      return (Run) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("cannot make the code of a word program", e);
    }
  }

  /**
   * The nodes in the order the code computes them, each with its guard: first every node a trigger
   * reads (level by level, unguarded), then, pledge by pledge, the nodes only activations and own
   * conditions read (operands first), each guarded by the triggers of the pledges that read it
   * (none if more than {@value #MAX_GUARD}), and then, for a pledge {@code p} with no contribution,
   * its status ({@code -1 - p}), guarded by its trigger. A node's guard holds whenever a reader's
   * does: its readers' pledges are among its own. Returns {@code {order, guardStart, guards}}: item
   * {@code order[i]}'s triggers are {@code guards[guardStart[i] .. guardStart[i + 1])}.
   */
  private static int[][] order(Kernel k, WordProgram program) {
    int n = k.nodeCount;
    boolean[] always = new boolean[n];
    for (int p = 0; p < k.pledgeCount; p++) {
      mark(k, k.trigger[p], always);
    }
    // Per node, the triggers of the pledges that read it (at most MAX_GUARD + 1 kept).
    int[][] guard = new int[n][];
    int[] guardSize = new int[n];
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    List<Integer> stack = new ArrayList<>();
    for (int p = 0; p < k.pledgeCount; p++) {
      int t = k.trigger[p];
      for (int root : roots(k, p)) {
        stack.add(root);
      }
      while (!stack.isEmpty()) {
        int x = stack.remove(stack.size() - 1);
        if (always[x] || seen[x] == p) {
          continue;
        }
        seen[x] = p;
        int[] g = guard[x];
        if (g == null) {
          g = new int[MAX_GUARD + 1];
          guard[x] = g;
        }
        if (guardSize[x] <= MAX_GUARD && !contains(g, guardSize[x], t)) {
          g[guardSize[x]++] = t;
        }
        for (int j = k.opStart[x]; j < k.opStart[x + 1]; j++) {
          stack.add(k.ops[j]);
        }
      }
    }
    List<Integer> nodes = new ArrayList<>();
    for (int lv = 0; lv < k.levels; lv++) {
      for (int x = 0; x < n; x++) {
        if (always[x] && k.level[x] == lv && program.op[x] != WordProgram.OP_CONSTANT) {
          nodes.add(x);
        }
      }
    }
    int unguarded = nodes.size();
    boolean[] placed = new boolean[n];
    for (int p = 0; p < k.pledgeCount; p++) {
      for (int root : roots(k, p)) {
        place(k, program, root, always, placed, nodes);
      }
      if (k.contributionStart[p] == k.contributionStart[p + 1]) {
        nodes.add(-1 - p); // its status
      }
    }
    int[] order = nodes.stream().mapToInt(x -> x).toArray();
    int[] start = new int[order.length + 1];
    List<Integer> guards = new ArrayList<>();
    for (int i = 0; i < order.length; i++) {
      int x = order[i];
      if (x < 0) {
        guards.add(k.trigger[-1 - x]);
      } else if (i >= unguarded && guardSize[x] <= MAX_GUARD) {
        for (int j = 0; j < guardSize[x]; j++) {
          guards.add(guard[x][j]);
        }
      }
      start[i + 1] = guards.size();
    }
    return new int[][] {order, start, guards.stream().mapToInt(x -> x).toArray()};
  }

  /** The nodes pledge {@code p}'s status reads beyond its trigger. */
  private static int[] roots(Kernel k, int p) {
    int from = k.contributionStart[p];
    int to = k.contributionStart[p + 1];
    int[] roots = new int[1 + 2 * (to - from)];
    roots[0] = k.active[p];
    for (int c = from; c < to; c++) {
      roots[1 + 2 * (c - from)] = k.own[c];
      roots[2 + 2 * (c - from)] = k.fire[c];
    }
    return roots;
  }

  /** Marks node {@code x} and the nodes it reads. */
  private static void mark(Kernel k, int x, boolean[] marked) {
    if (marked[x]) {
      return;
    }
    marked[x] = true;
    for (int j = k.opStart[x]; j < k.opStart[x + 1]; j++) {
      mark(k, k.ops[j], marked);
    }
  }

  /** Adds node {@code x} after the nodes it reads, unless placed or always computed. */
  private static void place(
      Kernel k, WordProgram program, int x, boolean[] always, boolean[] placed, List<Integer> out) {
    if (always[x] || placed[x]) {
      return;
    }
    placed[x] = true;
    for (int j = k.opStart[x]; j < k.opStart[x + 1]; j++) {
      place(k, program, k.ops[j], always, placed, out);
    }
    if (program.op[x] != WordProgram.OP_CONSTANT) {
      out.add(x);
    }
  }

  private static boolean contains(int[] a, int size, int x) {
    for (int i = 0; i < size; i++) {
      if (a[i] == x) {
        return true;
      }
    }
    return false;
  }

  /** Bytecode of one method, growing as written. */
  private static final class Code {
    byte[] buf = new byte[METHOD_BYTES + 512];
    int len;

    void u1(int b) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, 2 * len);
      }
      buf[len++] = (byte) b;
    }

    void u2(int v) {
      u1(v >>> 8);
      u1(v);
    }

    /** Pushes an int of at most {@link #MAX_INDEX}. */
    void push(int v) {
      if (v <= 5) {
        u1(0x03 + v); // iconst_v
      } else if (v <= Byte.MAX_VALUE) {
        u1(0x10); // bipush
        u1(v);
      } else {
        u1(0x11); // sipush
        u2(v);
      }
    }
  }

  /** Writes the class: a constant pool, a constructor, {@code run} and its parts. */
  private static final class Writer {
    private final Kernel k;
    private final WordProgram program;
    private final ByteArrayOutputStream poolBytes = new ByteArrayOutputStream();
    private final DataOutputStream pool = new DataOutputStream(poolBytes);
    private final Map<String, Integer> entries = new HashMap<>();
    private int poolCount = 1;
    private final int methodBytes;

    Writer(Kernel k, WordProgram program, int methodBytes) {
      this.k = k;
      this.program = program;
      this.methodBytes = methodBytes;
    }

    private int entry(String key, int slots, Body body) {
      Integer known = entries.get(key);
      if (known != null) {
        return known;
      }
      try {
        body.write();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int index = poolCount;
      poolCount += slots;
      entries.put(key, index);
      return index;
    }

    private interface Body {
      void write() throws IOException;
    }

    int utf8(String s) {
      return entry(
          "U" + s,
          1,
          () -> {
            pool.writeByte(1);
            pool.writeUTF(s);
          });
    }

    int type(String name) {
      int u = utf8(name);
      return entry(
          "C" + name,
          1,
          () -> {
            pool.writeByte(7);
            pool.writeShort(u);
          });
    }

    int method(String owner, String name, String descriptor) {
      int c = type(owner);
      int n = utf8(name);
      int d = utf8(descriptor);
      int nt =
          entry(
              "N" + name + ":" + descriptor,
              1,
              () -> {
                pool.writeByte(12);
                pool.writeShort(n);
                pool.writeShort(d);
              });
      return entry(
          "M" + owner + "." + name + ":" + descriptor,
          1,
          () -> {
            pool.writeByte(10);
            pool.writeShort(c);
            pool.writeShort(nt);
          });
    }

    int longConstant(long v) {
      return entry(
          "J" + v,
          2,
          () -> {
            pool.writeByte(5);
            pool.writeLong(v);
          });
    }

    int intConstant(int v) {
      return entry(
          "I" + v,
          1,
          () -> {
            pool.writeByte(3);
            pool.writeInt(v);
          });
    }

    /** The class file, or null if its pool overflows. */
    byte @Nullable [] write(int[] order, int[] guardStart, int[] guards) {
      List<Code> parts = new ArrayList<>();
      Code code = new Code();
      int open = -1; // where the open guard's branch offset is, or -1
      int openFrom = -1; // the open guard's node index in order, or -1
      for (int i = 0; i < order.length; i++) {
        boolean sameGuard =
            open >= 0
                && Arrays.equals(
                    guards,
                    guardStart[openFrom],
                    guardStart[openFrom + 1],
                    guards,
                    guardStart[i],
                    guardStart[i + 1]);
        if (code.len >= methodBytes || !sameGuard) {
          close(code, open);
          open = -1;
          if (code.len >= methodBytes) {
            code.u1(0xb1); // return
            parts.add(code);
            code = new Code();
          }
          if (guardStart[i] < guardStart[i + 1]) {
            open = guard(code, guards, guardStart[i], guardStart[i + 1]);
            openFrom = i;
          }
        }
        node(code, order[i]);
      }
      close(code, open);
      code.u1(0xb1);
      parts.add(code);

      int self = type(NAME);
      int object = type("java/lang/Object");
      int runType = type(PACKAGE + "WordCode$Run");
      int init = method("java/lang/Object", "<init>", "()V");
      Code constructor = new Code();
      constructor.u1(0x2a); // aload_0
      constructor.u1(0xb7); // invokespecial
      constructor.u2(init);
      constructor.u1(0xb1);
      Code run = new Code();
      for (int i = 0; i < parts.size(); i++) {
        run.u1(0x2b); // aload_1 .. aload 4, lload 5, aload 7, iload 8
        run.u1(0x2c);
        run.u1(0x2d);
        run.u1(0x19);
        run.u1(4);
        run.u1(0x16);
        run.u1(5);
        run.u1(0x19);
        run.u1(7);
        run.u1(0x15);
        run.u1(8);
        run.u1(0xb8); // invokestatic
        run.u2(method(NAME, "part" + i, PART));
      }
      run.u1(0xb1);
      int codeName = utf8("Code");
      int initName = utf8("<init>");
      int initType = utf8("()V");
      int runName = utf8("run");
      int runDescriptor = utf8(PART);
      int[] partNames = new int[parts.size()];
      int partDescriptor = utf8(PART);
      for (int i = 0; i < parts.size(); i++) {
        partNames[i] = utf8("part" + i);
      }
      if (poolCount > 0xffff) {
        return null;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(49); // no stack maps needed: the type-inferring verifier checks it
        out.writeShort(poolCount);
        pool.flush();
        poolBytes.writeTo(out);
        out.writeShort(0x0030); // final, super
        out.writeShort(self);
        out.writeShort(object);
        out.writeShort(1);
        out.writeShort(runType);
        out.writeShort(0); // fields
        out.writeShort(2 + parts.size());
        method(out, 0x0001, initName, initType, codeName, constructor, 1, 1);
        method(out, 0x0001, runName, runDescriptor, codeName, run, 8, 9);
        for (int i = 0; i < parts.size(); i++) {
          method(out, 0x000a, partNames[i], partDescriptor, codeName, parts.get(i), 16, 8);
        }
        out.writeShort(0); // attributes
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }

    private static void method(
        DataOutputStream out,
        int access,
        int name,
        int descriptor,
        int codeName,
        Code code,
        int maxStack,
        int maxLocals)
        throws IOException {
      out.writeShort(access);
      out.writeShort(name);
      out.writeShort(descriptor);
      out.writeShort(1);
      out.writeShort(codeName);
      out.writeInt(12 + code.len);
      out.writeShort(maxStack);
      out.writeShort(maxLocals);
      out.writeInt(code.len);
      out.write(code.buf, 0, code.len);
      out.writeShort(0); // exceptions
      out.writeShort(0); // attributes
    }

    /**
     * Opens a guard: skips to its end unless one of the triggers' words has a bit of the chunk.
     * Returns where its branch offset is.
     */
    private static int guard(Code code, int[] guards, int from, int to) {
      for (int j = from; j < to; j++) {
        code.u1(0x2a); // aload_0
        code.push(guards[j]);
        code.u1(0x2f); // laload
        if (j > from) {
          code.u1(0x81); // lor
        }
      }
      code.u1(0x16); // lload 4
      code.u1(4);
      code.u1(0x7f); // land
      code.u1(0x09); // lconst_0
      code.u1(0x94); // lcmp
      code.u1(0x99); // ifeq
      code.u2(0);
      return code.len - 2;
    }

    /** Closes the guard whose branch offset is at {@code at}: it jumps here. */
    private static void close(Code code, int at) {
      if (at >= 0) {
        int offset = code.len - (at - 1);
        code.buf[at] = (byte) (offset >>> 8);
        code.buf[at + 1] = (byte) offset;
      }
    }

    /**
     * Writes node {@code n}'s statement, {@code w[n] = ...}, or for {@code n = -1 - p} pledge
     * {@code p}'s status.
     */
    private void node(Code code, int n) {
      if (n < 0) {
        int pledge = -1 - n;
        code.u1(0x19); // aload 6
        code.u1(6);
        code.push(k.slot[pledge]);
        word(code, k.active[pledge]);
        word(code, k.trigger[pledge]);
        code.u1(0x15); // iload 7
        code.u1(7);
        code.u1(0x16); // lload 4
        code.u1(4);
        code.u1(0xb8); // invokestatic
        code.u2(method(PACKAGE + "Sweep", "ongoing", "([BIJJIJ)V"));
        return;
      }
      WordProgram p = program;
      int i = p.at[n];
      byte op = p.op[n];
      int count = k.opStart[n + 1] - k.opStart[n];
      if (op == WordProgram.OP_AT_LEAST && count == 3 && k.k[n] == 2) {
        // Two of three: (a and b) or (c and (a or b)), with no count.
        int a = k.ops[k.opStart[n]];
        int b = k.ops[k.opStart[n] + 1];
        code.u1(0x2a); // aload_0
        code.push(n);
        word(code, a);
        word(code, b);
        code.u1(0x7f); // land
        word(code, k.ops[k.opStart[n] + 2]);
        word(code, a);
        word(code, b);
        code.u1(0x81); // lor
        code.u1(0x7f); // land
        code.u1(0x81); // lor
        code.u1(0x50); // lastore
        return;
      }
      if (op == WordProgram.OP_AT_LEAST) {
        code.u1(0x2d); // aload_3
        code.u1(0x2a); // aload_0
        code.u1(0x2c); // aload_2
        code.push(k.level[n]);
        code.push(i);
        code.u1(0xb6); // invokevirtual
        code.u2(method(PACKAGE + "WordProgram", "atLeastAt", "([J" + STATE + "II)V"));
        return;
      }
      code.u1(0x2a); // aload_0
      code.push(n);
      switch (op) {
        case WordProgram.OP_OCCURRED -> {
          steps(code, p.occurredPattern[i]);
          helper(code, "occurredFirst", "(J)J");
        }
        case WordProgram.OP_PARTIES -> {
          code.u1(0x2c); // aload_2
          code.push(n);
          helper(code, "partiesFirst", "(" + STATE + "I)J");
        }
        case WordProgram.OP_AFTER -> {
          steps(code, p.afterA[i]);
          steps(code, p.afterB[i]);
          helper(code, "afterFirst", "(JJ)J");
        }
        case WordProgram.OP_WITHIN -> {
          code.u1(0x2c); // aload_2
          steps(code, p.withinA[i]);
          steps(code, p.withinB[i]);
          code.push(p.withinB[i]);
          code.u1(0x14); // ldc2_w
          code.u2(longConstant(p.withinSec[i]));
          code.u1(0x13); // ldc_w
          code.u2(intConstant(p.withinNano[i]));
          code.u1(0x14); // ldc2_w
          code.u2(longConstant(p.withinSpan[i]));
          helper(code, "withinFirst", "(" + STATE + "JJIJIJ)J");
        }
        case WordProgram.OP_IN_FORCE -> {
          steps(code, p.inForceA[i]);
          steps(code, p.inForceB[i]);
          helper(code, "inForceFirst", "(JJ)J");
        }
        case WordProgram.OP_NOT -> {
          word(code, k.ops[k.opStart[n]]);
          code.u1(0x14); // ldc2_w
          code.u2(longConstant(-1L));
          code.u1(0x83); // lxor
        }
        case WordProgram.OP_ALL, WordProgram.OP_ANY -> {
          word(code, k.ops[k.opStart[n]]);
          for (int j = k.opStart[n] + 1; j < k.opStart[n + 1]; j++) {
            word(code, k.ops[j]);
            code.u1(op == WordProgram.OP_ALL ? 0x7f : 0x81); // land, lor
          }
        }
        default -> throw new IllegalStateException("no code for node " + n + " of op " + op);
      }
      code.u1(0x50); // lastore
    }

    private static void steps(Code code, int pattern) {
      code.u1(0x2b); // aload_1
      code.push(pattern);
      code.u1(0x2f); // laload
    }

    private static void word(Code code, int node) {
      code.u1(0x2a); // aload_0
      code.push(node);
      code.u1(0x2f); // laload
    }

    private void helper(Code code, String name, String descriptor) {
      code.u1(0xb8); // invokestatic
      code.u2(method(PACKAGE + "WordProgram", name, descriptor));
    }
  }
}
