package io.github.pmkb.plan;

import java.util.Map;

/** One page to render: where it goes, which template, and the model the template sees. */
public record PageSpec(String outputPath, String template, Map<String, Object> model) {
  public PageSpec {
    model = Map.copyOf(model);
  }
}
