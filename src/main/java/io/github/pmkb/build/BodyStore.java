package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import io.github.pmkb.model.StoredText;

/**
 * Where a build keeps the postmortems' bodies (the rendered HTML and its plain text) from parsing
 * to rendering and indexing: an append-only scratch file, so the heap keeps only where each text
 * is. At 100,000 postmortems these texts are about a gigabyte as UTF-8; kept on disk, they cost
 * page cache the kernel can drop, not heap. Texts are written once, from any thread, and read back
 * when a stage needs them (the index, the incident page). The {@link BuildSession} that opens a
 * store closes it when a clean build replaces it or the session closes.
 *
 * <p>The file is deleted as soon as it is open (the open channel keeps its data), so nothing is
 * left behind even when the JVM is killed; where an open file cannot be deleted, {@link
 * StandardOpenOption#DELETE_ON_CLOSE} removes it at exit. Its space is freed when the store
 * closes. A text is never overwritten, so a reader never sees a half-written or replaced text;
 * texts of postmortems parsed again under {@code pmkb serve} stay in the file unused (a few
 * kilobytes per save). Each text's digest is taken when it is stored, so comparing texts never
 * reads the file, and texts of a closed store still compare.
 *
 * <p>A store may also be a pack of the build cache ({@link ReadCache}): a file that stays, written
 * by one session ({@link #createPack}) and read by later ones ({@link #openPack}), where texts are
 * found again by their offset ({@link #at}).
 */
final class BodyStore implements AutoCloseable {
  private final FileChannel channel;
  private final AtomicLong end;
  private final Path file;

  private BodyStore(FileChannel channel, long size, Path file) {
    this.channel = channel;
    this.end = new AtomicLong(size);
    this.file = file;
  }

  /** A new, empty store in {@code dir} (created if missing). */
  static BodyStore create(Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = Files.createTempFile(dir, "pmkb-bodies-", ".tmp");
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
      try {
        // The open channel keeps the data; where a file in use cannot be deleted (Windows),
        // DELETE_ON_CLOSE removes it later.
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // left to DELETE_ON_CLOSE
      }
      return new BodyStore(ch, 0, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch file in " + dir, e);
    }
  }

  /** A new, empty pack that stays on disk; fails if {@code file} exists. */
  static BodyStore createPack(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return new BodyStore(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.CREATE_NEW), 0, file);
  }

  /** A pack an earlier session wrote, for reading. */
  static BodyStore openPack(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    return new BodyStore(ch, ch.size(), file);
  }

  /** The pack's file; null for a scratch store. */
  Path file() {
    return file;
  }

  /** A text this store holds at {@code offset}, as {@link #put} returned it before. */
  StoredText at(long offset, int length, byte[] digest) {
    if (offset < 0 || length < 0 || offset + length > end.get()) {
      throw new IllegalStateException("text beyond the end of " + file);
    }
    return length == 0 ? StoredText.empty() : new Stored(this, offset, length, digest);
  }

  /** Where {@code text} is in this store, or -1 when it is elsewhere. */
  long offsetOf(StoredText text) {
    return text instanceof Stored s && s.store == this ? s.at : -1;
  }

  /** Writes {@code bytes} at the end; returns their offset. Thread-safe. */
  long append(byte[] bytes) {
    long at = end.getAndAdd(bytes.length);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      while (buf.hasRemaining()) channel.write(buf, at + buf.position());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + (file == null ? "the build's scratch file" : file), e);
    }
    return at;
  }

  /** {@code length} bytes from {@code at}. */
  byte[] read(long at, int length) {
    ByteBuffer buf = ByteBuffer.allocate(length);
    try {
      while (buf.hasRemaining()) {
        if (channel.read(buf, at + buf.position()) < 0) throw new IOException("file ends early");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (file == null ? "the build's scratch file" : file), e);
    }
    return buf.array();
  }

  /** Writes {@code utf8} at the end of the file; the returned text reads it back. Thread-safe. */
  StoredText put(byte[] utf8) {
    if (utf8.length == 0) return StoredText.empty();
    return new Stored(this, append(utf8), utf8.length, StoredText.digestOf(utf8));
  }

  /** Bytes written so far. */
  long size() {
    return end.get();
  }

  /** Frees the file's space; texts of this store can no longer be read (they still compare). */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + (file == null ? "the build's scratch file" : file), e);
    }
  }

  /** A text in a store: its position, length and digest. */
  private static final class Stored extends StoredText {
    private final BodyStore store;
    private final long at;

    Stored(BodyStore store, long at, int length, byte[] digest) {
      super(length, digest);
      this.store = store;
      this.at = at;
    }

    @Override
    public byte[] utf8() {
      return store.read(at, length());
    }
  }
}
