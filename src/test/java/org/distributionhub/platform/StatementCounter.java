package org.distributionhub.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.QueryType;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.QueryUtils;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what a hub started in the same JVM sends through its DataSource: the SQL statements it executes (a batch
 * counts once per row, as the database runs it), by kind, and the transactions it commits (a commit after at least
 * one statement, and every statement run in auto-commit). The benchmarks install it as an initializer of the hub they
 * start: it wraps the hub's DataSource bean in datasource-proxy's proxy. What runs through {@link #uncounted()} (the
 * benchmark's own polling) is not counted.
 */
public final class StatementCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final Map<QueryType, LongAdder> statements = new EnumMap<>(QueryType.class);
	private final LongAdder commits = new LongAdder();
	private final Map<String, LongAdder> commitsByThreads = new ConcurrentHashMap<>();
	private final Set<String> connectionsInTransaction = ConcurrentHashMap.newKeySet();
	private volatile DataSource uncounted;

	private final List<String> recorded = new CopyOnWriteArrayList<>();

	private volatile @Nullable Thread recordedThread;

	public StatementCounter() {
		for (QueryType type : QueryType.values()) {
			statements.put(type, new LongAdder());
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					uncounted = dataSource;
					return ProxyDataSourceBuilder.create(name, dataSource)
						.afterQuery(StatementCounter.this::executed)
						.afterMethod(StatementCounter.this::called)
						.build();
				}
				return bean;
			}
		});
	}

	/** The hub's own DataSource, for the benchmark's queries that must not count. */
	public DataSource uncounted() {
		if (uncounted == null) {
			throw new IllegalStateException("The hub has not created its DataSource");
		}
		return uncounted;
	}

	/** What has been counted so far. */
	public Counts counts() {
		return new Counts(sum(QueryType.SELECT), sum(QueryType.INSERT), sum(QueryType.UPDATE), sum(QueryType.DELETE),
				sum(QueryType.OTHER), commits.sum());
	}

	private long sum(QueryType type) {
		return statements.get(type).sum();
	}

	/** From now on keeps the SQL that the calling thread runs, until {@link #stopRecording()}. */
	public void recordThisThread() {
		recorded.clear();
		recordedThread = Thread.currentThread();
	}

	/** The SQL the recorded thread ran, in order; recording stops. */
	public List<String> stopRecording() {
		recordedThread = null;
		return List.copyOf(recorded);
	}

	private void executed(ExecutionInfo execution, List<QueryInfo> queries) {
		if (Thread.currentThread() == recordedThread) {
			queries.forEach(query -> recorded.add(query.getQuery()));
		}
		int rows = execution.isBatch() && queries.size() == 1 ? execution.getBatchSize() : 1;
		for (QueryInfo query : queries) {
			statements.get(QueryUtils.getQueryType(query.getQuery())).add(rows);
		}
		if (autoCommit(execution)) {
			commits.add(queries.size() * (long) rows);
		}
		else {
			connectionsInTransaction.add(execution.getConnectionId());
		}
	}

	private static boolean autoCommit(ExecutionInfo execution) {
		try {
			return execution.getStatement().getConnection().getAutoCommit();
		}
		catch (SQLException e) {
			return false;
		}
	}

	/** A commit (or a switch back to auto-commit, which commits) ends a transaction that ran statements. */
	private void called(MethodExecutionContext call) {
		if (!(call.getTarget() instanceof Connection) || call.getConnectionInfo() == null || call.getThrown() != null) {
			return;
		}
		String connection = call.getConnectionInfo().getConnectionId();
		switch (call.getMethod().getName()) {
			case "commit" -> committed(connection);
			case "setAutoCommit" -> {
				if (Boolean.TRUE.equals(call.getMethodArgs()[0])) {
					committed(connection);
				}
			}
			case "rollback" -> {
				if (call.getMethodArgs() == null || call.getMethodArgs().length == 0) {
					connectionsInTransaction.remove(connection);
				}
			}
			case "close" -> connectionsInTransaction.remove(connection);
			default -> {
			}
		}
	}

	private void committed(String connection) {
		if (connectionsInTransaction.remove(connection)) {
			commits.increment();
			commitsByThreads.computeIfAbsent(threads(Thread.currentThread().getName()), name -> new LongAdder())
				.increment();
		}
	}

	/**
	 * Transactions with statements committed so far by the threads of one pool, named by their common prefix (the
	 * thread name without its trailing number: {@code hub-listener-} for {@code hub-listener-3}).
	 */
	public long commitsOnThreads(String prefix) {
		var count = commitsByThreads.get(prefix);
		return count == null ? 0 : count.sum();
	}

	private static String threads(String name) {
		int end = name.length();
		while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(0, end);
	}

	/** Statements by kind and commits, counted since the counter was installed. */
	public record Counts(long selects, long inserts, long updates, long deletes, long others, long commits) {

		public long statements() {
			return selects + inserts + updates + deletes + others;
		}

		public Counts minus(Counts before) {
			return new Counts(selects - before.selects, inserts - before.inserts, updates - before.updates,
					deletes - before.deletes, others - before.others, commits - before.commits);
		}
	}
}
