package io.github.pmkb.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import io.github.pmkb.index.IndexSnapshot;
import io.github.pmkb.plan.PageSpec;

/**
 * What the site folder holds, as the session wrote it: each page's spec, each copied static file
 * or image, and the browser-search files with the index they were exported from. A run compares
 * the next plan with this and writes only the difference; a clean build starts from {@link
 * #NOTHING}, the empty staging folder.
 *
 * @param staticFiles the theme's and the site's static files as last listed (listed again only
 *     when they may have changed)
 * @param searchDigests each search file's sha256 when known (after a background export), or null
 * @param searchOf the index the search files were exported from, or null
 */
record Published(Map<String, PageSpec> pages, Map<String, Path> assets, Map<String, Path> staticFiles,
    Set<String> searchFiles, Map<String, String> searchDigests, IndexSnapshot searchOf) {
  static final Published NOTHING = new Published(Map.of(), Map.of(), Map.of(), Set.of(), null, null);

  Published withPages(Map<String, PageSpec> p) {
    return new Published(p, assets, staticFiles, searchFiles, searchDigests, searchOf);
  }

  Published withAssets(Map<String, Path> a, Map<String, Path> listed) {
    return new Published(pages, a, listed, searchFiles, searchDigests, searchOf);
  }

  Published withSearch(Set<String> files, Map<String, String> digests, IndexSnapshot index) {
    return new Published(pages, assets, staticFiles, files, digests, index);
  }
}
