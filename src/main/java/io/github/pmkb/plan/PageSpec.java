package io.github.pmkb.plan;

/**
 * One page to render: where it goes, which template, and the typed model the template sees (a
 * record of {@link Pages}, or the parts it is made from: {@link Pages.Deferred}). Two specs are
 * equal when their models are: an incremental build renders again only the pages whose spec changed.
 */
public record PageSpec(String outputPath, String template, Pages.PageModel model) {
  public PageSpec {
    if (outputPath == null || template == null || model == null) throw new IllegalArgumentException("page fields are required");
  }

  /** The model the template sees: made now from its parts when it is {@link Pages.Deferred}. */
  public Pages.PageModel resolved() {
    return model instanceof Pages.Deferred d ? d.model() : model;
  }
}
