// Drives the shipped search page and Pagefind's UI on the same served site in headless Chromium
// (bench only; bench/search-web.sh runs it). For every cold page load: the bytes DevTools reports
// as received by the page (Network.loadingFinished encodedDataLength, headers included), and the
// bytes the server sent (its log: Pagefind searches in a Web Worker, whose requests the page's
// DevTools events do not show); time to first results is from navigation start to the first
// result link in the DOM, with DevTools' network emulation at 100 ms latency and 10 Mbit/s.
//   java -cp "$(cat test-classpath)" bench/ChromiumTiming.java https://127.0.0.1:PORT/ pmkb[,pagefind] <server log>
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

public class ChromiumTiming {
  static final List<String> ONE = List.of("memory", "database", "certificate", "timeout", "deploy", "latency", "dns",
      "disk", "cache", "queue", "replica", "configuration", "network", "kubernetes", "redis", "rollback", "outage",
      "alert", "throttling", "migration");
  static final List<String> TWO = List.of("memory leak", "connection pool", "disk full", "certificate expiry",
      "root cause", "database failover", "cache stampede", "dns resolution", "config change", "rate limit",
      "load balancer", "replication lag", "deploy rollback", "error budget", "thread pool", "queue backlog",
      "expired certificate", "health check", "traffic spike", "retry storm");
  static final String FIRST = "#search-results li a.title, .pagefind-ui__result-link";
  static final String TIMER = "(() => { const t = () => { if (!window.__first && document.querySelector('" + FIRST
      + "')) window.__first = performance.now(); }; new MutationObserver(t).observe(document, {subtree: true, childList: true}); })();";

  /** bytes: sent by the server; page: received by the page (DevTools); requests: served. */
  record Load(long bytes, long page, long data, int requests, int whole, double firstMs, Map<String, long[]> kinds) {}

  static java.nio.file.Path served;
  static long servedLines;

  static ChromeDriver driver;

