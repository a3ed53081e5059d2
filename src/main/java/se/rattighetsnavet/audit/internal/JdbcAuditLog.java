package se.rattighetsnavet.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import se.rattighetsnavet.audit.AuditEntry;
import se.rattighetsnavet.audit.AuditLog;
import se.rattighetsnavet.platform.Actor;
import se.rattighetsnavet.platform.Actors;

@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void record(String action, String entityType, Object entityId, Object before, Object after) {
		record(Actors.current(), action, entityType, entityId, before, after);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
		jdbc.sql("""
				INSERT INTO audit_entry (actor, organisation_code, action, entity_type, entity_id, before_state, after_state)
				VALUES (:actor, :organisation, :action, :entityType, :entityId, CAST(:before AS jsonb), CAST(:after AS jsonb))
				""")
			.param("actor", actor.email())
			.param("organisation", actor.organisationCode())
			.param("action", action)
			.param("entityType", entityType)
			.param("entityId", String.valueOf(entityId))
			.param("before", toJson(before))
			.param("after", toJson(after))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, String entityId) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE entity_type = :type AND entity_id = :id ORDER BY id")
			.param("type", entityType)
			.param("id", entityId)
			.query(JdbcAuditLog::entry)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage search(AuditQuery query) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		List<Object> params = new ArrayList<>();
		if (hasText(query.entityType())) {
			where.append(" AND entity_type = ?");
			params.add(query.entityType());
		}
		if (hasText(query.entityId())) {
			where.append(" AND entity_id = ?");
			params.add(query.entityId());
		}
		if (hasText(query.actor())) {
			where.append(" AND actor ILIKE ?");
			params.add("%" + query.actor().trim() + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.size());
		pageParams.add((long) query.page() * query.size());
		List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(JdbcAuditLog::entry)
			.list();
		return new AuditPage(items, total, query.page(), query.size());
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return state instanceof String text && looksLikeJson(text) ? text : json.writeValueAsString(state);
	}

	private static boolean looksLikeJson(String text) {
		String trimmed = text.trim();
		return trimmed.startsWith("{") || trimmed.startsWith("[");
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("organisation_code"), rs.getString("action"), rs.getString("entity_type"),
				rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"));
	}
}
