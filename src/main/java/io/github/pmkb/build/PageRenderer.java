package io.github.pmkb.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Level;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.output.SiteSink;
import io.github.pmkb.plan.ApiExport;
import io.github.pmkb.plan.Pages;
import io.github.pmkb.plan.PageSpec;
import io.github.pmkb.render.TemplateException;
import io.github.pmkb.render.TemplateRenderer;

/** The render stage: pages to bytes in a sink, on every core, with the site's templates. */
final class PageRenderer {
  private final SiteConfig config;
  private final TemplateRenderer templates;
  /** Whether the API's yearly shards may be streamed: their template is the plain default one. */
  private final boolean streamApi;

  private PageRenderer(SiteConfig config) {
    this.config = config;
    this.templates = new TemplateRenderer(config.templateOverrideDir(), config.themeLayers().templateDirs());
    this.streamApi = ApiExport.isPlainTemplate(config);
  }

  /** The site's templates as they are on disk now. */
  static PageRenderer load(SiteConfig config) {
    return new PageRenderer(config);
  }

  /** Renders {@code pages} into {@code sink}; the first template error stops it. */
  void render(List<PageSpec> pages, SiteSink sink, SiteBuilder.Progress progress) {
    AtomicInteger done = new AtomicInteger();
    pages.parallelStream().forEach(p -> {
      render(p, sink);
      progress.update("render", done.incrementAndGet(), pages.size());
    });
  }

  private void render(PageSpec p, SiteSink sink) {
    // The export is tens of megabytes on a large corpus: written straight to its file, not held.
    if (streamApi && p.template().equals(ApiExport.TEMPLATE)
        && p.model() instanceof Pages.ApiPage api) {
      sink.stream(p.outputPath(), api.json()::writeTo);
      return;
    }
    sink.write(p.outputPath(), templates.render(p.template(), (Record) p.resolved()).getBytes(StandardCharsets.UTF_8));
  }

  /** A template error as a diagnostic at the template's file and line. */
  Diagnostic diagnostic(TemplateException e) {
    return new Diagnostic(Level.ERROR, "TPL001", e.getMessage(), SourcePos.of(templatePath(e.template()), e.line()),
        Optional.empty());
  }

  /** The template's file relative to the root; Pebble names it with or without its suffix. */
  private String templatePath(String template) {
    String name = template.endsWith(".peb") ? template : template + ".peb";
    return config.displayPath(config.templateFile(name).orElse(config.templateOverrideDir().resolve(name)));
  }
}