  public static void main(String[] args) throws Exception {
    String base = args[0];
    List<String> systems = List.of(args[1].split(","));
    served = java.nio.file.Path.of(args[2]);
    int perSet = Integer.parseInt(System.getenv().getOrDefault("QUERIES", "10"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    ChromeOptions o = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--ignore-certificate-errors", "--window-size=1280,900");
    o.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
        .build(), o);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 100,
          "downloadThroughput", 1_250_000, "uploadThroughput", 1_250_000));
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TIMER));
      // The systems take turns, query by query, so that a change in the machine's load falls on both.
      Map<String, Load> init = new java.util.LinkedHashMap<>();
      for (String name : systems) init.put(name, load(page(base, name), false));
      init.forEach((name, l) -> System.out.printf(Locale.ROOT, "%s init %.1f KB in %d requests (page %.1f KB, search data %.1f KB)%n",
          name, (l.bytes() - l.data()) / 1024.0, l.requests(), l.page() / 1024.0, l.data() / 1024.0));
      for (List<String> set : List.of(ONE.subList(0, perSet), TWO.subList(0, perSet))) {
        Map<String, List<Load>> loads = new java.util.LinkedHashMap<>();
        for (String q : set) {
          for (String name : systems) {
            Load l = load(page(base, name) + "?q=" + java.net.URLEncoder.encode(q, "UTF-8"), true);
            loads.computeIfAbsent(name, k -> new ArrayList<>()).add(l);
            System.out.printf(Locale.ROOT, "%s query \"%s\" %.1f KB in %d requests, first results %.0f ms:%s%n", name, q, l.bytes() / 1024.0,
                l.requests(), l.firstMs(), kinds(l));
            if (System.getenv("WATERFALL") != null && q.equals(set.get(0))) waterfall(name, q);
          }
        }
        String label = set.get(0).indexOf(' ') < 0 ? "1word" : "2words";
        loads.forEach((name, ls) -> System.out.printf(Locale.ROOT, "%s %s bytes median %.1f KB max %.1f KB; first results median %.0f ms max %.0f ms; "
            + "requests median %d; whole-file data responses %d; page-target DevTools bytes median %.1f KB%n", name, label,
            median(ls.stream().mapToDouble(l -> l.bytes() / 1024.0).toArray()),
            ls.stream().mapToDouble(l -> l.bytes() / 1024.0).max().orElse(0),
            median(ls.stream().mapToDouble(Load::firstMs).toArray()),
            ls.stream().mapToDouble(Load::firstMs).max().orElse(0),
            (int) median(ls.stream().mapToDouble(Load::requests).toArray()),
            ls.stream().mapToInt(Load::whole).sum(),
            median(ls.stream().mapToDouble(l -> l.page() / 1024.0).toArray())));
      }
      if (systems.contains("pmkb")) {
        String page = page(base, "pmkb");
        // The filter panel: what opening it downloads after a query.
        load(page + "?q=memory", true);
        drain();
        servedLines = lines().size();
        driver.findElement(By.cssSelector("#search-facets summary")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#search-facet-groups fieldset")).isEmpty());
        Load panel = settle(0);
        System.out.printf(Locale.ROOT, "pmkb facets %.1f KB in %d requests%n", panel.bytes() / 1024.0, panel.requests());
        // Query time once the data is there: the page's own engine, each query run again.
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
            "downloadThroughput", -1, "uploadThroughput", -1));
        List<Double> times = new ArrayList<>();
        for (String q : ONE.subList(0, perSet)) times.addAll(warm(q));
        for (String q : TWO.subList(0, perSet)) times.addAll(warm(q));
        double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "pmkb query time median %.2f ms p95 %.2f ms (%d runs)%n", t[t.length / 2],
            t[(int) Math.ceil(t.length * 0.95) - 1], t.length);
      }
    } finally {
      driver.quit();
    }
  }

  /** " kind KB/requests" per kind of file, largest first. */
  static String kinds(Load l) {
    StringBuilder out = new StringBuilder();
    l.kinds().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> out.append(String.format(Locale.ROOT, " %s %.1f/%d", e.getKey(), e.getValue()[0] / 1024.0, e.getValue()[1])));
    return out.toString();
  }

  /** A served path's kind: a search pack's letter (r rows: card and snippet text, p postings, d dictionary...), js, css, html. */
  static String kind(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.endsWith(".bin")) return name.substring(0, name.indexOf('.'));
    if (path.startsWith("/pagefind/")) return name.replaceAll("[._][0-9a-f]{6,}.*$", "").replaceAll("\\.(js|css)$", "");
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static String page(String base, String system) {
    return base + (system.equals("pagefind") ? "pagefind-search.html" : "search.html");
  }

  @SuppressWarnings("unchecked")
  static List<Double> warm(String q) {
    Object r = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "import(new URL('js/search.js', location.href).href).then(async ({ index }) => {"
        + " await index.search(arguments[0], { prefix: 'missing' }); const out = [];"
        + " for (let i = 0; i < 10; i++) { const t = performance.now(); await index.search(arguments[0], { prefix: 'missing' });"
        + " out.push(performance.now() - t); } done(out); });", q);
    List<Double> out = new ArrayList<>();
    for (Object x : (List<Object>) r) out.add(((Number) x).doubleValue());
    return out;
  }

  /** Every request of the page just loaded: start, first byte and end (ms from navigation), size, file. */
  @SuppressWarnings("unchecked")
  static void waterfall(String name, String q) {
    List<Object> rows = (List<Object>) ((JavascriptExecutor) driver).executeScript("return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]"
        + ".map((e) => [e.startTime, e.responseStart, e.responseEnd, e.transferSize, e.name.replace(/^.*\\//, '')])");
    System.out.printf(Locale.ROOT, "%s waterfall \"%s\": first result at %.0f ms%n", name, q,
        ((Number) ((JavascriptExecutor) driver).executeScript("return window.__first || 0")).doubleValue());
    for (Object o : rows) {
      List<Object> r = (List<Object>) o;
      System.out.printf(Locale.ROOT, "  %6.0f %6.0f %6.0f %7d %s%n", ((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(),
          ((Number) r.get(2)).doubleValue(), ((Number) r.get(3)).longValue(), r.get(4));
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    return s.length == 0 ? 0 : s[(s.length - 1) / 2];
  }

  static void drain() {
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  static Load load(String url, boolean results) {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    drain();
    servedLines = lines().size();
    driver.get(url);
    if (results) {
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(FIRST)).isEmpty());
    }
    Object first = ((JavascriptExecutor) driver).executeScript("return window.__first || 0");
    return settle(((Number) first).doubleValue());
  }

  /** Sums the responses until the network has been quiet for a second. */
  @SuppressWarnings("unchecked")
  static Load settle(double firstMs) {
    Map<String, Long> bytes = new HashMap<>();
    Map<String, String> urls = new HashMap<>();
    Map<String, Integer> status = new HashMap<>();
    long quietSince = System.nanoTime();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() - quietSince < 1_000_000_000L && System.nanoTime() < deadline) {
      List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
      if (!entries.isEmpty()) quietSince = System.nanoTime();
      for (LogEntry e : entries) {
        Map<String, Object> msg = (Map<String, Object>) ((Map<String, Object>) new Json().toType(e.getMessage(), Map.class)).get("message");
        Map<String, Object> p = (Map<String, Object>) msg.get("params");
        String method = (String) msg.get("method");
        if ("Network.responseReceived".equals(method)) {
          Map<String, Object> resp = (Map<String, Object>) p.get("response");
          urls.put((String) p.get("requestId"), (String) resp.get("url"));
          status.put((String) p.get("requestId"), ((Number) resp.get("status")).intValue());
        } else if ("Network.loadingFinished".equals(method)) {
          bytes.merge((String) p.get("requestId"), ((Number) p.get("encodedDataLength")).longValue(), Long::sum);
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException ex) {
        throw new IllegalStateException(ex);
      }
    }
    long page = bytes.values().stream().mapToLong(Long::longValue).sum();
    List<String> log = lines();
    long total = 0, data = 0;
    int whole = 0, requests = 0;
    Map<String, long[]> kinds = new java.util.TreeMap<>();
    for (String line : log.subList((int) Math.min(servedLines, log.size()), log.size())) {
      String[] f = line.split(" ", 4);
      long b = Long.parseLong(f[0]);
      long[] k = kinds.computeIfAbsent(kind(f[2]), x -> new long[2]);
      k[0] += b;
      k[1]++;
      total += b;
      requests++;
      if (f[2].startsWith("/search/") || f[2].startsWith("/pagefind/") && !f[2].matches(".*pagefind(-ui)?\\.(js|css)$")) data += b;
      if (f[2].startsWith("/search/") && f[2].endsWith(".bin") && f[1].equals("200")) whole++;
    }
    servedLines = log.size();
    return new Load(total, page, data, requests, whole, firstMs, kinds);
  }

  static List<String> lines() {
    try {
      return java.nio.file.Files.readAllLines(served);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
