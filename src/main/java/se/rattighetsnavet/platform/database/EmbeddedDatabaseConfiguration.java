package se.rattighetsnavet.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL unless {@code spring.datasource.url} points at an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.acquire(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("rattighetsnavet");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}
}
