package se.rattighetsnavet.recommendations.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.recommendations.Recommendation;
import se.rattighetsnavet.recommendations.RecommendationChange;

/**
 * SQL of the register's rows.
 */
@Repository
class Recommendations {

	private static final String SET = """
			body = :body, symbol = :symbol, document_date = :documentDate, session = :session, cycle = :cycle, state = :state,
			recommending_states = :recommendingStates::text[], text = :text, response = :response, themes = :themes::text[],
			groups = :groups::text[], sdg_targets = :sdgTargets::text[], sdg_goals = :sdgGoals::smallint[],
			municipal_roles = :municipalRoles::text[], relevance = :relevance, relevance_reason = :relevanceReason,
			summary_sv = :summarySv, published = :published
			""";

	private final JdbcClient jdbc;

	Recommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Recommendation> find(long id) {
		return jdbc.sql("SELECT * FROM recommendations_recommendation WHERE id = ?").param(id).query(Recommendations::map).optional();
	}

	long insert(String naturalKey, RecommendationChange change) {
		return bind(jdbc.sql("INSERT INTO recommendations_recommendation (natural_key, source, body, state, text) VALUES"
				+ " (:key, 'manual', :body, :state, :text) RETURNING id").param("key", naturalKey), change)
			.query(Long.class)
			.single();
	}

	/** @return false when the row's version has moved on */
	boolean update(long id, RecommendationChange change, int expectedVersion) {
		return bind(jdbc.sql("UPDATE recommendations_recommendation SET " + SET + ", version = version + 1 WHERE id = :id AND version = :version")
			.param("id", id)
			.param("version", expectedVersion), change).update() == 1;
	}

	/** The suggestions a person has not confirmed yet; not a change of the recommendation itself, so no new version. */
	void suggest(long id, java.util.List<Integer> sdgGoals, java.util.List<String> groups) {
		jdbc.sql("UPDATE recommendations_recommendation SET suggested_sdg_goals = :goals::smallint[], suggested_groups = :groups::text[]"
				+ " WHERE id = :id")
			.param("goals", PgArrays.numbers(sdgGoals))
			.param("groups", PgArrays.text(groups))
			.param("id", id)
			.update();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, RecommendationChange change) {
		return statement.param("body", change.body())
			.param("symbol", change.symbol())
			.param("documentDate", change.documentDate() == null ? null : Date.valueOf(change.documentDate()))
			.param("session", change.session())
			.param("cycle", change.cycle())
			.param("state", change.state())
			.param("recommendingStates", PgArrays.text(change.recommendingStates()))
			.param("text", change.text())
			.param("response", change.response())
			.param("themes", PgArrays.text(change.themes()))
			.param("groups", PgArrays.text(change.groups()))
			.param("sdgTargets", PgArrays.text(change.sdgTargets()))
			.param("sdgGoals", PgArrays.numbers(change.sdgGoals()))
			.param("municipalRoles", PgArrays.text(change.municipalRoles()))
			.param("relevance", change.relevance() == null ? null : change.relevance().name())
			.param("relevanceReason", change.relevanceReason())
			.param("summarySv", change.summarySv())
			.param("published", change.published());
	}

	static Recommendation map(ResultSet rs, int row) throws SQLException {
		Date date = rs.getDate("document_date");
		String relevance = rs.getString("relevance");
		return new Recommendation(rs.getLong("id"), rs.getString("source"), rs.getString("body"), rs.getString("symbol"),
				date == null ? null : date.toLocalDate(), rs.getString("session"), rs.getString("cycle"), rs.getString("state"),
				PgArrays.strings(rs.getArray("recommending_states")), rs.getString("text"), rs.getString("response"),
				(Integer) rs.getObject("action_category", Integer.class), PgArrays.strings(rs.getArray("themes")),
				PgArrays.strings(rs.getArray("groups")), PgArrays.strings(rs.getArray("suggested_groups")),
				PgArrays.strings(rs.getArray("sdg_targets")), PgArrays.integers(rs.getArray("sdg_goals")),
				PgArrays.integers(rs.getArray("suggested_sdg_goals")), PgArrays.strings(rs.getArray("municipal_roles")),
				relevance == null ? null : Recommendation.Relevance.valueOf(relevance), rs.getString("relevance_reason"),
				rs.getString("summary_sv"), rs.getBoolean("published"), rs.getInt("version"));
	}
}
