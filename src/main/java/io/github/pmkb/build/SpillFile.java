package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import io.github.pmkb.model.StoredText;

/**
 * An append-only scratch file for the texts a build holds from parsing to rendering (each
 * postmortem's body and source), so the heap keeps only where each text is. At 100,000
 * postmortems these texts are about a gigabyte as UTF-8; kept on disk, they cost page cache the
 * kernel can drop, not heap. Texts are written once, from any thread, and read back when a stage
 * needs them (the index, the incident page).
 *
 * <p>The file is deleted as soon as it is open (the open channel keeps its data), so nothing is
 * left behind even when the JVM is killed; where an open file cannot be deleted, {@link
 * StandardOpenOption#DELETE_ON_CLOSE} removes it at exit. Its space is freed when the channel
 * closes. A text is never
 * overwritten, so a reader never sees a half-written or replaced text; texts of postmortems
 * parsed again under {@code pmkb serve} stay in the file unused (a few kilobytes per save).
 */
final class SpillFile {
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  private SpillFile(FileChannel channel) {
    this.channel = channel;
  }

  /** A new, empty spill file in {@code dir} (created if missing). */
  static SpillFile create(Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = Files.createTempFile(dir, "pmkb-spill-", ".tmp");
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
      try {
        // The open channel keeps the data; where a file in use cannot be deleted (Windows),
        // DELETE_ON_CLOSE removes it later.
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // left to DELETE_ON_CLOSE
      }
      return new SpillFile(ch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch file in " + dir, e);
    }
  }

  /** Writes {@code utf8} at the end of the file; the returned text reads it back. Thread-safe. */
  StoredText put(byte[] utf8) {
    long at = end.getAndAdd(utf8.length);
    ByteBuffer buf = ByteBuffer.wrap(utf8);
    try {
      while (buf.hasRemaining()) channel.write(buf, at + buf.position());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build's scratch file", e);
    }
    return new Spilled(this, at, utf8.length, Arrays.hashCode(utf8));
  }

  /** Bytes written so far. */
  long size() {
    return end.get();
  }

  private byte[] read(long at, int length) {
    ByteBuffer buf = ByteBuffer.allocate(length);
    try {
      while (buf.hasRemaining()) {
        if (channel.read(buf, at + buf.position()) < 0) throw new IOException("scratch file ends early");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build's scratch file", e);
    }
    return buf.array();
  }

  /** A text in a spill file: its position, length and hash. */
  private static final class Spilled extends StoredText {
    private final SpillFile file;
    private final long at;

    Spilled(SpillFile file, long at, int length, int hash) {
      super(length, hash);
      this.file = file;
      this.at = at;
    }

    @Override
    public byte[] utf8() {
      return file.read(at, length());
    }
  }
}
