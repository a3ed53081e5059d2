package se.rattighetsnavet.criteria.internal;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import se.rattighetsnavet.platform.Dates;

/**
 * Sends the self-assessment reminders every morning, on one node at a time (ShedLock on the shared {@code shedlock} table).
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final SelfAssessmentReminders reminders;
	private final ObjectProvider<LockProvider> locks;
	private final Clock clock;

	ReminderSchedule(SelfAssessmentReminders reminders, ObjectProvider<LockProvider> locks, Clock clock) {
		this.reminders = reminders;
		this.locks = locks;
		this.clock = clock;
	}

	@Bean
	@ConditionalOnMissingBean(LockProvider.class)
	static LockProvider criteriaLockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Scheduled(cron = "0 15 7 * * *", zone = "Europe/Stockholm")
	void sendReminders() {
		LockProvider provider = locks.orderedStream().findFirst().orElseThrow();
		new DefaultLockingTaskExecutor(provider).executeWithLock((Runnable) () -> {
			int reminded = reminders.remind(Dates.today(clock));
			log.info("Self-assessment reminders sent to {} members", reminded);
		}, new LockConfiguration(clock.instant(), "criteria-self-assessment-reminders", Duration.ofMinutes(30), Duration.ofMinutes(1)));
	}
}
