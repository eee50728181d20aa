package org.x.pmkb.site;

import java.nio.file.Path;

/** Where a build puts the site's files: a staging folder ({@link OutputWriter}) or the live folder. */
interface SiteSink {
  void write(String relPath, byte[] bytes);

  void copy(Path source, String relPath);
}
