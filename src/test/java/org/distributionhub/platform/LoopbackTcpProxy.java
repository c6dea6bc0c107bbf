package org.distributionhub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between the hub and a server (a database, an ERP), which a test turns into the faults a
 * network can cause:
 * <ul>
 * <li>{@link #halfOpen()}: every connection, open or new, stays open but nothing passes any more, in either
 * direction, as when a firewall or NAT device dropped its connection state: a client waits for an answer that never
 * comes and learns nothing unless it has a timeout or a keepalive;</li>
 * <li>{@link #cut()}: every open connection is closed and new ones are closed as soon as they are taken, as when the
 * server is down;</li>
 * <li>{@link #restore()}: new connections pass again; connections that were half-open stay dead, as they would after
 * a real device lost their state.</li>
 * </ul>
 * Only loopback: the proxy listens on 127.0.0.1 and the test gives it a loopback target.
 */
public final class LoopbackTcpProxy implements AutoCloseable {

	/** What the proxy does with connections. */
	public enum Mode {
		FORWARD, HALF_OPEN, CUT
	}

	private final ServerSocket server;
	private final String targetHost;
	private final int targetPort;
	private final Set<Link> links = ConcurrentHashMap.newKeySet();
	private final AtomicLong accepted = new AtomicLong();
	private volatile Mode mode = Mode.FORWARD;
	private volatile boolean closed;

	private LoopbackTcpProxy(ServerSocket server, String targetHost, int targetPort) {
		this.server = server;
		this.targetHost = targetHost;
		this.targetPort = targetPort;
	}

	/** A proxy on a free loopback port forwarding to the target. */
	public static LoopbackTcpProxy to(String targetHost, int targetPort) throws IOException {
		var server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		var proxy = new LoopbackTcpProxy(server, targetHost, targetPort);
		var acceptor = new Thread(proxy::acceptLoop, "tcp-proxy-accept-" + server.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
		return proxy;
	}

	/**
	 * A JDBC URL of PostgreSQL ({@code jdbc:postgresql://host:port/db?...}) or of an H2 server
	 * ({@code jdbc:h2:tcp://host:port/...}) with the host and port of this proxy instead.
	 */
	public String throughProxy(String jdbcUrl) {
		int start = jdbcUrl.indexOf("//");
		if (start < 0) {
			throw new IllegalArgumentException("No host in " + jdbcUrl);
		}
		int end = jdbcUrl.indexOf('/', start + 2);
		String rest = end < 0 ? "" : jdbcUrl.substring(end);
		return jdbcUrl.substring(0, start + 2) + "127.0.0.1:" + port() + rest;
	}

	public int port() {
		return server.getLocalPort();
	}

	public Mode mode() {
		return mode;
	}

	/** Connections taken since the proxy started. */
	public long acceptedConnections() {
		return accepted.get();
	}

	/** Connections open through the proxy now (half-open ones included). */
	public int openConnections() {
		return links.size();
	}

	public void halfOpen() {
		mode = Mode.HALF_OPEN;
		links.forEach(Link::blackhole);
	}

	public void cut() {
		mode = Mode.CUT;
		links.forEach(Link::close);
	}

	public void restore() {
		mode = Mode.FORWARD;
	}

	@Override
	public void close() {
		closed = true;
		try {
			server.close();
		}
		catch (IOException ignored) {
			// closing anyway
		}
		links.forEach(Link::close);
	}

	private void acceptLoop() {
		while (!closed) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException e) {
				if (closed) {
					return;
				}
				continue;
			}
			accepted.incrementAndGet();
			Mode now = mode;
			if (now == Mode.CUT) {
				closeQuietly(client);
				continue;
			}
			try {
				var link = new Link(client, now == Mode.HALF_OPEN ? null : new Socket(targetHost, targetPort));
				links.add(link);
				link.start();
			}
			catch (IOException e) {
				closeQuietly(client);
			}
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// nothing left to do
		}
	}

	/** One client connection and, unless it was taken half-open, its connection to the target. */
	private final class Link {

		private final Socket client;
		private final Socket target;
		private volatile boolean blackholed;

		Link(Socket client, Socket target) {
			this.client = client;
			this.target = target;
			this.blackholed = target == null;
		}

		void start() {
			pump(client, target, "up");
			if (target != null) {
				pump(target, client, "down");
			}
		}

		void blackhole() {
			blackholed = true;
		}

		void close() {
			links.remove(this);
			closeQuietly(client);
			if (target != null) {
				closeQuietly(target);
			}
		}

		private void pump(Socket from, Socket to, String direction) {
			var thread = new Thread(() -> {
				byte[] buffer = new byte[16 * 1024];
				try (InputStream in = from.getInputStream()) {
					OutputStream out = to == null ? null : to.getOutputStream();
					int read;
					while ((read = in.read(buffer)) >= 0) {
						// A half-open connection swallows what is sent: nothing reaches the other side, no answer comes.
						if (!blackholed && out != null) {
							out.write(buffer, 0, read);
							out.flush();
						}
					}
				}
				catch (SocketException closedUnderUs) {
					// the other direction or the test closed the link
				}
				catch (IOException e) {
					// the link is over either way
				}
				if (!blackholed) {
					close();
				}
			}, "tcp-proxy-" + direction + "-" + port());
			thread.setDaemon(true);
			thread.start();
		}
	}
}
