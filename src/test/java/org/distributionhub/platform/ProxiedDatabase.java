package org.distributionhub.platform;

import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A drill's database behind a {@link LoopbackTcpProxy}: the hub's URL ({@link #hub()}) goes through the proxy, the
 * test's checks go direct ({@link #direct()}). On PostgreSQL (profile testpg) a fresh database, which a connection of
 * the test's own keeps from being dropped as left over; otherwise an H2 server in this JVM on a fresh directory (a
 * hub in this JVM reaching it needs {@link H2ServerConnections} as its pool's exception override).
 */
public record ProxiedDatabase(TestDatabase direct, TestDatabase hub, LoopbackTcpProxy proxy, AutoCloseable server)
		implements AutoCloseable {

	public static ProxiedDatabase start(String name, String run) throws Exception {
		String profiles = System.getProperty("spring.profiles.active", "");
		if (profiles.contains("testpg")) {
			var direct = TestDatabase.forProcesses(name);
			var target = URI.create(direct.url().substring("jdbc:".length()));
			var proxy = LoopbackTcpProxy.to(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
			var guard = DriverManager.getConnection(direct.url(), direct.user(), direct.password());
			return new ProxiedDatabase(direct,
					new TestDatabase(proxy.throughProxy(direct.url()), direct.user(), direct.password()), proxy, guard);
		}
		var server = H2Server.start(Path.of("target", "h2-server", run));
		String settings = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		String url = "jdbc:h2:tcp://127.0.0.1:" + server.port() + "/" + name + settings;
		var proxy = LoopbackTcpProxy.to("127.0.0.1", server.port());
		return new ProxiedDatabase(new TestDatabase(url, "hub", ""),
				new TestDatabase(proxy.throughProxy(url), "hub", ""), proxy, server);
	}

	public boolean postgres() {
		return direct.url().startsWith("jdbc:postgresql:");
	}

	@Override
	public void close() throws Exception {
		proxy.close();
		server.close();
	}

	/** An H2 TCP server in the test's JVM (H2 is a runtime dependency, so it is reached by reflection). */
	private record H2Server(Object server, int port) implements AutoCloseable {

		static H2Server start(Path directory) throws Exception {
			Class<?> type = Class.forName("org.h2.tools.Server");
			Object server = type.getMethod("createTcpServer", String[].class)
				.invoke(null, (Object) new String[] { "-tcpPort", "0", "-tcpDaemon", "-ifNotExists", "-baseDir",
						directory.toAbsolutePath().toString() });
			type.getMethod("start").invoke(server);
			return new H2Server(server, (Integer) type.getMethod("getPort").invoke(server));
		}

		@Override
		public void close() throws Exception {
			server.getClass().getMethod("stop").invoke(server);
		}
	}
}
