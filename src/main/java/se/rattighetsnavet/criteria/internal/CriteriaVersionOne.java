package se.rattighetsnavet.criteria.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.criteria.ActorRole;
import se.rattighetsnavet.criteria.Commitment;
import se.rattighetsnavet.criteria.CriteriaCell;
import se.rattighetsnavet.criteria.CriteriaSet;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Dates;

/**
 * Ships version 1 of the criteria set on first start; later starts find it and leave it alone.
 */
@Component
class CriteriaVersionOne implements ApplicationRunner {

	static final String RESOURCE = "criteria/criteria-v1.properties";

	private final CriteriaVersions versions;
	private final AuditLog auditLog;
	private final Clock clock;

	CriteriaVersionOne(CriteriaVersions versions, AuditLog auditLog, Clock clock) {
		this.versions = versions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (versions.find(1).isPresent()) {
			return;
		}
		versions.insert(1, CriteriaSet.Status.PUBLISHED, Dates.today(clock), cells());
		auditLog.record(Actor.SYSTEM, "create", "criteriaVersion", 1, null, new CriteriaService.Published(1));
	}

	static List<CriteriaCell> cells() {
		Properties texts = load();
		List<CriteriaCell> cells = new ArrayList<>();
		for (Commitment commitment : Commitment.values()) {
			for (ActorRole role : ActorRole.values()) {
				cells.add(new CriteriaCell(commitment, role, questions(texts, commitment, role, "sv"),
						questions(texts, commitment, role, "en"), text(texts, commitment.code() + ".evidence.sv"),
						text(texts, commitment.code() + ".evidence.en")));
			}
		}
		return cells;
	}

	private static String questions(Properties texts, Commitment commitment, ActorRole role, String language) {
		String roleName = text(texts, "role." + role.code() + "." + language);
		return text(texts, commitment.code() + ".questions." + language).replace("{r}", roleName) + "\n"
				+ text(texts, "role." + role.code() + ".focus." + language);
	}

	private static String text(Properties texts, String key) {
		String value = texts.getProperty(key);
		if (value == null) {
			throw new IllegalStateException(RESOURCE + " lacks " + key);
		}
		return value;
	}

	private static Properties load() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
