package io.github.pmkb.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as given: HTTP clients normalise {@code ..} away before sending,
 * which would hide the traversal attempts these tests are about.
 */
final class RawHttp {
  record Response(int status, String body) {}

  private RawHttp() {}

  static Response get(URI server, String rawPath) throws IOException {
    try (Socket s = new Socket(server.getHost(), server.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(all.substring(9, 12));
      int bodyAt = all.indexOf("\r\n\r\n");
      return new Response(status, bodyAt < 0 ? "" : all.substring(bodyAt + 4));
    }
  }
}
