package se.rattighetsnavet.indicators.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import se.rattighetsnavet.indicators.Kpi;

/** Upserts KPI metadata, groups and memberships inside an import's transaction, counting what changed. */
final class MetadataWriter {

	private static final String KPI = """
			INSERT INTO indicators_kpi AS k (id, title, description, definition, operating_area, perspective, auspice,
			    is_divided_by_gender, municipality_type, publication_date, prel_publication_date, ou_publication_date,
			    has_ou_data, publ_period)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
			    definition = EXCLUDED.definition, operating_area = EXCLUDED.operating_area, perspective = EXCLUDED.perspective,
			    auspice = EXCLUDED.auspice, is_divided_by_gender = EXCLUDED.is_divided_by_gender,
			    municipality_type = EXCLUDED.municipality_type, publication_date = EXCLUDED.publication_date,
			    prel_publication_date = EXCLUDED.prel_publication_date, ou_publication_date = EXCLUDED.ou_publication_date,
			    has_ou_data = EXCLUDED.has_ou_data, publ_period = EXCLUDED.publ_period
			WHERE (k.title, k.description, k.definition, k.operating_area, k.perspective, k.auspice, k.is_divided_by_gender,
			    k.municipality_type, k.publication_date, k.prel_publication_date, k.ou_publication_date, k.has_ou_data,
			    k.publ_period) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.definition,
			    EXCLUDED.operating_area, EXCLUDED.perspective, EXCLUDED.auspice, EXCLUDED.is_divided_by_gender,
			    EXCLUDED.municipality_type, EXCLUDED.publication_date, EXCLUDED.prel_publication_date,
			    EXCLUDED.ou_publication_date, EXCLUDED.has_ou_data, EXCLUDED.publ_period)
			RETURNING num, (xmax = 0)""";

	private final Connection connection;
	private final ImportProgress progress;

	MetadataWriter(Connection connection, ImportProgress progress) {
		this.connection = connection;
		this.progress = progress;
	}

	/** @return the KPI's surrogate number */
	int kpi(Kpi kpi) {
		try (PreparedStatement statement = connection.prepareStatement(KPI)) {
			int i = 1;
			statement.setString(i++, kpi.id());
			statement.setString(i++, kpi.title());
			statement.setString(i++, kpi.description());
			statement.setString(i++, kpi.definition());
			statement.setString(i++, kpi.operatingArea());
			statement.setString(i++, kpi.perspective());
			statement.setString(i++, kpi.auspice());
			statement.setBoolean(i++, kpi.dividedByGender());
			statement.setString(i++, kpi.municipalityType());
			date(statement, i++, kpi.publicationDate());
			date(statement, i++, kpi.prelPublicationDate());
			date(statement, i++, kpi.ouPublicationDate());
			statement.setBoolean(i++, kpi.hasOuData());
			statement.setString(i, kpi.publPeriod());
			try (ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					boolean inserted = result.getBoolean(2);
					progress.counted(inserted ? 1 : 0, inserted ? 0 : 1, 0);
					return result.getInt(1);
				}
			}
			progress.counted(0, 0, 1);
			return number(kpi.id());
		}
		catch (SQLException ex) {
			throw new ImportFailure("Kunde inte spara nyckeltalet " + kpi.id() + ": " + ex.getMessage(), ex);
		}
	}

	void group(String id, String title, String parent) {
		String sql = """
				INSERT INTO indicators_kpi_group AS g (id, title, parent) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, parent = EXCLUDED.parent
				WHERE (g.title, g.parent) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.parent)
				RETURNING (xmax = 0)""";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, id);
			statement.setString(2, title);
			statement.setString(3, parent);
			try (ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					boolean inserted = result.getBoolean(1);
					progress.counted(inserted ? 1 : 0, inserted ? 0 : 1, 0);
				}
				else {
					progress.counted(0, 0, 1);
				}
			}
		}
		catch (SQLException ex) {
			throw new ImportFailure("Kunde inte spara gruppen " + id + ": " + ex.getMessage(), ex);
		}
	}

	/** @return false when the group is unknown */
	boolean member(String groupId, String kpiId) {
		String sql = """
				INSERT INTO indicators_kpi_group_member (group_id, kpi_id)
				SELECT id, ? FROM indicators_kpi_group WHERE id = ?
				ON CONFLICT DO NOTHING RETURNING 1""";
		try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM indicators_kpi_group WHERE id = ?")) {
			exists.setString(1, groupId);
			try (ResultSet result = exists.executeQuery()) {
				if (!result.next()) {
					return false;
				}
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, kpiId);
				statement.setString(2, groupId);
				try (ResultSet result = statement.executeQuery()) {
					boolean inserted = result.next();
					progress.counted(inserted ? 1 : 0, 0, inserted ? 0 : 1);
				}
			}
			return true;
		}
		catch (SQLException ex) {
			throw new ImportFailure("Kunde inte spara medlemskapet " + groupId + "/" + kpiId + ": " + ex.getMessage(), ex);
		}
	}

	private int number(String id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT num FROM indicators_kpi WHERE id = ?")) {
			statement.setString(1, id);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static void date(PreparedStatement statement, int index, java.time.LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		}
		else {
			statement.setDate(index, Date.valueOf(date));
		}
	}
}
