package uk.harbour.web;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The PostgreSQL driver's sockets when round trips are counted ({@link DatabaseRoundTrips}): the
 * driver is given this class's name as its {@code socketFactory} connection property. Each socket
 * counts a turn when it writes after having read (or writes first), on the thread that writes.
 * Public, with a public constructor, because the driver makes it by reflection.
 */
public class CountingSocketFactory extends SocketFactory {

  @Override
  public Socket createSocket() {
    return new CountingSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new CountingSocket(), host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    CountingSocket socket = new CountingSocket();
    socket.bind(new java.net.InetSocketAddress(localHost, localPort));
    return connected(socket, host, port);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    CountingSocket socket = new CountingSocket();
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    CountingSocket socket = new CountingSocket();
    socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
    socket.connect(new java.net.InetSocketAddress(address, port));
    return socket;
  }

  private static Socket connected(Socket socket, String host, int port) throws IOException {
    socket.connect(new java.net.InetSocketAddress(host, port));
    return socket;
  }

  /** A socket whose streams note when the conversation turns. */
  static final class CountingSocket extends Socket {

    /** Whether the last thing done on this socket was a read, so the next write is a new turn. */
    private volatile boolean lastWasRead = true;

    private InputStream counted;
    private OutputStream counting;

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (counted == null) {
        counted =
            new FilterInputStream(super.getInputStream()) {
              @Override
              public int read() throws IOException {
                lastWasRead = true;
                return super.read();
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                lastWasRead = true;
                return super.read(b, off, len);
              }
            };
      }
      return counted;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
      if (counting == null) {
        counting =
            new FilterOutputStream(super.getOutputStream()) {
              @Override
              public void write(int b) throws IOException {
                turnIfNew();
                super.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                turnIfNew();
                out.write(b, off, len); // the socket's own stream: FilterOutputStream writes bytes
              }
            };
      }
      return counting;
    }

    private void turnIfNew() {
      if (lastWasRead) {
        lastWasRead = false;
        DatabaseRoundTrips.turn();
      }
    }
  }
}
