package se.rattighetsnavet.criteria.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.rattighetsnavet.criteria.Network;

@Repository
class Networks {

	private final JdbcClient jdbc;

	Networks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Network> all() {
		return jdbc.sql("SELECT code FROM criteria_network ORDER BY id").query(String.class).list().stream()
			.map(code -> find(code).orElseThrow())
			.toList();
	}

	Optional<Network> find(String code) {
		return jdbc.sql("SELECT id, code, name, description, source FROM criteria_network WHERE code = ?")
			.param(code)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new Network(id, rs.getString("code"), rs.getString("name"), rs.getString("description"),
						rs.getString("source"), members(id), meetings(id));
			})
			.optional();
	}

	void addMember(long networkId, String organisationCode) {
		jdbc.sql("INSERT INTO criteria_network_member (network_id, organisation_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(networkId, organisationCode)
			.update();
	}

	void addMeeting(long networkId, LocalDate heldOn, String title, String notes) {
		jdbc.sql("INSERT INTO criteria_meeting (network_id, held_on, title, notes) VALUES (?, ?, ?, ?)")
			.params(networkId, heldOn, title, notes == null ? "" : notes)
			.update();
	}

	private List<String> members(long id) {
		return jdbc.sql("SELECT organisation_code FROM criteria_network_member WHERE network_id = ? ORDER BY organisation_code")
			.param(id)
			.query(String.class)
			.list();
	}

	private List<Network.Meeting> meetings(long id) {
		return jdbc.sql("SELECT id, held_on, title, notes FROM criteria_meeting WHERE network_id = ? ORDER BY held_on DESC, id DESC")
			.param(id)
			.query((rs, n) -> new Network.Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
			.list();
	}
}
