package dev.disclosuregraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The linguistic layer as a local process, over TCP on loopback: one sentence per input line (already segmented by the caller,
 * newlines inside it replaced by spaces so offsets are kept), one JSON line per sentence out, in order:
 * {"t":[[word,lemma,tag,begin,end,head,deprel],...]} with begin/end as UTF-16 offsets into the line,
 * head as a 1-based token index (0 = root) and deprel a Universal Dependencies relation.
 * Sentences longer than --max-tokens tokens are tagged but not parsed (head -1, deprel "").
 * Prints "NLP_READY <port>" on stderr once the models are loaded; exits when its stdin closes (the
 * parent is gone) unless -Dnlp.exitOnStdinClose=false (a container).
 */
public final class NlpServer {
  private static final Object END = new Object();

  public static void main(String[] args) throws Exception {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    int maxTokens = 200;
    int port = 0;
    String host = "127.0.0.1";
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--threads")) threads = Integer.parseInt(args[i + 1]);
      if (args[i].equals("--max-tokens")) maxTokens = Integer.parseInt(args[i + 1]);
      if (args[i].equals("--port")) port = Integer.parseInt(args[i + 1]);
      if (args[i].equals("--host")) host = args[i + 1];
    }
    PrintStream err = System.err;
    // CoreNLP may print on stdout; the protocol runs over TCP, so stdout is only a log
    System.setOut(err);

    Properties tag = new Properties();
    tag.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    tag.setProperty("tokenize.language", "en");
    tag.setProperty("ssplit.isOneSentence", "true");
    tag.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    tag.setProperty("pos.model", System.getProperty("nlp.posModel", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger"));
    StanfordCoreNLP tagger = new StanfordCoreNLP(tag);
    // the neural dependency parser itself, not its pipeline annotator: the annotator also derives enhanced
    // and enhanced++ graphs for every sentence, which this layer does not use
    Properties parserProps = new Properties();
    parserProps.setProperty("numPreComputed", System.getProperty("nlp.preComputed", "100000"));
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProps);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    final int limit = maxTokens;

    ServerSocket server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getByName(host), port));
    err.println("NLP_READY " + server.getLocalPort());
    err.flush();
    // a client that closes stdin (the parent process ended) ends the server too
    Thread watchdog = new Thread(() -> {
      try { while (System.in.read() != -1) { } } catch (IOException ignored) { }
      System.exit(0);
    }, "nlp-stdin-watch");
    watchdog.setDaemon(true);
    if (Boolean.parseBoolean(System.getProperty("nlp.exitOnStdinClose", "true"))) watchdog.start();
    while (true) {
      Socket socket = server.accept();
      Thread t = new Thread(() -> serve(socket, tagger, parser, pool, limit, err), "nlp-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  /** One connection: lines in, one JSON line out per line, in order; analyses run on the shared pool. */
  static void serve(Socket socket, StanfordCoreNLP tagger, DependencyParser parser, ExecutorService pool, int limit, PrintStream err) {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);
    try (socket;
         BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
         BufferedWriter out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
      socket.setTcpNoDelay(true);
      Thread writer = new Thread(() -> {
        try {
          while (true) {
            Object item = queue.take();
            if (item == END) break;
            @SuppressWarnings("unchecked") CompletableFuture<String> f = (CompletableFuture<String>) item;
            out.write(f.get());
            out.write('\n');
            if (queue.isEmpty()) out.flush();
          }
          out.flush();
        } catch (Exception e) {
          try { socket.close(); } catch (IOException ignored) { }
        }
      }, "nlp-writer");
      writer.start();
      String line;
      while ((line = in.readLine()) != null) {
        final String text = line;
        queue.put(CompletableFuture.supplyAsync(() -> analyse(tagger, parser, text, limit), pool));
      }
      queue.put(END);
      writer.join();
    } catch (Exception e) {
      err.println("NLP connection closed: " + e);
    }
  }

  static String analyse(StanfordCoreNLP tagger, DependencyParser parser, String text, int maxTokens) {
    try {
      Annotation doc = new Annotation(text);
      tagger.annotate(doc);
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
      int n = tokens == null ? 0 : tokens.size();
      int[] head = new int[n];
      String[] rel = new String[n];
      java.util.Arrays.fill(head, -1);
      java.util.Arrays.fill(rel, "");
      if (n > 0 && n <= maxTokens && sentences != null && sentences.size() == 1) {
        GrammaticalStructure gs = parser.predict(sentences.get(0));
        for (TypedDependency td : gs.typedDependencies()) {
          int d = td.dep().index() - 1;
          if (d < 0 || d >= n) continue;
          head[d] = td.gov().index();
          rel[d] = td.reln().toString();
        }
      }
      StringBuilder sb = new StringBuilder(64 + n * 48);
      sb.append("{\"t\":[");
      for (int i = 0; i < n; i++) {
        CoreLabel t = tokens.get(i);
        if (i > 0) sb.append(',');
        sb.append('[');
        str(sb, t.originalText());
        sb.append(',');
        str(sb, t.lemma() == null ? t.word() : t.lemma());
        sb.append(',');
        str(sb, t.tag());
        sb.append(',').append(t.beginPosition()).append(',').append(t.endPosition()).append(',').append(head[i]).append(',');
        str(sb, rel[i]);
        sb.append(']');
      }
      sb.append("]}");
      return sb.toString();
    } catch (OutOfMemoryError e) {
      throw e; // -XX:+ExitOnOutOfMemoryError ends the process; the client reports it
    } catch (Throwable e) {
      // one sentence that breaks the tagger or parser (StackOverflowError included) is read without a parse
      return "{\"t\":[],\"error\":" + quote(String.valueOf(e)) + "}";
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    str(sb, s);
    return sb.toString();
  }

  private static void str(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    sb.append('"');
  }
}
