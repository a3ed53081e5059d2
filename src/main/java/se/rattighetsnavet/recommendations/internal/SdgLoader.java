package se.rattighetsnavet.recommendations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the 17 SDG goals and 169 targets into the register's reference tables on first start; later starts change nothing.
 */
@Component
class SdgLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SdgLoader.class);

	private final JdbcClient jdbc;

	SdgLoader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		SdgReference reference = SdgReference.load();
		int added = 0;
		for (SdgReference.Goal goal : reference.goals()) {
			added += jdbc.sql("INSERT INTO recommendations_sdg_goal (goal, short_name, title) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(goal.goal(), goal.shortName(), goal.title())
				.update();
		}
		for (SdgReference.Target target : reference.targets()) {
			added += jdbc.sql("INSERT INTO recommendations_sdg_target (target, goal, type, title) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
				.params(target.code(), target.goal(), target.type(), target.title())
				.update();
		}
		if (added > 0) {
			log.info("SDG reference loaded: {} goals and targets added", added);
		}
	}
}
