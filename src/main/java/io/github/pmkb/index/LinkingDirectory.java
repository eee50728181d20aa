package io.github.pmkb.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;

/**
 * A folder that takes a file copied from another folder on the same disk as a hard link rather
 * than a copy of its bytes. Lucene writes a file once and never changes it, so the index and the
 * cached runs it was put together from ({@link SegmentStore}) can share their files: putting the
 * index together then costs no copying. Where links are not possible, the bytes are copied.
 */
final class LinkingDirectory extends FilterDirectory {
  private final Path dir;

  LinkingDirectory(FSDirectory in) {
    super(in);
    this.dir = in.getDirectory();
  }

  @Override
  public void copyFrom(Directory from, String src, String dest, IOContext context) throws IOException {
    if (FilterDirectory.unwrap(from) instanceof FSDirectory source) {
      try {
        Files.createLink(dir.resolve(dest), source.getDirectory().resolve(src));
        return;
      } catch (IOException | UnsupportedOperationException e) {
        Files.deleteIfExists(dir.resolve(dest));
      }
    }
    super.copyFrom(from, src, dest, context);
  }
}
